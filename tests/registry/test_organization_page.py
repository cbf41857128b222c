from __future__ import annotations

import pytest

from undersigned.registry.merger import merge_organizations
from undersigned.registry.services import create_organization


@pytest.fixture
def two_statements_one_identity(asparez, asparez_again, first, second, sign, bob):
    """The demo's situation: the same club signed two statements under two spellings."""
    hca = create_organization("Helsinki Citizens’ Assembly–Vanadzor")
    sign(first, asparez, "Journalists’ Club Asparez", role="Chair", email="chair@asparez.am")
    sign(second, asparez_again, "Journalists’ Club “Asparez”", role="Director")
    sign(first, hca)
    sign(second, hca)
    merge_organizations(asparez, asparez_again, by=bob)
    return asparez, hca


def test_the_page_lists_both_statements_under_one_identity(
    client, two_statements_one_identity, first, second
):
    asparez, _hca = two_statements_one_identity
    page = client.get(f"/o/{asparez.slug}/").content.decode()
    assert first.title in page and second.title in page
    assert "Journalists’ Club “Asparez”" in page
    assert "Ասպարեզ ակումբ" in page
    assert "Chair" in page and "Director" in page


def test_the_page_shows_who_signs_most_often_with_it(client, two_statements_one_identity):
    asparez, hca = two_statements_one_identity
    response = client.get(f"/o/{asparez.slug}/")
    assert response.context["co_signers"] == [(hca, 2)]


def test_the_page_shows_wikidata_as_a_link_and_verified_domains(client, asparez):
    from django.utils import timezone

    from undersigned.registry.models import Organization, VerifiedDomain

    Organization.objects.filter(pk=asparez.pk).update(wikidata_id="Q4120947")
    VerifiedDomain.objects.create(
        organization=asparez, domain="asparez.am", verified_at=timezone.now()
    )
    VerifiedDomain.objects.create(organization=asparez, domain="unconfirmed.am")
    page = client.get(f"/o/{asparez.slug}/").content.decode()
    assert 'href="https://www.wikidata.org/wiki/Q4120947"' in page
    assert "asparez.am" in page
    assert "unconfirmed.am" not in page


def test_the_page_needs_a_fixed_number_of_queries(
    client, first, sign, django_assert_max_num_queries
):
    organization = create_organization("Journalists’ Club Asparez")
    sign(first, organization)
    for n in range(30):
        sign(first, create_organization(f"Co-signer number {n} Foundation"))
    with django_assert_max_num_queries(12):
        assert client.get(f"/o/{organization.slug}/").status_code == 200


def test_the_registry_list_needs_a_fixed_number_of_queries(client, db, django_assert_num_queries):
    for n in range(20):
        create_organization(f"Organization number {n}")
    with django_assert_num_queries(3):  # total, page count, page
        assert client.get("/o/").status_code == 200


def test_the_json_page_is_popolo(client, two_statements_one_identity, second):
    asparez, _hca = two_statements_one_identity
    data = client.get(f"/o/{asparez.slug}.json").json()
    assert data["id"] == str(asparez.pk)
    assert data["name"] == asparez.name
    assert {"name": "Ասպարեզ ակումբ", "note": "armenian", "lang": "hy"} in data["other_names"]
    assert second.title in [s["title"] for s in data["statements"]]
