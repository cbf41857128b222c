"""Statement pages: the public home and statement pages, and the coordinators' screens."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Page, Paginator
from django.db.models import Count, Func, Q, QuerySet, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from undersigned.accounts.models import Coalition, Role
from undersigned.audit.services import history
from undersigned.core.errors import TransitionError
from undersigned.core.markdown import render_markdown
from undersigned.core.permissions import (
    can_coordinate,
    can_moderate,
    coalitions_of,
    require_coordinator,
    require_moderator,
)
from undersigned.signatures.models import Kind, Signature, SignatureStatus
from undersigned.statements import services
from undersigned.statements.forms import (
    MAX_BODY,
    HomeSearchForm,
    SignatoryFilterForm,
    StatementForm,
)
from undersigned.statements.models import Statement, Status, Tag

HOME_PAGE_SIZE = 20
SIGNATORIES_PAGE_SIZE = 100
# The statement page lists this many; the rest is on /s/<slug>/signatories/.
MAIN_PAGE_ORGANIZATIONS = 500
MAIN_PAGE_PEOPLE = 200
UI_LANGUAGES = {code for code, _name in settings.LANGUAGES}
SORT_IGNORED_PREFIX = "\"'“”„‘’«»<>,( "

# What each move is called on its button and on its confirmation page.
TRANSITION_LABELS = {
    Status.OPEN: gettext_lazy("Open for signatures"),
    Status.PUBLISHED: gettext_lazy("Publish"),
    Status.CLOSED: gettext_lazy("Close"),
}
REOPEN_LABELS = {
    Status.OPEN: gettext_lazy("Reopen for signatures"),
    Status.PUBLISHED: gettext_lazy("Reopen and publish"),
}
TRANSITION_EXPLANATIONS = {
    Status.OPEN: gettext_lazy(
        "Anyone with the link can read the statement and sign it. It is not yet listed "
        "as published; you can publish it later."
    ),
    Status.PUBLISHED: gettext_lazy(
        "The statement is listed on the home page as published and stays open for others "
        "to join until you close it or its deadline passes."
    ),
    Status.CLOSED: gettext_lazy(
        "No one can sign any more. The statement and its signatories stay public. "
        "You can reopen it later."
    ),
}


def _visible_statement(request: HttpRequest, slug: str) -> Statement:
    """A public statement, or a draft for the members of its coalition; 404 otherwise."""
    statement = get_object_or_404(
        Statement.objects.select_related("coalition").prefetch_related(
            "addressees", "translations", "tags"
        ),
        slug=slug,
    )
    if not statement.is_public and not can_moderate(request.user, statement.coalition):
        raise Http404
    return statement


def _managed_statement(request: HttpRequest, slug: str, *, coordinate: bool) -> Statement:
    statement = get_object_or_404(
        Statement.objects.select_related("coalition").prefetch_related(
            "addressees", "translations", "tags"
        ),
        slug=slug,
    )
    if coordinate:
        require_coordinator(request.user, statement.coalition)
    else:
        require_moderator(request.user, statement.coalition)
    return statement


def _reader_language(request: HttpRequest, statement: Statement) -> str:
    """?lang= when the statement has it, else the reader's language when it has it."""
    available = statement.languages()
    asked = request.GET.get("lang", "")
    if asked in available:
        return asked
    current = translation.get_language() or ""
    return current if current in available else statement.language


def _ui_language(request: HttpRequest) -> str:
    """?lang= also switches the page's own words, when it is a language of the site."""
    asked = request.GET.get("lang", "")
    return asked if asked in UI_LANGUAGES else (translation.get_language() or "en")


def _signatories(statement: Statement, kind: str, order: str) -> QuerySet[Signature]:
    """Accepted signatures, only the public columns, alphabetical or in signing order."""
    signatures = (
        Signature.objects.public()
        .filter(statement=statement, kind=kind)
        .select_related("organization")
        .only(
            "id",
            "kind",
            "status",
            "name_as_signed",
            "display_name",
            "person_role",
            "statement_version",
            "created_at",
            "organization__name",
            "organization__slug",
        )
    )
    if order == "signed":
        return signatures.order_by("created_at", "pk")
    name = Coalesce(NullIf("display_name", Value("")), "organization__name", "name_as_signed")
    # “Agate” sorts with Agate: opening quotes and brackets do not count (LTRIM with a set of
    # characters exists in SQLite and PostgreSQL alike).
    sortable = Func(name, Value(SORT_IGNORED_PREFIX), function="LTRIM")
    return signatures.order_by(Lower(sortable), "pk")


