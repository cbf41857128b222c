"""A coordinator invites a colleague by e-mail with a role; the colleague joins from the link.

Who may invite: alice (coordinator). bob (moderator), charlie (outsider) and anonymous
readers may not.
"""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.urls import reverse

from undersigned.accounts import services
from undersigned.accounts.models import Invitation, Membership, Role
from undersigned.audit.models import AuditEntry


def _members_url(coalition):
    return reverse("accounts:members", kwargs={"slug": coalition.slug})


def _link(message):
    return re.search(r"https?://\S+", message.body).group(0).split("testserver", 1)[-1]


def test_a_coordinator_invites_a_moderator_who_creates_an_account(
    client, coalition, alice, django_capture_on_commit_callbacks
):
    client.force_login(alice)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            _members_url(coalition), {"email": "Dana@Example.org", "role": "moderator"}
        )
    assert response.status_code == 302
    assert mail.outbox[0].to == ["dana@example.org"]
    assert "as Moderator" in mail.outbox[0].body
    link = _link(mail.outbox[0])
    client.logout()

    page = client.get(link)
    assert "Create your account" in page.content.decode()
    joined = client.post(
        link,
        {
            "username": "dana",
            "password1": "a long passphrase 9",
            "password2": "a long passphrase 9",
        },
    )
    assert joined.status_code == 302
    membership = Membership.objects.get(user__username="dana")
    assert membership.role == Role.MODERATOR
    assert membership.user.email == "dana@example.org"
    assert client.get(reverse("accounts:dashboard")).status_code == 200
    assert client.get(link).status_code == 404, "an invitation is used once"
    assert AuditEntry.objects.filter(action="accounts.invitation.accepted").exists()


def test_a_signed_in_user_accepts_and_takes_the_role(client, coalition, charlie):
    invitation, token = services.invite_member(coalition, email=charlie.email, role="coordinator")
    client.force_login(charlie)
    url = reverse("accounts:accept_invitation", kwargs={"token": token})
    assert "Accept as charlie" in client.get(url).content.decode()
    client.post(url)
    assert Membership.objects.get(user=charlie).role == Role.COORDINATOR


def test_an_existing_account_is_asked_to_log_in_first(client, coalition, charlie):
    _invitation, token = services.invite_member(coalition, email=charlie.email, role="moderator")
    page = client.get(reverse("accounts:accept_invitation", kwargs={"token": token}))
    assert "Log in to accept the invitation" in page.content.decode()


@pytest.mark.parametrize("token", ["nonsense", "x" * 500, "%00", "<script>"])
def test_an_unknown_token_is_a_clear_404(client, db, token):
    response = client.get(f"/accounts/invitations/{token}/")
    assert response.status_code == 404


def test_an_expired_or_withdrawn_invitation_cannot_be_used(client, coalition, alice):
    from django.utils import timezone

    expired, expired_token = services.invite_member(
        coalition, email="e@example.org", role="moderator"
    )
    Invitation.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    withdrawn, withdrawn_token = services.invite_member(
        coalition, email="w@example.org", role="moderator"
    )
    services.revoke_invitation(withdrawn, by=alice)
    for token, message in ((expired_token, "expired"), (withdrawn_token, "withdrawn")):
        response = client.get(reverse("accounts:accept_invitation", kwargs={"token": token}))
        assert response.status_code == 404
        assert message in response.content.decode()


def test_the_token_is_not_stored(coalition):
    invitation, token = services.invite_member(coalition, email="t@example.org", role="moderator")
    assert token not in invitation.token_hash
    assert invitation.token_hash == services.hash_token(token)


@pytest.mark.parametrize("who", ["bob", "charlie"])
def test_only_coordinators_may_invite(client, coalition, request, who):
    client.force_login(request.getfixturevalue(who))
    response = client.post(
        _members_url(coalition), {"email": "x@example.org", "role": "coordinator"}
    )
    assert response.status_code == 403
    assert not Invitation.objects.exists()


def test_an_anonymous_reader_cannot_invite(client, coalition):
    response = client.post(
        _members_url(coalition), {"email": "x@example.org", "role": "coordinator"}
    )
    assert response.status_code == 302
    assert not Invitation.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "", "role": "moderator"}, "This field is required."),
        ({"email": "not-an-address", "role": "moderator"}, "Enter a valid email address."),
        ({"email": "a" * 250 + "@example.org", "role": "moderator"}, "at most 254 characters"),
        ({"email": "x@example.org", "role": "admin"}, "Select a valid choice."),
        ({"email": "x@example.org\u202e", "role": "moderator"}, "Enter a valid email address."),
        ({"email": "<script>@example.org", "role": "moderator"}, "Enter a valid email address."),
    ],
)
def test_bad_invitations_get_a_clear_error(client, coalition, alice, data, message):
    client.force_login(alice)
    response = client.post(_members_url(coalition), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Invitation.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {
                "username": "",
                "password1": "a long passphrase 9",
                "password2": "a long passphrase 9",
            },
            "This field is required.",
        ),
        (
            {
                "username": "bad name!",
                "password1": "a long passphrase 9",
                "password2": "a long passphrase 9",
            },
            "Use only letters",
        ),
        (
            {
                "username": "alice",
                "password1": "a long passphrase 9",
                "password2": "a long passphrase 9",
            },
            "This user name is taken.",
        ),
        (
            {"username": "dana", "password1": "a long passphrase 9", "password2": "other"},
            "The two passwords differ.",
        ),
        (
            {"username": "dana", "password1": "123", "password2": "123"},
            "This password is too short.",
        ),
        (
            {
                "username": "d" * 151,
                "password1": "a long passphrase 9",
                "password2": "a long passphrase 9",
            },
            "at most 150 characters",
        ),
    ],
)
def test_a_bad_new_account_gets_a_clear_error(client, coalition, alice, data, message):
    _invitation, token = services.invite_member(
        coalition, email="dana@example.org", role="moderator"
    )
    response = client.post(reverse("accounts:accept_invitation", kwargs={"token": token}), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Membership.objects.filter(user__email="dana@example.org").exists()


def test_a_coordinator_withdraws_an_invitation(client, coalition, alice):
    invitation, _token = services.invite_member(coalition, email="w@example.org", role="moderator")
    client.force_login(alice)
    client.post(reverse("accounts:revoke_invitation", kwargs={"pk": invitation.pk}))
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    assert AuditEntry.objects.filter(action="accounts.invitation.revoked").exists()


def test_a_moderator_cannot_withdraw_an_invitation(client, coalition, bob):
    invitation, _token = services.invite_member(coalition, email="w@example.org", role="moderator")
    client.force_login(bob)
    response = client.post(reverse("accounts:revoke_invitation", kwargs={"pk": invitation.pk}))
    assert response.status_code == 403
    invitation.refresh_from_db()
    assert invitation.revoked_at is None
