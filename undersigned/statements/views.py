from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from undersigned.signatures.models import Kind, Signature
from undersigned.statements.models import Statement


def home(request: HttpRequest) -> HttpResponse:
    statements = Statement.objects.public().select_related("coalition")[:50]
    return render(request, "statements/home.html", {"statements": statements})


def detail(request: HttpRequest, slug: str) -> HttpResponse:
    statement = get_object_or_404(
        Statement.objects.public()
        .select_related("coalition")
        .prefetch_related("addressees", "translations"),
        slug=slug,
    )
    language = request.GET.get("lang") or get_language() or statement.language
    title, body, shown_language = statement.text_in(language)
    signatures = (
        Signature.objects.public()
        .filter(statement=statement)
        .select_related("organization")
        .order_by("kind", "created_at", "pk")
    )
    organizations = [s for s in signatures if s.kind == Kind.ORGANIZATION]
    people = [s for s in signatures if s.kind == Kind.PERSON]
    return render(
        request,
        "statements/detail.html",
        {
            "statement": statement,
            "title": title,
            "body": body,
            "shown_language": shown_language,
            "organizations": organizations,
            "people": people,
        },
    )