def home(request: HttpRequest) -> HttpResponse:
    form = HomeSearchForm(request.GET)
    query = tag = ""
    if form.is_valid():
        query, tag = form.cleaned_data["q"], form.cleaned_data["tag"]
    statements = services.public_statements(query=query, tag=tag).select_related("coalition")
    page = Paginator(statements, HOME_PAGE_SIZE).get_page(request.GET.get("page"))
    tags = (
        Tag.objects.filter(statements__status__in=[Status.OPEN, Status.PUBLISHED, Status.CLOSED])
        .annotate(uses=Count("statements"))
        .order_by("-uses", "name")[:20]
    )
    active_tag = next((t for t in tags if t.slug == tag), None) if tag else None
    return render(
        request,
        "statements/home.html",
        {
            "form": form,
            "page": page,
            "statements": page.object_list,
            "tags": tags,
            "query": query,
            "tag": tag,
            "active_tag": active_tag,
        },
    )


def detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The statement page. A fixed number of queries whatever the number of signatories."""
    statement = _visible_statement(request, slug)
    with translation.override(_ui_language(request)):
        language = _reader_language(request, statement)
        title, body, shown_language = statement.text_in(language)
        order = "signed" if request.GET.get("order") == "signed" else "name"
        organizations = list(
            _signatories(statement, Kind.ORGANIZATION, order)[:MAIN_PAGE_ORGANIZATIONS]
        )
        people = list(_signatories(statement, Kind.PERSON, order)[:MAIN_PAGE_PEOPLE])
        path = statement.get_absolute_url()
        context = {
            "statement": statement,
            "title": title,
            "body": body,
            "body_html": services.rendered_body(body),
            "shown_language": shown_language,
            "text_languages": _language_links(statement, shown_language),
            "organizations": organizations,
            "people": people,
            "more_organizations": statement.organization_count > len(organizations),
            "more_people": statement.person_count > len(people),
            "order": order,
            "sign_url": _sign_path(statement),
            "canonical_url": settings.SITE_URL + path,
            "is_member": request.user.is_authenticated
            and can_moderate(request.user, statement.coalition),
        }
        return render(request, "statements/detail.html", context)


def _sign_path(statement: Statement) -> str:
    if not statement.accepts_signatures:
        return ""
    return reverse("signatures:sign", kwargs={"slug": statement.slug})


def _language_links(statement: Statement, shown: str) -> list[dict[str, Any]]:
    names = dict(settings.LANGUAGES)
    links = []
    for code in statement.languages():
        info = translation.get_language_info(code) if code in names else None
        links.append(
            {
                "code": code,
                "name": info["name_local"] if info else code,
                "current": code == shown,
            }
        )
    return links


def signatories(request: HttpRequest, slug: str) -> HttpResponse:
    """The whole signatory list, one page at a time, searchable by name."""
    statement = _visible_statement(request, slug)
    form = SignatoryFilterForm(request.GET)
    query, kind, order = "", Kind.ORGANIZATION, "name"
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        kind = form.cleaned_data["kind"] or Kind.ORGANIZATION
        order = form.cleaned_data["order"] or "name"
    signatures = _signatories(statement, kind, order)
    if query:
        signatures = signatures.filter(
            Q(name_as_signed__icontains=query)
            | Q(display_name__icontains=query)
            | Q(organization__name__icontains=query)
        )
    paginator = Paginator(signatures, SIGNATORIES_PAGE_SIZE)
    if not query:
        # The kept count, not COUNT(*): the list is exactly the accepted signatures.
        total = (
            statement.organization_count if kind == Kind.ORGANIZATION else statement.person_count
        )
        paginator.count = total  # type: ignore[misc]
    page: Page = paginator.get_page(request.GET.get("page"))
    title, _body, shown_language = statement.text_in(_reader_language(request, statement))
    return render(
        request,
        "statements/signatories.html",
        {
            "statement": statement,
            "title": title,
            "shown_language": shown_language,
            "form": form,
            "page": page,
            "query": query,
            "kind": kind,
            "order": order,
        },
        status=200 if form.is_valid() else 400,
    )


def versions(request: HttpRequest, slug: str) -> HttpResponse:
    statement = _visible_statement(request, slug)
    earlier = services.earlier_versions(statement)
    language = _reader_language(request, statement)
    title, _body, shown_language = statement.text_in(language)
    per_version = dict(
        Signature.objects.public()
        .filter(statement=statement)
        .values_list("statement_version")
        .annotate(n=Count("pk"))
        .values_list("statement_version", "n")
    )
    rows = [
        {
            "version": version,
            "title": services.version_text(version, language)[0],
            "signatures": per_version.get(version.number, 0),
        }
        for version in earlier
    ]
    return render(
        request,
        "statements/versions.html",
        {
            "statement": statement,
            "title": title,
            "shown_language": shown_language,
            "rows": rows,
            "current_signatures": per_version.get(statement.version, 0),
        },
    )


def version_detail(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    statement = _visible_statement(request, slug)
    version = get_object_or_404(statement.versions, number=number, number__lt=statement.version)
    language = request.GET.get("lang") or translation.get_language() or statement.language
    title, body, shown_language = services.version_text(version, language)
    return render(
        request,
        "statements/version_detail.html",
        {
            "statement": statement,
            "version": version,
            "title": title,
            "body_html": services.rendered_body(body),
            "shown_language": shown_language,
            "text_languages": sorted(version.texts or {}),
        },
    )


def qr_code(request: HttpRequest, slug: str) -> HttpResponse:
    """The sign link as a QR code (SVG) for slides, posters and paper handouts."""
    statement = _visible_statement(request, slug)
    response = HttpResponse(
        services.qr_code_svg(services.sign_url(statement)), content_type="image/svg+xml"
    )
    if request.GET.get("download"):
        response["Content-Disposition"] = f'attachment; filename="{statement.slug}-qr.svg"'
    response["Cache-Control"] = "public, max-age=3600"
    return response


# Coordinators' screens.


def _coordinated_coalition(request: HttpRequest) -> Coalition | None:
    """The coalition a new statement is for: ?coalition=, or the user's only one."""
    coalitions = coalitions_of(request.user, roles=(Role.COORDINATOR,))
    if not coalitions:
        raise PermissionDenied
    wanted = request.GET.get("coalition") or request.POST.get("coalition") or ""
    if wanted:
        for coalition in coalitions:
            if coalition.slug == wanted:
                return coalition
        raise PermissionDenied
    return coalitions[0] if len(coalitions) == 1 else None


