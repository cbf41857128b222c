"""Every coordinator screen, tried by the whole cast.

alice (coordinator) may do everything; bob (moderator) may look but not change; charlie
(signed in, no coalition) and an anonymous reader may do nothing (the reader is sent to
log in first).
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from undersigned.accounts import services as account_services

LOGIN = "login"

# (name, method, kwargs builder, expected for alice, bob, charlie, anonymous)
ACTIONS = [
    ("accounts:dashboard", "get", lambda s, i: {}, (200, 200, 200, LOGIN)),
    ("statements:create", "get", lambda s, i: {}, (200, 403, 403, LOGIN)),
    ("statements:edit", "get", lambda s, i: {"slug": s.slug}, (200, 403, 403, LOGIN)),
    ("statements:manage", "get", lambda s, i: {"slug": s.slug}, (200, 200, 403, LOGIN)),
    ("statements:share", "get", lambda s, i: {"slug": s.slug}, (200, 200, 403, LOGIN)),
    (
        "statements:change_status",
        "get",
        lambda s, i: {"slug": s.slug, "to": "open"},
        (200, 403, 403, LOGIN),
    ),
    (
        "statements:change_status",
        "post",
        lambda s, i: {"slug": s.slug, "to": "open"},
        (302, 403, 403, LOGIN),
    ),
    ("statements:preview", "post", lambda s, i: {}, (200, 200, 403, LOGIN)),
    ("accounts:members", "get", lambda s, i: {"slug": s.coalition.slug}, (200, 403, 403, LOGIN)),
    ("accounts:members", "post", lambda s, i: {"slug": s.coalition.slug}, (400, 403, 403, LOGIN)),
    ("accounts:revoke_invitation", "post", lambda s, i: {"pk": i.pk}, (302, 403, 403, LOGIN)),
    ("statements:detail", "get", lambda s, i: {"slug": s.slug}, (200, 200, 404, 404)),
]
CAST = ["alice", "bob", "charlie", None]


@pytest.mark.parametrize(("name", "method", "kwargs", "expected"), ACTIONS)
@pytest.mark.parametrize("who", range(4), ids=["alice", "bob", "charlie", "anonymous"])
def test_each_of_the_cast_gets_what_the_rules_say(
    client, request, statement, coalition, name, method, kwargs, expected, who
):
    for member in ("alice", "bob", "charlie"):
        request.getfixturevalue(member)
    invitation, _token = account_services.invite_member(
        coalition, email="new@example.org", role="moderator"
    )
    if CAST[who]:
        client.force_login(request.getfixturevalue(CAST[who]))
    url = reverse(name, kwargs=kwargs(statement, invitation))
    response = getattr(client, method)(url, {"body": "*hi*"} if method == "post" else {})
    want = expected[who]
    if want == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))
    else:
        assert response.status_code == want
