from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import CommandParser

from undersigned.registry.management.base import RegistryCommand


class Command(RegistryCommand):
    help = """The registry of organizations: import, export, duplicates.

Examples:
  undersigned registry import organizations.csv [--dry-run]
  undersigned registry export [--format popolo] [--output FILE]
  undersigned registry duplicates
"""

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        importing = sub.add_parser("import", help="bring organizations in from a CSV file")
        importing.add_argument("file")
        importing.add_argument("--dry-run", action="store_true")
        exporting = sub.add_parser("export", help="write the registry as CSV or Popolo JSON")
        exporting.add_argument("--format", choices=["csv", "popolo"], default="csv")
        exporting.add_argument("--output")
        sub.add_parser("duplicates", help="look for suspected duplicates")

    def handle(self, *args: Any, **options: Any) -> None:
        streams = {"stdout": self.stdout._out, "stderr": self.stderr._out}
        action = options["action"]
        if action == "import":
            call_command("registry_import", options["file"], dry_run=options["dry_run"], **streams)
        elif action == "export":
            kwargs = {"format": options["format"]}
            if options["output"]:
                kwargs["output"] = options["output"]
            call_command("registry_export", **kwargs, **streams)
        else:
            call_command("registry_duplicates", **streams)
