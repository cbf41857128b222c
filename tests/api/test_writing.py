from __future__ import annotations

import json

import pytest

from undersigned.audit.models import AuditEntry
from undersigned.registry import services as registry_services
from undersigned.signatures.models import Signature, SignatureStatus, Source
from undersigned.statements import services as statement_services
from undersigned.statements.models import Statement

JSON = {"content_type": "application/json"}


def _post(client, url: str, data: dict, headers: dict):
    return client.post(url, json.dumps(data), **JSON, **headers)


def _patch(client, url: str, data: dict, headers: dict):
    return client.patch(url, json.dumps(data), **JSON, **headers)


def test_a_token_creates_a_draft_of_its_coalition(client, auth, coalition, alice):
    response = _post(
        client,
        "/api/v1/statements",
        {
            "title": "Appeal for the release of prisoners",
            "body": "We call **on**…",
            "addressees": ["United Nations", "OSCE"],
            "tags": ["prisoners"],
            "date": "2020-10-01",
            "place": "Yerevan",
            "translations": [{"language": "ru", "title": "Обращение", "body": "Мы призываем"}],
        },
        auth,
    )
    assert response.status_code == 201, response.content
    data = json.loads(response.content)
    assert data["status"] == "draft" and data["languages"] == ["en", "ru"]
    statement = Statement.objects.get(slug=data["slug"])
    assert statement.coalition == coalition
    assert statement.created_by == alice
    assert AuditEntry.objects.filter(action="statements.statement.created", actor=alice).exists()


def test_a_taken_slug_is_a_conflict(client, auth, statement):
    response = _post(client, "/api/v1/statements", {"title": "x", "slug": statement.slug}, auth)
    assert response.status_code == 409


def test_patch_changes_only_the_fields_sent(client, auth, open_statement):
    url = f"/api/v1/statements/{open_statement.slug}"
    response = _patch(client, url, {"place": "Gyumri", "deadline": None}, auth)
    assert response.status_code == 200
    open_statement.refresh_from_db()
    assert open_statement.place == "Gyumri"
    assert open_statement.title == "Statement on the offensive against Artsakh"
    assert [a.name for a in open_statement.addressees.all()] == [
        "United Nations",
        "Council of Europe",
    ]


def test_a_new_text_after_signing_began_makes_a_version(client, auth, open_statement):
    statement_services.update_text(open_statement, texts={}, by=None)
    from undersigned.signatures.services import create_signature

    create_signature(open_statement, kind="person", name="Early Signer", status="accepted")
    url = f"/api/v1/statements/{open_statement.slug}"
    data = json.loads(_patch(client, url, {"body": "A corrected text."}, auth).content)
    assert data["version"] == 2
    assert data["body"] == "A corrected text."
    assert open_statement.versions.get(number=1).texts["en"]["body"] == "We **condemn** the attack."


def test_status_moves_along_the_life_cycle_or_conflicts(client, auth, statement):
    url = f"/api/v1/statements/{statement.slug}"
    assert json.loads(_patch(client, url, {"status": "open"}, auth).content)["status"] == "open"
    assert json.loads(_patch(client, url, {"status": "closed"}, auth).content)["status"] == "closed"
    assert _patch(client, url, {"status": "draft"}, auth).status_code == 422


def test_a_token_cannot_touch_another_coalitions_statements(
    client, other_auth, statement, published_statement
):
    url = f"/api/v1/statements/{published_statement.slug}"
    assert _patch(client, url, {"title": "Hijacked"}, other_auth).status_code == 403
    people = {"signatures": [{"kind": "person", "name": "Intruder"}]}
    assert _post(client, f"{url}/signatures", people, other_auth).status_code == 403
    published_statement.refresh_from_db()
    assert published_statement.title != "Hijacked"
    assert not Signature.objects.filter(name_as_signed="Intruder").exists()


def test_another_coalitions_draft_is_not_even_found(client, other_auth, statement):
    response = _patch(client, f"/api/v1/statements/{statement.slug}", {"title": "x"}, other_auth)
    assert response.status_code == 404


