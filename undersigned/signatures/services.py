"""Signature workflows. Every change of status goes through ``_move``: it checks the life
cycle, keeps the public counts exact and writes the audit entry.

    pending ──confirm──> confirmed ──accept──> accepted
       │                    │   └──reject──> rejected ──(revert)──> confirmed
       ├──expire──> expired  └──withdraw──> withdrawn <──withdraw── accepted
       └──withdraw──> withdrawn

Imported signatures are created accepted: no e-mail confirmed them, and they say so.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core import signing
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from undersigned.accounts.models import Coalition
from undersigned.audit.models import AuditEntry
from undersigned.audit.services import history, log_action
from undersigned.core.errors import TransitionError
from undersigned.matching import clean_name, compare
from undersigned.registry.models import Organization, VerifiedDomain
from undersigned.registry.search import resolve_name, suggest
from undersigned.signatures.models import (
    Kind,
    Signature,
    SignatureQuerySet,
    SignatureStatus,
    Source,
)
from undersigned.statements.models import Statement

S = SignatureStatus
# The audit reason of "accept as a new organization": a revert takes that organization back.
NEW_ORGANIZATION_REASON = "accepted as new"
logger = logging.getLogger(__name__)

SIGNATURE_TRANSITIONS: dict[str, set[str]] = {
    S.PENDING: {S.CONFIRMED, S.ACCEPTED, S.EXPIRED, S.WITHDRAWN},
    S.CONFIRMED: {S.ACCEPTED, S.REJECTED, S.WITHDRAWN},
    S.ACCEPTED: {S.REJECTED, S.CONFIRMED, S.WITHDRAWN},
    S.REJECTED: {S.ACCEPTED, S.CONFIRMED},
    S.WITHDRAWN: set(),
    S.EXPIRED: set(),
}


def _registry_services() -> Any:
    """The registry's services, imported when used: they import this module themselves."""
    from undersigned.registry import services

    return services


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
    """Revert a moderator's decision: the signature waits in the queue again.

    An organization the decision created ("accept as a new organization") goes too, when
    nothing else has come to use it since.
    """
    previous = signature.organization_id
    created = previous is not None and _created_by_acceptance(signature, previous)
    with transaction.atomic():
        signature = _move(
            signature,
            S.CONFIRMED,
            action="signatures.signature.returned_to_review",
            by=by,
            data={"previous_organization": previous},
            organization=None,
            rejection_reason="",
            decided_at=None,
            decided_by=None,
        )
        if created and previous is not None:
            _registry_services().remove_unused(
                previous, by=by, why="the acceptance that created it was reverted"
            )
    return signature


