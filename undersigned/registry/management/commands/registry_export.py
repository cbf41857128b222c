from __future__ import annotations

import contextlib
import csv
import json
from typing import IO, Any

from django.core.management.base import CommandParser

from undersigned.registry import services
from undersigned.registry.management.base import RegistryCommand


class Command(RegistryCommand):
    help = """Write the registry as open data: CSV (default) or Popolo-style JSON.

Public fields only: id, name, other spellings, country, city, website, Wikidata id,
verified domains (JSON), number of statements signed, address of the page.

Examples:
  undersigned registry-export > organizations.csv
  undersigned registry-export --format popolo --output organizations.json
"""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--format", choices=["csv", "popolo"], default="csv", help="csv (default) or popolo"
        )
        parser.add_argument("--output", help="a file to write (default: standard output)")

    def handle(self, *args: Any, **options: Any) -> None:
        with contextlib.ExitStack() as stack:
            out: IO[str] = self.stdout._out
            if options["output"]:
                out = stack.enter_context(
                    open(options["output"], "w", encoding="utf-8", newline="")  # noqa: SIM115
                )
            count = self._write(out, options["format"])
        self.stderr.write(f"{count} organizations exported.")

    @staticmethod
    def _write(out: IO[str], fmt: str) -> int:
        count = 0
        if fmt == "csv":
            writer = csv.writer(out)
            for row in services.registry_csv_rows():
                writer.writerow(row)
                count += 1
            return count - 1
        out.write('{"organizations": [\n')
        for item in services.registry_popolo():
            out.write((",\n" if count else "") + json.dumps(item, ensure_ascii=False))
            count += 1
        out.write("\n]}\n")
        return count
