"""Two moderators merge the same pair at the same moment: one merge happens, the other is
refused, and nothing is half-done."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from undersigned.registry.merger import MergeError, merge_organizations
from undersigned.registry.models import MergeRecord, Organization, OrganizationRedirect

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks under real concurrency need PostgreSQL"
)


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_merges_of_one_pair_make_one_merge(
    asparez, asparez_again, first, second, sign, bob, alice
):
    sign(first, asparez)
    sign(second, asparez_again)
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def run(keep: Organization, drop: Organization, user) -> None:
        try:
            barrier.wait(timeout=10)
            merge_organizations(keep, drop, by=user)
            outcomes.append("merged")
        except MergeError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=(asparez, asparez_again, bob)),
        threading.Thread(target=run, args=(asparez_again, asparez, alice)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes) == ["merged", "refused"]
    assert MergeRecord.objects.count() == 1
    assert Organization.objects.live().count() == 1
    survivor = Organization.objects.live().get()
    assert survivor.statement_count == 2
    assert OrganizationRedirect.objects.count() == 1
