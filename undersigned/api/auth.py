"""Who is calling: a coalition's bearer token for writing; anyone for reading.

A token acts for the coalition it belongs to, in the name of the coordinator who issued it;
it stops working when revoked or when that person is no longer a coordinator there.
Rate limits count per token when one is given, else per IP address.
"""

from __future__ import annotations

import time

from django.http import HttpRequest
from ninja.errors import HttpError
from ninja.security import HttpBearer
from ninja.throttling import BaseThrottle

from undersigned.api import services
from undersigned.api.models import ApiToken
from undersigned.core import ratelimit
from undersigned.core.permissions import can_coordinate

READS_PER_HOUR = 3600
WRITES_PER_HOUR = 600


def _usable(raw: str) -> ApiToken | None:
    token = services.authenticate_token(raw)
    if token is None or token.created_by is None:
        return None
    if not can_coordinate(token.created_by, token.coalition):
        return None
    return token


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        found = _usable(token.strip())
        request.api_token = found  # type: ignore[attr-defined]
        return found


def optional_token(request: HttpRequest) -> ApiToken | None:
    """The token of a read request, if any; a token that is given must be valid."""
    header = request.headers.get("Authorization", "")
    if not header:
        return None
    scheme, _space, raw = header.partition(" ")
    token = _usable(raw.strip()) if scheme.lower() == "bearer" else None
    if token is None:
        raise HttpError(401, "The token is not valid.")
    return token


class HourlyLimit(BaseThrottle):
    """A fixed window of one hour on the shared cache (Redis in production)."""

    def __init__(self, scope: str) -> None:
        self.scope = scope

    def limit(self) -> int:
        return WRITES_PER_HOUR if self.scope == "write" else READS_PER_HOUR

    def allow_request(self, request: HttpRequest) -> bool:
        token = getattr(request, "api_token", None)
        ident = f"token:{token.pk}" if token else f"ip:{ratelimit.client_ip(request.META)}"
        return ratelimit.hit(f"api-{self.scope}", ident, limit=self.limit())

    def wait(self) -> float:
        return 3600 - time.time() % 3600
