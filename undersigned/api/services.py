"""API tokens (issue, authenticate, revoke) and signatures added in bulk through the API."""

from __future__ import annotations

import datetime
import hashlib
import logging
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone

from undersigned.accounts.models import Coalition
from undersigned.api.models import ApiToken
from undersigned.audit.services import log_action
from undersigned.matching import parse_line
from undersigned.registry.models import Organization
from undersigned.registry.search import resolve_name
from undersigned.registry.services import add_alias, create_organization
from undersigned.signatures.models import Kind, Signature, SignatureStatus, Source
from undersigned.signatures.services import create_signature
from undersigned.statements.models import Statement

TOKEN_START = "us_"  # noqa: S105 - the marker every token starts with, not a secret
# last_used_at is written at most this often, so that reads do not write on every request.
TOUCH_EVERY = datetime.timedelta(minutes=5)

logger = logging.getLogger(__name__)


def digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


@transaction.atomic
def issue_token(coalition: Coalition, *, name: str, by: User | None = None) -> tuple[ApiToken, str]:
    """A new token for ``coalition``; the raw token is returned once and never stored."""
    prefix = TOKEN_START + secrets.token_hex(4)
    raw = f"{prefix}_{secrets.token_urlsafe(32)}"
    token = ApiToken.objects.create(
        coalition=coalition,
        name=name.strip()[:100] or "API",
        prefix=prefix,
        key_hash=digest(raw),
        created_by=by,
    )
    log_action(
        "api.token.issued",
        subject=token,
        user=by,
        coalition=coalition,
        data={"name": token.name, "prefix": prefix},
    )
    return token, raw


def authenticate_token(raw: str) -> ApiToken | None:
    """The active token whose digest matches ``raw``, or None."""
    if not raw.startswith(TOKEN_START) or len(raw) > 200:
        return None
    token = (
        ApiToken.objects.active().select_related("coalition").filter(key_hash=digest(raw)).first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > TOUCH_EVERY:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


@transaction.atomic
def revoke_token(token: ApiToken, *, by: User | None = None) -> ApiToken:
    """The token stops working at once; revoking twice changes nothing."""
    token = ApiToken.objects.select_for_update().get(pk=token.pk)
    if token.revoked_at is not None:
        return token
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    log_action(
        "api.token.revoked",
        subject=token,
        user=by,
        coalition=token.coalition,
        data={"prefix": token.prefix},
    )
    return token


@dataclass(frozen=True)
class _Match:
    """What the registry made of one name of a bulk request."""

    outcome: str  # "accepted" or "review"
    organization: Organization | None = None
    proposed: Organization | None = None
    score: float | None = None
    reasons: list[str] = field(default_factory=list)
    created_key: str = ""  # the matching key of an organization this request created


def _match_organization(
    statement: Statement,
    item: Mapping[str, Any],
    *,
    by: User | None,
    new_in_batch: dict[str, Organization],
) -> _Match:
    """A sure match, a name made a new organization, or an unsure match left for review."""
    name = item["name"]
    try:
        parsed = parse_line(name)
        best = next(iter(resolve_name(name, limit=1)), None)
    except ValueError:
        # A name the matching engine cannot read still signs: a moderator matches it.
        logger.exception("the registry could not resolve a name sent through the API")
        return _Match("review")
    if parsed.key and parsed.key in new_in_batch:
        return _Match("accepted", organization=new_in_batch[parsed.key], score=1.0)
    if best is not None and best.decision == "match":
        add_alias(best.organization, parsed.name or name, statement=statement)
        return _Match("accepted", best.organization, score=best.score, reasons=best.reasons)
    if best is not None and best.decision == "review":
        return _Match("review", proposed=best.organization, score=best.score, reasons=best.reasons)
    organization = create_organization(
        parsed.name or name,
        by=by,
        statement=statement,
        country=item.get("country") or "",
        city=item.get("city") or "",
        website=item.get("website") or "",
        language=item.get("language") or "",
    )
    return _Match("accepted", organization, created_key=parsed.key)


def _add_one(
    statement: Statement,
    item: Mapping[str, Any],
    *,
    by: User | None,
    new_in_batch: dict[str, Organization],
) -> dict[str, Any]:
    """One signature of a bulk request (see ``add_signatures``)."""
    fields: dict[str, Any] = {
        "kind": item["kind"],
        "name": item["name"],
        "email": item.get("email") or "",
        "person_name": item.get("person_name") or "",
        "person_role": item.get("person_role") or "",
        "country": item.get("country") or "",
        "city": item.get("city") or "",
        "website": item.get("website") or "",
        "language": item.get("language") or "",
        "source": Source.API,
        "by": by,
    }
    if item["kind"] == Kind.ORGANIZATION:
        match = _match_organization(statement, item, by=by, new_in_batch=new_in_batch)
    else:
        match = _Match("review" if statement.review_individuals else "accepted")
    organization = match.organization
    accepted = match.outcome == "accepted"
    # No e-mail confirms an API signature: the coalition vouches for it, as for an import.
    # It is accepted, or waits in the moderation queue when the registry match is unsure.
    signature = create_signature(
        statement,
        **fields,
        organization=organization,
        proposed_organization=match.proposed,
        status=SignatureStatus.ACCEPTED if accepted else SignatureStatus.CONFIRMED,
    )
    if match.score is not None:
        # The matcher's evidence for the moderator; not a change of status.
        Signature.objects.filter(pk=signature.pk).update(
            match_score=match.score, match_reasons=list(match.reasons)
        )
    if match.created_key and organization is not None:
        new_in_batch[match.created_key] = organization  # the same name later joins it
    return {
        "id": signature.pk,
        "outcome": match.outcome,
        "name": signature.public_name,
        "organization": (
            {"id": organization.pk, "slug": organization.slug, "name": organization.name}
            if organization is not None
            else None
        ),
        "match_score": round(match.score, 4) if match.score is not None else None,
        "message": "",
    }


def add_signatures(
    statement: Statement, *, items: Sequence[Mapping[str, Any]], token: ApiToken
) -> list[dict[str, Any]]:
    """Signatures a coalition vouches for, through the registry like an import.

    An organization's name is resolved by the matching engine: a sure match is accepted as
    that organization (and its spelling kept as an alias); an unsure one waits in the
    moderation queue with the proposed match; a name the registry does not know becomes a
    new organization. People are accepted, or reviewed when the statement asks for it.
    An organization or e-mail that already signed is reported as a duplicate, not an error.
    """
    by = token.created_by
    new_in_batch: dict[str, Organization] = {}
    results: list[dict[str, Any]] = []
    with transaction.atomic():
        for position, item in enumerate(items):
            try:
                with transaction.atomic():  # a savepoint: a duplicate undoes only itself
                    result = _add_one(statement, item, by=by, new_in_batch=new_in_batch)
            except IntegrityError:
                result = {
                    "id": None,
                    "outcome": "duplicate",
                    "name": item["name"],
                    "organization": None,
                    "match_score": None,
                    "message": "This organization or e-mail address has already signed.",
                }
            results.append({"index": position, **result})
        log_action(
            "api.signatures.added",
            subject=statement,
            user=by,
            coalition=statement.coalition,
            data={
                "token": token.prefix,
                **{
                    outcome: sum(1 for r in results if r["outcome"] == outcome)
                    for outcome in ("accepted", "review", "duplicate")
                },
            },
        )
    return results
