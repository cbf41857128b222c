from __future__ import annotations

import csv
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from undersigned.registry import services


class Command(BaseCommand):
    help = """Write the registry as open data: CSV (default) or Popolo-style JSON.

Public fields only: id, name, other spellings, country, city, website, Wikidata id,
verified domains (JSON), number of statements signed, address of the page.

Examples:
  undersigned registry-export > organizations.csv
  undersigned registry-export --format popolo --output organizations.json
"""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=["csv", "popolo"], default="csv")
        parser.add_argument("--output", help="a file to write (default: standard output)")

    def handle(self, *args: Any, **options: Any) -> None:
        out = (
            open(options["output"], "w", encoding="utf-8", newline="")
            if options["output"]
            else self.stdout._out
        )  # noqa: SIM115
        count = 0
        try:
            if options["format"] == "csv":
                writer = csv.writer(out)
                for row in services.registry_csv_rows():
                    writer.writerow(row)
                    count += 1
                count -= 1
            else:
                out.write('{"organizations": [\n')
                for item in services.registry_popolo():
                    out.write((",\n" if count else "") + json.dumps(item, ensure_ascii=False))
                    count += 1
                out.write("\n]}\n")
        finally:
            if options["output"]:
                out.close()
        self.stderr.write(f"{count} organizations exported.")
