"""Readable, unique slugs for statements and organizations, in any script."""

from __future__ import annotations

from django.db import models
from django.utils.text import slugify


def unique_slug(
    model: type[models.Model], text: str, *, fallback: str, max_length: int = 80
) -> str:
    """``slugify`` of the Latin transliteration; "-2", "-3"... when it is taken."""
    from undersigned.matching import transliterate

    base = slugify(transliterate(text))[:max_length].strip("-") or fallback
    slug, n = base, 1
    while model._default_manager.filter(slug=slug).exists():
        n += 1
        slug = f"{base[: max_length - 6]}-{n}"
    return slug
