"""Signing twice creates nothing new and says so kindly, revealing nothing private."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from undersigned.signatures.models import Signature

from .conftest import form_data, links_in, person_data

pytestmark = pytest.mark.django_db


def post(client, statement, data):
    return client.post(reverse("signatures:sign", kwargs={"slug": statement.slug}), data)


def test_the_same_email_twice_creates_nothing_and_sends_the_link_again(client, published_statement):
    post(client, published_statement, person_data())
    response = post(client, published_statement, person_data(person_name="Somebody Else"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "already signed this statement" in page
    assert "anna@example.net" not in page
    assert Signature.objects.count() == 1
    assert len(mail.outbox) == 2
    assert mail.outbox[1].to == ["anna@example.net"]


def test_the_same_email_after_confirmation_sends_nothing(client, published_statement):
    post(client, published_statement, person_data())
    client.post(links_in(mail.outbox[0])["confirm"])
    response = post(client, published_statement, person_data())
    assert "already signed" in response.content.decode()
    assert len(mail.outbox) == 1


def test_an_organization_already_on_the_list_is_not_signed_again(client, published_statement, hcav):
    post(client, published_statement, form_data(organization=hcav.slug))
    client.post(links_in(mail.outbox[0])["confirm"])
    response = post(
        client, published_statement, form_data(organization=hcav.slug, email="someone@gmail.com")
    )
    page = response.content.decode()
    assert "has already signed this statement" in page
    assert "artur@hcav.am" not in page
    assert Signature.objects.count() == 1


def test_an_email_can_sign_again_after_withdrawing(client, published_statement):
    post(client, published_statement, person_data())
    client.post(links_in(mail.outbox[0])["withdraw"])
    response = post(client, published_statement, person_data())
    assert response.status_code == 302
    assert Signature.objects.count() == 2
