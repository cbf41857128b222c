"""Typed input and output of the API. Inputs are checked here, before any service runs:
lengths, known values, and text without control characters or bidirectional overrides.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from typing import Annotated, Literal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import URLValidator, validate_email
from ninja import Schema
from pydantic import AfterValidator, Field, StringConstraints

# Control characters (tab and newline are allowed in long texts only) and the invisible
# formatting characters that can make a name display as something else.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\t\r\n]")
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def _clean_line(value: str) -> str:
    if _CONTROL.search(value) or _LINE_BREAKS.search(value):
        raise ValueError("must be one line without control characters")
    value = _BIDI.sub("", unicodedata.normalize("NFC", value)).strip()
    return " ".join(value.split())


def _clean_text(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("must not contain control characters")
    return unicodedata.normalize("NFC", value).replace("\r\n", "\n").strip()


def _required(value: str) -> str:
    if not value:
        raise ValueError("must not be empty")
    return value


def _email(value: str) -> str:
    if value:
        try:
            validate_email(value)
        except DjangoValidationError as error:
            raise ValueError("is not an e-mail address") from error
    return value.lower()


def _url(value: str) -> str:
    if value:
        try:
            URLValidator(schemes=["http", "https"])(value)
        except DjangoValidationError as error:
            raise ValueError("is not an http(s) URL") from error
    return value


Language = Literal["en", "hy", "ru"]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]
Title = Annotated[str, StringConstraints(max_length=300), AfterValidator(_clean_line), AfterValidator(_required)]  # fmt: skip
Body = Annotated[str, StringConstraints(max_length=100_000), AfterValidator(_clean_text)]
Name300 = Annotated[str, StringConstraints(max_length=300), AfterValidator(_clean_line)]
Name200 = Annotated[str, StringConstraints(max_length=200), AfterValidator(_clean_line)]
Name100 = Annotated[str, StringConstraints(max_length=100), AfterValidator(_clean_line)]
Tag = Annotated[str, StringConstraints(max_length=60), AfterValidator(_clean_line), AfterValidator(_required)]  # fmt: skip
Email = Annotated[str, StringConstraints(max_length=254), AfterValidator(_clean_line), AfterValidator(_email)]  # fmt: skip
Url = Annotated[str, StringConstraints(max_length=300), AfterValidator(_clean_line), AfterValidator(_url)]  # fmt: skip


# ---------------------------------------------------------------------------- errors


class ErrorDetail(Schema):
    loc: list[str]
    msg: str
    type: str


class ErrorBody(Schema):
    status: int
    code: str
    message: str
    details: list[ErrorDetail]


class ErrorOut(Schema):
    error: ErrorBody


def error_responses(*codes: int) -> dict[int, type[ErrorOut]]:
    """The error answers an operation may give, for its OpenAPI description."""
    return dict.fromkeys(sorted({400, 404, 405, 422, 429, *codes}), ErrorOut)


class Page(Schema):
    count: int
    limit: int
    offset: int
    next: str | None = Field(description="The URL of the next page, or null on the last one.")


# ---------------------------------------------------------------------------- reading


class CoalitionRef(Schema):
    slug: str
    name: str


class OrganizationRef(Schema):
    id: int
    slug: str
    name: str


class TranslationOut(Schema):
    language: str
    title: str
    body: str


class StatementLinks(Schema):
    html: str
    letter_pdf: str
    signatories_csv: str
    signatories_json: str
    signatories_xlsx: str
    feed: str
    embed: str
    signatories: str = Field(description="The signatories through this API.")


class StatementSummary(Schema):
    slug: str
    title: str
    language: str
    languages: list[str]
    status: str
    summary: str
    date: datetime.date | None
    place: str
    coalition: CoalitionRef
    tags: list[str]
    organization_count: int
    person_count: int
    accepts_signatures: bool
    deadline: datetime.datetime | None
    published_at: datetime.datetime | None
    updated_at: datetime.datetime
    url: str


class StatementOut(StatementSummary):
    body: str
    version: int
    addressees: list[str]
    translations: list[TranslationOut]
    links: StatementLinks


class SignatoryOut(Schema):
    kind: Literal["organization", "person"]
    name: str
    role: str = Field(description="An individual's role or affiliation; empty for organizations.")
    country: str
    city: str
    organization: OrganizationRef | None
    signed_on: datetime.date


class AliasOut(Schema):
    name: str
    script: str
    language: str


class OrganizationSummary(Schema):
    id: int
    slug: str
    name: str
    country: str
    city: str
    website: str
    wikidata_id: str
    statement_count: int
    url: str


class SignedStatement(Schema):
    slug: str
    title: str
    date: datetime.date | None
    url: str


class OrganizationOut(OrganizationSummary):
    description: str
    aliases: list[AliasOut]
    statements: list[SignedStatement]


class CandidateOut(Schema):
    organization: OrganizationSummary
    score: float
    decision: Literal["match", "review"]
    reasons: list[str]


class ResolveOut(Schema):
    name: str
    cleaned: str
    decision: Literal["match", "review", "new"] = Field(
        description="match: the best candidate is the same organization; review: a person "
        "should decide; new: no organization of the registry has this name."
    )
    candidates: list[CandidateOut]


class TokenOut(Schema):
    name: str
    prefix: str
    coalition: CoalitionRef


# ---------------------------------------------------------------------------- writing


class TranslationIn(Schema):
    language: Language
    title: Title
    body: Body = ""


class StatementIn(Schema):
    title: Title
    body: Body = ""
    language: Language = "en"
    slug: Slug | None = None
    summary: Annotated[str, StringConstraints(max_length=500), AfterValidator(_clean_line)] = ""
    date: datetime.date | None = None
    place: Name200 = ""
    addressees: list[Name300] = Field(default_factory=list, max_length=50)
    tags: list[Tag] = Field(default_factory=list, max_length=20)
    deadline: datetime.datetime | None = None
    allow_individuals: bool = True
    translations: list[TranslationIn] = Field(default_factory=list, max_length=3)


class StatementPatch(Schema):
    """Fields left out stay as they are. A changed text after signing began makes a version."""

    title: Title | None = None
    body: Body | None = None
    translations: list[TranslationIn] | None = Field(default=None, max_length=3)
    summary: Annotated[str, StringConstraints(max_length=500), AfterValidator(_clean_line)] | None = None  # fmt: skip
    date: datetime.date | None = None
    place: Name200 | None = None
    addressees: list[Name300] | None = Field(default=None, max_length=50)
    tags: list[Tag] | None = Field(default=None, max_length=20)
    deadline: datetime.datetime | None = None
    allow_individuals: bool | None = None
    status: Literal["open", "published", "closed"] | None = None


class SignatureIn(Schema):
    kind: Literal["organization", "person"]
    name: Title = Field(description="The organization's name, or the person's full name.")
    person_name: Name200 = Field("", description="Representative of an organization (private).")
    person_role: Name200 = ""
    country: Name100 = ""
    city: Name100 = ""
    website: Url = ""
    email: Email = Field("", description="Private: never shown, never exported.")
    language: Language | None = None


class BulkSignaturesIn(Schema):
    signatures: list[SignatureIn] = Field(min_length=1, max_length=500)


class SignatureResult(Schema):
    index: int
    outcome: Literal["accepted", "review", "duplicate"]
    id: int | None
    name: str
    organization: OrganizationRef | None
    match_score: float | None
    message: str


class BulkSignaturesOut(Schema):
    accepted: int
    review: int
    duplicates: int
    results: list[SignatureResult]
