from __future__ import annotations

import pytest

from undersigned.audit.models import AuditEntry
from undersigned.registry.merger import MergeError
from undersigned.registry.services import add_alias, create_organization, split_alias


def test_splitting_moves_the_alias_and_only_the_signatures_made_under_it(first, second, sign, bob):
    merged = create_organization("Centre of Economic Right")
    wrong = add_alias(merged, "Centre of Economic Rights Defence")
    right = sign(first, merged, "“Centre of Economic Right” NGO")
    moved = sign(second, merged, "Centre of Economic Rights Defence")

    other = split_alias(wrong, by=bob)

    right.refresh_from_db()
    moved.refresh_from_db()
    merged.refresh_from_db()
    assert other.name == "Centre of Economic Rights Defence"
    assert list(other.aliases.values_list("name", flat=True)) == [
        "Centre of Economic Rights Defence"
    ]
    assert moved.organization == other
    assert right.organization == merged
    assert (merged.statement_count, other.statement_count) == (1, 1)
    entry = AuditEntry.objects.get(action="registry.organization.split")
    assert entry.actor == bob and entry.data["signatures"] == [moved.pk]


def test_the_canonical_spelling_cannot_be_split_off(db, bob):
    organization = create_organization("Social Justice NGO")
    with pytest.raises(MergeError):
        split_alias(organization.aliases.get(), by=bob)


def test_a_moderator_splits_from_the_organization_page(client, first, sign, bob):
    organization = create_organization("Centre of Economic Right")
    alias = add_alias(organization, "Centre for Economic Rights Defence")
    sign(first, organization, "Centre for Economic Rights Defence")
    client.force_login(bob)
    response = client.post(f"/o/{organization.slug}/split/", {"alias": alias.pk})
    assert response.status_code == 302
    alias.refresh_from_db()
    assert alias.organization != organization
    assert response["Location"] == alias.organization.get_absolute_url()
