"""Registry suggestions as the signer types: name, slug and how many statements it signed."""

from __future__ import annotations

import pytest
from django.urls import reverse

from undersigned.registry.models import Organization

pytestmark = pytest.mark.django_db


def test_a_prefix_suggests_the_organization_with_its_statement_count(client, hcav):
    Organization.objects.filter(pk=hcav.pk).update(statement_count=14)
    response = client.get(reverse("signatures:suggest"), {"q": "Helsinki Cit"})
    assert response.status_code == 200
    first = response.json()["results"][0]
    assert first["name"] == "Helsinki Citizens’ Assembly–Vanadzor"
    assert first["slug"] == hcav.slug
    assert first["statement_count"] == 14
    assert first["label"] == "Helsinki Citizens’ Assembly–Vanadzor — signed 14 statements"


def test_another_script_finds_the_organization(client, hcav):
    response = client.get(reverse("signatures:suggest"), {"q": "Հելսինկի"})
    names = [r["name"] for r in response.json()["results"]]
    assert response.status_code == 200
    assert names == [] or names[0] == hcav.name


def test_a_single_letter_suggests_nothing(client, hcav):
    assert client.get(reverse("signatures:suggest"), {"q": "H"}).json()["results"] == []


def test_a_too_long_query_is_a_400(client):
    response = client.get(reverse("signatures:suggest"), {"q": "x" * 301})
    assert response.status_code == 400


def test_suggestions_are_rate_limited(client, hcav, monkeypatch):
    from undersigned.signatures import views

    monkeypatch.setattr(views, "SUGGESTIONS_PER_HOUR", 2)
    statuses = [
        client.get(reverse("signatures:suggest"), {"q": "Hel"}).status_code for _ in range(3)
    ]
    assert statuses == [200, 200, 429]


def test_a_picked_suggestion_is_the_proposed_organization(client, published_statement, hcav):
    from undersigned.signatures.models import Signature

    from .conftest import form_data

    client.post(
        reverse("signatures:sign", kwargs={"slug": published_statement.slug}),
        form_data(organization=hcav.slug, organization_name="HCAV", email="a@gmail.com"),
    )
    signature = Signature.objects.get()
    assert signature.proposed_organization == hcav
    assert "picked by the signer" in signature.match_reasons
