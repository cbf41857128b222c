"""The dashboard lists each coalition's statements with status, counts and deadline.

alice (coordinator) sees it with the actions; bob (moderator) sees it without them;
charlie (outsider) sees no coalition; an anonymous reader is sent to log in.
"""

from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils import timezone

from undersigned.signatures import services as signature_services
from undersigned.statements import services

DASHBOARD = reverse("accounts:dashboard")


def test_a_coordinator_sees_statements_with_counts_and_actions(client, published_statement, alice):
    services.update_details(
        published_statement, deadline=timezone.now() + datetime.timedelta(days=3), by=alice
    )
    signature_services.create_signature(
        published_statement, kind="organization", name="Asparez", status="accepted", source="import"
    )
    pending = signature_services.create_signature(
        published_statement, kind="organization", name="Waiting NGO", email="w@example.org"
    )
    signature_services.confirm_signature(pending)
    client.force_login(alice)
    html = client.get(DASHBOARD).content.decode()
    assert "Statement on the offensive against Artsakh" in html
    assert "Published" in html
    assert '<td class="num" data-label="Organizations">1</td>' in html
    assert "<strong>1</strong>" in html  # waiting for review
    assert "New statement" in html
    assert reverse("accounts:members", kwargs={"slug": "ascc"}) in html


def test_a_moderator_sees_the_statements_without_coordinator_actions(client, statement, bob):
    client.force_login(bob)
    html = client.get(DASHBOARD).content.decode()
    assert statement.title in html
    assert "New statement" not in html


def test_an_outsider_sees_no_coalition(client, statement, charlie):
    client.force_login(charlie)
    html = client.get(DASHBOARD).content.decode()
    assert statement.title not in html
    assert "You are not a member of any coalition yet." in html


def test_an_anonymous_reader_is_sent_to_log_in(client, db):
    response = client.get(DASHBOARD)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_the_dashboard_runs_a_fixed_number_of_queries(
    client, coalition, alice, django_assert_num_queries
):
    for n in range(12):
        services.create_statement(coalition, title=f"Statement {n}", by=alice)
    client.force_login(alice)
    # session, user, coalitions, statements, memberships
    with django_assert_num_queries(5):
        client.get(DASHBOARD)


def test_a_moderator_sees_the_manage_page_without_moves(client, open_statement, bob):
    client.force_login(bob)
    html = client.get(
        reverse("statements:manage", kwargs={"slug": open_statement.slug})
    ).content.decode()
    assert "History" in html
    assert "/status/" not in html


def test_an_outsider_cannot_see_the_manage_page(client, open_statement, charlie):
    client.force_login(charlie)
    url = reverse("statements:manage", kwargs={"slug": open_statement.slug})
    assert client.get(url).status_code == 403
