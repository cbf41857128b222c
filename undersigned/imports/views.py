"""Import pages, for the statement's coordinators: start, columns, progress, preview and
review, commit, undo. Every write goes through ``imports.services``."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import RequestDataTooBig
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from undersigned.core.numbers import is_whole_number
from undersigned.core.permissions import require_coordinator
from undersigned.imports import services, tasks
from undersigned.imports.forms import FIELD_LABELS, MappingForm, StartForm
from undersigned.imports.models import BatchStatus, ImportBatch
from undersigned.registry.services import find_organization
from undersigned.statements.models import Statement

REVIEW_PAGE = 50
LINES_PAGE = 100
# Room for the form's other fields around an upload of the largest accepted size.
REQUEST_MARGIN = 256 * 1024
# A batch's lists: tens of megabytes for a large file, read only where they are shown.
HEAVY = ("table", "rows", "preview", "decisions", "created")


def _statement(request: HttpRequest, slug: str) -> Statement:
    statement = get_object_or_404(Statement.objects.select_related("coalition"), slug=slug)
    require_coordinator(request.user, statement.coalition)
    return statement


def _batch(request: HttpRequest, slug: str, pk: int, *, light: bool = False) -> ImportBatch:
    """The statement's batch; ``light`` leaves its (possibly large) lists in the database."""
    statement = _statement(request, slug)
    batches = ImportBatch.objects.select_related("statement")
    if light:
        batches = batches.defer(*HEAVY)
    return get_object_or_404(batches, pk=pk, statement=statement)


def _to(batch: ImportBatch) -> HttpResponse:
    return redirect("imports:batch", slug=batch.statement.slug, pk=batch.pk)


def _user_id(request: HttpRequest) -> int | None:
    return request.user.pk if request.user.is_authenticated else None


def _start_page(
    request: HttpRequest,
    statement: Statement,
    form: StartForm,
    status: int = 200,
    error: str = "",
) -> HttpResponse:
    return render(
        request,
        "imports/start.html",
        {
            "statement": statement,
            "form": form,
            "batches": statement.import_batches.select_related("created_by").defer(*HEAVY)[:20],
            "limit_mb": services.MAX_FILE_BYTES // (1024 * 1024),
            "error": error,
        },
        status=status,
    )


@login_required
def start(request: HttpRequest, slug: str) -> HttpResponse:
    statement = _statement(request, slug)
    if request.method != "POST":
        return _start_page(request, statement, StartForm())
    too_big = _("The file is larger than %(limit)s MB; split it into smaller files.") % {
        "limit": services.MAX_FILE_BYTES // (1024 * 1024)
    }
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > services.MAX_FILE_BYTES + REQUEST_MARGIN:
        return _start_page(request, statement, StartForm(), status=413, error=too_big)
    try:
        form = StartForm(request.POST, request.FILES)
        valid = form.is_valid()
    except RequestDataTooBig:
        pasted = _(
            "The pasted list is too long to send at once; save it as a text file and upload it."
        )
        return _start_page(request, statement, StartForm(), status=413, error=pasted)
    if not valid:
        return _start_page(request, statement, form, status=400)
    upload = form.cleaned_data["file"]
    try:
        if upload is not None:
            batch = services.start_batch(
                statement,
                by=request.user,
                data=upload.read(),
                filename=upload.name or "",
                encoding=form.cleaned_data["encoding"] or None,
            )
        else:
            batch = services.start_batch(statement, by=request.user, text=form.cleaned_data["text"])
    except services.ImportInputError as error:
        form.add_error(None, str(error))
        return _start_page(request, statement, form, status=400)
    if batch.status == BatchStatus.RUNNING:
        transaction.on_commit(lambda: tasks.analyse_batch_task.delay(batch.pk))
    return _to(batch)


