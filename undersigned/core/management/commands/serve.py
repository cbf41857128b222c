from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = (
        "Serve undersigned on one machine (Django's server, static files by whitenoise).\n"
        "Example: undersigned serve --port 8000. In production run gunicorn instead:\n"
        "gunicorn undersigned.wsgi -b 0.0.0.0:8000 -w 4"
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, *args: Any, host: str, port: int, **options: Any) -> None:
        self.stdout.write(f"undersigned is serving on http://{host}:{port}/ (Ctrl-C stops it)")
        call_command("runserver", f"{host}:{port}", use_reloader=False, use_threading=True)
