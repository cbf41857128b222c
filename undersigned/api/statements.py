"""Statements and their signatories: read by anyone, written with a coalition's token."""

from __future__ import annotations

import datetime
from typing import Any, Literal

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from ninja import Query, Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from undersigned.api import services
from undersigned.api.auth import HourlyLimit, TokenAuth, optional_token
from undersigned.api.errors import error_body
from undersigned.api.models import ApiToken
from undersigned.api.pagination import PageQuery, paginate
from undersigned.api.schemas import (
    BulkSignaturesIn,
    BulkSignaturesOut,
    Page,
    Search,
    SignatoryOut,
    StatementIn,
    StatementOut,
    StatementPatch,
    StatementSummary,
    error_responses,
    searchable,
)
from undersigned.exports.embed import export_urls
from undersigned.exports.rows import PUBLIC_SIGNATURE_FIELDS, row_of
from undersigned.signatures.models import Signature
from undersigned.statements import services as statement_services
from undersigned.statements.models import SIGNABLE_STATUSES, Statement
from undersigned.statements.models import Status as StatementStatus

router = Router(tags=["statements"])
write = {"auth": TokenAuth(), "throttle": [HourlyLimit("write")]}


class StatementPage(Page):
    items: list[StatementSummary]


class SignatoryPage(Page):
    items: list[SignatoryOut]


class StatementFilters(Schema):
    q: Search = Field("", max_length=200, description="Words in the title, summary or text.")
    tag: Search = Field("", max_length=60, description="A tag's slug.")
    coalition: Search = Field("", max_length=100, description="A coalition's slug.")
    status: Literal["open", "published", "closed"] | None = Field(
        None, description="One status only."
    )
    language: Literal["en", "hy", "ru"] | None = Field(None, description="Original language.")


class SignatoryFilters(Schema):
    kind: Literal["organization", "person"] | None = Field(None, description="One kind only.")
    country: Search = Field(
        "", max_length=100, description="Country, as signed or in the registry."
    )
    q: Search = Field("", max_length=200, description="Part of the name.")
    since: datetime.datetime | None = Field(None, description="Accepted at or after this time.")


# ---------------------------------------------------------------------------- serializers


def _with_relations(statements: QuerySet[Statement]) -> QuerySet[Statement]:
    return statements.select_related("coalition").prefetch_related("tags", "translations")


def statement_summary(statement: Statement) -> dict[str, Any]:
    return {
        "slug": statement.slug,
        "title": statement.title,
        "language": statement.language,
        "languages": statement.languages(),
        "status": statement.status,
        "summary": statement.summary,
        "date": statement.date,
        "place": statement.place,
        "coalition": {"slug": statement.coalition.slug, "name": statement.coalition.name},
        "tags": [tag.name for tag in statement.tags.all()],
        "organization_count": statement.organization_count,
        "person_count": statement.person_count,
        "accepts_signatures": statement.accepts_signatures,
        "deadline": statement.deadline,
        "published_at": statement.published_at,
        "updated_at": statement.updated_at,
        "url": settings.SITE_URL + statement.get_absolute_url(),
    }


def statement_detail(statement: Statement) -> dict[str, Any]:
    links = export_urls(statement)
    return {
        **statement_summary(statement),
        "body": statement.body,
        "version": statement.version,
        "addressees": [addressee.name for addressee in statement.addressees.all()],
        "translations": [
            {"language": t.language, "title": t.title, "body": t.body}
            for t in statement.translations.all()
            if t.language != statement.language
        ],
        "links": {
            "html": settings.SITE_URL + statement.get_absolute_url(),
            "letter_pdf": links["letter_pdf"],
            "signatories_csv": links["csv"],
            "signatories_json": links["json"],
            "signatories_xlsx": links["xlsx"],
            "feed": links["feed"],
            "embed": links["embed"],
            "signatories": settings.SITE_URL
            + reverse("api:v1:statement_signatories", kwargs={"slug": statement.slug}),
        },
    }


def signatory(signature: Signature) -> dict[str, Any]:
    row = row_of(signature, 0)
    organization = signature.organization if signature.organization_id else None
    return {
        "kind": row["kind"],
        "name": row["name"],
        "role": row["role"],
        "country": row["country"],
        "city": row["city"],
        "organization": (
            {"id": organization.pk, "slug": organization.slug, "name": organization.name}
            if organization
            else None
        ),
        "signed_on": row["signed_on"],
    }


