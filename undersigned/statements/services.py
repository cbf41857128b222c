"""Statement workflows: create, edit the text (with versions), move through the life cycle."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from undersigned.accounts.models import Coalition
from undersigned.audit.services import log_action
from undersigned.core.errors import TransitionError
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
    by: AbstractBaseUser | None = None,
    slug: str = "",
    summary: str = "",
    date: datetime.date | None = None,
    place: str = "",
    addressees: Iterable[str] = (),
    tags: Iterable[str] = (),
    deadline: datetime.datetime | None = None,
    allow_individuals: bool = True,
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
        created_by=by,
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
    by: AbstractBaseUser | None = None,
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
            defaults={"texts": before, "created_by": by},
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
def change_status(
    statement: Statement, to: str, *, by: AbstractBaseUser | None = None
) -> Statement:
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
