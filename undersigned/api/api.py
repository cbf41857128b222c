"""The JSON API, version 1, under /api/v1/ (OpenAPI at /api/v1/openapi.json)."""

from __future__ import annotations

import logging
import math

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from undersigned.api import registry, statements
from undersigned.api.auth import HourlyLimit
from undersigned.api.errors import clean_details, error_response
from undersigned.core.errors import TransitionError

logger = logging.getLogger(__name__)

DESCRIPTION = """\
Joint statements, their public signatories and the registry of organizations.

Reading needs no account. Writing (creating and editing statements, adding signatures)
needs a coalition's token, sent as `Authorization: Bearer us_…`; a token acts on its own
coalition's statements only. Every error has the same shape:
`{"error": {"status", "code", "message", "details"}}`.
"""

api = NinjaAPI(
    title="undersigned API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api:v1",
    docs_url=None,
    openapi_url="/openapi.json",
    throttle=[HourlyLimit("read")],
)


@api.exception_handler(ValidationError)
def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return error_response(
        422, "Some fields are not valid; see details.", details=clean_details(exc.errors)
    )


@api.exception_handler(AuthenticationError)
def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return error_response(
        401,
        "A valid token is needed: send the header 'Authorization: Bearer <token>'.",
        headers={"WWW-Authenticate": 'Bearer realm="undersigned"'},
    )


@api.exception_handler(Throttled)
def throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
    wait = max(1, math.ceil(exc.wait or 60))
    return error_response(
        429, "Too many requests; try again later.", headers={"Retry-After": str(wait)}
    )


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return error_response(exc.status_code, exc.message)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error_response(404, "Not found.")


@api.exception_handler(PermissionDenied)
def forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return error_response(403, str(exc) or "This token may not do that.")


@api.exception_handler(TransitionError)
def conflict(request: HttpRequest, exc: TransitionError) -> HttpResponse:
    return error_response(409, str(exc))


@api.exception_handler(IntegrityError)
def integrity(request: HttpRequest, exc: IntegrityError) -> HttpResponse:
    return error_response(409, "This conflicts with data that already exists.")


@api.exception_handler(Exception)
def server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.exception("API error on %s %s", request.method, request.path)
    return error_response(500, "Something went wrong on our side; it has been logged.")


api.add_router("/", statements.router)
api.add_router("/", registry.router)
