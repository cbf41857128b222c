"""Limit/offset pages with the total count and the link to the next page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Schema
from pydantic import Field

MAX_LIMIT = 500


class PageQuery(Schema):
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description=f"Items per page (at most {MAX_LIMIT}).")
    offset: int = Field(0, ge=0, le=10_000_000, description="How many items to skip.")


def paginate(
    request: HttpRequest,
    queryset: QuerySet[Any],
    query: PageQuery,
    serialize: Callable[[Any], dict[str, Any]],
) -> dict[str, Any]:
    count = queryset.count()
    items = [serialize(item) for item in queryset[query.offset : query.offset + query.limit]]
    next_url = None
    if query.offset + query.limit < count:
        params = request.GET.copy()
        params["offset"] = str(query.offset + query.limit)
        params["limit"] = str(query.limit)
        next_url = f"{settings.SITE_URL}{request.path}?{params.urlencode()}"
    return {
        "count": count,
        "limit": query.limit,
        "offset": query.offset,
        "next": next_url,
        "items": items,
    }
