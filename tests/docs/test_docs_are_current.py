"""Documentation that fails the build when it goes stale."""

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import cli_docs  # noqa: E402


def _settings_variables() -> set[str]:
    source = (ROOT / "undersigned" / "settings.py").read_text()
    return set(re.findall(r'env_\w+\(\s*"([A-Z_]+)"', source))


def _example_variables() -> set[str]:
    lines = (ROOT / ".env.example").read_text().splitlines()
    return {line.split("=", 1)[0] for line in lines if re.match(r"^[A-Z_]+=", line)}


def test_every_setting_is_in_env_example():
    assert _settings_variables() - _example_variables() == set()


def test_env_example_lists_no_setting_that_is_not_read():
    read_elsewhere = {"TEST_DATABASE_URL"}  # read by make test, not by the site
    assert _example_variables() - _settings_variables() - read_elsewhere == set()


def test_every_setting_in_env_example_has_a_comment_above_it():
    lines = (ROOT / ".env.example").read_text().splitlines()
    for number, line in enumerate(lines):
        if re.match(r"^[A-Z_]+=", line):
            above = [text for text in lines[:number] if text.strip()]
            assert above and (above[-1].startswith("#") or re.match(r"^[A-Z_]+=", above[-1])), line


@pytest.mark.django_db
def test_cli_reference_matches_the_commands_help():
    expected = cli_docs.render()
    actual = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/cli.md is stale: run `python scripts/cli_docs.py`"


def test_every_project_command_is_in_the_cli_reference():
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for command in ["clean", "resolve", *cli_docs.project_commands()]:
        assert f"## undersigned {command}\n" in text


def test_every_api_route_is_in_the_api_reference():
    from undersigned.api.api import api

    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    schema = api.get_openapi_schema(path_prefix="/api/v1")
    for path, operations in schema["paths"].items():
        for method in operations:
            assert f"`{method.upper()} {path}`" in text, f"{method.upper()} {path}"
