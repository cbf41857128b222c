"""Signature workflows. Every change of status goes through ``_move``: it checks the life
cycle, keeps the public counts exact and writes the audit entry.

    pending ──confirm──> confirmed ──accept──> accepted
       │                    │   └──reject──> rejected ──(revert)──> confirmed
       ├──expire──> expired  └──withdraw──> withdrawn <──withdraw── accepted
       └──withdraw──> withdrawn

Imported signatures are created accepted: no e-mail confirmed them, and they say so.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from undersigned.audit.services import log_action
from undersigned.core.errors import TransitionError
from undersigned.registry.models import Organization
from undersigned.signatures.models import Kind, Signature, SignatureStatus, Source
from undersigned.statements.models import Statement

S = SignatureStatus

SIGNATURE_TRANSITIONS: dict[str, set[str]] = {
    S.PENDING: {S.CONFIRMED, S.ACCEPTED, S.EXPIRED, S.WITHDRAWN},
    S.CONFIRMED: {S.ACCEPTED, S.REJECTED, S.WITHDRAWN},
    S.ACCEPTED: {S.REJECTED, S.CONFIRMED, S.WITHDRAWN},
    S.REJECTED: {S.ACCEPTED, S.CONFIRMED},
    S.WITHDRAWN: set(),
    S.EXPIRED: set(),
}


def can_transition(signature: Signature, to: str) -> bool:
    return to in SIGNATURE_TRANSITIONS.get(signature.status, set())


def hash_ip(ip: str) -> str:
    """A keyed hash: enough to rate-limit and spot abuse, useless to identify anyone."""
    if not ip:
        return ""
    return hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()


def _count_field(signature: Signature) -> str:
    return "organization_count" if signature.kind == Kind.ORGANIZATION else "person_count"


def _adjust_counts(signature: Signature, delta: int) -> None:
    """Keep the statement's and organization's counts equal to their accepted signatures."""
    field = _count_field(signature)
    Statement.objects.filter(pk=signature.statement_id).update(**{field: F(field) + delta})
    if signature.organization_id:
        Organization.objects.filter(pk=signature.organization_id).update(
            statement_count=F("statement_count") + delta
        )


def _move(
    signature: Signature,
    to: str,
    *,
    action: str,
    by: User | None = None,
    data: dict[str, Any] | None = None,
    **changes: Any,
) -> Signature:
    """Change status under a row lock, with counts and an audit entry, in one transaction."""
    with transaction.atomic():
        locked = Signature.objects.select_for_update().get(pk=signature.pk)
        if not can_transition(locked, to):
            raise TransitionError("signature", locked.status, to)
        was_public = locked.status == S.ACCEPTED
        if was_public:
            _adjust_counts(locked, -1)
        before = locked.status
        locked.status = to
        for field, value in changes.items():
            setattr(locked, field, value)
        locked.save()
        if to == S.ACCEPTED:
            _adjust_counts(locked, +1)
        log_action(
            action,
            subject=locked,
            user=by,
            coalition=locked.statement.coalition,
            data={"from": before, "to": to, **(data or {})},
        )
    signature.refresh_from_db()
    return signature


@transaction.atomic
def create_signature(
    statement: Statement,
    *,
    kind: str,
    name: str,
    email: str = "",
    person_name: str = "",
    person_role: str = "",
    country: str = "",
    city: str = "",
    website: str = "",
    comment: str = "",
    source: str = Source.FORM,
    language: str = "",
    ip: str = "",
    organization: Organization | None = None,
    proposed_organization: Organization | None = None,
    display_name: str = "",
    status: str = S.PENDING,
    by: User | None = None,
    import_batch_id: int | None = None,
) -> Signature:
    """Record one sign-on. Form and API signatures start pending; an imported one starts
    accepted, or confirmed (waiting for review) when the matcher was unsure of it.

    The database refuses a second live signature for the same e-mail or organization.
    """
    if kind not in Kind.values:
        raise ValueError(f"unknown kind {kind!r}")
    if status not in (S.PENDING, S.CONFIRMED, S.ACCEPTED):
        raise TransitionError("signature", "new", status)
    signature = Signature.objects.create(
        statement=statement,
        kind=kind,
        status=status,
        source=source,
        name_as_signed=name,
        display_name=display_name,
        organization=organization if kind == Kind.ORGANIZATION else None,
        proposed_organization=proposed_organization,
        person_name=person_name,
        person_role=person_role,
        country=country,
        city=city,
        website=website,
        email=email.strip().lower(),
        comment=comment,
        ip_hash=hash_ip(ip),
        statement_version=statement.version,
        language=language or statement.language,
        import_batch_id=import_batch_id,
        decided_at=timezone.now() if status == S.ACCEPTED else None,
        decided_by=by if status == S.ACCEPTED else None,
    )
    if status == S.ACCEPTED:
        _adjust_counts(signature, +1)
    log_action(
        "signatures.signature.created",
        subject=signature,
        user=by,
        coalition=statement.coalition,
        data={"kind": kind, "source": source, "status": status, "name": name},
    )
    return signature


def confirm_signature(signature: Signature) -> Signature:
    """The signer followed the link in the e-mail: the address is theirs."""
    return _move(
        signature, S.CONFIRMED, action="signatures.signature.confirmed", confirmed_at=timezone.now()
    )


def accept_signature(
    signature: Signature,
    *,
    by: User | None = None,
    organization: Organization | None = None,
    reason: str = "",
) -> Signature:
    """Publish a signature, linked to ``organization`` when it is an organization's."""
    changes: dict[str, Any] = {"decided_at": timezone.now(), "decided_by": by}
    data: dict[str, Any] = {"reason": reason} if reason else {}
    if signature.kind == Kind.ORGANIZATION and organization is not None:
        changes["organization"] = organization
        data["organization"] = organization.pk
    return _move(
        signature, S.ACCEPTED, action="signatures.signature.accepted", by=by, data=data, **changes
    )


def reject_signature(
    signature: Signature, *, by: User | None = None, reason: str = ""
) -> Signature:
    return _move(
        signature,
        S.REJECTED,
        action="signatures.signature.rejected",
        by=by,
        data={"reason": reason},
        rejection_reason=reason,
        decided_at=timezone.now(),
        decided_by=by,
    )


def return_to_review(signature: Signature, *, by: User | None = None) -> Signature:
    """Revert a moderator's decision: the signature waits in the queue again."""
    return _move(
        signature,
        S.CONFIRMED,
        action="signatures.signature.returned_to_review",
        by=by,
        data={"previous_organization": signature.organization_id},
        organization=None,
        rejection_reason="",
        decided_at=None,
        decided_by=None,
    )


def withdraw_signature(signature: Signature, *, by: User | None = None) -> Signature:
    """The signer takes the signature back: it leaves the list and the counts at once."""
    return _move(
        signature,
        S.WITHDRAWN,
        action="signatures.signature.withdrawn",
        by=by,
        withdrawn_at=timezone.now(),
    )


def expire_signature(signature: Signature) -> Signature:
    return _move(signature, S.EXPIRED, action="signatures.signature.expired")
