"""Signing pages: the public form, the e-mail links, the suggestions and the review queue."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from undersigned.accounts.models import Coalition
from undersigned.core.errors import TransitionError
from undersigned.core.permissions import coalitions_of, require_moderator
from undersigned.core.ratelimit import client_ip, hit
from undersigned.registry.models import Organization, VerifiedDomain
from undersigned.signatures import services
from undersigned.signatures.forms import BulkForm, DecisionForm, SignForm, SuggestForm
from undersigned.signatures.models import Kind, Signature, SignatureStatus
from undersigned.signatures.services import LinkError, ModerationError, Outcome
from undersigned.statements.models import Statement

SENT_SALT = "undersigned.signatures.sent"
RESENDS_PER_HOUR = 3
SUGGESTIONS_PER_HOUR = 1200
DECISIONS_PAGE_SIZE = 30


def _statement(slug: str) -> Statement:
    statement = get_object_or_404(
        Statement.objects.select_related("coalition").prefetch_related("translations"), slug=slug
    )
    if not statement.is_public:
        raise Http404
    return statement


def _text_language(request: HttpRequest, statement: Statement) -> str:
    """The language of the text the signer reads: ?lang=, else theirs when translated."""
    available = statement.languages()
    asked = request.GET.get("lang", "") or request.POST.get("lang", "")
    if asked in available:
        return asked
    current = translation.get_language() or ""
    return current if current in available else statement.language


def _not_accepting(request: HttpRequest, statement: Statement, *, status: int) -> HttpResponse:
    return render(request, "signatures/not_accepting.html", {"statement": statement}, status=status)


@require_http_methods(["GET", "POST"])
def sign(request: HttpRequest, slug: str) -> HttpResponse:
    """The sign form. A valid sign-on becomes a pending signature and a confirmation e-mail."""
    statement = _statement(slug)
    if not statement.accepts_signatures:
        return _not_accepting(request, statement, status=200 if request.method == "GET" else 403)
    language = _text_language(request, statement)
    title = statement.text_in(language)[0]
    form = SignForm(request.POST or None, statement=statement)
    status = 200
    if request.method == "POST":
        ip = client_ip(request.META)
        if not hit("sign-ip", ip, limit=settings.SIGN_RATE_PER_IP):
            form.is_valid()
            form.add_error(
                None, _("Too many signatures came from your network. Please try again in an hour.")
            )
            status = 429
        elif form.is_valid():
            data = form.cleaned_data
            if not hit("sign-email", data["email"], limit=settings.SIGN_RATE_PER_EMAIL):
                form.add_error(
                    None,
                    _("Too many attempts with this e-mail address. Please try again in an hour."),
                )
                status = 429
            else:
                return _signed(request, statement, form, ip=ip, language=language)
        else:
            status = 400
    return render(
        request,
        "signatures/sign.html",
        {
            "statement": statement,
            "title": title,
            "language": language,
            "form": form,
            "suggest_url": reverse("signatures:suggest"),
        },
        status=status,
    )


def _signed(
    request: HttpRequest, statement: Statement, form: SignForm, *, ip: str, language: str
) -> HttpResponse:
    data = form.cleaned_data
    is_organization = data["kind"] == Kind.ORGANIZATION
    picked = None
    if is_organization and data.get("organization"):
        picked = Organization.objects.live().filter(slug=data["organization"]).first()
    result = services.sign(
        statement,
        kind=data["kind"],
        name=data["organization_name"] if is_organization else data["person_name"],
        email=data["email"],
        person_name=data["person_name"] if is_organization else "",
        person_role=data["person_role"],
        country=data["country"],
        city=data["city"],
        website=data["website"] if is_organization else "",
        comment=data["comment"],
        picked=picked,
        ip=ip,
        language=language,
        mail_language=translation.get_language() or "",
    )
    if result.outcome == Outcome.NOT_ACCEPTING:
        return _not_accepting(request, statement, status=403)
    if result.outcome == Outcome.CREATED and result.signature is not None:
        token = signing.dumps(result.signature.pk, salt=SENT_SALT)
        return redirect(reverse("signatures:sent", kwargs={"slug": statement.slug}) + f"?t={token}")
    return render(
        request,
        "signatures/already.html",
        {
            "statement": statement,
            "outcome": result.outcome.value,
            "organization": result.organization,
            "resent": result.resent,
        },
    )


def _sent_signature(token: str) -> Signature | None:
    try:
        pk = int(signing.loads(token[:200], salt=SENT_SALT, max_age=86400))
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return Signature.objects.filter(pk=pk).first()


@require_http_methods(["GET", "POST"])
def sent(request: HttpRequest, slug: str) -> HttpResponse:
    """ "Check your e-mail", with a rate-limited button to send the link again."""
    statement = _statement(slug)
    token = (request.POST.get("t") or request.GET.get("t") or "")[:200]
    signature = _sent_signature(token)
    if signature is None or signature.statement_id != statement.pk:
        return render(request, "signatures/link_invalid.html", {"expired": False}, status=400)
    status = 200
    if request.method == "POST":
        allowed = hit("resend", str(signature.pk), limit=RESENDS_PER_HOUR) and hit(
            "resend-ip", client_ip(request.META), limit=settings.SIGN_RATE_PER_IP
        )
        if not allowed:
            messages.error(
                request, _("The link was sent several times already. Please wait an hour.")
            )
            status = 429
        elif signature.status == SignatureStatus.PENDING:
            services.queue_confirmation(signature, language=translation.get_language() or "")
            messages.success(request, _("We sent the link again."))
    return render(
        request,
        "signatures/sent.html",
        {
            "statement": statement,
            "token": token,
            "pending": signature.status == SignatureStatus.PENDING,
            "days": settings.SIGNATURE_CONFIRM_DAYS,
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the e-mail. It asks for one click, so that a mail scanner following the
    link does not sign for anybody."""
    try:
        signature = services.signature_for_link(token, purpose="confirm")
    except LinkError as error:
        return render(
            request,
            "signatures/link_invalid.html",
            {"expired": error.expired},
            status=410 if error.expired else 400,
        )
    if request.method == "POST":
        try:
            result = services.confirm_from_link(token)
        except LinkError as error:
            return render(
                request,
                "signatures/link_invalid.html",
                {"expired": error.expired},
                status=410 if error.expired else 400,
            )
        signature = result.signature
        outcome = result.outcome.value
    else:
        outcome = "ask" if signature.status == SignatureStatus.PENDING else _state(signature)
    return render(
        request,
        "signatures/confirm.html",
        {
            "signature": signature,
            "statement": signature.statement,
            "outcome": outcome,
            "token": token,
            "withdraw_url": reverse(
                "signatures:withdraw", kwargs={"token": services.withdrawal_token(signature)}
            )
            if signature.status in (SignatureStatus.CONFIRMED, SignatureStatus.ACCEPTED)
            else "",
        },
    )


