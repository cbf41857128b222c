"""Expire unconfirmed signatures and purge old expired ones; run it daily (cron or beat)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from undersigned.signatures.services import expire_unconfirmed


class Command(BaseCommand):
    help = (
        "Expire signatures left unconfirmed for SIGNATURE_CONFIRM_DAYS and delete expired ones "
        "older than SIGNATURE_PURGE_DAYS, with their private data.\n\n"
        "Example: undersigned expire_signatures"
    )

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(expire_unconfirmed().line())
