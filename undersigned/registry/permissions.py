"""Who may decide in the registry.

Registry decisions (merge, undo a merge, split, rename, "not the same", run the duplicate
search) are not about one coalition: the registry is shared. Anyone who moderates or
coordinates at least one coalition may take them, and so may staff. Everyone else, signed
in or not, reads organization pages and may ask to verify a domain.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from undersigned.accounts.models import Membership
from undersigned.core.permissions import MODERATING_ROLES, AnyUser


def can_moderate_registry(user: AnyUser) -> bool:
    if not user.is_authenticated:
        return False
    if getattr(user, "is_staff", False):
        return True
    return Membership.objects.filter(user_id=user.pk, role__in=MODERATING_ROLES).exists()


def require_registry_moderator(user: AnyUser) -> None:
    if not can_moderate_registry(user):
        raise PermissionDenied
