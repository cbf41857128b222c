"""Odd input to the moderators' forms: a message, never a 500, nothing decided by accident."""

from __future__ import annotations

import pytest
from django.urls import reverse

from undersigned.signatures import services
from undersigned.signatures.models import SignatureStatus

pytestmark = pytest.mark.django_db

ODD = ["", "x" * 5000, "<script>alert(1)</script>", "\u202e\u0000", "../../", "1e309", "-1"]


@pytest.mark.parametrize("value", ODD)
@pytest.mark.parametrize("field", ["action", "organization", "reason"])
def test_odd_values_in_a_decision_are_refused_cleanly(
    client, bob, published_statement, hcav, field, value
):
    result = services.sign(
        published_statement, kind="organization", name="Unknown", email="u@gmail.com"
    )
    assert result.signature is not None
    services.confirm_from_link(services.confirmation_token(result.signature))
    client.force_login(bob)
    url = reverse("signatures:decide", kwargs={"slug": "ascc", "pk": result.signature.pk})
    data = {"action": "link", "organization": "", "reason": ""}
    data[field] = value.replace("\u0000", "")
    response = client.post(url, data)
    assert response.status_code == 302
    result.signature.refresh_from_db()
    assert result.signature.status == SignatureStatus.CONFIRMED


def test_an_unknown_signature_or_coalition_is_a_404(client, bob, published_statement):
    client.force_login(bob)
    assert (
        client.post(reverse("signatures:decide", kwargs={"slug": "ascc", "pk": 999})).status_code
        == 404
    )
    assert client.get(reverse("signatures:moderation", kwargs={"slug": "nope"})).status_code == 404


def test_a_get_on_a_decision_is_a_405(client, bob, published_statement):
    client.force_login(bob)
    assert (
        client.get(reverse("signatures:decide", kwargs={"slug": "ascc", "pk": 1})).status_code
        == 405
    )
