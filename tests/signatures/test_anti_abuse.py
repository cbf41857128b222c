"""The honeypot, the minimum fill time, rate limits and the pause switch."""

from __future__ import annotations

import pytest
from django.urls import reverse

from undersigned.signatures.models import Signature

from .conftest import person_data

pytestmark = pytest.mark.django_db


def post(client, statement, data, **extra):
    return client.post(reverse("signatures:sign", kwargs={"slug": statement.slug}), data, **extra)


def test_a_filled_honeypot_signs_nothing(client, published_statement):
    response = post(client, published_statement, person_data(homepage="http://spam.example"))
    assert response.status_code == 400
    assert "could not be sent" in response.content.decode()
    assert not Signature.objects.exists()


def test_a_form_sent_too_fast_keeps_what_was_typed(client, published_statement, settings):
    settings.SIGN_MIN_SECONDS = 60
    response = post(client, published_statement, person_data())
    assert response.status_code == 400
    page = response.content.decode()
    assert "very quick" in page
    assert 'value="Anna Hakobyan"' in page and 'value="anna@example.net"' in page
    assert not Signature.objects.exists()


def test_a_form_without_its_signed_start_time_is_refused(client, published_statement):
    for started in ["", "1", "not-a-token" * 50]:
        assert post(client, published_statement, person_data(started=started)).status_code == 400
    assert not Signature.objects.exists()


def test_too_many_sign_ons_from_one_address_are_refused(client, published_statement, settings):
    settings.SIGN_RATE_PER_IP = 3
    statuses = [
        post(client, published_statement, person_data(email=f"p{n}@example.net")).status_code
        for n in range(4)
    ]
    assert statuses == [302, 302, 302, 429]
    assert Signature.objects.count() == 3


def test_too_many_attempts_with_one_email_are_refused(client, published_statement, settings):
    settings.SIGN_RATE_PER_EMAIL = 2
    statuses = [
        post(client, published_statement, person_data(), REMOTE_ADDR=f"10.0.0.{n}").status_code
        for n in range(3)
    ]
    assert statuses[-1] == 429
    assert (
        "Too many attempts with this e-mail"
        in post(client, published_statement, person_data(), REMOTE_ADDR="10.0.0.9").content.decode()
    )


def test_a_paused_statement_takes_no_signatures(client, published_statement):
    published_statement.signing_paused = True
    published_statement.save()
    page = client.get(reverse("signatures:sign", kwargs={"slug": published_statement.slug}))
    assert "paused" in page.content.decode()
    assert post(client, published_statement, person_data()).status_code == 403
    assert not Signature.objects.exists()


def test_a_draft_has_no_sign_form(client, statement):
    assert (
        client.get(reverse("signatures:sign", kwargs={"slug": statement.slug})).status_code == 404
    )


def test_individuals_cannot_sign_when_the_statement_does_not_allow_them(
    client, published_statement
):
    published_statement.allow_individuals = False
    published_statement.save()
    response = post(client, published_statement, person_data())
    assert response.status_code == 400
    assert not Signature.objects.exists()