@login_required
def create(request: HttpRequest) -> HttpResponse:
    coalition = _coordinated_coalition(request)
    if coalition is None:
        choices = coalitions_of(request.user, roles=(Role.COORDINATOR,))
        return render(request, "statements/choose_coalition.html", {"coalitions": choices})
    form = StatementForm(
        request.POST or None, initial={"language": translation.get_language() or "en"}
    )
    if request.method == "POST" and form.is_valid():
        texts = form.texts()
        language = form.original_language()
        title, body = texts.pop(language)
        statement = services.create_statement(
            coalition,
            title=title,
            body=body,
            language=language,
            by=request.user,
            translations=texts,
            **form.details(),
        )
        messages.success(
            request,
            _(
                "The statement is saved as a draft. Only your coalition can see it until you open it."
            ),
        )
        return redirect("statements:manage", slug=statement.slug)
    return render(
        request,
        "statements/form.html",
        {"form": form, "coalition": coalition, "statement": None},
        status=400 if form.errors else 200,
    )


@login_required
def edit(request: HttpRequest, slug: str) -> HttpResponse:
    statement = _managed_statement(request, slug, coordinate=True)
    form = StatementForm(
        request.POST or None, statement=statement, initial=StatementForm.initial_for(statement)
    )
    if request.method == "POST" and form.is_valid():
        version = statement.version
        statement = services.edit_statement(
            statement, texts=form.texts(), by=request.user, **form.details()
        )
        if statement.version != version:
            messages.success(
                request,
                _(
                    "Saved as version %(version)d. People had already signed: they keep the "
                    "version they agreed to, and the public page says that the text changed."
                )
                % {"version": statement.version},
            )
        else:
            messages.success(request, _("Saved."))
        return redirect("statements:manage", slug=statement.slug)
    return render(
        request,
        "statements/form.html",
        {
            "form": form,
            "coalition": statement.coalition,
            "statement": statement,
            "signing_has_begun": services.signing_has_begun(statement),
        },
        status=400 if form.errors else 200,
    )


