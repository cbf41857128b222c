"""Every move of a statement's life, allowed and forbidden, confirmed and audit-logged.

Who may: alice (coordinator) moves statements; bob (moderator), charlie (outsider) and an
anonymous reader may not.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.urls import reverse

from undersigned.audit.labels import ACTION_LABELS
from undersigned.audit.models import AuditEntry
from undersigned.statements import services
from undersigned.statements.models import Status

ALLOWED = [
    ("draft", "open", "statements.statement.opened"),
    ("draft", "published", "statements.statement.published"),
    ("open", "published", "statements.statement.published"),
    ("open", "closed", "statements.statement.closed"),
    ("published", "closed", "statements.statement.closed"),
    ("closed", "open", "statements.statement.reopened"),
    ("closed", "published", "statements.statement.reopened"),
]
FORBIDDEN = [
    ("draft", "closed"),
    ("draft", "draft"),
    ("open", "draft"),
    ("open", "open"),
    ("published", "open"),
    ("published", "draft"),
    ("published", "published"),
    ("closed", "draft"),
    ("closed", "closed"),
]
PATHS = {
    "draft": [],
    "open": ["open"],
    "published": ["open", "published"],
    "closed": ["open", "closed"],
}


def _bring_to(statement, status, user):
    for step in PATHS[status]:
        statement = services.change_status(statement, step, by=user)
    return statement


def _url(statement, to):
    return reverse("statements:change_status", kwargs={"slug": statement.slug, "to": to})


@pytest.mark.parametrize(("start", "to", "action"), ALLOWED)
def test_coordinator_moves_a_statement_after_confirming(
    client, statement, alice, start, to, action
):
    statement = _bring_to(statement, start, alice)
    client.force_login(alice)
    confirm = client.get(_url(statement, to))
    assert confirm.status_code == 200
    assert '<form method="post"' in confirm.content.decode()
    statement.refresh_from_db()
    assert statement.status == start, "asking for confirmation changes nothing"
    response = client.post(_url(statement, to))
    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.status == to
    entry = AuditEntry.objects.filter(subject_id=str(statement.pk)).first()
    assert entry.action == action
    assert entry.actor == alice


@pytest.mark.parametrize(("start", "to"), FORBIDDEN)
def test_a_move_the_life_cycle_does_not_allow_is_refused(client, statement, alice, start, to):
    statement = _bring_to(statement, start, alice)
    client.force_login(alice)
    assert client.get(_url(statement, to)).status_code == 400
    assert client.post(_url(statement, to)).status_code == 400
    statement.refresh_from_db()
    assert statement.status == start


def test_an_unknown_target_status_is_a_clear_400(client, statement, alice):
    client.force_login(alice)
    response = client.post(_url(statement, "exploded"))
    assert response.status_code == 400
    assert "cannot become exploded" in response.content.decode()


@pytest.mark.parametrize("who", ["bob", "charlie"])
def test_members_without_the_coordinator_role_cannot_move_a_statement(
    client, statement, request, who
):
    client.force_login(request.getfixturevalue(who))
    assert client.get(_url(statement, "open")).status_code == 403
    assert client.post(_url(statement, "open")).status_code == 403
    statement.refresh_from_db()
    assert statement.status == Status.DRAFT


def test_an_anonymous_reader_is_sent_to_log_in(client, statement):
    response = client.post(_url(statement, "open"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
    statement.refresh_from_db()
    assert statement.status == Status.DRAFT


def test_a_coordinator_of_another_coalition_cannot_move_it(client, statement, django_user_model):
    from undersigned.accounts.models import Coalition, Membership, Role

    other = Coalition.objects.create(name="Other", slug="other")
    dave = django_user_model.objects.create_user("dave", "dave@example.org", "pw")
    Membership.objects.create(coalition=other, user=dave, role=Role.COORDINATOR)
    client.force_login(dave)
    assert client.post(_url(statement, "open")).status_code == 403


def test_the_manage_page_offers_only_the_allowed_moves(client, open_statement, alice):
    client.force_login(alice)
    page = client.get(reverse("statements:manage", kwargs={"slug": open_statement.slug}))
    html = page.content.decode()
    assert _url(open_statement, "published") in html
    assert _url(open_statement, "closed") in html
    assert _url(open_statement, "open") not in html


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("en", "Opened for signing"),
        ("ru", "Открыто для подписей"),
        ("hy", "Բացվեց ստորագրության համար"),
    ],
)
def test_the_history_reads_in_the_readers_language(client, statement, alice, language, label):
    services.change_status(statement, "open", by=alice)
    client.force_login(alice)
    page = client.get(
        reverse("statements:manage", kwargs={"slug": statement.slug}),
        HTTP_ACCEPT_LANGUAGE=language,
    ).content.decode()
    assert label in page
    assert 'title="statements.statement.opened"' in page  # the stored action, for the curious


def test_every_logged_action_of_a_statement_has_a_label():
    source = "".join(path.read_text() for path in Path(services.__file__).parent.glob("*.py"))
    logged = set(re.findall(r'"(statements\.statement\.[a-z_]+)"', source))
    assert logged and logged <= set(ACTION_LABELS)