def _state(signature: Signature) -> str:
    return {
        SignatureStatus.CONFIRMED: Outcome.ALREADY_CONFIRMED,
        SignatureStatus.ACCEPTED: Outcome.ALREADY_CONFIRMED,
        SignatureStatus.WITHDRAWN: Outcome.ALREADY_WITHDRAWN,
    }.get(signature.status, Outcome.NOT_LIVE).value  # type: ignore[call-overload]


@require_http_methods(["GET", "POST"])
def withdraw(request: HttpRequest, token: str) -> HttpResponse:
    """The withdrawal link: one click takes the signature off the list."""
    try:
        signature = services.signature_for_link(token, purpose="withdraw")
    except LinkError:
        return render(request, "signatures/link_invalid.html", {"expired": False}, status=400)
    if request.method == "POST":
        result = services.withdraw_from_link(token)
        signature, outcome = result.signature, result.outcome.value
    elif signature.status == SignatureStatus.WITHDRAWN:
        outcome = Outcome.ALREADY_WITHDRAWN.value
    elif services.can_transition(signature, SignatureStatus.WITHDRAWN):
        outcome = "ask"
    else:
        outcome = Outcome.NOT_LIVE.value
    return render(
        request,
        "signatures/withdraw.html",
        {
            "signature": signature,
            "statement": signature.statement,
            "outcome": outcome,
            "token": token,
        },
    )


@require_GET
def suggest(request: HttpRequest) -> JsonResponse:
    """Registry matches for an organization name being typed: ``?q=``, at most eight."""
    if not hit("suggest", client_ip(request.META), limit=SUGGESTIONS_PER_HOUR):
        return JsonResponse({"detail": _("Too many requests."), "results": []}, status=429)
    form = SuggestForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"detail": _("The name is too long."), "results": []}, status=400)
    query = form.cleaned_data["q"]
    results = [
        {
            "name": organization.name,
            "slug": organization.slug,
            "statement_count": organization.statement_count,
            "country": organization.country,
            "label": ngettext(
                "%(name)s — signed %(count)d statement",
                "%(name)s — signed %(count)d statements",
                organization.statement_count,
            )
            % {"name": organization.name, "count": organization.statement_count},
        }
        for organization in (services.suggestions(query) if len(query) >= 2 else [])
    ]
    return JsonResponse({"results": results})


# --- Moderation ---------------------------------------------------------------------------


@login_required
def review_home(request: HttpRequest) -> HttpResponse:
    """The review queues the user may work in; straight to it when there is one."""
    coalitions = coalitions_of(request.user)
    if len(coalitions) == 1:
        return redirect("signatures:moderation", slug=coalitions[0].slug)
    rows = [{"coalition": c, "waiting": services.review_queue(c).count()} for c in coalitions]
    return render(request, "signatures/review_home.html", {"rows": rows})


