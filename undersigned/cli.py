"""The ``undersigned`` command.

``undersigned clean`` and ``undersigned resolve`` work on text files with no database;
every other command is a Django management command (``undersigned import-list`` runs
``import_list``), so ``undersigned help`` lists them all.
"""

from __future__ import annotations

import os
import sys

OFFLINE_COMMANDS = {"clean", "resolve"}

USAGE = """\
usage: undersigned COMMAND [ARGS]

Cleaning lists (no database needed):
  clean [FILE|-]                 clean and de-duplicate a signatory list
  resolve --registry CSV [FILE]  match names against a registry file

The site:
  demo                           load the demo statement (idempotent)
  serve [--host H] [--port P]    serve the site (default http://127.0.0.1:8000)
  migrate                        create or update the database

Every other Django management command works too: `undersigned help` lists them,
`undersigned COMMAND --help` explains one.
"""


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        sys.stdout.write(USAGE)
        return 0
    command = args[0]
    if command in OFFLINE_COMMANDS:
        from undersigned.matching.cli import main as matching_main

        return matching_main(args)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "undersigned.settings")
    from django.core.management import execute_from_command_line

    django_command = command.replace("-", "_") if command != "help" else command
    execute_from_command_line(["undersigned", django_command, *args[1:]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
