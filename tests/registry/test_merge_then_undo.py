from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from undersigned.audit.models import AuditEntry
from undersigned.registry.merger import MergeError, merge_organizations, undo_merge
from undersigned.registry.models import (
    Alias,
    DuplicatePair,
    Organization,
    OrganizationRedirect,
    VerifiedDomain,
)
from undersigned.registry.services import create_organization
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement


def snapshot() -> dict[str, Any]:
    """Everything a merge touches, as plain values."""
    return {
        "signatures": list(
            Signature.objects.order_by("pk").values_list(
                "pk",
                "status",
                "organization_id",
                "proposed_organization_id",
                "decided_at",
                "decided_by_id",
                "rejection_reason",
            )
        ),
        "aliases": list(
            Alias.objects.order_by("pk").values_list(
                "pk",
                "organization_id",
                "name",
                "key",
                "script",
                "language",
                "first_seen_statement_id",
                "first_seen_at",
            )
        ),
        "organizations": list(
            Organization.objects.order_by("pk").values_list(
                "pk",
                "name",
                "slug",
                "merged_into_id",
                "statement_count",
                "country",
                "city",
                "website",
                "wikidata_id",
            )
        ),
        "statements": list(
            Statement.objects.order_by("pk").values_list("pk", "organization_count", "person_count")
        ),
        "domains": list(
            VerifiedDomain.objects.order_by("pk").values_list("pk", "organization_id", "domain")
        ),
        "redirects": list(
            OrganizationRedirect.objects.order_by("pk").values_list("pk", "old_slug", "target_id")
        ),
        "pairs": list(
            DuplicatePair.objects.order_by("pk").values_list("pk", "status", "decided_by_id")
        ),
    }


def test_merge_then_undo_restores_every_signature_alias_and_count(
    asparez, asparez_again, first, second, sign, bob
):
    third = create_organization("Helsinki Citizens’ Assembly–Vanadzor")
    sign(first, asparez, "Journalists’ Club Asparez", role="President")
    sign(second, asparez_again, "Journalists’ Club “Asparez”")
    sign(first, third)
    sign(second, third)
    pending = sign(second, None, "Asparez club", status="pending", email="x@asparez.am")
    Signature.objects.filter(pk=pending.pk).update(proposed_organization=asparez_again)
    VerifiedDomain.objects.create(
        organization=asparez_again, domain="asparez.am", verified_at=timezone.now()
    )
    Organization.objects.filter(pk=asparez_again.pk).update(website="https://asparez.am")
    DuplicatePair.objects.create(
        lower_id=min(asparez.pk, asparez_again.pk),
        higher_id=max(asparez.pk, asparez_again.pk),
        score=0.93,
    )
    before = snapshot()

    record = merge_organizations(asparez, asparez_again, by=bob)

    asparez.refresh_from_db()
    assert asparez.statement_count == 2
    assert set(asparez.aliases.values_list("name", flat=True)) >= {
        "Journalists’ Club Asparez",
        "Journalists’ Club “Asparez”",
        "Ասպարեզ ակումբ",
    }
    assert asparez.website == "https://asparez.am"
    assert Signature.objects.get(pk=pending.pk).proposed_organization_id == asparez.pk
    assert snapshot() != before

    undo_merge(record, by=bob)

    assert snapshot() == before
    assert AuditEntry.objects.filter(action="registry.organization.merge_undone").count() == 1


def test_merge_is_logged_with_who_decided(asparez, asparez_again, bob):
    record = merge_organizations(asparez, asparez_again, by=bob)
    entry = AuditEntry.objects.get(action="registry.organization.merged")
    assert entry.actor == bob
    assert entry.subject_id == str(asparez.pk)
    assert entry.data["merged"] == asparez_again.pk
    assert record.by == bob


def test_an_undone_merge_cannot_be_undone_twice(asparez, asparez_again, bob):
    record = merge_organizations(asparez, asparez_again, by=bob)
    undo_merge(record, by=bob)
    with pytest.raises(MergeError):
        undo_merge(record, by=bob)


def test_merges_are_undone_newest_first(asparez, asparez_again, bob):
    third = create_organization("Asparez Journalists Club")
    older = merge_organizations(asparez, asparez_again, by=bob)
    newer = merge_organizations(asparez, third, by=bob)
    with pytest.raises(MergeError):
        undo_merge(older, by=bob)
    undo_merge(newer, by=bob)
    undo_merge(older, by=bob)
    assert Organization.objects.live().count() == 3


def test_an_organization_cannot_be_merged_with_itself_or_twice(asparez, asparez_again, bob):
    with pytest.raises(MergeError):
        merge_organizations(asparez, asparez, by=bob)
    merge_organizations(asparez, asparez_again, by=bob)
    with pytest.raises(MergeError):
        merge_organizations(asparez, asparez_again, by=bob)


def test_the_canonical_name_may_be_taken_from_the_merged_entry(asparez, asparez_again, bob):
    merge_organizations(asparez, asparez_again, by=bob, name="Journalists’ Club “Asparez”")
    asparez.refresh_from_db()
    assert asparez.name == "Journalists’ Club “Asparez”"
    with pytest.raises(MergeError):
        merge_organizations(asparez, create_organization("Other"), by=bob, name="Unrelated name")
