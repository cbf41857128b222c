from __future__ import annotations

from django import template

from undersigned.exports import embed
from undersigned.statements.models import Statement

register = template.Library()


@register.simple_tag
def embed_codes(statement: Statement) -> dict[str, str]:
    """``{% embed_codes statement as embed %}``: the link, iframe and script codes."""
    return embed.codes(statement)
