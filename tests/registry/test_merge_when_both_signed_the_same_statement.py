from __future__ import annotations

from undersigned.audit.models import AuditEntry
from undersigned.registry.merger import merge_organizations, undo_merge
from undersigned.signatures.models import Signature


def test_the_accepted_signature_stands_and_the_other_is_rejected_and_logged(
    asparez, asparez_again, first, sign, bob
):
    kept = sign(first, asparez, "Journalists’ Club Asparez")
    duplicate = sign(first, asparez_again, "Journalists’ Club “Asparez”")
    first.refresh_from_db()
    assert first.organization_count == 2

    record = merge_organizations(asparez, asparez_again, by=bob)

    kept.refresh_from_db()
    duplicate.refresh_from_db()
    first.refresh_from_db()
    asparez.refresh_from_db()
    assert kept.status == "accepted" and kept.organization == asparez
    assert duplicate.status == "rejected"
    assert str(kept.pk) in duplicate.rejection_reason
    assert first.organization_count == 1
    assert asparez.statement_count == 1
    assert Signature.objects.public().filter(statement=first, organization=asparez).count() == 1
    assert record.data["duplicates"][0]["signature"] == duplicate.pk
    rejected = AuditEntry.objects.get(action="signatures.signature.rejected")
    assert rejected.subject_id == str(duplicate.pk) and rejected.actor == bob
    merged = AuditEntry.objects.get(action="registry.organization.merged")
    assert merged.data["duplicates"][0]["signature"] == duplicate.pk


def test_undo_puts_the_rejected_duplicate_back(asparez, asparez_again, first, sign, bob):
    sign(first, asparez)
    duplicate = sign(first, asparez_again)
    record = merge_organizations(asparez, asparez_again, by=bob)
    undo_merge(record, by=bob)
    duplicate.refresh_from_db()
    first.refresh_from_db()
    assert duplicate.status == "accepted"
    assert duplicate.organization == asparez_again
    assert duplicate.rejection_reason == ""
    assert first.organization_count == 2


def test_an_accepted_signature_of_the_merged_entry_wins_over_a_confirmed_one(
    asparez, asparez_again, first, sign, bob
):
    waiting = sign(first, asparez, status="pending", email="a@example.org")
    Signature.objects.filter(pk=waiting.pk).update(status="confirmed")
    accepted = sign(first, asparez_again)
    merge_organizations(asparez, asparez_again, by=bob)
    waiting.refresh_from_db()
    accepted.refresh_from_db()
    assert accepted.status == "accepted" and accepted.organization == asparez
    assert waiting.status == "rejected"


def test_a_pending_duplicate_loses_its_link_and_gets_it_back_on_undo(
    asparez, asparez_again, first, sign, bob
):
    sign(first, asparez)
    waiting = sign(first, asparez_again, status="pending", email="someone@asparez.am")
    record = merge_organizations(asparez, asparez_again, by=bob)
    waiting.refresh_from_db()
    assert waiting.status == "pending"
    assert waiting.organization is None and waiting.proposed_organization == asparez
    assert record.data["duplicates"][0]["outcome"] == "unlinked"
    undo_merge(record, by=bob)
    waiting.refresh_from_db()
    assert waiting.organization == asparez_again and waiting.proposed_organization is None
