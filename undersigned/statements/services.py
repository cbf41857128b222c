"""Statement workflows: create, edit the text (with versions), move through the life cycle."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

import qrcode
from django.conf import settings
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from qrcode.image.svg import SvgPathImage

from undersigned.accounts.models import Coalition
from undersigned.audit.services import log_action
from undersigned.core.errors import TransitionError
from undersigned.core.markdown import render_markdown
from undersigned.core.slugs import unique_slug
from undersigned.statements.models import (
    Addressee,
    Statement,
    StatementTranslation,
    StatementVersion,
    Status,
    Tag,
)

# The statement's life: draft -> open -> published (still open to join) -> closed, and back.
STATEMENT_TRANSITIONS: dict[str, set[str]] = {
    Status.DRAFT: {Status.OPEN, Status.PUBLISHED},
    Status.OPEN: {Status.PUBLISHED, Status.CLOSED},
    Status.PUBLISHED: {Status.CLOSED},
    Status.CLOSED: {Status.OPEN, Status.PUBLISHED},
}


class Unset:
    """Marks an argument that was not given, where None means "clear the value"."""


UNSET = Unset()

TRANSITION_ACTIONS = {
    Status.OPEN: "statements.statement.opened",
    Status.PUBLISHED: "statements.statement.published",
    Status.CLOSED: "statements.statement.closed",
}


def can_transition(statement: Statement, to: str) -> bool:
    return to in STATEMENT_TRANSITIONS.get(statement.status, set())


@transaction.atomic
def create_statement(
    coalition: Coalition,
    *,
    title: str,
    body: str = "",
    language: str = "en",
    by: User | None = None,
    slug: str = "",
    summary: str = "",
    date: datetime.date | None = None,
    place: str = "",
    addressees: Iterable[str] = (),
    tags: Iterable[str] = (),
    deadline: datetime.datetime | None = None,
    allow_individuals: bool = True,
    review_individuals: bool = False,
    translations: Mapping[str, tuple[str, str]] | None = None,
) -> Statement:
    statement = Statement.objects.create(
        coalition=coalition,
        slug=slug or unique_slug(Statement, title, fallback="statement"),
        title=title,
        body=body,
        language=language,
        summary=summary,
        date=date,
        place=place,
        deadline=deadline,
        allow_individuals=allow_individuals,
        review_individuals=review_individuals,
        created_by_id=by.pk if by is not None else None,
    )
    set_addressees(statement, addressees)
    set_tags(statement, tags)
    for lang, (t_title, t_body) in (translations or {}).items():
        if lang != language:
            StatementTranslation.objects.create(
                statement=statement, language=lang, title=t_title, body=t_body
            )
    log_action(
        "statements.statement.created",
        subject=statement,
        user=by,
        coalition=coalition,
        data={"title": title, "language": language},
    )
    return statement


def set_addressees(statement: Statement, names: Iterable[str]) -> None:
    statement.addressees.all().delete()
    Addressee.objects.bulk_create(
        Addressee(statement=statement, position=i, name=name.strip())
        for i, name in enumerate(n for n in names if n.strip())
    )


def set_tags(statement: Statement, names: Iterable[str]) -> None:
    tags = []
    for name in {n.strip() for n in names if n.strip()}:
        tag = Tag.objects.filter(name__iexact=name).first()
        if tag is None:
            tag = Tag.objects.create(name=name, slug=unique_slug(Tag, name, fallback="tag"))
        tags.append(tag)
    statement.tags.set(tags)


def current_texts(statement: Statement) -> dict[str, dict[str, str]]:
    texts = {statement.language: {"title": statement.title, "body": statement.body}}
    for translation in statement.translations.all():
        texts[translation.language] = {"title": translation.title, "body": translation.body}
    return texts


def signing_has_begun(statement: Statement) -> bool:
    return statement.signatures.exists()


@transaction.atomic
def update_text(
    statement: Statement,
    *,
    texts: Mapping[str, tuple[str, str]],
    by: User | None = None,
) -> Statement:
    """Replace the title and body in each language given.

    Once anyone has signed, a change of the text keeps the old text as a numbered version
    and raises the statement's version: every signature keeps the one it agreed to.
    """
    statement = Statement.objects.select_for_update().get(pk=statement.pk)
    before = current_texts(statement)
    after = {lang: dict(text) for lang, text in before.items()}
    for lang, (title, body) in texts.items():
        after[lang] = {"title": title, "body": body}
    if after == before:
        return statement
    new_version = signing_has_begun(statement)
    if new_version:
        StatementVersion.objects.get_or_create(
            statement=statement,
            number=statement.version,
            defaults={"texts": before, "created_by_id": by.pk if by is not None else None},
        )
        statement.version += 1
    for lang, text in after.items():
        if lang == statement.language:
            statement.title, statement.body = text["title"], text["body"]
        else:
            StatementTranslation.objects.update_or_create(
                statement=statement, language=lang, defaults=text
            )
    statement.save()
    log_action(
        "statements.statement.text_changed",
        subject=statement,
        user=by,
        coalition=statement.coalition,
        data={"version": statement.version, "new_version": new_version, "languages": sorted(texts)},
    )
    return statement


@transaction.atomic
def change_status(statement: Statement, to: str, *, by: User | None = None) -> Statement:
    """Move a statement along its life cycle; anything else raises ``TransitionError``."""
    statement = Statement.objects.select_for_update().get(pk=statement.pk)
    if not can_transition(statement, to):
        raise TransitionError("statement", statement.status, to)
    before = statement.status
    statement.status = to
    now = timezone.now()
    if to == Status.PUBLISHED and statement.published_at is None:
        statement.published_at = now
    if to in (Status.OPEN, Status.PUBLISHED) and statement.signing_started_at is None:
        statement.signing_started_at = now
    statement.save(update_fields=["status", "published_at", "signing_started_at", "updated_at"])
    action = TRANSITION_ACTIONS[Status(to)]
    if before == Status.CLOSED:
        action = "statements.statement.reopened"
    data: dict[str, Any] = {"from": before, "to": to}
    log_action(action, subject=statement, user=by, coalition=statement.coalition, data=data)
    return statement


@transaction.atomic
def update_details(
    statement: Statement,
    *,
    by: User | None = None,
    summary: str | None = None,
    date: datetime.date | None | Unset = UNSET,
    place: str | None = None,
    addressees: Iterable[str] | None = None,
    tags: Iterable[str] | None = None,
    deadline: datetime.datetime | None | Unset = UNSET,
    allow_individuals: bool | None = None,
    review_individuals: bool | None = None,
) -> Statement:
    """Change what surrounds the text: summary, date, place, addressees, tags, deadline.

    None (or UNSET for the nullable dates) leaves a field as it is. These changes never make
    a new text version: signers agreed to the text, not to its metadata.
    """
    statement = Statement.objects.select_for_update().get(pk=statement.pk)
    changed: list[str] = []
    simple: dict[str, Any] = {
        "summary": summary,
        "place": place,
        "allow_individuals": allow_individuals,
        "review_individuals": review_individuals,
    }
    for field, value in simple.items():
        if value is not None and getattr(statement, field) != value:
            setattr(statement, field, value)
            changed.append(field)
    for field, dated in (("date", date), ("deadline", deadline)):
        if not isinstance(dated, Unset) and getattr(statement, field) != dated:
            setattr(statement, field, dated)
            changed.append(field)
    if addressees is not None:
        names = [n.strip() for n in addressees if n.strip()]
        if names != [a.name for a in statement.addressees.all()]:
            set_addressees(statement, names)
            changed.append("addressees")
    if tags is not None:
        wanted = {n.strip().lower() for n in tags if n.strip()}
        if wanted != {t.name.lower() for t in statement.tags.all()}:
            set_tags(statement, tags)
            changed.append("tags")
    if changed:
        statement.save()
        log_action(
            "statements.statement.details_changed",
            subject=statement,
            user=by,
            coalition=statement.coalition,
            data={"fields": changed},
        )
    return statement


@transaction.atomic
def edit_statement(
    statement: Statement,
    *,
    texts: Mapping[str, tuple[str, str]],
    by: User | None = None,
    **details: Any,
) -> Statement:
    """Change the text (versioned once signing has begun) and the details in one go."""
    statement = update_text(statement, texts=texts, by=by)
    return update_details(statement, by=by, **details)


def earlier_versions(statement: Statement) -> list[StatementVersion]:
    """The texts as they stood before each change made after signing began, oldest first."""
    return list(statement.versions.filter(number__lt=statement.version).order_by("number"))


def version_text(version: StatementVersion, language: str) -> tuple[str, str, str]:
    """(title, body, language) of an earlier version, in ``language`` when it had it."""
    texts: dict[str, dict[str, str]] = version.texts or {}
    chosen = language if language in texts else next(iter(texts), language)
    text = texts.get(chosen, {})
    return text.get("title", ""), text.get("body", ""), chosen


def rendered_body(body: str) -> SafeString:
    """Sanitized HTML of a Markdown body, cached by the text itself (safe: same text, same HTML)."""
    key = "statement-body:v1:" + hashlib.sha256(body.encode()).hexdigest()
    html = cache.get(key)
    if html is None:
        html = str(render_markdown(body))
        cache.set(key, html, timeout=24 * 3600)
    return mark_safe(str(html))  # noqa: S308 - produced by render_markdown, which sanitizes


def public_statements(*, query: str = "", tag: str = "") -> QuerySet[Statement]:
    """Open, published and closed statements, newest first, matching words and a tag."""
    statements = Statement.objects.public()
    for word in query.split()[:10]:
        statements = statements.filter(
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(body__icontains=word)
            | Q(place__icontains=word)
            | Q(tags__name__icontains=word)
            | Q(translations__title__icontains=word)
            | Q(translations__body__icontains=word)
        )
    if tag:
        statements = statements.filter(tags__slug=tag)
    if query or tag:
        statements = statements.distinct()
    # Newest first: by the moment the statement went public (opened or published).
    return statements.order_by(F("signing_started_at").desc(nulls_last=True), "-pk")


def sign_url(statement: Statement) -> str:
    """The absolute link to share: the statement's sign form."""
    return settings.SITE_URL + reverse("signatures:sign", kwargs={"slug": statement.slug})


def qr_code_svg(data: str) -> str:
    """A QR code of ``data`` as a standalone SVG document (scales for print and screens)."""
    image = qrcode.make(data, image_factory=SvgPathImage, border=2)
    return str(image.to_string(encoding="unicode"))
