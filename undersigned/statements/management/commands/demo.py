from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from undersigned.statements.demo import load_demo


class Command(BaseCommand):
    help = (
        "Load the demo: a coalition, its coordinator and the 27 September 2020 statement with\n"
        "its signatory list exactly as it was published. Running it again changes nothing.\n"
        "Example: undersigned demo"
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--password",
            default="",
            help="password for the demo's admin user (default: a new random one)",
        )

    def handle(self, *args: Any, password: str, **options: Any) -> None:
        result = load_demo(admin_password=password or None)
        statement = result.statement
        self.stdout.write(
            f"Demo statement: {settings.SITE_URL}{statement.get_absolute_url()} "
            f"({statement.organization_count} organizations, "
            f"{result.pending_review} waiting for review)"
        )
        if result.admin_password:
            self.stdout.write(
                f"Admin login: {settings.SITE_URL}/accounts/login/ "
                f"user 'admin', password '{result.admin_password}'"
            )