# ---------------------------------------------------------------------------- lookups


def _readable(request: HttpRequest, slug: str, *, full: bool = True) -> Statement:
    """A public statement, or a draft of the calling token's own coalition."""
    token = optional_token(request)
    statements = Statement.objects.filter(slug=searchable(slug))
    if full:
        statements = _with_relations(statements).prefetch_related("addressees")
    statement = statements.first()
    if statement is None or not (
        statement.is_public or (token and token.coalition_id == statement.coalition_id)
    ):
        raise HttpError(404, "There is no public statement with this slug.")
    return statement


def _writable(request: HttpRequest, slug: str) -> Statement:
    """A statement of the token's coalition; others' public statements are forbidden."""
    token: ApiToken = request.auth  # type: ignore[attr-defined]
    statement = Statement.objects.select_related("coalition").filter(slug=searchable(slug)).first()
    if statement is None or (
        statement.coalition_id != token.coalition_id and not statement.is_public
    ):
        raise HttpError(404, "There is no statement with this slug.")
    if statement.coalition_id != token.coalition_id:
        raise HttpError(403, "This token belongs to another coalition.")
    return statement


def _fresh(statement: Statement) -> dict[str, Any]:
    return statement_detail(
        _with_relations(Statement.objects.filter(pk=statement.pk))
        .prefetch_related("addressees")
        .get()
    )


# ---------------------------------------------------------------------------- reading


@router.get(
    "/statements",
    response={200: StatementPage, **error_responses()},
    summary="List public statements",
    url_name="statements",
)
def list_statements(
    request: HttpRequest, filters: Query[StatementFilters], page: Query[PageQuery]
) -> dict[str, Any]:
    """Open, published and closed statements, newest first, with filters."""
    statements = statement_services.public_statements(query=filters.q, tag=filters.tag)
    if filters.coalition:
        statements = statements.filter(coalition__slug=filters.coalition)
    if filters.status:
        statements = statements.filter(status=filters.status)
    if filters.language:
        statements = statements.filter(language=filters.language)
    return paginate(request, _with_relations(statements), page, statement_summary)


@router.get(
    "/statements/{slug}",
    response={200: StatementOut, **error_responses(401)},
    summary="Read a statement",
    url_name="statement",
)
def get_statement(request: HttpRequest, slug: str) -> dict[str, Any]:
    """The text in every language, the addressees, the counts and the export links.
    With its coalition's token, a draft too."""
    return statement_detail(_readable(request, slug))


@router.get(
    "/statements/{slug}/signatories",
    response={200: SignatoryPage, **error_responses(401)},
    summary="List a statement's signatories",
    url_name="statement_signatories",
)
def list_signatories(
    request: HttpRequest,
    slug: str,
    filters: Query[SignatoryFilters],
    page: Query[PageQuery],
) -> dict[str, Any]:
    """Accepted signatures only, organizations first, in signing order; public fields only."""
    statement = _readable(request, slug, full=False)
    signatures = (
        Signature.objects.public()
        .filter(statement=statement)
        .select_related("organization")
        .only(*PUBLIC_SIGNATURE_FIELDS)
        .order_by("kind", "created_at", "pk")
    )
    if filters.kind:
        signatures = signatures.filter(kind=filters.kind)
    if filters.country.strip():
        country = filters.country.strip()
        signatures = signatures.filter(
            Q(country__iexact=country) | Q(country="", organization__country__iexact=country)
        )
    if filters.q.strip():
        word = filters.q.strip()
        signatures = signatures.filter(
            Q(display_name__icontains=word)
            | Q(name_as_signed__icontains=word)
            | Q(organization__name__icontains=word)
        )
    if filters.since:
        signatures = signatures.filter(decided_at__gte=filters.since)
    return paginate(request, signatures, page, signatory)


# ---------------------------------------------------------------------------- writing


