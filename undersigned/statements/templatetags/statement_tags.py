"""Template tags of the statement pages."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import NoReverseMatch, reverse

register = template.Library()


@register.simple_tag
def url_if_exists(name: str, *args: Any, **kwargs: Any) -> str:
    """Like ``{% url %}``, but an empty string when the URL name does not exist (yet).

    ``{% url_if_exists 'signatures:sign' slug=statement.slug as sign_url %}{% if sign_url %}…``
    lets a page link to parts of the site that may not be installed.
    """
    try:
        return reverse(name, args=args or None, kwargs=kwargs or None)
    except NoReverseMatch:
        return ""


@register.simple_tag(takes_context=True)
def query_with(context: dict[str, Any], **changes: Any) -> str:
    """The current query string with some parameters changed (None or "" removes one)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"
