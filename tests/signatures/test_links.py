"""Confirmation and withdrawal links: expired, tampered, reused, bound to their signature."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail, signing
from django.urls import reverse

from undersigned.signatures import services
from undersigned.signatures.models import Signature, SignatureStatus

from .conftest import links_in, person_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def links(client, published_statement) -> dict[str, str]:
    client.post(
        reverse("signatures:sign", kwargs={"slug": published_statement.slug}), person_data()
    )
    return links_in(mail.outbox[0])


def test_a_tampered_link_is_refused(client, links):
    tampered = links["confirm"].replace("/confirm/", "/confirm/x")
    for method in (client.get, client.post):
        response = method(tampered)
        assert response.status_code == 400
        assert "not valid" in response.content.decode()
    assert Signature.objects.get().status == SignatureStatus.PENDING


def test_a_link_for_another_purpose_is_refused(client, links):
    token = links["withdraw"].split("/")[-2]
    response = client.post(reverse("signatures:confirm", kwargs={"token": token}))
    assert response.status_code == 400


def test_an_expired_link_says_so(client, links, settings, monkeypatch):
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(
        days=settings.SIGNATURE_CONFIRM_DAYS, seconds=5
    )
    monkeypatch.setattr(signing.time, "time", lambda: later.timestamp())
    response = client.post(links["confirm"])
    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert Signature.objects.get().status == SignatureStatus.PENDING


def test_a_reused_link_changes_nothing(client, links, published_statement):
    client.post(links["confirm"])
    again = client.post(links["confirm"])
    assert again.status_code == 200
    assert "Already confirmed" in again.content.decode()
    published_statement.refresh_from_db()
    assert published_statement.person_count == 1


def test_a_link_forged_for_another_signature_is_refused(client, links, published_statement):
    other = services.create_signature(
        published_statement, kind="person", name="Other", email="other@example.net"
    )
    forged = signing.dumps({"s": other.pk, "e": "0" * 16}, salt=services.CONFIRM_SALT)
    assert client.post(reverse("signatures:confirm", kwargs={"token": forged})).status_code == 400


def test_a_very_long_or_odd_token_is_a_clean_400(client):
    for token in ["x" * 5000, "%00", "..", "‮abc"]:
        response = client.get(f"/sign/confirm/{token}/")
        assert response.status_code in (400, 404)
