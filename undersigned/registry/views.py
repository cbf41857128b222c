"""Registry pages: search, organization pages, the network, duplicates, merges, domains."""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from undersigned.accounts.models import Coalition
from undersigned.core.ratelimit import client_ip, hit
from undersigned.matching import clean_name
from undersigned.registry import merger, network, search, services
from undersigned.registry.forms import (
    DecisionForm,
    DomainForm,
    MergeDecisionForm,
    MergeForm,
    NetworkForm,
    RenameForm,
    SearchForm,
    SplitForm,
)
from undersigned.registry.models import (
    Alias,
    DuplicatePair,
    DuplicateStatus,
    MergeRecord,
    Organization,
    VerifiedDomain,
)
from undersigned.registry.permissions import can_moderate_registry, require_registry_moderator
from undersigned.signatures.models import Kind, Signature, SignatureStatus
from undersigned.statements.models import PUBLIC_STATUSES, Tag

INDEX_PAGE_SIZE = 50
QUEUE_PAGE_SIZE = 30
DOMAIN_REQUESTS_PER_HOUR = 10


def index(request: HttpRequest) -> HttpResponse:
    """The registry: every organization, or the best matches for ``?q=`` in any script."""
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    results: list[dict[str, Any]] = []
    page = None
    if query:
        results = _search_results(query)
    else:
        organizations = Organization.objects.live().order_by("-statement_count", "name")
        page = Paginator(organizations, INDEX_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "registry/index.html",
        {
            "form": form,
            "query": query,
            "results": results,
            "page": page,
            "total": Organization.objects.live().count(),
            "is_moderator": can_moderate_registry(request.user),
        },
        status=200 if form.is_valid() else 400,
    )


SEARCH_RESULTS = 20
WEAK_MATCH = 0.5


def _search_results(query: str) -> list[dict[str, Any]]:
    """Close matches from the matching engine first, then names that begin with the words
    typed; a weak, distant match is left out."""
    results: list[dict[str, Any]] = []
    seen: set[int] = set()
    for resolved in search.resolve_name(query, limit=SEARCH_RESULTS):
        if resolved.decision == "new" and resolved.score < WEAK_MATCH:
            continue
        seen.add(resolved.organization.pk)
        results.append(
            {
                "organization": resolved.organization,
                "decision": resolved.decision,
                "score": resolved.score,
            }
        )
    for suggestion in search.suggest(query, limit=SEARCH_RESULTS):
        if suggestion.organization.pk not in seen and len(results) < SEARCH_RESULTS:
            seen.add(suggestion.organization.pk)
            results.append(
                {"organization": suggestion.organization, "decision": "prefix", "score": None}
            )
    return results


