"""The registry of organizations: entries, their aliases, the statements they signed, and
the resolution of a name through the matching engine."""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from undersigned.api.auth import TokenAuth
from undersigned.api.pagination import PageQuery, paginate
from undersigned.api.schemas import (
    OrganizationOut,
    OrganizationSummary,
    Page,
    ResolveOut,
    Search,
    TokenOut,
    error_responses,
    searchable,
)
from undersigned.core.numbers import is_whole_number
from undersigned.matching import clean_name
from undersigned.registry.models import Organization, OrganizationRedirect
from undersigned.registry.search import resolve_name
from undersigned.signatures.models import SignatureStatus
from undersigned.statements.models import Statement

router = Router(tags=["registry"])
logger = logging.getLogger(__name__)


class OrganizationPage(Page):
    items: list[OrganizationSummary]


class OrganizationFilters(Schema):
    q: Search = Field("", max_length=200, description="Part of the name or of any alias.")
    country: Search = Field("", max_length=100, description="Country in the registry.")


class ResolveQuery(Schema):
    name: str = Field(min_length=1, max_length=300, description="A name as someone typed it.")
    limit: int = Field(5, ge=1, le=20)


def organization_url(organization: Organization) -> str:
    return settings.SITE_URL + organization.get_absolute_url()


def organization_summary(organization: Organization) -> dict[str, Any]:
    return {
        "id": organization.pk,
        "slug": organization.slug,
        "name": organization.name,
        "country": organization.country,
        "city": organization.city,
        "website": organization.website,
        "wikidata_id": organization.wikidata_id,
        "statement_count": organization.statement_count,
        "url": organization_url(organization),
    }


def _organization(ref: str) -> Organization:
    """By id or slug; a merged organization's old id or slug leads to the one it joined."""
    ref = searchable(ref)[:120]
    by_ref = Q(pk=int(ref)) if is_whole_number(ref, 17) else Q(slug=ref)
    organization = Organization.objects.filter(by_ref).first()
    if organization is None:
        by_old = Q(old_id=int(ref)) if is_whole_number(ref, 17) else Q(old_slug=ref)
        redirect = OrganizationRedirect.objects.filter(by_old).select_related("target").first()
        organization = redirect.target if redirect else None
    seen = 0
    while organization is not None and organization.merged_into_id and seen < 10:
        organization = organization.merged_into
        seen += 1
    if organization is None:
        raise HttpError(404, "There is no organization with this id or slug.")
    return organization


@router.get(
    "/organizations",
    response={200: OrganizationPage, **error_responses()},
    summary="List organizations of the registry",
    url_name="organizations",
)
def list_organizations(
    request: HttpRequest, filters: Query[OrganizationFilters], page: Query[PageQuery]
) -> dict[str, Any]:
    """Live entries (not merged into another), by name; ``q`` searches every alias."""
    organizations = Organization.objects.live().order_by("name", "pk")
    if filters.q.strip():
        word = filters.q.strip()
        matching = Organization.objects.filter(
            Q(name__icontains=word) | Q(aliases__name__icontains=word)
        ).values("pk")
        organizations = organizations.filter(pk__in=matching)
    if filters.country.strip():
        organizations = organizations.filter(country__iexact=filters.country.strip())
    return paginate(request, organizations, page, organization_summary)


@router.get(
    "/organizations/{ref}",
    response={200: OrganizationOut, **error_responses()},
    summary="Read an organization",
    url_name="organization",
)
def get_organization(request: HttpRequest, ref: str) -> dict[str, Any]:
    """By id or slug, with its aliases and the public statements it signed. An id or slug
    from before a merge gives the organization it was merged into."""
    organization = _organization(ref)
    statements = (
        Statement.objects.public()
        .filter(
            signatures__organization=organization,
            signatures__status=SignatureStatus.ACCEPTED,
        )
        .distinct()
        .order_by("-date", "-pk")
    )
    return {
        **organization_summary(organization),
        "description": organization.description,
        "aliases": [
            {"name": alias.name, "script": alias.script, "language": alias.language}
            for alias in organization.aliases.all()
        ],
        "statements": [
            {
                "slug": statement.slug,
                "title": statement.title,
                "date": statement.date,
                "url": settings.SITE_URL + statement.get_absolute_url(),
            }
            for statement in statements
        ],
    }


@router.get(
    "/resolve",
    response={200: ResolveOut, **error_responses()},
    summary="Resolve a name to registry entries",
    url_name="resolve",
)
def resolve(request: HttpRequest, query: Query[ResolveQuery]) -> dict[str, Any]:
    """The organizations a name may stand for, best first, with the matching engine's score,
    decision and reasons. ``Аспарез`` finds “Journalists’ Club Asparez”."""
    try:
        found = [r for r in resolve_name(query.name, limit=query.limit) if r.decision != "new"]
    except ValueError as error:
        logger.exception("the registry could not resolve %r", query.name[:80])
        raise HttpError(422, "The matching engine cannot read this name.") from error
    return {
        "name": query.name,
        "cleaned": clean_name(query.name),
        "decision": found[0].decision if found else "new",
        "candidates": [
            {
                "organization": organization_summary(result.organization),
                "score": round(result.score, 4),
                "decision": result.decision,
                "reasons": list(result.reasons),
            }
            for result in found
        ],
    }


@router.get(
    "/token",
    response={200: TokenOut, **error_responses(401)},
    summary="Check a token",
    url_name="token",
    auth=TokenAuth(),
    tags=["tokens"],
)
def who_am_i(request: HttpRequest) -> dict[str, Any]:
    """The token's name and the coalition it acts for."""
    token = request.auth  # type: ignore[attr-defined]
    return {
        "name": token.name,
        "prefix": token.prefix,
        "coalition": {"slug": token.coalition.slug, "name": token.coalition.name},
    }
