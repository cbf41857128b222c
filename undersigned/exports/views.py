"""Public exports of a statement: the PDF letter, the signatory list as CSV/JSON/XLSX/HTML,
the embeddable widget, the share page and the oEmbed endpoint.

Readers get public statements only; a coalition's coordinators and moderators may also
download the letter and lists of its drafts, to check them before opening.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from django.conf import settings
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, render
from django.urls import Resolver404, resolve
from django.utils.translation import get_language
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from undersigned.core.permissions import can_moderate
from undersigned.exports import embed, formats, letter
from undersigned.statements.models import Statement

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def _statement(request: HttpRequest, slug: str, *, drafts_for_members: bool = True) -> Statement:
    statement = get_object_or_404(
        Statement.objects.select_related("coalition").prefetch_related(
            "addressees", "translations"
        ),
        slug=slug,
    )
    if statement.is_public:
        return statement
    if drafts_for_members and can_moderate(request.user, statement.coalition):
        return statement
    raise Http404


def _private_if_draft(response: HttpResponse, statement: Statement) -> HttpResponse:
    if not statement.is_public:
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return response


def _attachment(response: HttpResponse, name: str, *, inline: bool = False) -> HttpResponse:
    response["Content-Disposition"] = f'{"inline" if inline else "attachment"}; filename="{name}"'
    return response


@require_safe
def letter_pdf(request: HttpRequest, slug: str, language: str = "") -> HttpResponse:
    """/s/<slug>/letter.pdf in the statement's own language, /s/<slug>/letter.<lang>.pdf in another."""
    if language and language not in LANGUAGE_CODES:
        raise Http404
    statement = _statement(request, slug)
    built = letter.build_letter(statement, language=language or statement.language)
    response = HttpResponse(letter.render_pdf(built), content_type="application/pdf")
    _attachment(response, letter.filename(statement, built.language), inline=True)
    return _private_if_draft(response, statement)


@require_safe
def signatories_csv(request: HttpRequest, slug: str) -> StreamingHttpResponse:
    """?excel=1 starts the file with a UTF-8 byte order mark, which Excel needs to read it."""
    statement = _statement(request, slug)
    excel = request.GET.get("excel") in {"1", "true", "yes"}
    response = StreamingHttpResponse(
        formats.csv_lines(statement, excel=excel), content_type="text/csv; charset=utf-8"
    )
    _attachment(response, f"{statement.slug}-signatories.csv")
    if not statement.is_public:
        response["Cache-Control"] = "private, no-store"
    return response


@require_safe
def signatories_json(request: HttpRequest, slug: str) -> HttpResponse:
    statement = _statement(request, slug)
    response = JsonResponse(
        formats.json_document(statement), json_dumps_params={"ensure_ascii": False}
    )
    if statement.is_public:
        response["Access-Control-Allow-Origin"] = "*"
    return _private_if_draft(response, statement)


@require_safe
def signatories_xlsx(request: HttpRequest, slug: str) -> HttpResponse:
    statement = _statement(request, slug)
    response = HttpResponse(
        formats.xlsx_bytes(statement),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    _attachment(response, f"{statement.slug}-signatories.xlsx")
    return _private_if_draft(response, statement)


@require_safe
def signatories_html(request: HttpRequest, slug: str) -> HttpResponse:
    """The signatory list as a plain HTML fragment, to paste into a blog post."""
    statement = _statement(request, slug)
    response = HttpResponse(embed.snippet_html(statement), content_type="text/html; charset=utf-8")
    return _private_if_draft(response, statement)


@require_safe
def share(request: HttpRequest, slug: str) -> HttpResponse:
    """Everything a website needs to show the statement: embed code, snippet, downloads."""
    statement = _statement(request, slug, drafts_for_members=False)
    return render(
        request,
        "exports/share.html",
        {
            "statement": statement,
            "embed": embed.codes(statement),
            "snippet": embed.snippet_html(statement),
            "downloads": embed.downloads(statement),
        },
    )


@xframe_options_exempt
@require_safe
def embed_page(request: HttpRequest, slug: str) -> HttpResponse:
    """The iframe: title, counts, the latest signatories and a sign button. Framable anywhere."""
    statement = _statement(request, slug, drafts_for_members=False)
    count = embed.latest_count(request.GET.get("n"))
    language = request.GET.get("lang") or get_language() or statement.language
    title, _body, shown = statement.text_in(language)
    response = render(
        request,
        "exports/embed.html",
        {
            "statement": statement,
            "title": title,
            "shown_language": shown,
            "latest": embed.latest_signatories(statement, count=count),
            "sign_url": embed.sign_url(statement),
            "statement_url": settings.SITE_URL + statement.get_absolute_url(),
        },
    )
    response["Content-Security-Policy"] = embed.EMBED_CSP
    response["Cache-Control"] = "public, max-age=60"
    return response


@require_safe
def widget_js(request: HttpRequest) -> HttpResponse:
    """The script that turns ``<div data-undersigned-statement="slug">`` into the widget."""
    response = render(
        request,
        "exports/widget.js",
        {"site_url": settings.SITE_URL},
        content_type="text/javascript",
    )
    response["Cache-Control"] = "public, max-age=3600"
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _slug_from_url(url: str) -> str | None:
    parts = urlsplit(url)
    site = urlsplit(settings.SITE_URL)
    if parts.netloc and parts.netloc.lower() != site.netloc.lower():
        return None
    try:
        match = resolve(parts.path or "/")
    except Resolver404:
        return None
    if match.view_name in {"statements:detail", "exports:embed", "exports:share"}:
        return match.kwargs.get("slug")
    return None


def _oembed_error(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": {"status": status, "message": message}}, status=status)


@require_safe
def oembed(request: HttpRequest) -> HttpResponse:
    """oEmbed (https://oembed.com) for statement pages: a "rich" iframe of the widget."""
    if request.GET.get("format", "json") != "json":
        return _oembed_error(501, "Only the json format is available.")
    slug = _slug_from_url(request.GET.get("url", "")[:2000])
    if slug is None:
        return _oembed_error(404, "This URL is not a statement of this site.")
    statement = get_object_or_404(Statement.objects.public().select_related("coalition"), slug=slug)
    width = embed.bounded(request.GET.get("maxwidth"), default=embed.WIDTH, low=200, high=1200)
    height = embed.bounded(request.GET.get("maxheight"), default=embed.HEIGHT, low=200, high=2000)
    data = {
        "version": "1.0",
        "type": "rich",
        "provider_name": "undersigned",
        "provider_url": settings.SITE_URL,
        "title": statement.title,
        "author_name": statement.coalition.name,
        "author_url": statement.coalition.website or settings.SITE_URL,
        "width": width,
        "height": height,
        "html": embed.iframe_html(statement, width=width, height=height),
        "cache_age": 3600,
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False), content_type="application/json; charset=utf-8"
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response