def suggest(request: HttpRequest) -> JsonResponse:
    """Organizations for a name being typed: ``?q=`` gives up to eight, most-signing first."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"detail": _("The name is too long."), "results": []}, status=400)
    results = [
        {
            "id": s.organization.pk,
            "name": s.organization.name,
            "alias": s.alias,
            "country": s.organization.country,
            "statement_count": s.organization.statement_count,
            "url": s.organization.get_absolute_url(),
        }
        for s in search.suggest(form.cleaned_data["q"])
    ]
    return JsonResponse({"results": results})


def _organization_or_redirect(
    slug: str, *, suffix: str = ""
) -> tuple[Organization | None, HttpResponse | None]:
    organization, moved = services.find_organization(slug)
    if organization is None:
        raise Http404(_("No organization has this address."))
    if moved:
        url = reverse("registry:organization", kwargs={"slug": organization.slug})
        if suffix == ".json":
            url = reverse("registry:organization_json", kwargs={"slug": organization.slug})
        return None, HttpResponsePermanentRedirect(url)
    return organization, None


def _signed(organization: Organization) -> list[Signature]:
    """Its accepted signatures on public statements; ``signed_as`` is the name as typed,
    cleaned of list numbering and stray quotes."""
    signatures = list(
        Signature.objects.filter(
            organization=organization,
            status=SignatureStatus.ACCEPTED,
            kind=Kind.ORGANIZATION,
            statement__status__in=PUBLIC_STATUSES,
        )
        .select_related("statement")
        .order_by("-statement__date", "-statement__created_at")
    )
    for signature in signatures:
        signature.signed_as = clean_name(signature.name_as_signed) or signature.name_as_signed  # type: ignore[attr-defined]
    return signatures


def organization(request: HttpRequest, slug: str) -> HttpResponse:
    """One organization: its names in every script, the statements it signed, its co-signers."""
    found, moved = _organization_or_redirect(slug)
    if moved is not None:
        return moved
    assert found is not None
    is_moderator = can_moderate_registry(request.user)
    aliases = list(found.aliases.select_related("first_seen_statement"))
    context: dict[str, Any] = {
        "organization": found,
        "aliases": aliases,
        "other_aliases": [a for a in aliases if a.name != found.name],
        "domains": [d for d in found.verified_domains.all() if d.verified_at],
        "signatures": _signed(found),
        "co_signers": network.co_signers(found),
        "is_moderator": is_moderator,
        "merges": [],
        "candidates": [],
        "canonical_url": settings.SITE_URL + found.get_absolute_url(),
    }
    if is_moderator:
        context["merges"] = list(
            MergeRecord.objects.filter(survivor=found, undone_at__isnull=True).select_related(
                "merged", "by"
            )[:10]
        )
        context["candidates"] = [
            r
            for r in search.resolve_name(found.name, limit=6)
            if r.organization.pk != found.pk and r.decision != "new"
        ][:5]
    return render(request, "registry/organization.html", context)


def organization_json(request: HttpRequest, slug: str) -> HttpResponse:
    """The organization as Popolo JSON, with the public statements it signed."""
    found, moved = _organization_or_redirect(slug, suffix=".json")
    if moved is not None:
        return moved
    assert found is not None
    data = services.popolo_organization(found)
    data["statements"] = [
        {
            "title": s.statement.title,
            "url": settings.SITE_URL + s.statement.get_absolute_url(),
            "date": s.statement.date.isoformat() if s.statement.date else None,
            "language": s.language,
            "role": s.person_role,
            "name_as_signed": s.signed_as,  # type: ignore[attr-defined]
        }
        for s in _signed(found)
    ]
    data["co_signers"] = [
        {"id": str(o.pk), "name": o.name, "statements": n} for o, n in network.co_signers(found)
    ]
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def export_csv(request: HttpRequest) -> StreamingHttpResponse:
    """The whole registry as CSV (UTF-8 with a BOM, so spreadsheets read Armenian)."""
    import csv

    class _Echo:
        def write(self, value: str) -> str:
            return value

    writer = csv.writer(_Echo())

    def lines() -> Any:
        yield "\ufeff"
        for row in services.registry_csv_rows():
            yield writer.writerow(row)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="undersigned-organizations.csv"'
    return response


def export_popolo(request: HttpRequest) -> StreamingHttpResponse:
    """The whole registry as Popolo-style JSON: {"organizations": [...]}."""

    def chunks() -> Any:
        yield '{"organizations": ['
        for n, item in enumerate(services.registry_popolo()):
            yield ("," if n else "") + json.dumps(item, ensure_ascii=False)
        yield "]}"

    response = StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
    response["Access-Control-Allow-Origin"] = "*"
    return response


def network_view(request: HttpRequest) -> HttpResponse:
    """Who signs with whom, by coalition, tag and period."""
    form = NetworkForm(request.GET)
    data = form.cleaned_data if form.is_valid() else {}
    coalition = None
    if data.get("coalition"):
        coalition = Coalition.objects.filter(slug=data["coalition"]).first()
    graph = network.build_network(
        coalition_id=coalition.pk if coalition else None,
        tag=data.get("tag") or "",
        since=data.get("since"),
        until=data.get("until"),
    )
    return render(
        request,
        "registry/network.html",
        {
            "form": form,
            "graph": graph,
            "coalitions": Coalition.objects.filter(statements__status__in=PUBLIC_STATUSES)
            .distinct()
            .order_by("name"),
            "tags": Tag.objects.filter(statements__status__in=PUBLIC_STATUSES)
            .distinct()
            .order_by("name"),
            "selected": {
                "coalition": coalition.slug if coalition else "",
                "tag": data.get("tag") or "",
            },
            "ranked": sorted(graph.nodes, key=lambda n: (-n.centrality, n.organization.name)),
        },
        status=200 if form.is_valid() else 400,
    )


# --- Moderators ---------------------------------------------------------------------------


@login_required
def duplicates(request: HttpRequest) -> HttpResponse:
    """Suspected duplicates, best score first: merge, "not the same", or later."""
    require_registry_moderator(request.user)
    status = DuplicateStatus.LATER if request.GET.get("status") == "later" else DuplicateStatus.OPEN
    pairs = (
        DuplicatePair.objects.filter(
            status=status, lower__merged_into__isnull=True, higher__merged_into__isnull=True
        )
        .select_related("lower", "higher")
        .order_by("-score", "pk")
    )
    page = Paginator(pairs, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "registry/duplicates.html",
        {
            "page": page,
            "status": status,
            "later": status == DuplicateStatus.LATER,
            "last_search": services.last_duplicate_search(),
        },
    )


@require_POST
@login_required
def detect(request: HttpRequest) -> HttpResponse:
    require_registry_moderator(request.user)
    services.queue_duplicate_detection()
    messages.success(request, _("The search for duplicates has started; new pairs appear here."))
    return redirect("registry:duplicates")


@require_POST
@login_required
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    require_registry_moderator(request.user)
    pair = get_object_or_404(DuplicatePair, pk=pk)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a decision."))
        return redirect("registry:duplicates")
    try:
        services.decide_pair(pair, decision=form.cleaned_data["decision"], by=request.user)
    except merger.MergeError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("“%(a)s” and “%(b)s”: %(decision)s.")
            % {
                "a": pair.lower.name,
                "b": pair.higher.name,
                "decision": dict(DecisionForm.base_fields["decision"].choices)[  # type: ignore[attr-defined]
                    form.cleaned_data["decision"]
                ],
            },
        )
    return redirect("registry:duplicates")


def _pair_of(a: Organization, b: Organization) -> DuplicatePair | None:
    lower, higher = sorted((a.pk, b.pk))
    return DuplicatePair.objects.filter(lower_id=lower, higher_id=higher).first()


@require_http_methods(["GET", "POST"])
@login_required
def merge(request: HttpRequest) -> HttpResponse:
    """Compare two organizations side by side; merge one into the other."""
    require_registry_moderator(request.user)
    form: MergeForm | MergeDecisionForm = (
        MergeDecisionForm(request.POST) if request.method == "POST" else MergeForm(request.GET)
    )
    if not form.is_valid():
        return render(request, "registry/merge_invalid.html", {"form": form}, status=400)
    a = Organization.objects.filter(pk=form.cleaned_data["keep"]).first()
    b = Organization.objects.filter(pk=form.cleaned_data["drop"]).first()
    if a is None or b is None:
        raise Http404(_("No such organization."))
    if request.method == "POST":
        try:
            record = merger.merge_organizations(
                a, b, by=request.user, name=form.cleaned_data["name"]
            )
        except merger.MergeError as error:
            messages.error(request, str(error))
            return redirect(f"{reverse('registry:merge')}?keep={a.pk}&drop={b.pk}")
        set_aside = len(record.data["duplicates"])
        messages.success(
            request,
            _("“%(drop)s” was merged into “%(keep)s”.") % {"drop": b.name, "keep": a.name}
            + (
                " "
                + _("%(n)d duplicate signature(s) on the same statement were set aside.")
                % {"n": set_aside}
                if set_aside
                else ""
            ),
        )
        return redirect(a.get_absolute_url())
    if not a.merged_into_id and not b.merged_into_id and request.GET.get("auto") == "1":
        a, b = merger.choose_survivor(a, b)
    pair = _pair_of(a, b)
    sides = [
        {
            "organization": org,
            "aliases": list(org.aliases.all()),
            "signatures": _signed(org),
            "domains": list(org.verified_domains.all()),
        }
        for org in (a, b)
    ]
    shared = {s.statement_id for s in sides[0]["signatures"]} & {
        s.statement_id for s in sides[1]["signatures"]
    }
    names = sorted({a.name, b.name, *(x.name for side in sides for x in side["aliases"])})
    return render(
        request,
        "registry/merge.html",
        {
            "keep": a,
            "drop": b,
            "sides": sides,
            "pair": pair,
            "shared": len(shared),
            "names": names,
            "already_merged": bool(a.merged_into_id or b.merged_into_id),
        },
    )


@login_required
def merges(request: HttpRequest) -> HttpResponse:
    """Every merge, newest first, with undo."""
    require_registry_moderator(request.user)
    records = MergeRecord.objects.select_related("survivor", "merged", "by", "undone_by")
    page = Paginator(records, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "registry/merges.html", {"page": page})


@require_POST
@login_required
def undo_merge(request: HttpRequest, pk: int) -> HttpResponse:
    require_registry_moderator(request.user)
    record = get_object_or_404(MergeRecord, pk=pk)
    try:
        restored = merger.undo_merge(record, by=request.user)
    except merger.MergeError as error:
        messages.error(request, str(error))
        return redirect("registry:merges")
    messages.success(
        request,
        _("The merge was undone: “%(name)s” is its own organization again.")
        % {"name": restored.name},
    )
    return redirect(restored.get_absolute_url())


@require_POST
@login_required
def split(request: HttpRequest, slug: str) -> HttpResponse:
    require_registry_moderator(request.user)
    found = get_object_or_404(Organization, slug=slug)
    form = SplitForm(request.POST)
    alias = (
        Alias.objects.filter(pk=form.cleaned_data["alias"], organization=found).first()
        if form.is_valid()
        else None
    )
    if alias is None:
        messages.error(request, _("Choose one of this organization's spellings."))
        return redirect(found.get_absolute_url())
    try:
        created = services.split_alias(alias, by=request.user)
    except merger.MergeError as error:
        messages.error(request, str(error))
        return redirect(found.get_absolute_url())
    messages.success(
        request,
        _("“%(name)s” is now an organization of its own.") % {"name": created.name},
    )
    return redirect(created.get_absolute_url())


@require_POST
@login_required
def rename(request: HttpRequest, slug: str) -> HttpResponse:
    require_registry_moderator(request.user)
    found = get_object_or_404(Organization, slug=slug)
    form = RenameForm(request.POST)
    try:
        if not form.is_valid():
            raise merger.MergeError(_("Choose one of this organization's spellings."))
        services.rename_organization(found, name=form.cleaned_data["name"], by=request.user)
    except merger.MergeError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The canonical name was changed."))
    return redirect(found.get_absolute_url())


# --- Verified domains ---------------------------------------------------------------------


@require_POST
@login_required
def remove_domain(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """A moderator withdraws a verified domain (signatures from it go to review again)."""
    require_registry_moderator(request.user)
    found = get_object_or_404(Organization, slug=slug)
    domain = get_object_or_404(VerifiedDomain, pk=pk, organization=found)
    services.remove_domain(domain, by=request.user)
    messages.success(request, _("The domain is no longer verified for this organization."))
    return redirect(found.get_absolute_url())


@require_http_methods(["GET", "POST"])
def verify_domain(request: HttpRequest, slug: str) -> HttpResponse:
    """A representative asks for a link at the organization's own e-mail domain."""
    found, moved = _organization_or_redirect(slug)
    if moved is not None:
        return moved
    assert found is not None
    form = DomainForm(request.POST or None)
    status = 200
    sent_to = ""
    if request.method == "POST":
        if not hit("registry-domain", client_ip(request.META), limit=DOMAIN_REQUESTS_PER_HOUR):
            form.add_error(None, _("Too many requests from your address. Try again in an hour."))
            status = 429
        elif form.is_valid():
            try:
                sent_to = services.request_domain_verification(
                    found, email=form.cleaned_data["email"], by=request.user
                )
            except services.DomainError as error:
                form.add_error("email", str(error))
                status = 400
        else:
            status = 400
    return render(
        request,
        "registry/verify_domain.html",
        {"organization": found, "form": form, "sent_to": sent_to},
        status=status,
    )


@require_http_methods(["GET", "POST"])
def confirm_domain(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the e-mail: a button confirms (mail scanners only follow links)."""
    verified = None
    error = ""
    if request.method == "POST":
        try:
            verified = services.confirm_domain(token[:2000])
        except services.DomainError as problem:
            error = str(problem)
    return render(
        request,
        "registry/confirm_domain.html",
        {"verified": verified, "error": error, "token": token[:2000]},
        status=400 if error else 200,
    )
