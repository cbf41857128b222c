"""A real SMTP exchange: the confirmation mail crosses an in-process SMTP server, and the
link it carries confirms the signature."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from undersigned.signatures.models import Signature, SignatureStatus

from .conftest import person_data
from .smtp_sink import smtp_sink

pytestmark = pytest.mark.django_db


def test_the_confirmation_mail_goes_over_smtp_and_its_link_confirms(
    client, published_statement, settings
):
    settings.SITE_URL = "http://testserver"
    with smtp_sink(settings) as sink:
        response = client.post(
            reverse("signatures:sign", kwargs={"slug": published_statement.slug}), person_data()
        )
        assert response.status_code == 302
        (message,) = sink.wait_for(1)
    assert message["To"] == "anna@example.net"
    assert "Confirm your signature" in message["Subject"]
    body = sink.text(message)
    link = re.search(r"http://testserver(/sign/confirm/\S+/)", body)
    assert link is not None, body
    assert "/sign/withdraw/" in body
    assert "Confirm my signature" in client.get(link.group(1)).content.decode()
    client.post(link.group(1))
    assert Signature.objects.get().status == SignatureStatus.ACCEPTED
