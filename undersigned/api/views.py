"""Pages around the API: its documentation (from the OpenAPI schema) and the coordinators'
page to issue and revoke tokens."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from undersigned.accounts.models import Role
from undersigned.api import services
from undersigned.api.api import api
from undersigned.api.forms import TokenForm
from undersigned.api.models import ApiToken
from undersigned.core.permissions import can_coordinate, coalitions_of

METHODS = ("get", "post", "put", "patch", "delete")


def endpoints() -> list[dict[str, Any]]:
    """Every operation of the OpenAPI schema, in the order the schema lists them."""
    schema = api.get_openapi_schema(path_prefix="/api/v1")
    found = []
    for path, operations in schema["paths"].items():
        for method in METHODS:
            operation = operations.get(method)
            if operation is None:
                continue
            parameters = [
                {
                    "name": p["name"],
                    "where": p["in"],
                    "required": p.get("required", False),
                    "description": p.get("description", "")
                    or p.get("schema", {}).get("description", ""),
                }
                for p in operation.get("parameters", [])
            ]
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            found.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": parameters,
                    "body": body.get("schema", {}).get("$ref", "").rpartition("/")[2],
                    "token": bool(operation.get("security")),
                    "statuses": sorted(operation.get("responses", {})),
                }
            )
    return found


@require_safe
def docs(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "api/docs.html",
        {
            "endpoints": endpoints(),
            "base": settings.SITE_URL + "/api/v1",
            "openapi_url": reverse("api:v1:openapi-json"),
            "tokens_url": reverse("api:tokens"),
        },
    )


@require_safe
def root(request: HttpRequest, **kwargs: Any) -> JsonResponse:
    """/api/v1/: where to start."""
    base = settings.SITE_URL + "/api/v1"
    return JsonResponse(
        {
            "name": "undersigned API",
            "version": "1",
            "docs": settings.SITE_URL + reverse("api:docs"),
            "openapi": settings.SITE_URL + reverse("api:v1:openapi-json"),
            "statements": base + "/statements",
            "organizations": base + "/organizations",
            "resolve": base + "/resolve?name=",
        }
    )


@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    """A coordinator's tokens: issue one (its secret is shown once), see and revoke them."""
    coalitions = coalitions_of(request.user, roles=(Role.COORDINATOR,))
    if not coalitions:
        raise PermissionDenied
    issued: str | None = None
    form = TokenForm(request.POST or None, coalitions=coalitions)
    if request.method == "POST" and form.is_valid():
        token, issued = services.issue_token(
            form.cleaned_data["coalition"], name=form.cleaned_data["name"], by=request.user
        )
        form = TokenForm(coalitions=coalitions)
    listed = (
        ApiToken.objects.filter(coalition__in=coalitions)
        .select_related("coalition", "created_by")
        .order_by("revoked_at", "-created_at")
    )
    return render(
        request,
        "api/tokens.html",
        {"form": form, "tokens": listed, "issued": issued, "docs_url": reverse("api:docs")},
        status=422 if request.method == "POST" and form.errors else 200,
    )


@login_required
@require_POST
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken.objects.select_related("coalition"), pk=pk)
    if not can_coordinate(request.user, token.coalition):
        raise PermissionDenied
    services.revoke_token(token, by=request.user)
    messages.success(request, _("The token “%(name)s” no longer works.") % {"name": token.name})
    return redirect("api:tokens")