@router.post(
    "/statements",
    response={201: StatementOut, **error_responses(401, 403, 409)},
    summary="Create a statement (draft)",
    url_name="create_statement",
    **write,
)
def create_statement(request: HttpRequest, payload: StatementIn) -> Status:
    """A new draft of the token's coalition. Open or publish it with PATCH ``status``."""
    token: ApiToken = request.auth  # type: ignore[attr-defined]
    if payload.slug and Statement.objects.filter(slug=payload.slug).exists():
        raise HttpError(409, "A statement with this slug already exists.")
    statement = statement_services.create_statement(
        token.coalition,
        title=payload.title,
        body=payload.body,
        language=payload.language,
        by=token.created_by,
        slug=payload.slug or "",
        summary=payload.summary,
        date=payload.date,
        place=payload.place,
        addressees=payload.addressees,
        tags=payload.tags,
        deadline=payload.deadline,
        allow_individuals=payload.allow_individuals,
        translations={t.language: (t.title, t.body) for t in payload.translations},
    )
    return Status(201, _fresh(statement))


@router.patch(
    "/statements/{slug}",
    response={200: StatementOut, **error_responses(401, 403, 409)},
    summary="Change a statement",
    url_name="update_statement",
    **write,
)
def update_statement(request: HttpRequest, slug: str, payload: StatementPatch) -> dict[str, Any]:
    """Only the fields sent change. A new text after signing began becomes a new version;
    ``status`` moves the statement along its life (draft → open → published → closed)."""
    token: ApiToken = request.auth  # type: ignore[attr-defined]
    statement = _writable(request, slug)
    given = payload.model_fields_set
    with transaction.atomic():
        texts: dict[str, tuple[str, str]] = {}
        current = statement_services.current_texts(statement)
        if "title" in given or "body" in given:
            original = current[statement.language]
            texts[statement.language] = (
                payload.title if payload.title is not None else original["title"],
                payload.body if payload.body is not None else original["body"],
            )
        for translation in payload.translations or []:
            texts[translation.language] = (translation.title, translation.body)
        if texts:
            statement = statement_services.update_text(statement, texts=texts, by=token.created_by)
        details: dict[str, Any] = {
            field: getattr(payload, field)
            for field in ("summary", "place", "addressees", "tags", "allow_individuals")
            if field in given and getattr(payload, field) is not None
        }
        for field in ("date", "deadline"):
            if field in given:
                details[field] = getattr(payload, field)
        if details:
            statement = statement_services.update_details(statement, by=token.created_by, **details)
        if payload.status and payload.status != statement.status:
            statement = statement_services.change_status(
                statement, payload.status, by=token.created_by
            )
    return _fresh(statement)


@router.post(
    "/statements/{slug}/signatures",
    response={200: BulkSignaturesOut, **error_responses(401, 403, 409)},
    summary="Add signatures in bulk",
    url_name="add_signatures",
    **write,
)
def add_signatures(request: HttpRequest, slug: str, payload: BulkSignaturesIn) -> Any:
    """Up to 500 signatures the coalition vouches for, matched against the registry like an
    import: a sure match or a new organization is accepted, an uncertain match waits for a
    moderator, and a name or e-mail that already signed is reported as a duplicate."""
    token: ApiToken = request.auth  # type: ignore[attr-defined]
    statement = _writable(request, slug)
    if statement.status not in SIGNABLE_STATUSES:
        raise HttpError(
            409,
            f"The statement is {StatementStatus(statement.status).label.lower()}: open it first.",
        )
    if not statement.allow_individuals:
        refused = [i for i, item in enumerate(payload.signatures) if item.kind == "person"]
        if refused:
            return Status(
                422,
                error_body(
                    422,
                    "This statement takes signatures of organizations only.",
                    details=[
                        {
                            "loc": ["body", "signatures", str(i), "kind"],
                            "msg": "individuals may not sign this statement",
                            "type": "value_error",
                        }
                        for i in refused
                    ],
                ),
            )
    results = services.add_signatures(
        statement, items=[item.model_dump() for item in payload.signatures], token=token
    )
    return {
        "accepted": sum(1 for r in results if r["outcome"] == "accepted"),
        "review": sum(1 for r in results if r["outcome"] == "review"),
        "duplicates": sum(1 for r in results if r["outcome"] == "duplicate"),
        "results": results,
    }
