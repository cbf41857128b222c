"""Unconfirmed signatures expire, and expired ones are purged with their private data."""

from __future__ import annotations

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from undersigned.audit.models import AuditEntry
from undersigned.signatures import services
from undersigned.signatures.models import Signature, SignatureStatus

pytestmark = pytest.mark.django_db


def aged(statement, email: str, days: int) -> Signature:
    signature = services.create_signature(
        statement, kind="person", name="Old Signer", email=email, comment="secret 4471"
    )
    Signature.objects.filter(pk=signature.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days)
    )
    return signature


def test_unconfirmed_signatures_expire_and_old_ones_are_purged(published_statement, settings):
    settings.SIGNATURE_CONFIRM_DAYS = 7
    settings.SIGNATURE_PURGE_DAYS = 30
    fresh = aged(published_statement, "fresh@example.net", 1)
    stale = aged(published_statement, "stale@example.net", 8)
    ancient = aged(published_statement, "ancient@example.net", 40)
    confirmed = aged(published_statement, "kept@example.net", 40)
    services.confirm_signature(confirmed)

    summary = services.expire_unconfirmed()
    assert (summary.expired, summary.purged) == (2, 1)
    statuses = dict(Signature.objects.values_list("pk", "status"))
    assert statuses == {
        fresh.pk: SignatureStatus.PENDING,
        stale.pk: SignatureStatus.EXPIRED,
        confirmed.pk: SignatureStatus.CONFIRMED,
    }
    assert ancient.pk not in statuses
    for entry in AuditEntry.objects.filter(subject_id=str(ancient.pk)):
        assert "Old Signer" not in str(entry.data)


def test_the_command_prints_a_summary(published_statement, capsys):
    aged(published_statement, "stale@example.net", 8)
    call_command("expire_signatures")
    assert "1 unconfirmed signatures expired, 0 purged." in capsys.readouterr().out


def test_an_expired_signature_cannot_be_confirmed(client, published_statement):
    signature = aged(published_statement, "stale@example.net", 8)
    token = services.confirmation_token(signature)
    services.expire_unconfirmed()
    response = client.post(f"/sign/confirm/{token}/")
    assert response.status_code == 200
    assert "cannot be confirmed" in response.content.decode()
    signature.refresh_from_db()
    assert signature.status == SignatureStatus.EXPIRED
