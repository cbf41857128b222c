from __future__ import annotations

import json

from undersigned.statements import services as statement_services


def _get(client, url: str, **headers) -> dict:
    response = client.get(url, **headers)
    assert response.status_code == 200, response.content
    return json.loads(response.content)


def test_statements_list_public_statements_only(client, signed, coalition, alice):
    statement_services.create_statement(coalition, title="A draft", by=alice)
    page = _get(client, "/api/v1/statements")
    assert page["count"] == 1
    item = page["items"][0]
    assert item["slug"] == signed.statement.slug
    assert item["organization_count"] == 2 and item["person_count"] == 1
    assert item["languages"] == ["en", "hy"]
    assert item["coalition"] == {"slug": "ascc", "name": "Armenian Civil Society Coalition"}


def test_statements_can_be_filtered(client, signed):
    assert _get(client, "/api/v1/statements?q=offensive")["count"] == 1
    assert _get(client, "/api/v1/statements?q=nothing-like-this")["count"] == 0
    assert _get(client, "/api/v1/statements?tag=peace")["count"] == 1
    assert (
        _get(client, "/api/v1/statements?coalition=ascc&status=published&language=en")["count"] == 1
    )
    assert _get(client, "/api/v1/statements?status=closed")["count"] == 0


def test_pages_link_to_the_next_one(client, coalition, alice):
    for n in range(3):
        statement = statement_services.create_statement(coalition, title=f"Statement {n}", by=alice)
        statement_services.change_status(statement, "open", by=alice)
    first = _get(client, "/api/v1/statements?limit=2")
    assert first["count"] == 3 and len(first["items"]) == 2
    assert first["next"].endswith("/api/v1/statements?limit=2&offset=2")
    second = _get(client, "/api/v1/statements?limit=2&offset=2")
    assert len(second["items"]) == 1 and second["next"] is None


def test_a_statement_comes_with_its_texts_addressees_and_links(client, signed):
    data = _get(client, f"/api/v1/statements/{signed.statement.slug}")
    assert data["addressees"] == ["United Nations", "Council of Europe"]
    assert data["translations"] == [{"language": "hy", "title": "Հայտարարություն", "body": "Տեքստ"}]
    assert data["links"]["letter_pdf"].endswith(f"/s/{signed.statement.slug}/letter.pdf")
    assert data["links"]["signatories"].endswith(
        f"/api/v1/statements/{signed.statement.slug}/signatories"
    )


def test_a_draft_is_hidden_except_from_its_coalitions_token(client, statement, auth, other_auth):
    url = f"/api/v1/statements/{statement.slug}"
    assert client.get(url).status_code == 404
    assert client.get(url, **other_auth).status_code == 404
    assert _get(client, url, **auth)["status"] == "draft"


def test_signatories_are_public_ones_organizations_first(client, signed):
    page = _get(client, f"/api/v1/statements/{signed.statement.slug}/signatories")
    assert [item["name"] for item in page["items"]] == signed.names
    assert page["items"][0]["organization"]["slug"] == "journalists-club-asparez"
    assert page["items"][0]["role"] == ""
    assert page["items"][2] | {"signed_on": None} == {
        "kind": "person", "name": "Anna Hakobyan", "role": "lawyer", "country": "",
        "city": "", "organization": None, "signed_on": None,
    }  # fmt: skip


def test_signatories_can_be_filtered(client, signed):
    base = f"/api/v1/statements/{signed.statement.slug}/signatories"
    assert _get(client, f"{base}?kind=person")["count"] == 1
    assert _get(client, f"{base}?q=asparez")["count"] == 1
    assert _get(client, f"{base}?country=armenia")["count"] == 2
    assert _get(client, f"{base}?since=2999-01-01T00:00:00Z")["count"] == 0


def test_organizations_list_and_search_aliases(client, signed):
    page = _get(client, "/api/v1/organizations")
    assert [item["name"] for item in page["items"]] == [
        "Journalists’ Club Asparez",
        "Union of Informed Citizens",
    ]
    assert _get(client, "/api/v1/organizations?q=informed")["count"] == 1
    assert _get(client, "/api/v1/organizations?country=Nowhere")["count"] == 0


def test_an_organization_lists_its_aliases_and_statements(client, signed):
    first = _get(client, "/api/v1/organizations")["items"][0]
    by_id = _get(client, f"/api/v1/organizations/{first['id']}")
    by_slug = _get(client, f"/api/v1/organizations/{first['slug']}")
    assert by_id == by_slug
    assert by_id["aliases"] == [
        {"name": "Journalists’ Club Asparez", "script": "latin", "language": ""}
    ]
    assert [s["slug"] for s in by_id["statements"]] == [signed.statement.slug]
    assert client.get("/api/v1/organizations/999999").status_code == 404


def test_a_merged_organization_still_resolves_by_its_old_id(client, signed, alice):
    from undersigned.registry.merger import merge_organizations
    from undersigned.registry.models import Organization

    keep, drop = Organization.objects.order_by("pk")
    merge_organizations(keep, drop, by=alice)
    survivor = Organization.objects.live().get()
    for ref in (keep.pk, drop.pk, drop.slug, keep.slug):
        assert _get(client, f"/api/v1/organizations/{ref}")["id"] == survivor.pk


def test_resolve_finds_an_organization_by_another_spelling(client, signed):
    data = _get(client, "/api/v1/resolve?name=Journalists%20Club%20%22Asparez%22")
    assert data["decision"] == "match"
    assert data["candidates"][0]["organization"]["slug"] == "journalists-club-asparez"
    assert data["candidates"][0]["reasons"]
    unknown = _get(client, "/api/v1/resolve?name=Completely%20Unrelated%20Foundation")
    assert unknown == {
        "name": "Completely Unrelated Foundation",
        "cleaned": "Completely Unrelated Foundation",
        "decision": "new",
        "candidates": [],
    }


def test_lists_read_a_fixed_number_of_queries(
    client, signed, coalition, alice, django_assert_max_num_queries
):
    for n in range(5):
        statement = statement_services.create_statement(
            coalition, title=f"More {n}", by=alice, tags=["a", "b"]
        )
        statement_services.change_status(statement, "open", by=alice)
    with django_assert_max_num_queries(5):
        assert _get(client, "/api/v1/statements")["count"] == 6
    with django_assert_max_num_queries(5):
        _get(client, f"/api/v1/statements/{signed.statement.slug}/signatories")
    with django_assert_max_num_queries(3):
        _get(client, "/api/v1/organizations")
