"""What other websites paste: the iframe, the script widget, the HTML snippet of the list."""

from __future__ import annotations

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html

from undersigned.exports.rows import SignatoryRow, rows
from undersigned.signatures.models import Signature
from undersigned.statements import services as statement_services
from undersigned.statements.models import Statement

WIDTH = 480
HEIGHT = 600
LATEST_DEFAULT = 10
LATEST_MAX = 50

# Any page may frame the widget: it is the one page without X-Frame-Options, and its CSP
# sets no frame-ancestors (which, as "*", would still refuse file: and sandboxed pages).
# The widget itself loads nothing from anywhere else and submits no form.
EMBED_CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'none'"
)


def bounded(value: str | None, *, default: int, low: int, high: int) -> int:
    """A number from a query string, clamped to [low, high]; ``default`` when not a number."""
    try:
        number = int(str(value)[:6])
    except ValueError:
        return default
    return max(low, min(high, number))


def latest_count(value: str | None) -> int:
    return bounded(value, default=LATEST_DEFAULT, low=0, high=LATEST_MAX)


def latest_signatories(statement: Statement, *, count: int) -> list[Signature]:
    """The most recently accepted signatures, newest first (public fields only)."""
    if count == 0:
        return []
    return list(
        Signature.objects.public()
        .filter(statement=statement)
        .select_related("organization")
        .only(
            "statement_id", "kind", "name_as_signed", "display_name", "person_role", "country",
            "organization_id", "organization__name", "decided_at", "created_at",
        )
        .order_by("-decided_at", "-pk")[:count]
    )  # fmt: skip


def sign_url(statement: Statement) -> str:
    """The sign form when the statement takes signatures, else the statement page."""
    if statement.accepts_signatures:
        return statement_services.sign_url(statement)
    return settings.SITE_URL + statement.get_absolute_url()


def url(name: str, statement: Statement) -> str:
    return settings.SITE_URL + reverse(name, kwargs={"slug": statement.slug})


def export_urls(statement: Statement) -> dict[str, str]:
    """Absolute URLs of every export of one statement."""
    return {
        "letter_pdf": url("exports:letter", statement),
        "csv": url("exports:csv", statement),
        "json": url("exports:json", statement),
        "xlsx": url("exports:xlsx", statement),
        "html": url("exports:html", statement),
        "feed": url("exports:statement_feed", statement),
        "embed": url("exports:embed", statement),
    }


def downloads(statement: Statement) -> dict[str, str]:
    urls = export_urls(statement)
    letters = {
        code: settings.SITE_URL
        + reverse("exports:letter_language", kwargs={"slug": statement.slug, "language": code})
        for code in statement.languages()
    }
    return {**urls, "csv_excel": urls["csv"] + "?excel=1", "letters": letters}  # type: ignore[dict-item]


def iframe_html(statement: Statement, *, width: int = WIDTH, height: int = HEIGHT) -> str:
    return format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" loading="lazy" '
        'style="border:0;max-width:100%"></iframe>',
        url("exports:embed", statement),
        statement.title,
        width,
        height,
    )


def script_html(statement: Statement) -> str:
    return format_html(
        '<div data-undersigned-statement="{}"><a href="{}">{}</a></div>\n'
        '<script async src="{}"></script>',
        statement.slug,
        settings.SITE_URL + statement.get_absolute_url(),
        statement.title,
        settings.SITE_URL + reverse("exports:widget_js"),
    )


def codes(statement: Statement) -> dict[str, str]:
    """The three ways to put a statement on another website."""
    return {
        "iframe": iframe_html(statement),
        "script": script_html(statement),
        "link": settings.SITE_URL + statement.get_absolute_url(),
    }


def snippet_html(statement: Statement) -> str:
    """The whole public list as plain HTML (no styles, no scripts) to paste into a post."""
    organizations: list[SignatoryRow] = []
    people: list[SignatoryRow] = []
    for row in rows(statement):
        (organizations if row["kind"] == "organization" else people).append(row)
    return render_to_string(
        "exports/snippet.html",
        {
            "statement": statement,
            "statement_url": settings.SITE_URL + statement.get_absolute_url(),
            "organizations": organizations,
            "people": people,
        },
    ).strip()
