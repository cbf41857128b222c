from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from undersigned.accounts.models import Coalition
from undersigned.imports import services
from undersigned.matching import InputError, decode
from undersigned.registry.management.base import RegistryCommand


class Command(RegistryCommand):
    help = """Create a draft statement from a text file and import its list of signatories:
the title on the first line, optionally a date on its own line, the text in paragraphs,
then the list, one name per line (as statements are published on web pages). Without a
date line, a date in the file's name is used (statement-2020-09-27.txt).

Examples:
  undersigned import-statement statement-2020-09-27.txt
  undersigned import-statement appeal.txt --coalition armenian-civil-society
"""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="a UTF-8 (or UTF-16) text file")
        parser.add_argument(
            "--coalition", help="the coalition's slug (needed when there are several)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        coalitions = Coalition.objects.all()
        if options["coalition"]:
            coalitions = coalitions.filter(slug=options["coalition"])
        if coalitions.count() != 1:
            slugs = ", ".join(Coalition.objects.values_list("slug", flat=True)) or "none yet"
            raise CommandError(f"choose the coalition with --coalition (coalitions: {slugs})")
        try:
            text = decode(path.read_bytes()).text
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror or error}") from error
        except InputError as error:
            raise CommandError(f"{path}: {error}") from error
        try:
            batch = services.import_statement(coalitions.get(), text, filename=path.name)
        except services.ImportInputError as error:
            raise CommandError(f"{path}: {error}") from error
        stats = batch.stats
        self.stdout.write(
            f"statement /s/{batch.statement.slug}/ (draft): {stats['accepted']} organizations "
            f"accepted, {stats['people']} people, {stats['waiting_for_review']} waiting for "
            f"review, {stats['merged']} duplicate lines merged, {stats['noise']} noise"
        )