def test_a_revoked_token_stops_working(client, auth, coalition, statement):
    from undersigned.api.models import ApiToken
    from undersigned.api.services import revoke_token

    revoke_token(ApiToken.objects.get(), by=None)
    assert (
        _patch(client, f"/api/v1/statements/{statement.slug}", {"title": "x"}, auth).status_code
        == 401
    )


def test_a_token_stops_working_when_its_issuer_is_no_coordinator_any_more(
    client, auth, alice, statement
):
    alice.memberships.all().delete()
    assert client.get("/api/v1/token", **auth).status_code == 401


@pytest.fixture
def registry(db):
    return registry_services.create_organization("Journalists’ Club Asparez", country="Armenia")


def test_bulk_signatures_go_through_matching_and_review(client, auth, open_statement, registry):
    payload = {
        "signatures": [
            {"kind": "organization", "name": "Asparez Club"},
            {
                "kind": "organization",
                "name": "Journalists Club “Asparez”",
                "email": "info@asparez.am",
            },
            {"kind": "organization", "name": "Women’s Resource Center"},
            {"kind": "organization", "name": "Women's Resource Center"},
            {
                "kind": "person",
                "name": "Anna Hakobyan",
                "person_role": "lawyer",
                "email": "anna@example.am",
            },
            {"kind": "person", "name": "Anna again", "email": "ANNA@example.am"},
        ]
    }
    response = _post(client, f"/api/v1/statements/{open_statement.slug}/signatures", payload, auth)
    assert response.status_code == 200, response.content
    data = json.loads(response.content)
    outcomes = [r["outcome"] for r in data["results"]]
    assert outcomes == ["review", "accepted", "accepted", "duplicate", "accepted", "duplicate"]
    assert (data["accepted"], data["review"], data["duplicates"]) == (3, 1, 2)
    assert data["results"][0]["organization"] is None
    assert data["results"][1]["organization"]["id"] == registry.pk
    review = Signature.objects.get(pk=data["results"][0]["id"])
    assert review.status == SignatureStatus.CONFIRMED
    assert review.proposed_organization == registry
    assert all(s.source == Source.API for s in Signature.objects.all())
    open_statement.refresh_from_db()
    assert (open_statement.organization_count, open_statement.person_count) == (2, 1)
    assert "Journalists Club “Asparez”" in [a.name for a in registry.aliases.all()]
    entry = AuditEntry.objects.get(action="api.signatures.added")
    assert entry.data["accepted"] == 3 and entry.data["token"].startswith("us_")


def test_bulk_signatures_need_a_signable_statement(client, auth, statement):
    payload = {"signatures": [{"kind": "organization", "name": "Some NGO"}]}
    assert (
        _post(client, f"/api/v1/statements/{statement.slug}/signatures", payload, auth).status_code
        == 409
    )


def test_individuals_are_refused_where_only_organizations_sign(client, auth, open_statement):
    statement_services.update_details(open_statement, allow_individuals=False)
    payload = {
        "signatures": [
            {"kind": "organization", "name": "Some NGO"},
            {"kind": "person", "name": "Ann"},
        ]
    }
    response = _post(client, f"/api/v1/statements/{open_statement.slug}/signatures", payload, auth)
    assert response.status_code == 422
    assert json.loads(response.content)["error"]["details"][0]["loc"] == [
        "body",
        "signatures",
        "1",
        "kind",
    ]
    assert not Signature.objects.exists()


def test_individuals_wait_for_review_when_the_statement_asks(client, auth, open_statement):
    Statement.objects.filter(pk=open_statement.pk).update(review_individuals=True)
    payload = {"signatures": [{"kind": "person", "name": "Ann"}]}
    data = json.loads(
        _post(client, f"/api/v1/statements/{open_statement.slug}/signatures", payload, auth).content
    )
    assert data["results"][0]["outcome"] == "review"
    assert Signature.objects.get().status == SignatureStatus.CONFIRMED


def test_writes_have_their_own_rate_limit(client, auth, statement, monkeypatch):
    from undersigned.api import auth as api_auth

    monkeypatch.setattr(api_auth, "WRITES_PER_HOUR", 1)
    url = f"/api/v1/statements/{statement.slug}"
    assert _patch(client, url, {"place": "A"}, auth).status_code == 200
    assert _patch(client, url, {"place": "B"}, auth).status_code == 429
