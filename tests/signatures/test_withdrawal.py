"""Withdrawal: off the list and out of the counts at once; the audit keeps the fact only."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from undersigned.audit.models import AuditEntry
from undersigned.signatures.models import Signature, SignatureStatus

from .conftest import form_data, links_in

pytestmark = pytest.mark.django_db


def test_withdrawing_takes_the_signature_off_the_list_and_the_counts(
    client, published_statement, hcav
):
    client.post(
        reverse("signatures:sign", kwargs={"slug": published_statement.slug}),
        form_data(organization=hcav.slug, comment="Private remark 7781"),
    )
    links = links_in(mail.outbox[0])
    client.post(links["confirm"])
    published_statement.refresh_from_db()
    assert published_statement.organization_count == 1
    asked = client.get(links["withdraw"])
    assert "Withdraw the signature" in asked.content.decode()
    client.post(links["withdraw"])
    signature = Signature.objects.get()
    assert signature.status == SignatureStatus.WITHDRAWN
    assert signature.email == "" and signature.comment == "" and signature.ip_hash == ""
    published_statement.refresh_from_db()
    hcav.refresh_from_db()
    assert published_statement.organization_count == 0
    assert hcav.statement_count == 0
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert "Helsinki Citizens’ Assembly–Vanadzor" not in page
    entries = AuditEntry.objects.filter(subject_id=str(signature.pk))
    assert entries.filter(action="signatures.signature.withdrawn").exists()
    for entry in entries:
        assert "artur@hcav.am" not in str(entry.data)
        assert "7781" not in str(entry.data)
    again = client.post(links["withdraw"])
    assert "Already withdrawn" in again.content.decode()


def test_a_pending_signature_can_be_withdrawn_before_confirming(client, published_statement):
    client.post(
        reverse("signatures:sign", kwargs={"slug": published_statement.slug}),
        form_data(organization_name="Some NGO", email="x@y.am"),
    )
    links = links_in(mail.outbox[0])
    client.post(links["withdraw"])
    assert Signature.objects.get().status == SignatureStatus.WITHDRAWN
    response = client.post(links["confirm"])
    assert response.status_code in (200, 400)
    assert Signature.objects.get().status == SignatureStatus.WITHDRAWN
