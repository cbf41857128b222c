"""Account workflows: invite a colleague to a coalition, accept the invitation, revoke it."""

from __future__ import annotations

import datetime
import hashlib
import secrets

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from undersigned.accounts.models import Coalition, Invitation, Membership, Role
from undersigned.audit.services import log_action

INVITATION_DAYS = 14


class InvitationError(ValueError):
    """An invitation that cannot be used: unknown, expired, revoked or already accepted."""


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_url(token: str) -> str:
    return settings.SITE_URL + reverse("accounts:accept_invitation", kwargs={"token": token})


@transaction.atomic
def invite_member(
    coalition: Coalition,
    *,
    email: str,
    role: str,
    by: User | None = None,
    language: str = "",
) -> tuple[Invitation, str]:
    """Create an invitation and e-mail its link; returns the invitation and the token.

    The token is returned once (for the e-mail) and stored only as a hash.
    """
    if role not in Role.values:
        raise ValueError(f"unknown role {role!r}")
    email = email.strip().lower()
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        coalition=coalition,
        email=email,
        role=role,
        token_hash=hash_token(token),
        invited_by_id=by.pk if by is not None else None,
        expires_at=timezone.now() + datetime.timedelta(days=INVITATION_DAYS),
    )
    log_action(
        "accounts.invitation.created",
        subject=invitation,
        user=by,
        coalition=coalition,
        data={"role": role},
    )
    from undersigned.accounts.tasks import send_invitation_task  # tasks imports this module

    inviter = by.get_username() if by is not None else ""
    pk = invitation.pk
    transaction.on_commit(lambda: send_invitation_task.delay(pk, token, inviter, language))
    return invitation, token


def send_invitation(invitation: Invitation, *, token: str, inviter: str, language: str) -> None:
    """E-mail the invitation link, in the language the coordinator was using."""
    url = invitation_url(token)
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {
            "coalition": invitation.coalition.name,
            "role": invitation.get_role_display(),
            "inviter": inviter,
            "url": url,
            "days": INVITATION_DAYS,
        }
        subject = _("Invitation to join %(coalition)s on undersigned") % {
            "coalition": invitation.coalition.name
        }
        body = render_to_string("accounts/invitation_email.txt", context)
    send_mail(subject, body, None, [invitation.email])


def find_invitation(token: str) -> Invitation:
    """The usable invitation for ``token``; ``InvitationError`` otherwise."""
    invitation = (
        Invitation.objects.select_related("coalition")
        .filter(token_hash=hash_token(token or ""))
        .first()
    )
    if invitation is None:
        raise InvitationError(_("This invitation link is not valid."))
    if invitation.accepted_at is not None:
        raise InvitationError(_("This invitation has already been accepted."))
    if invitation.revoked_at is not None:
        raise InvitationError(_("This invitation was withdrawn."))
    if invitation.expires_at <= timezone.now():
        raise InvitationError(_("This invitation has expired. Ask for a new one."))
    return invitation


@transaction.atomic
def accept_invitation(invitation: Invitation, *, user: User) -> Membership:
    """Give ``user`` the invitation's role; an existing membership takes the new role."""
    locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not locked.is_usable:
        raise InvitationError(_("This invitation can no longer be used."))
    membership, created = Membership.objects.get_or_create(
        coalition_id=locked.coalition_id, user_id=user.pk, defaults={"role": locked.role}
    )
    if not created and membership.role != locked.role:
        membership.role = locked.role
        membership.save(update_fields=["role"])
    locked.accepted_at = timezone.now()
    locked.accepted_by_id = user.pk
    locked.save(update_fields=["accepted_at", "accepted_by"])
    log_action(
        "accounts.invitation.accepted",
        subject=locked,
        user=user,
        coalition=locked.coalition,
        data={"role": locked.role, "membership_created": created},
    )
    return membership


@transaction.atomic
def create_invited_user(
    invitation: Invitation, *, username: str, password: str
) -> tuple[User, Membership]:
    """A new account for the invited e-mail address, with the invitation's role."""
    user = User.objects.create_user(username=username, email=invitation.email, password=password)
    log_action(
        "accounts.user.created",
        subject=user,
        user=user,
        coalition=invitation.coalition,
        data={"via": "invitation"},
    )
    return user, accept_invitation(invitation, user=user)


@transaction.atomic
def revoke_invitation(invitation: Invitation, *, by: User | None = None) -> Invitation:
    locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if locked.accepted_at is not None:
        raise InvitationError(_("This invitation has already been accepted."))
    if locked.revoked_at is None:
        locked.revoked_at = timezone.now()
        locked.save(update_fields=["revoked_at"])
        log_action(
            "accounts.invitation.revoked", subject=locked, user=by, coalition=locked.coalition
        )
    return locked
