"""Write docs/cli.md from the commands' own --help text (`python scripts/cli_docs.py`).

tests/docs/test_docs_are_current.py fails when docs/cli.md differs from what this writes.
"""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "cli.md"

INTRO = """\
# The command line

`undersigned` is installed with the project (`make run` or `pip install -e .`). `clean` and
`resolve` work on text files with no database; every other command works on the site's
database (configured by the environment, see `.env.example`). Django's own management
commands (`migrate`, `createsuperuser`, `collectstatic`, ...) work too.

This page is written from each command's `--help` by `python scripts/cli_docs.py`; the test
suite fails when it is out of date.
"""


def project_commands() -> list[str]:
    """Our management commands, as the console script spells them (dashes)."""
    paths = sorted((ROOT / "undersigned").glob("*/management/commands/*.py"))
    return [path.stem.replace("_", "-") for path in paths if path.stem != "__init__"]


def help_text(command: str) -> str:
    from undersigned.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main([command, "--help"])
    # Every command names itself "undersigned" (``undersigned.cli`` sets the program name),
    # so the page does not depend on how this script or the test suite was started.
    return out.getvalue().rstrip() + "\n"


def render() -> str:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "undersigned.settings")
    os.environ["COLUMNS"] = "100"
    import django

    django.setup()
    commands = ["clean", "resolve", *project_commands()]
    sections = [f"\n## undersigned {c}\n\n```text\n{help_text(c)}```\n" for c in commands]
    return INTRO + "".join(sections)


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")
