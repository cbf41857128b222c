from __future__ import annotations

import pytest

from undersigned.registry.models import Alias, MergeRecord, Organization
from undersigned.registry.services import create_organization

HOSTILE = [
    "x" * 301,
    "",
    "<script>alert(1)</script>",
    "Asparez\u202e\u200f",
    "\x00\x07\x1b",
    "Ա" * 5000,
    "'; DROP TABLE registry_organization; --",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_the_registry_search_never_fails(client, db, query):
    create_organization("Journalists’ Club Asparez")
    response = client.get("/o/", {"q": query})
    assert response.status_code in (200, 400)
    assert "<script>alert" not in response.content.decode()


@pytest.mark.parametrize("slug", ["%00", "ü" * 200, "..", "a.json.json", "<b>", "1" * 30])
def test_odd_addresses_are_a_404(client, db, slug):
    assert client.get(f"/o/{slug}/").status_code == 404


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"first": "a", "second": "b", "survivor": "a"},
        {"first": "1", "second": "1", "survivor": "1"},
        {"first": "1", "second": "2", "survivor": "3"},
        {"first": "-1", "second": "2", "survivor": "2"},
        {"first": "1" * 40, "second": "2", "survivor": "2"},
        {"first": "1", "second": "2", "survivor": "2", "name": "<script>" * 100},
    ],
)
def test_bad_merge_requests_change_nothing(client, bob, data):
    create_organization("Journalists’ Club Asparez")
    create_organization("Asparez Journalists Club")
    client.force_login(bob)
    response = client.post("/o/merge/", data)
    assert response.status_code in (302, 400)
    assert not MergeRecord.objects.exists()
    assert Organization.objects.live().count() == 2


@pytest.mark.parametrize("alias", ["", "abc", "-5", "9" * 30, "99999"])
def test_bad_split_requests_change_nothing(client, bob, alias):
    organization = create_organization("Journalists’ Club Asparez")
    client.force_login(bob)
    response = client.post(f"/o/{organization.slug}/split/", {"alias": alias})
    assert response.status_code == 302
    assert Organization.objects.count() == 1


@pytest.mark.parametrize("name", ["", "Not one of its names", "x" * 1000, "\u202e"])
def test_a_canonical_name_must_be_one_of_the_spellings(client, bob, name):
    organization = create_organization("Journalists’ Club Asparez")
    client.force_login(bob)
    client.post(f"/o/{organization.slug}/rename/", {"name": name})
    organization.refresh_from_db()
    assert organization.name == "Journalists’ Club Asparez"


@pytest.mark.parametrize("decision", ["", "merged", "yes", "x" * 500])
def test_bad_decisions_change_nothing(client, bob, decision):
    from undersigned.registry.models import DuplicatePair

    a = create_organization("Journalists’ Club Asparez")
    b = create_organization("Asparez Journalists Club")
    pair = DuplicatePair.objects.create(lower=a, higher=b, score=0.9)
    client.force_login(bob)
    assert (
        client.post(f"/o/duplicates/{pair.pk}/decide/", {"decision": decision}).status_code == 302
    )
    pair.refresh_from_db()
    assert pair.status == "open"


def test_control_characters_and_direction_marks_never_reach_a_spelling(db):
    organization = create_organization("Asparez\u202e Club\x00\n")
    assert organization.name == "Asparez Club"
    assert list(Alias.objects.values_list("name", flat=True)) == ["Asparez Club"]


def test_merge_and_undo_only_by_post(client, bob):
    client.force_login(bob)
    assert client.get("/o/merges/1/undo/").status_code == 405
    assert client.delete("/o/merge/").status_code == 405


def test_a_merged_organization_cannot_be_renamed_or_split(client, bob):
    from undersigned.registry.merger import merge_organizations
    from undersigned.registry.services import add_alias

    keep = create_organization("Journalists’ Club Asparez")
    drop = create_organization("Asparez Journalists Club")
    alias = add_alias(drop, "Asparez")
    merge_organizations(keep, drop, by=bob)
    client.force_login(bob)
    client.post(f"/o/{drop.slug}/rename/", {"name": "Asparez"})
    client.post(f"/o/{drop.slug}/split/", {"alias": alias.pk})
    drop.refresh_from_db()
    assert drop.name == "Asparez Journalists Club"
    assert Organization.objects.count() == 2