def _transitions(statement: Statement) -> list[dict[str, Any]]:
    moves = []
    for to in (Status.OPEN, Status.PUBLISHED, Status.CLOSED):
        if services.can_transition(statement, to):
            reopen = statement.status == Status.CLOSED
            label = REOPEN_LABELS[to] if reopen else TRANSITION_LABELS[to]
            moves.append({"to": str(to), "label": label, "danger": to == Status.CLOSED})
    return moves


@login_required
def manage(request: HttpRequest, slug: str) -> HttpResponse:
    statement = _managed_statement(request, slug, coordinate=False)
    pending_review = statement.signatures.filter(status=SignatureStatus.CONFIRMED).count()
    pending_confirmation = statement.signatures.filter(status=SignatureStatus.PENDING).count()
    return render(
        request,
        "statements/manage.html",
        {
            "statement": statement,
            "is_coordinator": can_coordinate(request.user, statement.coalition),
            "transitions": _transitions(statement),
            "pending_review": pending_review,
            "pending_confirmation": pending_confirmation,
            "sign_url": services.sign_url(statement),
            "entries": history(statement)[:20],
            "earlier_versions": services.earlier_versions(statement),
        },
    )


@login_required
def change_status(request: HttpRequest, slug: str, to: str) -> HttpResponse:
    """GET asks for confirmation; POST makes the move (audit-logged by the service)."""
    statement = _managed_statement(request, slug, coordinate=True)
    if to not in Status.values or not services.can_transition(statement, to):
        return render(
            request,
            "statements/status_impossible.html",
            {"statement": statement, "target": Status(to).label if to in Status.values else to},
            status=400,
        )
    if request.method == "POST":
        try:
            services.change_status(statement, to, by=request.user)
        except TransitionError:
            messages.error(request, _("The statement changed meanwhile; nothing was done."))
        else:
            messages.success(
                request,
                _("The statement is now: %(status)s.") % {"status": Status(to).label},
            )
        return redirect("statements:manage", slug=statement.slug)
    reopen = statement.status == Status.CLOSED
    return render(
        request,
        "statements/confirm_status.html",
        {
            "statement": statement,
            "to": to,
            "label": REOPEN_LABELS[Status(to)] if reopen else TRANSITION_LABELS[Status(to)],
            "explanation": TRANSITION_EXPLANATIONS[Status(to)],
            "target": Status(to).label,
        },
    )


@login_required
def share(request: HttpRequest, slug: str) -> HttpResponse:
    statement = _managed_statement(request, slug, coordinate=False)
    url = services.sign_url(statement)
    return render(
        request,
        "statements/share.html",
        {
            "statement": statement,
            "sign_url": url,
            "page_url": settings.SITE_URL + statement.get_absolute_url(),
            "qr_svg": services.qr_code_svg(url),
        },
    )


@require_POST
@login_required
def preview(request: HttpRequest) -> HttpResponse:
    """Sanitized HTML of the Markdown in ``body``, for the live preview of the editor."""
    if not coalitions_of(request.user):
        raise PermissionDenied
    body = request.POST.get("body", "")
    if len(body) > MAX_BODY:
        return HttpResponseBadRequest(
            _("The text is too long: at most %(max)d characters.") % {"max": MAX_BODY}
        )
    return HttpResponse(render_markdown(body), content_type="text/html; charset=utf-8")
