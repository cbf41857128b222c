from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from undersigned.registry.models import Organization
from undersigned.registry.services import create_organization

CSV = """id,name,aliases,country,website,wikidata_id
,Journalists’ Club Asparez,Ասպարեզ ակումբ | Клуб журналистов «Аспарез»,Armenia,asparez.am,Q4120947
,Helsinki Citizens’ Assembly–Vanadzor,HCA Vanadzor,Armenia,https://hcav.am,
,Bad Wikidata,,Armenia,,P31
,,only aliases,,,
"""


def _run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_registry_import_creates_organizations_with_their_aliases(tmp_path, db):
    path = tmp_path / "orgs.csv"
    path.write_text(CSV, encoding="utf-8")
    out, err = _run("registry", "import", str(path))
    assert "2 organizations created" in out
    assert "line 4" in err and "line 5" in err
    club = Organization.objects.get(name="Journalists’ Club Asparez")
    assert club.website == "https://asparez.am" and club.wikidata_id == "Q4120947"
    assert set(club.aliases.values_list("script", flat=True)) == {"latin", "armenian", "cyrillic"}


def test_importing_the_same_file_twice_changes_nothing(tmp_path, db):
    path = tmp_path / "orgs.csv"
    path.write_text(CSV, encoding="utf-8")
    _run("registry_import", str(path))
    out, _err = _run("registry_import", str(path))
    assert "0 organizations created, 2 updated, 0 new spellings" in out
    assert Organization.objects.count() == 2


def test_a_dry_run_saves_nothing(tmp_path, db):
    path = tmp_path / "orgs.csv"
    path.write_text(CSV, encoding="utf-8")
    out, _err = _run("registry_import", str(path), "--dry-run")
    assert "Dry run" in out
    assert not Organization.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"id,country\n1,Armenia\n", "name"), (b"\xff\xfe\x00garbage", "UTF-8")],
)
def test_a_bad_file_gets_a_clear_message(tmp_path, db, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        _run("registry_import", str(path))


def test_export_then_import_round_trips(tmp_path, db):
    club = create_organization("Journalists’ Club Asparez", country="Armenia")
    out, _err = _run("registry", "export")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["id"] == str(club.pk) and rows[0]["name"] == club.name
    path = tmp_path / "export.csv"
    path.write_text(out, encoding="utf-8")
    result, _err = _run("registry_import", str(path))
    assert "0 organizations created, 1 updated" in result


def test_popolo_export_lists_organizations(tmp_path, db):
    create_organization("Journalists’ Club Asparez")
    target = tmp_path / "orgs.json"
    _run("registry_export", "--format", "popolo", "--output", str(target))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["organizations"][0]["name"] == "Journalists’ Club Asparez"
    assert data["organizations"][0]["identifiers"][0]["scheme"] == "undersigned"


def test_the_web_exports_download(client, db):
    create_organization("Journalists’ Club Asparez")
    response = client.get("/o/organizations.json")
    data = json.loads(b"".join(response.streaming_content))
    assert [o["name"] for o in data["organizations"]] == ["Journalists’ Club Asparez"]
    response = client.get("/o/organizations.csv")
    assert response["Content-Type"].startswith("text/csv")


def test_the_exports_need_a_fixed_number_of_queries(client, db, django_assert_max_num_queries):
    for n in range(30):
        create_organization(f"Organization number {n}")
    with django_assert_max_num_queries(4):
        b"".join(client.get("/o/organizations.csv").streaming_content)
    with django_assert_max_num_queries(4):
        b"".join(client.get("/o/organizations.json").streaming_content)
