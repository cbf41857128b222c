"""Who may do what in a coalition.

- coordinator: author, open, publish, close, import, export, invite, moderate;
- moderator: review signatures, registry matches and duplicates;
- anyone else (signed in or not): read public pages and sign.
Staff users (Django admin) count as coordinators everywhere.
"""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied

from undersigned.accounts.models import Coalition, Membership, Role

AnyUser = AbstractBaseUser | AnonymousUser

MODERATING_ROLES = (Role.COORDINATOR, Role.MODERATOR)


def role_in(user: AnyUser, coalition: Coalition) -> str | None:
    if not user.is_authenticated:
        return None
    if getattr(user, "is_staff", False):
        return Role.COORDINATOR
    return (
        Membership.objects.filter(coalition=coalition, user_id=user.pk)
        .values_list("role", flat=True)
        .first()
    )


def can_coordinate(user: AnyUser, coalition: Coalition) -> bool:
    return role_in(user, coalition) == Role.COORDINATOR


def can_moderate(user: AnyUser, coalition: Coalition) -> bool:
    return role_in(user, coalition) in MODERATING_ROLES


def require_coordinator(user: AnyUser, coalition: Coalition) -> None:
    if not can_coordinate(user, coalition):
        raise PermissionDenied


def require_moderator(user: AnyUser, coalition: Coalition) -> None:
    if not can_moderate(user, coalition):
        raise PermissionDenied


def coalitions_of(user: AnyUser, *, roles: tuple[str, ...] = MODERATING_ROLES) -> list[Coalition]:
    if not user.is_authenticated:
        return []
    if getattr(user, "is_staff", False):
        return list(Coalition.objects.all())
    return list(Coalition.objects.filter(memberships__user_id=user.pk, memberships__role__in=roles))
