from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from undersigned.registry import services
from undersigned.registry.management.base import RegistryCommand


class Command(RegistryCommand):
    help = """Bring organizations into the registry from a CSV file.

Columns (a header row names them; order does not matter): id, name, aliases (separated
by "|" or ";"), country, city, website, wikidata_id. A row whose id is a registry id, or
whose name is a known spelling, updates that organization: blank details are filled in
and new spellings added. Any other row creates an organization.

Example:
  undersigned registry-import organizations.csv --dry-run
"""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="a CSV file in UTF-8 (with or without a BOM)")
        parser.add_argument("--dry-run", action="store_true", help="check the file, save nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except FileNotFoundError as error:
            raise CommandError(f"{path}: no such file") from error
        except UnicodeDecodeError as error:
            raise CommandError(f"{path}: not UTF-8 text (save the CSV as UTF-8)") from error
        try:
            summary = services.import_registry(
                services.read_registry_csv(text), dry_run=options["dry_run"]
            )
        except ValueError as error:
            raise CommandError(f"{path}: {error}") from error
        for problem in summary.errors:
            self.stderr.write(problem)
        self.stdout.write(summary.line())
