"""The one audit log: every change of verification, publication, merge or withdrawal."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.db import models

from undersigned.audit.models import AuditEntry


def log_action(
    action: str,
    *,
    subject: models.Model,
    user: User | AnonymousUser | None = None,
    coalition: models.Model | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEntry:
    """Write one entry. ``action`` is dotted: ``app.subject.verb``."""
    if action.count(".") < 2:
        raise ValueError(f"audit actions are dotted app.subject.verb, not {action!r}")
    actor = user if user is not None and user.is_authenticated else None
    return AuditEntry.objects.create(
        action=action,
        actor=actor,
        subject_type=subject._meta.label_lower,
        subject_id=str(subject.pk),
        coalition_id=coalition.pk if coalition is not None else None,
        data=data or {},
    )


def history(subject: models.Model) -> models.QuerySet[AuditEntry]:
    return AuditEntry.objects.filter(
        subject_type=subject._meta.label_lower, subject_id=str(subject.pk)
    ).select_related("actor")
