from __future__ import annotations

from collections import defaultdict

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from undersigned.accounts import services
from undersigned.accounts.forms import InvitationForm, InvitedAccountForm
from undersigned.accounts.models import Coalition, Invitation, Membership, Role
from undersigned.core import ratelimit
from undersigned.core.permissions import coalitions_of, require_coordinator, role_in
from undersigned.signatures.models import SignatureStatus
from undersigned.statements.models import Statement

LOGIN_ATTEMPTS_PER_IP = 30
RESET_REQUESTS_PER_IP = 10


def _too_many(request: HttpRequest, scope: str, limit: int) -> HttpResponse | None:
    if request.method != "POST":
        return None
    if ratelimit.hit(scope, ratelimit.client_ip(request.META), limit=limit, window=900):
        return None
    return render(request, "accounts/too_many.html", {}, status=429)


def login_view(request: HttpRequest) -> HttpResponse:
    return _too_many(request, "login", LOGIN_ATTEMPTS_PER_IP) or auth_views.LoginView.as_view(
        template_name="accounts/login.html", redirect_authenticated_user=True
    )(request)


logout_view = auth_views.LogoutView.as_view()


def password_reset(request: HttpRequest) -> HttpResponse:
    return _too_many(
        request, "password-reset", RESET_REQUESTS_PER_IP
    ) or auth_views.PasswordResetView.as_view(
        template_name="accounts/password_reset.html",
        email_template_name="accounts/password_reset_email.txt",
        subject_template_name="accounts/password_reset_subject.txt",
        success_url=reverse_lazy("accounts:password_reset_done"),
    )(request)


password_reset_done = auth_views.PasswordResetDoneView.as_view(
    template_name="accounts/password_reset_done.html"
)
password_reset_confirm = auth_views.PasswordResetConfirmView.as_view(
    template_name="accounts/password_reset_confirm.html",
    success_url=reverse_lazy("accounts:password_reset_complete"),
)
password_reset_complete = auth_views.PasswordResetCompleteView.as_view(
    template_name="accounts/password_reset_complete.html"
)


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """Each coalition of the user: its statements with status, counts and deadline."""
    coalitions = coalitions_of(request.user)
    statements = (
        Statement.objects.filter(coalition__in=coalitions)
        .annotate(
            pending_review=Count(
                "signatures", filter=Q(signatures__status=SignatureStatus.CONFIRMED)
            )
        )
        .order_by("-created_at", "-pk")
    )
    by_coalition: dict[int, list[Statement]] = defaultdict(list)
    for statement in statements:
        by_coalition[statement.coalition_id].append(statement)
    roles = dict(
        Membership.objects.filter(user_id=request.user.pk).values_list("coalition_id", "role")
    )
    sections = []
    for coalition in coalitions:
        role = Role.COORDINATOR if request.user.is_staff else roles.get(coalition.pk, "")
        sections.append(
            {
                "coalition": coalition,
                "role": role,
                "is_coordinator": role == Role.COORDINATOR,
                "statements": by_coalition.get(coalition.pk, []),
            }
        )
    return render(request, "accounts/dashboard.html", {"sections": sections})


@login_required
def members(request: HttpRequest, slug: str) -> HttpResponse:
    coalition = get_object_or_404(Coalition, slug=slug)
    require_coordinator(request.user, coalition)
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.invite_member(
            coalition,
            email=form.cleaned_data["email"],
            role=form.cleaned_data["role"],
            by=request.user,
            language=get_language() or "",
        )
        messages.success(
            request,
            _("An invitation was sent to %(email)s.") % {"email": form.cleaned_data["email"]},
        )
        return redirect("accounts:members", slug=coalition.slug)
    memberships = coalition.memberships.select_related("user").order_by("user__username")
    invitations = [
        invitation
        for invitation in coalition.invitations.filter(
            accepted_at__isnull=True, revoked_at__isnull=True
        )
        if invitation.is_usable
    ]
    return render(
        request,
        "accounts/members.html",
        {
            "coalition": coalition,
            "form": form,
            "memberships": memberships,
            "invitations": invitations,
        },
        status=400 if form.errors else 200,
    )


@require_POST
@login_required
def revoke_invitation(request: HttpRequest, pk: int) -> HttpResponse:
    invitation = get_object_or_404(Invitation.objects.select_related("coalition"), pk=pk)
    require_coordinator(request.user, invitation.coalition)
    try:
        services.revoke_invitation(invitation, by=request.user)
    except services.InvitationError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("The invitation to %(email)s was withdrawn.") % {"email": invitation.email}
        )
    return redirect("accounts:members", slug=invitation.coalition.slug)


def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    """Join a coalition from an invitation link: signed in, or with a new account."""
    try:
        invitation = services.find_invitation(token)
    except services.InvitationError as error:
        return render(
            request, "accounts/invitation_invalid.html", {"error": str(error)}, status=404
        )
    context: dict[str, object] = {"invitation": invitation, "form": None, "existing_user": False}
    if request.user.is_authenticated:
        if request.method == "POST":
            try:
                services.accept_invitation(invitation, user=request.user)
            except services.InvitationError as error:
                return render(
                    request, "accounts/invitation_invalid.html", {"error": str(error)}, status=409
                )
            messages.success(
                request,
                _("You joined %(coalition)s as %(role)s.")
                % {"coalition": invitation.coalition.name, "role": invitation.get_role_display()},
            )
            return redirect("accounts:dashboard")
        context["current_role"] = role_in(request.user, invitation.coalition) or ""
        return render(request, "accounts/accept_invitation.html", context)
    context["current_role"] = ""
    if get_user_model().objects.filter(email__iexact=invitation.email).exists():
        context["existing_user"] = True
        context["login_url"] = (
            reverse("accounts:login") + "?next=" + request.path.replace("?", "%3F")
        )
        return render(request, "accounts/accept_invitation.html", context)
    form = InvitedAccountForm(request.POST or None, email=invitation.email)
    if request.method == "POST" and form.is_valid():
        user, _membership = services.create_invited_user(
            invitation,
            username=form.cleaned_data["username"],
            password=form.cleaned_data["password1"],
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request, _("Welcome to %(coalition)s.") % {"coalition": invitation.coalition.name}
        )
        return redirect("accounts:dashboard")
    context["form"] = form
    context["login_url"] = reverse("accounts:login") + "?next=" + request.path
    return render(
        request, "accounts/accept_invitation.html", context, status=400 if form.errors else 200
    )
