"""What an audit entry's action reads as on a page, in the reader's language."""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

ACTION_LABELS: Mapping[str, Promise] = {
    "statements.statement.created": _("Statement created"),
    "statements.statement.details_changed": _("Details changed"),
    "statements.statement.text_changed": _("Text changed"),
    "statements.statement.opened": _("Opened for signing"),
    "statements.statement.published": _("Published"),
    "statements.statement.closed": _("Closed"),
    "statements.statement.reopened": _("Reopened"),
    "imports.batch.committed": _("A list was imported"),
    "imports.batch.undone": _("An import was undone"),
    "signatures.signature.accepted": _("Signature accepted"),
    "signatures.signature.rejected": _("Signature rejected"),
    "signatures.signature.withdrawn": _("Signature withdrawn"),
    "signatures.signature.returned_to_review": _("Decision reverted"),
}


def action_label(action: str) -> str:
    """The readable label of ``action``; an action without one is shown as it is stored."""
    label = ACTION_LABELS.get(action)
    return str(label) if label is not None else action