def _created_by_acceptance(signature: Signature, organization_id: int) -> bool:
    """The signature's last acceptance created ``organization_id`` as a new organization."""
    last = history(signature).filter(action="signatures.signature.accepted").order_by("-pk").first()
    return (
        last is not None
        and last.data.get("reason") == NEW_ORGANIZATION_REASON
        and last.data.get("organization") == organization_id
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


# --- Signing from the public form ---------------------------------------------------------

CONFIRM_SALT = "undersigned.signatures.confirm"
WITHDRAW_SALT = "undersigned.signatures.withdraw"


class Outcome(StrEnum):
    """What became of a sign-on, a confirmation or a withdrawal, for the page that says so."""

    CREATED = "created"
    EMAIL_ALREADY_SIGNED = "email_already_signed"
    ORGANIZATION_ALREADY_SIGNED = "organization_already_signed"
    NOT_ACCEPTING = "not_accepting"
    ACCEPTED = "accepted"
    IN_REVIEW = "in_review"
    ALREADY_CONFIRMED = "already_confirmed"
    WITHDRAWN = "withdrawn"
    ALREADY_WITHDRAWN = "already_withdrawn"
    NOT_LIVE = "not_live"


@dataclass(frozen=True)
class SignResult:
    outcome: Outcome
    signature: Signature | None = None
    organization: Organization | None = None
    resent: bool = False


class LinkError(ValueError):
    """A confirmation or withdrawal link that cannot be used; ``expired`` tells which."""

    def __init__(self, *, expired: bool = False) -> None:
        self.expired = expired
        super().__init__("expired link" if expired else "invalid link")


@dataclass(frozen=True)
class ProposedMatch:
    organization: Organization | None
    score: float | None
    reasons: list[str]


PICKED = "picked by the signer"


def propose_match(name: str, *, picked: Organization | None = None) -> ProposedMatch:
    """The registry entry a typed organization name most likely means, through the registry's
    shared index (``undersigned.registry.search``). A name picked from the suggestions is
    proposed as it is, with the engine's comparison of the two names as its score."""
    if picked is not None:
        while picked.merged_into_id is not None and picked.merged_into is not None:
            picked = picked.merged_into
        try:
            comparison = compare(name, picked.name)
            best = max(
                (compare(name, alias) for alias in picked.aliases.values_list("name", flat=True)),
                key=lambda c: c.score,
                default=comparison,
            )
        except ValueError:
            logger.exception("the matching engine could not compare a signed name")
            return ProposedMatch(picked, None, [PICKED])
        best = best if best.score >= comparison.score else comparison
        return ProposedMatch(picked, round(best.score, 4), [PICKED, *best.reasons])
    try:
        resolved = next(iter(resolve_name(name, limit=1)), None)
    except ValueError:
        # A name the matching engine chokes on still makes a signature: a person matches it.
        logger.exception("the registry could not resolve a signed name")
        return ProposedMatch(None, None, [])
    if resolved is None or resolved.decision == "new":
        return ProposedMatch(None, None, [])
    return ProposedMatch(resolved.organization, round(resolved.score, 4), list(resolved.reasons))


def suggestions(query: str, *, limit: int = 8) -> list[Organization]:
    """Organizations for a name being typed, most-signing first. The index behind it is the
    registry's one shared, cached index (``undersigned.registry.search``)."""
    try:
        return [suggestion.organization for suggestion in suggest(query, limit=limit)]
    except ValueError:
        logger.exception("the registry could not suggest for a typed name")
        return []


def _already_signed(statement: Statement, organization: Organization) -> bool:
    return Signature.objects.filter(
        statement=statement, organization=organization, status=S.ACCEPTED
    ).exists()


def sign(
    statement: Statement,
    *,
    kind: str,
    name: str,
    email: str,
    person_name: str = "",
    person_role: str = "",
    country: str = "",
    city: str = "",
    website: str = "",
    comment: str = "",
    picked: Organization | None = None,
    ip: str = "",
    language: str = "",
    mail_language: str = "",
) -> SignResult:
    """A sign-on from the public form: a pending signature and a confirmation e-mail.

    The organization is only proposed here (the match is kept with its score and reasons);
    it is linked when the signature is accepted, so nobody can hold an organization's
    place by signing in its name. A second sign-on with the same e-mail creates nothing
    (a pending one gets its link again); an organization already on the list neither.
    """
    if not statement.accepts_signatures:
        return SignResult(Outcome.NOT_ACCEPTING)
    email = email.strip().lower()
    existing = Signature.objects.live().filter(statement=statement, email=email).first()
    if existing is not None:
        if existing.status == S.PENDING:
            queue_confirmation(existing, language=mail_language)
        return SignResult(
            Outcome.EMAIL_ALREADY_SIGNED, existing, resent=existing.status == S.PENDING
        )
    match = ProposedMatch(None, None, [])
    if kind == Kind.ORGANIZATION:
        match = propose_match(name, picked=picked)
        sure = picked is not None or (match.score is not None and match.score >= SURE_MATCH)
        if (
            match.organization is not None
            and sure
            and _already_signed(statement, match.organization)
        ):
            return SignResult(Outcome.ORGANIZATION_ALREADY_SIGNED, organization=match.organization)
    try:
        with transaction.atomic():
            signature = create_signature(
                statement,
                kind=kind,
                name=name,
                email=email,
                person_name=person_name,
                person_role=person_role,
                country=country,
                city=city,
                website=website,
                comment=comment,
                source=Source.FORM,
                language=language,
                ip=ip,
                proposed_organization=match.organization,
            )
            if match.organization is not None:
                Signature.objects.filter(pk=signature.pk).update(
                    match_score=match.score, match_reasons=match.reasons
                )
                signature.match_score, signature.match_reasons = match.score, match.reasons
            queue_confirmation(signature, language=mail_language)
    except IntegrityError:
        # Two sign-ons with one e-mail at the same moment: the database kept the first.
        existing = Signature.objects.live().filter(statement=statement, email=email).first()
        return SignResult(Outcome.EMAIL_ALREADY_SIGNED, existing)
    return SignResult(Outcome.CREATED, signature)


# A registry match at least this sure counts as the organization that signed, for the
# "already signed" answer; acceptance still follows the trust rules.
SURE_MATCH = 0.9


def confirmation_token(signature: Signature) -> str:
    return signing.dumps({"s": signature.pk, "e": _email_digest(signature)}, salt=CONFIRM_SALT)


def withdrawal_token(signature: Signature) -> str:
    return signing.dumps({"s": signature.pk, "e": _email_digest(signature)}, salt=WITHDRAW_SALT)


def _email_digest(signature: Signature) -> str:
    """Binds a link to the address it was sent to, without putting the address in it."""
    return hashlib.sha256(f"{signature.pk}:{signature.email}".encode()).hexdigest()[:16]


def signature_for_link(token: str, *, purpose: str) -> Signature:
    """The signature a link was made for. Confirmation links expire after
    SIGNATURE_CONFIRM_DAYS; withdrawal links do not (a signer may change their mind later).
    Raises LinkError for a tampered, unknown or expired link."""
    salt = CONFIRM_SALT if purpose == "confirm" else WITHDRAW_SALT
    max_age = settings.SIGNATURE_CONFIRM_DAYS * 86400 if purpose == "confirm" else None
    try:
        payload = signing.loads(token[:500], salt=salt, max_age=max_age)
        pk, digest = int(payload["s"]), str(payload["e"])
    except signing.SignatureExpired as error:
        raise LinkError(expired=True) from error
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise LinkError() from error
    signature = Signature.objects.select_related("statement").filter(pk=pk).first()
    if signature is None:
        raise LinkError()
    if signature.status != S.WITHDRAWN and digest != _email_digest(signature):
        raise LinkError()
    return signature


def queue_confirmation(signature: Signature, *, language: str = "") -> None:
    """Send the confirmation e-mail from a Celery task once the transaction commits."""
    from undersigned.signatures.tasks import send_confirmation_task

    pk = signature.pk
    transaction.on_commit(lambda: send_confirmation_task.delay(pk, language))


def send_confirmation(signature: Signature, *, language: str = "") -> None:
    """The e-mail with the confirmation and withdrawal links, in the signer's language."""
    languages = {code for code, _name in settings.LANGUAGES}
    language = language if language in languages else signature.language
    if language not in languages:
        language = settings.LANGUAGE_CODE
    statement = signature.statement
    with translation.override(language):
        context = {
            "signature": signature,
            "statement": statement,
            "name": signature.public_name,
            "confirm_link": settings.SITE_URL
            + reverse("signatures:confirm", kwargs={"token": confirmation_token(signature)}),
            "withdraw_link": settings.SITE_URL
            + reverse("signatures:withdraw", kwargs={"token": withdrawal_token(signature)}),
            "statement_link": settings.SITE_URL + statement.get_absolute_url(),
            "days": settings.SIGNATURE_CONFIRM_DAYS,
        }
        subject = gettext("Confirm your signature: %(title)s") % {"title": statement.title}
        body = render_to_string("signatures/confirmation_email.txt", context)
    send_mail(
        subject=" ".join(subject.split())[:200],
        message=body,
        from_email=None,
        recipient_list=[signature.email],
    )


@dataclass(frozen=True)
class LinkResult:
    outcome: Outcome
    signature: Signature


def confirm_from_link(token: str) -> LinkResult:
    """The signer followed the link: confirm, then apply the trust rules.

    - a person's signature is accepted, or waits for review when the statement asks for it;
    - an organization's is accepted, as that organization, when the e-mail's domain is one
      of the verified domains of the organization it proposed; otherwise it waits in the
      moderation queue with the proposed match.
    A reused link changes nothing and says where the signature stands.
    """
    signature = signature_for_link(token, purpose="confirm")
    if signature.status != S.PENDING:
        if signature.status == S.WITHDRAWN:
            return LinkResult(Outcome.ALREADY_WITHDRAWN, signature)
        if signature.status in (S.CONFIRMED, S.ACCEPTED):
            return LinkResult(Outcome.ALREADY_CONFIRMED, signature)
        return LinkResult(Outcome.NOT_LIVE, signature)
    with transaction.atomic():
        signature = confirm_signature(signature)
        return LinkResult(apply_trust_rules(signature), signature)


def is_sure_proposal(signature: Signature) -> bool:
    """The signer picked the organization, or the registry is sure of the typed name."""
    return PICKED in (signature.match_reasons or []) or (
        signature.match_score is not None and signature.match_score >= SURE_MATCH
    )


def trusted_organization(signature: Signature) -> Organization | None:
    """The linked organization, or the proposed one when the proposal is sure, when the
    e-mail is at one of its verified domains; else None. An unsure proposal is never
    trusted: someone at an organization's domain may sign for a neighbour with a like name.
    """
    candidate_id = signature.organization_id
    if candidate_id is None and is_sure_proposal(signature):
        candidate_id = signature.proposed_organization_id
    domain = signature.email_domain
    if candidate_id is None or not domain:
        return None
    organization = Organization.objects.get(pk=candidate_id)
    while organization.merged_into_id is not None and organization.merged_into is not None:
        organization = organization.merged_into
    verified = VerifiedDomain.objects.filter(
        organization=organization, domain=domain, verified_at__isnull=False
    ).exists()
    return organization if verified else None


def apply_trust_rules(signature: Signature) -> Outcome:
    """Decide on a freshly confirmed signature (see ``confirm_from_link``)."""
    if signature.kind == Kind.PERSON:
        if signature.statement.review_individuals:
            return Outcome.IN_REVIEW
        accept_signature(signature, reason="confirmed by e-mail")
        return Outcome.ACCEPTED
    organization = trusted_organization(signature)
    if organization is None:
        return Outcome.IN_REVIEW
    if _already_signed(signature.statement, organization):
        reject_signature(signature, reason="The organization had already signed.")
        return Outcome.ORGANIZATION_ALREADY_SIGNED
    accept_signature(
        signature,
        organization=organization,
        reason=f"e-mail at the verified domain {signature.email_domain}",
    )
    _registry_services().record_spelling(signature)
    return Outcome.ACCEPTED


def withdraw_from_link(token: str) -> LinkResult:
    """The signer withdraws: the signature leaves the list and the counts at once, and its
    e-mail, comment and address hash are erased; the audit log keeps only the fact."""
    signature = signature_for_link(token, purpose="withdraw")
    if signature.status == S.WITHDRAWN:
        return LinkResult(Outcome.ALREADY_WITHDRAWN, signature)
    if not can_transition(signature, S.WITHDRAWN):
        return LinkResult(Outcome.NOT_LIVE, signature)
    signature = _move(
        signature,
        S.WITHDRAWN,
        action="signatures.signature.withdrawn",
        data={"by_signer": True},
        withdrawn_at=timezone.now(),
        email="",
        comment="",
        ip_hash="",
    )
    return LinkResult(Outcome.WITHDRAWN, signature)


# --- Moderation ---------------------------------------------------------------------------


class ModerationError(ValueError):
    """A decision that cannot be made; the message is for the moderator."""


def review_queue(coalition: Coalition) -> SignatureQuerySet:
    """Signatures of the coalition's statements that wait for a person's decision."""
    return (
        Signature.objects.filter(statement__coalition=coalition, status=S.CONFIRMED)
        .select_related("statement", "proposed_organization")
        .order_by("confirmed_at", "pk")
    )


def recent_decisions(coalition: Coalition) -> SignatureQuerySet:
    """Decisions a person made (or the trust rules), newest first: each can be reverted."""
    return (
        Signature.objects.filter(
            statement__coalition=coalition,
            status__in=(S.ACCEPTED, S.REJECTED),
            source=Source.FORM,
            decided_at__isnull=False,
        )
        .select_related("statement", "organization", "decided_by")
        .order_by("-decided_at", "-pk")
    )


def _live_organization(organization: Organization) -> Organization:
    while organization.merged_into_id is not None and organization.merged_into is not None:
        organization = organization.merged_into
    return organization


def _accept_linked(
    signature: Signature, organization: Organization, *, by: User | None, reason: str
) -> Signature:
    if signature.kind != Kind.ORGANIZATION:
        raise ModerationError(gettext("Only an organization's signature can be linked."))
    organization = _live_organization(organization)
    if (
        Signature.objects.live()
        .filter(statement_id=signature.statement_id, organization=organization)
        .exclude(pk=signature.pk)
        .exists()
    ):
        raise ModerationError(
            gettext("%(name)s has already signed this statement: reject this signature instead.")
            % {"name": organization.name}
        )
    try:
        with transaction.atomic():
            signature = accept_signature(signature, by=by, organization=organization, reason=reason)
            _registry_services().record_spelling(signature)
    except IntegrityError as error:
        raise ModerationError(
            gettext("%(name)s has already signed this statement: reject this signature instead.")
            % {"name": organization.name}
        ) from error
    return signature


def accept_as_proposed(signature: Signature, *, by: User | None) -> Signature:
    """Accept an organization's signature as its proposed registry match (a person's as is)."""
    if signature.kind == Kind.PERSON:
        return accept_signature(signature, by=by, reason="accepted by a moderator")
    if signature.proposed_organization is None:
        raise ModerationError(
            gettext("No organization was proposed: link one or accept as a new organization.")
        )
    return _accept_linked(
        signature, signature.proposed_organization, by=by, reason="accepted as proposed"
    )


def accept_as_organization(
    signature: Signature, *, organization: Organization, by: User | None
) -> Signature:
    """Accept an organization's signature as another registry entry than the proposed one."""
    return _accept_linked(signature, organization, by=by, reason="linked by a moderator")


def accept_as_new_organization(signature: Signature, *, by: User | None) -> Signature:
    """Accept an organization's signature as a new registry entry named as it was signed."""
    if signature.kind != Kind.ORGANIZATION:
        raise ModerationError(gettext("Only an organization's signature can be linked."))
    name = clean_name(signature.name_as_signed) or signature.name_as_signed
    with transaction.atomic():
        organization = _registry_services().create_organization(
            name,
            by=by,
            statement=signature.statement,
            country=signature.country,
            city=signature.city,
            website=signature.website,
            language=signature.language,
        )
        _registry_services().add_alias(
            organization,
            signature.name_as_signed,
            statement=signature.statement,
            language=signature.language,
        )
        return _accept_linked(signature, organization, by=by, reason=NEW_ORGANIZATION_REASON)


def decide(
    signature: Signature,
    *,
    action: str,
    by: User | None,
    organization: Organization | None = None,
    reason: str = "",
) -> Signature:
    """One moderator's decision: "accept", "link" (to ``organization``), "new", "reject" or
    "revert" (back to the queue). Raises ModerationError with a message for the moderator."""
    signature.refresh_from_db()
    if action == "revert":
        if signature.status not in (S.ACCEPTED, S.REJECTED):
            raise ModerationError(gettext("Only a decided signature can be reverted."))
        return return_to_review(signature, by=by)
    if signature.status != S.CONFIRMED:
        raise ModerationError(gettext("This signature no longer waits for a decision."))
    if action == "accept":
        return accept_as_proposed(signature, by=by)
    if action == "link":
        if organization is None:
            raise ModerationError(gettext("Choose the organization to link."))
        return accept_as_organization(signature, organization=organization, by=by)
    if action == "new":
        return accept_as_new_organization(signature, by=by)
    if action == "reject":
        if not reason.strip():
            raise ModerationError(gettext("Give a reason for the rejection."))
        return reject_signature(signature, by=by, reason=reason.strip()[:500])
    raise ModerationError(gettext("Unknown decision."))


@dataclass
class BulkResult:
    done: list[Signature]
    failed: list[tuple[Signature, str]]


def decide_many(
    signatures: Iterable[Signature], *, action: str, by: User | None, reason: str = ""
) -> BulkResult:
    """The same decision ("accept" as proposed, or "reject") on many signatures; each one
    stands or fails alone, and each failure says why."""
    if action not in ("accept", "reject"):
        raise ModerationError(gettext("Unknown decision."))
    if action == "reject" and not reason.strip():
        raise ModerationError(gettext("Give a reason for the rejection."))
    result = BulkResult([], [])
    for signature in signatures:
        try:
            with transaction.atomic():
                result.done.append(decide(signature, action=action, by=by, reason=reason))
        except (ModerationError, TransitionError) as error:
            result.failed.append((signature, str(error)))
    return result


# --- Expiry -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExpirySummary:
    expired: int
    purged: int

    def line(self) -> str:
        return f"{self.expired} unconfirmed signatures expired, {self.purged} purged."


def expire_unconfirmed(*, now: datetime.datetime | None = None) -> ExpirySummary:
    """Pending signatures older than SIGNATURE_CONFIRM_DAYS expire (their links no longer
    work anyway); expired ones older than SIGNATURE_PURGE_DAYS are deleted with their
    private data. The audit log keeps that they existed, not who they were."""
    now = now or timezone.now()
    expire_before = now - datetime.timedelta(days=settings.SIGNATURE_CONFIRM_DAYS)
    purge_before = now - datetime.timedelta(days=settings.SIGNATURE_PURGE_DAYS)
    expired = 0
    for signature in Signature.objects.filter(status=S.PENDING, created_at__lt=expire_before):
        try:
            expire_signature(signature)
            expired += 1
        except TransitionError:
            continue  # confirmed in the meantime
    with transaction.atomic():
        doomed = Signature.objects.filter(status=S.EXPIRED, created_at__lt=purge_before)
        ids = list(doomed.values_list("pk", flat=True))
        for pk in ids:
            AuditEntry.objects.filter(
                subject_type="signatures.signature", subject_id=str(pk)
            ).update(data={"purged": True})
        Signature.objects.filter(pk__in=ids).delete()
    return ExpirySummary(expired, len(ids))
