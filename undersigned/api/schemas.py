"""Typed input and output of the API. Inputs are checked here, before any service runs:
lengths, known values, and text without control characters or bidirectional overrides.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from typing import Annotated, Any, Literal

from ninja import Schema
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    WithJsonSchema,
)

# The patterns are part of the OpenAPI schema, so that a client knows before sending what
# the API accepts: one-line texts hold no control characters; required ones hold at least
# one visible character (not a space, not an invisible direction mark); long texts may
# hold tabs and line breaks. Invisible direction marks are removed from one-line texts,
# spaces are folded, and every text is NFC-normalised.
_C0_C1 = "\\u0000-\\u001f\\u007f-\\u009f"
_INVISIBLE = "\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u061c"
LINE_PATTERN = f"^[^{_C0_C1}]*$"
REQUIRED_LINE_PATTERN = f"^[^{_C0_C1}]*[^\\s{_C0_C1}{_INVISIBLE}][^{_C0_C1}]*$"
TEXT_PATTERN = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$"
EMAIL_PATTERN = r"^$|^[^@\s\u0000-\u001f\u007f-\u009f]+@[^@\s\u0000-\u001f\u007f-\u009f]+\.[^@\s\u0000-\u001f\u007f-\u009f]+$"
URL_PATTERN = r"^$|^https?://[^\s/?#\u0000-\u001f\u007f-\u009f][^\s\u0000-\u001f\u007f-\u009f]*$"
_BIDI = re.compile(f"[{_INVISIBLE}]")
_CONTROL = re.compile(f"[{_C0_C1}]")


def _clean_line(value: str) -> str:
    value = _BIDI.sub("", unicodedata.normalize("NFC", value))
    return " ".join(value.split())


def searchable(value: str) -> str:
    """A search word or a slug from a URL, without control characters (PostgreSQL refuses
    NUL in a query) and without surrounding spaces."""
    return _CONTROL.sub("", value).strip()


def _clean_text(value: str) -> str:
    return unicodedata.normalize("NFC", value).replace("\r\n", "\n").strip()


def _line(max_length: int, *, required: bool = False) -> Any:
    pattern = REQUIRED_LINE_PATTERN if required else LINE_PATTERN
    return Annotated[
        str,
        StringConstraints(min_length=1 if required else 0, max_length=max_length, pattern=pattern),
        AfterValidator(_clean_line),
    ]


Language = Literal["en", "hy", "ru"]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]
Title = _line(300, required=True)
Body = Annotated[
    str, StringConstraints(max_length=100_000, pattern=TEXT_PATTERN), AfterValidator(_clean_text)
]
Summary = _line(500)
Name300 = _line(300)
Name200 = _line(200)
Name100 = _line(100)
Tag = _line(60, required=True)
Email = Annotated[
    str,
    StringConstraints(max_length=254, pattern=EMAIL_PATTERN),
    AfterValidator(lambda value: value.lower()),
]
Url = Annotated[str, StringConstraints(max_length=300, pattern=URL_PATTERN)]
Search = Annotated[str, AfterValidator(searchable)]


def _iso_string(value: Any) -> Any:
    """Dates are ISO 8601 strings; a number is not read as a timestamp."""
    if not isinstance(value, str | datetime.date):
        raise ValueError("must be an ISO 8601 string")
    return value


FIRST_YEAR, LAST_YEAR = 1900, 2999


def _sensible_day(value: datetime.date) -> datetime.date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"must be between the years {FIRST_YEAR} and {LAST_YEAR}")
    return value


def _sensible_moment(value: datetime.datetime) -> datetime.datetime:
    """In UTC: PostgreSQL refuses offsets past ±15:59, which ISO 8601 allows (-21:05)."""
    try:
        value = value.astimezone(datetime.UTC)
    except OverflowError as error:
        raise ValueError(f"must be between the years {FIRST_YEAR} and {LAST_YEAR}") from error
    _sensible_day(value.date())
    return value


# The years allowed, said in the schema too: a client (or schemathesis) knows beforehand.
_YEARS_PATTERN = "^(19|2[0-9])[0-9]{2}-"
Date = Annotated[
    datetime.date,
    BeforeValidator(_iso_string),
    AfterValidator(_sensible_day),
    WithJsonSchema({"type": "string", "format": "date", "pattern": _YEARS_PATTERN}),
]
DateTime = Annotated[
    AwareDatetime,
    BeforeValidator(_iso_string),
    AfterValidator(_sensible_moment),
    WithJsonSchema({"type": "string", "format": "date-time", "pattern": _YEARS_PATTERN}),
]


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


class Input(BaseModel):
    """A request body: a JSON object with the fields below and no others."""

    model_config = ConfigDict(extra="forbid")


class TranslationIn(Input):
    language: Language
    title: Title
    body: Body = ""


class StatementIn(Input):
    title: Title
    body: Body = ""
    language: Language = "en"
    slug: Slug | None = None
    summary: Summary = ""
    date: Date | None = None
    place: Name200 = ""
    addressees: list[Name300] = Field(default_factory=list, max_length=50)
    tags: list[Tag] = Field(default_factory=list, max_length=20)
    deadline: DateTime | None = None
    allow_individuals: StrictBool = True
    translations: list[TranslationIn] = Field(default_factory=list, max_length=3)


class StatementPatch(Input):
    """Fields left out stay as they are. A changed text after signing began makes a version."""

    title: Title | None = None
    body: Body | None = None
    translations: list[TranslationIn] | None = Field(default=None, max_length=3)
    summary: Summary | None = None
    date: Date | None = None
    place: Name200 | None = None
    addressees: list[Name300] | None = Field(default=None, max_length=50)
    tags: list[Tag] | None = Field(default=None, max_length=20)
    deadline: DateTime | None = None
    allow_individuals: StrictBool | None = None
    status: Literal["open", "published", "closed"] | None = None


class SignatureIn(Input):
    kind: Literal["organization", "person"]
    name: Title = Field(description="The organization's name, or the person's full name.")
    person_name: Name200 = Field("", description="Representative of an organization (private).")
    person_role: Name200 = ""
    country: Name100 = ""
    city: Name100 = ""
    website: Url = ""
    email: Email = Field("", description="Private: never shown, never exported.")
    language: Language | None = None


class BulkSignaturesIn(Input):
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