def _moderated_coalition(request: HttpRequest, slug: str) -> Coalition:
    coalition = get_object_or_404(Coalition, slug=slug)
    require_moderator(request.user, coalition)
    return coalition


def _rows(signatures: list[Signature]) -> list[dict[str, Any]]:
    """Each signature with the organization whose verified domain its e-mail is at."""
    domains = {s.email_domain for s in signatures if s.email_domain}
    verified = {
        d.domain: d.organization
        for d in VerifiedDomain.objects.filter(
            domain__in=domains, verified_at__isnull=False
        ).select_related("organization")
    }
    return [
        {
            "signature": s,
            "domain": s.email_domain,
            "domain_organization": verified.get(s.email_domain),
            "score": round(s.match_score * 100) if s.match_score is not None else None,
        }
        for s in signatures
    ]


@login_required
def moderation(request: HttpRequest, slug: str) -> HttpResponse:
    """The coalition's review queue, and its recent decisions (each can be reverted)."""
    coalition = _moderated_coalition(request, slug)
    show = "decided" if request.GET.get("show") == "decided" else "queue"
    queue = services.review_queue(coalition)
    statement_slug = request.GET.get("statement", "")[:120]
    signatures = services.recent_decisions(coalition) if show == "decided" else queue
    if statement_slug:
        signatures = signatures.filter(statement__slug=statement_slug)
    page = Paginator(signatures, DECISIONS_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "signatures/moderation.html",
        {
            "coalition": coalition,
            "show": show,
            "page": page,
            "rows": _rows(list(page.object_list)),
            "waiting": queue.count(),
            "statement_slug": statement_slug,
            "bulk_form": BulkForm(ids=[]),
        },
    )


def _organization_from(text: str) -> Organization | None:
    """An organization from its address (/o/<slug>/ or a full URL), slug, id or exact name."""
    text = text.strip()
    path = urlparse(text).path if "/" in text else text
    parts = [p for p in path.split("/") if p]
    candidate = parts[-1] if parts else ""
    if candidate.endswith(".json"):
        candidate = candidate[:-5]
    organization, _moved = services._registry_services().find_organization(candidate)
    if organization is None and text:
        # A spelling typed in full: accepted when it names exactly one organization.
        named = list(Organization.objects.live().filter(aliases__name__iexact=text).distinct()[:2])
        organization = named[0] if len(named) == 1 else None
    return organization  # type: ignore[no-any-return]


@login_required
@require_POST
def decide(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    coalition = _moderated_coalition(request, slug)
    signature = get_object_or_404(Signature, pk=pk, statement__coalition=coalition)
    form = DecisionForm(request.POST)
    back = reverse("signatures:moderation", kwargs={"slug": coalition.slug})
    if request.POST.get("show") == "decided":
        back += "?show=decided"
    if not form.is_valid():
        messages.error(request, _("That decision could not be read. Please try again."))
        return redirect(back)
    data = form.cleaned_data
    organization = None
    if data["action"] == "link":
        organization = _organization_from(data["organization"])
        if organization is None:
            messages.error(request, _("No organization has this address or name."))
            return redirect(back)
    try:
        decided = services.decide(
            signature,
            action=data["action"],
            by=request.user,  # type: ignore[arg-type]
            organization=organization,
            reason=data["reason"],
        )
    except (ModerationError, TransitionError) as error:
        messages.error(request, str(error))
        return redirect(back)
    messages.success(
        request,
        _("%(name)s: %(status)s.")
        % {"name": decided.public_name, "status": decided.get_status_display()},
    )
    return redirect(back)


@login_required
@require_POST
def bulk(request: HttpRequest, slug: str) -> HttpResponse:
    coalition = _moderated_coalition(request, slug)
    queue = services.review_queue(coalition)
    form = BulkForm(request.POST, ids=list(queue.values_list("pk", flat=True)))
    back = reverse("signatures:moderation", kwargs={"slug": coalition.slug})
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(back)
    try:
        result = services.decide_many(
            queue.filter(pk__in=form.cleaned_data["ids"]),
            action=form.cleaned_data["action"],
            by=request.user,  # type: ignore[arg-type]
            reason=form.cleaned_data["reason"],
        )
    except ModerationError as error:
        messages.error(request, str(error))
        return redirect(back)
    if result.done:
        messages.success(
            request,
            ngettext("%(n)d signature decided.", "%(n)d signatures decided.", len(result.done))
            % {"n": len(result.done)},
        )
    for signature, reason in result.failed:
        messages.error(request, f"{signature.public_name}: {reason}")
    return redirect(back)
