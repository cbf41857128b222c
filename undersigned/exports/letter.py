"""The PDF letter to the addressees: letterhead, date and place, addressees, the text in one
language, and the annex of signatories (organizations, then individuals, with country).

Rendered by WeasyPrint from ``exports/letter.html``. Fonts come from the system (Debian's
``fonts-noto-core``: Noto Sans covers Latin and Cyrillic, Noto Sans Armenian and Noto Sans
Georgian the rest). A rendered letter is cached under a digest of everything it prints,
so a new signature or a changed text makes a new one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone, translation

from undersigned.core.markdown import render_markdown
from undersigned.exports.rows import SignatoryRow, rows
from undersigned.statements.models import Statement

CACHE_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Letter:
    statement: Statement
    language: str
    title: str
    body: str
    organizations: list[SignatoryRow]
    people: list[SignatoryRow]

    def digest(self) -> str:
        printed = {
            "statement": self.statement.pk,
            "language": self.language,
            "title": self.title,
            "body": self.body,
            "date": str(self.statement.date),
            "place": self.statement.place,
            "letterhead": self.statement.coalition.letterhead,
            "coalition": self.statement.coalition.name,
            "addressees": [a.name for a in self.statement.addressees.all()],
            "signatories": [*self.organizations, *self.people],
        }
        encoded = json.dumps(printed, sort_keys=True, default=str).encode()
        return hashlib.sha256(encoded).hexdigest()


def in_pairs(rows: list[SignatoryRow]) -> list[tuple[SignatoryRow, SignatoryRow | None]]:
    """Rows two by two, for the annex's two-column table.

    A table of two cells a row lays out about three times faster in WeasyPrint than CSS
    columns (2,000 names: 4 s instead of 24 s), at the price of numbering across, not down;
    the cells hold plain text, since every inline element costs as much again.
    """
    return [(rows[i], rows[i + 1] if i + 1 < len(rows) else None) for i in range(0, len(rows), 2)]


def build_letter(statement: Statement, *, language: str) -> Letter:
    title, body, shown = statement.text_in(language)
    organizations: list[SignatoryRow] = []
    people: list[SignatoryRow] = []
    for row in rows(statement):
        (organizations if row["kind"] == "organization" else people).append(row)
    return Letter(statement, shown, title, body, organizations, people)


def filename(statement: Statement, language: str) -> str:
    return f"{statement.slug}-{language}.pdf"


def render_html(letter: Letter) -> str:
    statement = letter.statement
    with translation.override(letter.language):
        return render_to_string(
            "exports/letter.html",
            {
                "letter": letter,
                "statement": statement,
                "coalition": statement.coalition,
                "letterhead_lines": [
                    line for line in statement.coalition.letterhead.splitlines() if line.strip()
                ],
                "addressees": list(statement.addressees.all()),
                "body_html": render_markdown(letter.body),
                "organization_pairs": in_pairs(letter.organizations),
                "person_pairs": in_pairs(letter.people),
                "date": statement.date or timezone.localdate(),
                "url": settings.SITE_URL + statement.get_absolute_url(),
            },
        )


def refuse_fetch(url: str, *args: object, **kwargs: object) -> dict[str, object]:
    """The letter loads no image, stylesheet or font from a URL: everything is inline."""
    raise ValueError(f"the PDF letter fetches nothing ({url[:80]})")


def render_pdf(letter: Letter) -> bytes:
    """The letter as PDF bytes, from the cache when nothing printed on it has changed."""
    key = f"exports:letter:{letter.digest()}"
    pdf = cache.get(key)
    if pdf is None:
        from weasyprint import HTML  # imported here: loading Pango costs half a second

        html = HTML(
            string=render_html(letter), base_url=settings.SITE_URL, url_fetcher=refuse_fetch
        )
        pdf = html.write_pdf()
        cache.set(key, pdf, CACHE_SECONDS)
    return pdf
