from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.core.management.base import CommandError, CommandParser
from django.db import transaction

from undersigned.imports import services
from undersigned.imports.models import BatchStatus, ImportBatch
from undersigned.registry.management.base import RegistryCommand
from undersigned.statements.models import Statement


class _DryRunError(Exception):
    """Raised inside a dry run's transaction so that everything it wrote is rolled back."""


def column_index(value: str, headers: list[str]) -> int:
    """A column by its name (case-insensitive) or its letter (A, B, ... AA)."""
    for index, header in enumerate(headers):
        if header.strip().casefold() == value.strip().casefold():
            return index
    letters = value.strip().upper()
    if letters.isalpha() and len(letters) <= 2:
        index = 0
        for letter in letters:
            index = index * 26 + ord(letter) - 64
        if index - 1 < len(headers):
            return index - 1
    raise CommandError(f"the file has no column {value!r}; its columns: {', '.join(headers)}")


class Command(RegistryCommand):
    help = """Import a list of signatories into a statement: a text list (one name per line),
a CSV or an XLSX file. Every line is cleaned, duplicates are merged and names are matched
with the registry; what the matcher is unsure of is imported as waiting for review. The
whole list is written in one transaction, and can be undone on the import's page.

For a spreadsheet, the columns are those chosen last time for the same header, or guessed
from their names; --organization, --person, --email and --country choose them by name or
letter.

Examples:
  undersigned import-list my-statement signatories.txt --dry-run
  undersigned import-list my-statement form-export.csv --organization "Organization name"
"""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("statement", help="the statement's slug (its address is /s/SLUG/)")
        parser.add_argument("file", help="a text list, a CSV or an XLSX file")
        parser.add_argument("--dry-run", action="store_true", help="show the preview, save nothing")
        parser.add_argument(
            "--encoding", help="of a text or CSV file that is not UTF-8 (cp1251...)"
        )
        parser.add_argument("--by", help="the user the import is recorded under")
        for field in services.FIELDS:
            parser.add_argument(f"--{field}", help=f"the column of the {field} (name or letter)")

    def handle(self, *args: Any, **options: Any) -> None:
        statement = Statement.objects.filter(slug=options["statement"]).first()
        if statement is None:
            raise CommandError(f"no statement has the slug {options['statement']!r}")
        user = None
        if options["by"]:
            user = User.objects.filter(username=options["by"]).first()
            if user is None:
                raise CommandError(f"no user is called {options['by']!r}")
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror or error}") from error
        try:
            with transaction.atomic():
                batch = self._import(statement, data, path.name, user, options)
                if options["dry_run"]:
                    raise _DryRunError
        except _DryRunError:
            self.stdout.write(f"dry run, nothing saved: {self._preview_line(batch)}")
            return
        except (services.ImportInputError, services.ImportStateError) as error:
            raise CommandError(f"{path}: {error}") from error
        stats = batch.stats
        self.stdout.write(
            f"import {batch.pk}: {stats['accepted']} organizations accepted, "
            f"{stats['people']} people, {stats['waiting_for_review']} waiting for review, "
            f"{stats['merged'] + stats['already_signed']} merged or signed already "
            f"({stats['lines']} lines, {stats['noise']} noise)"
        )

    def _import(
        self, statement: Statement, data: bytes, name: str, user: User | None, options: Any
    ) -> ImportBatch:
        batch = services.start_batch(
            statement, by=user, data=data, filename=name, encoding=options["encoding"]
        )
        if batch.status == BatchStatus.MAPPING:
            headers = batch.table["headers"]
            mapping = {f: batch.column_mapping.get(f) for f in services.FIELDS}
            for field in services.FIELDS:
                if options[field]:
                    mapping[field] = column_index(options[field], headers)
            services.map_columns(batch, mapping=mapping, by=user)
        services.analyse_batch(batch)
        if batch.status != BatchStatus.PREVIEW:
            raise services.ImportInputError(batch.error)
        if options["dry_run"]:
            return batch
        return services.commit_batch(batch, by=user)

    def _preview_line(self, batch: ImportBatch) -> str:
        summary = batch.preview["summary"]
        return (
            f"{summary['lines']} lines, {summary['organizations']} organizations, "
            f"{summary['people']} people, {summary['merged']} merged duplicates, "
            f"{summary['matched']} found in the registry, {summary['uncertain']} to review, "
            f"{summary['noise']} noise"
        )