@login_required
def batch(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    found = _batch(request, slug, pk)
    if found.status == BatchStatus.MAPPING:
        return _mapping_page(request, found, _mapping_form(found))
    if found.status in (BatchStatus.RUNNING, BatchStatus.COMMITTING, BatchStatus.UNDOING):
        return render(
            request, "imports/progress.html", {"batch": found, "statement": found.statement}
        )
    if found.status == BatchStatus.PREVIEW:
        return _preview_page(request, found)
    return render(
        request,
        "imports/done.html",
        {
            "batch": found,
            "statement": found.statement,
            "stats": found.stats,
            "signatures": found.signatures.count(),
        },
    )


def _mapping_form(batch: ImportBatch, data: Any = None) -> MappingForm:
    initial = {
        field: batch.column_mapping.get(field)
        for field in services.FIELDS
        if batch.column_mapping.get(field) is not None
    }
    initial["header_row"] = True
    return MappingForm(data, headers=batch.table["headers"], initial=initial)


def _mapping_page(
    request: HttpRequest, batch: ImportBatch, form: MappingForm, status: int = 200
) -> HttpResponse:
    headers = batch.table["headers"]
    return render(
        request,
        "imports/mapping.html",
        {
            "batch": batch,
            "statement": batch.statement,
            "form": form,
            "headers": headers,
            "sample": batch.table["rows"][:5],
            "row_count": len(batch.table["rows"]),
            "remembered": bool(batch.column_mapping.get("remembered")),
        },
        status=status,
    )


@login_required
@require_POST
def columns(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    found = _batch(request, slug, pk)
    if found.status != BatchStatus.MAPPING:
        return _to(found)
    form = _mapping_form(found, request.POST)
    if not form.is_valid():
        return _mapping_page(request, found, form, status=400)
    mapping = {field: form.cleaned_data[field] for field in services.FIELDS}
    try:
        services.map_columns(
            found, mapping=mapping, header_row=form.cleaned_data["header_row"], by=request.user
        )
    except services.ImportInputError as error:
        form.add_error(None, str(error))
        return _mapping_page(request, found, form, status=400)
    transaction.on_commit(lambda: tasks.analyse_batch_task.delay(found.pk))
    return _to(found)


@login_required
def progress(request: HttpRequest, slug: str, pk: int) -> JsonResponse:
    found = _batch(request, slug, pk, light=True)
    return JsonResponse(
        {
            "status": found.status,
            "progress": found.progress,
            "done": found.status
            not in (BatchStatus.RUNNING, BatchStatus.COMMITTING, BatchStatus.UNDOING),
            "url": reverse("imports:batch", kwargs={"slug": slug, "pk": pk}),
        }
    )


def _page_number(request: HttpRequest) -> str:
    value = request.GET.get("page", "1")
    return value if is_whole_number(value, 7) else "1"


def _preview_page(request: HttpRequest, batch: ImportBatch, status: int = 200) -> HttpResponse:
    preview = batch.preview
    clusters = preview["clusters"]
    show = request.GET.get("show", "review")
    if show not in ("review", "groups", "lines"):
        show = "review"
    context: dict[str, Any] = {
        "batch": batch,
        "statement": batch.statement,
        "summary": preview["summary"],
        "show": show,
        "page": None,
        "items": [],
        "field_labels": FIELD_LABELS,
    }
    if show == "review":
        indexes = services.uncertain(batch)
        page = Paginator(indexes, REVIEW_PAGE).get_page(_page_number(request))
        context["items"] = [_review_item(batch, i, clusters[i]) for i in page.object_list]
    elif show == "groups":
        groups = [i for i, c in enumerate(clusters) if len(c["lines"]) > 1 or c["match"]]
        page = Paginator(groups, REVIEW_PAGE).get_page(_page_number(request))
        context["items"] = [{"index": i, "cluster": clusters[i]} for i in page.object_list]
    else:
        page = Paginator(range(len(preview["lines"])), LINES_PAGE).get_page(_page_number(request))
        context["items"] = [
            {
                "number": n + 1,
                "raw": preview["lines"][n][0],
                "kind": preview["lines"][n][1],
                "name": preview["lines"][n][2],
                "group": preview["lines"][n][3],
            }
            for n in page.object_list
        ]
    context["page"] = page
    return render(request, "imports/preview.html", context, status=status)


def _review_item(batch: ImportBatch, index: int, cluster: dict[str, Any]) -> dict[str, Any]:
    """One uncertain name with its decision so far and the organizations it may be."""
    decision = batch.decisions.get(str(index), {"action": "later"})
    chosen = decision.get("organization") if decision["action"] == "choose" else None
    organizations = [
        {
            "value": f"org:{c['organization']}",
            "name": c["name"],
            "selected": c["organization"] == chosen,
        }
        for c in cluster["candidates"]
    ]
    if chosen is not None and not any(option["selected"] for option in organizations):
        organizations.append({"value": f"org:{chosen}", "name": decision["name"], "selected": True})
    return {
        "index": index,
        "cluster": cluster,
        "action": decision["action"],
        "organizations": organizations,
    }


def _decisions_from(request: HttpRequest, batch: ImportBatch) -> dict[int, dict[str, Any]]:
    """The review form's choices; a typed address or number wins over the menu."""
    bulk = request.POST.get("bulk", "")
    if bulk:
        if bulk not in ("accept", "new", "later", "skip"):
            raise services.ImportInputError(_("Choose what to do with each name."))
        return {i: {"action": bulk} for i in services.uncertain(batch)}
    decisions: dict[int, dict[str, Any]] = {}
    for value in request.POST.getlist("group")[: REVIEW_PAGE * 2]:
        if not is_whole_number(value, 9):
            raise services.ImportInputError(_("This list has no such group."))
        index = int(value)
        other = request.POST.get(f"other-{index}", "").strip()
        action = request.POST.get(f"action-{index}", "")
        if other:
            organization, _moved = find_organization(
                other.rstrip("/").rpartition("/o/")[2] or other
            )
            if organization is None:
                raise services.ImportInputError(
                    _("No organization of the registry has the address or number “%(value)s”.")
                    % {"value": other[:100]}
                )
            decisions[index] = {"action": "choose", "organization": organization.pk}
        elif action.startswith("org:") and is_whole_number(action[4:], 19):
            decisions[index] = {"action": "choose", "organization": int(action[4:])}
        else:
            decisions[index] = {"action": action}
    return decisions


@login_required
@require_POST
def review(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    found = _batch(request, slug, pk)
    if found.status != BatchStatus.PREVIEW:
        return _to(found)
    try:
        services.decide(found, decisions=_decisions_from(request, found), by=request.user)
    except services.ImportInputError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your decisions are saved; nothing is imported yet."))
    page = request.POST.get("page", "1")
    page = page if is_whole_number(page, 7) else "1"
    return redirect(f"{reverse('imports:batch', kwargs={'slug': slug, 'pk': pk})}?page={page}")


@login_required
@require_POST
def commit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    found = _batch(request, slug, pk, light=True)
    try:
        services.mark_committing(found)
    except services.ImportStateError:
        messages.error(request, _("This import was already committed."))
        return _to(found)
    user_id = _user_id(request)
    transaction.on_commit(lambda: tasks.commit_batch_task.delay(found.pk, user_id))
    return _to(found)


@login_required
@require_POST
def undo(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    found = _batch(request, slug, pk, light=True)
    try:
        services.mark_undoing(found)
    except services.ImportStateError:
        messages.error(request, _("Only a committed import can be undone."))
        return _to(found)
    user_id = _user_id(request)
    transaction.on_commit(lambda: tasks.undo_batch_task.delay(found.pk, user_id))
    return _to(found)
