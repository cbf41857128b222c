from __future__ import annotations

import pytest

from undersigned.registry.models import DuplicatePair, MergeRecord, Organization
from undersigned.registry.services import create_organization


@pytest.fixture
def pair(db):
    a = create_organization("Journalists’ Club Asparez")
    b = create_organization("Asparez Journalists Club")
    return DuplicatePair.objects.create(lower=a, higher=b, score=0.9, reasons=["same words"])


@pytest.mark.parametrize("path", ["/o/duplicates/", "/o/merges/", "/o/merge/?keep=1&drop=2"])
def test_an_outsider_cannot_see_the_moderation_pages(client, charlie, pair, path):
    client.force_login(charlie)
    assert client.get(path).status_code == 403


def test_an_anonymous_reader_is_sent_to_log_in(client, pair):
    response = client.get("/o/duplicates/")
    assert response.status_code == 302 and "/accounts/" in response["Location"]


def test_an_outsider_cannot_merge(client, charlie, pair):
    client.force_login(charlie)
    response = client.post(
        "/o/merge/", {"first": pair.lower_id, "second": pair.higher_id, "survivor": pair.lower_id}
    )
    assert response.status_code == 403
    assert not MergeRecord.objects.exists()


@pytest.mark.parametrize("user", ["alice", "bob"])
def test_a_moderator_or_coordinator_of_any_coalition_may_merge_from_the_browser(
    client, request, pair, user
):
    client.force_login(request.getfixturevalue(user))
    page = client.get(f"/o/merge/?keep={pair.lower_id}&drop={pair.higher_id}")
    assert page.status_code == 200
    response = client.post(
        "/o/merge/", {"first": pair.lower_id, "second": pair.higher_id, "survivor": pair.higher_id}
    )
    assert response.status_code == 302
    assert Organization.objects.get(pk=pair.lower_id).merged_into_id == pair.higher_id
    record = MergeRecord.objects.get()
    assert client.post(f"/o/merges/{record.pk}/undo/").status_code == 302
    assert Organization.objects.live().count() == 2


def test_a_moderator_decides_not_the_same(client, bob, pair):
    client.force_login(bob)
    response = client.post(f"/o/duplicates/{pair.pk}/decide/", {"decision": "not_duplicate"})
    assert response.status_code == 302
    pair.refresh_from_db()
    assert pair.status == "not_duplicate" and pair.decided_by == bob
    assert pair not in client.get("/o/duplicates/").context["page"].object_list


def test_the_queue_shows_readable_reasons(client, bob, pair, django_assert_max_num_queries):
    client.force_login(bob)
    with django_assert_max_num_queries(8):
        response = client.get("/o/duplicates/")
    assert "same words" in response.content.decode()
    assert "Journalists’ Club Asparez" in response.content.decode()


def test_a_moderator_compares_with_any_organization_by_its_address(client, bob, pair):
    client.force_login(bob)
    other = Organization.objects.get(pk=pair.higher_id)
    response = client.get(
        "/o/merge/", {"keep": pair.lower_id, "other": f"http://example.org/o/{other.slug}/"}
    )
    assert response.status_code == 200 and response.context["drop"] == other
    assert client.get("/o/merge/", {"keep": pair.lower_id, "other": "nobody"}).status_code == 400


def test_the_queue_says_when_the_search_last_ran(client, bob, pair, cleared_cache):
    from undersigned.registry.services import detect_duplicates

    client.force_login(bob)
    assert "has not run" in client.get("/o/duplicates/").content.decode()
    detect_duplicates()
    assert "Last search" in client.get("/o/duplicates/").content.decode()
