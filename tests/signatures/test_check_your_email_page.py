"""After signing: "check your e-mail", with a rate-limited way to get the link again."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from .conftest import person_data

pytestmark = pytest.mark.django_db


def test_the_link_can_be_sent_again_a_few_times(client, published_statement):
    response = client.post(
        reverse("signatures:sign", kwargs={"slug": published_statement.slug}), person_data()
    )
    sent_url = response["Location"]
    page = client.get(sent_url).content.decode()
    assert "Check your e-mail" in page
    assert "anna@example.net" not in page
    token = sent_url.split("t=")[1]
    statuses = [client.post(sent_url, {"t": token}).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert len(mail.outbox) == 4


def test_a_tampered_or_missing_token_is_a_400(client, published_statement):
    url = reverse("signatures:sent", kwargs={"slug": published_statement.slug})
    for query in ["", "?t=abc", "?t=" + "x" * 1000]:
        assert client.get(url + query).status_code == 400
