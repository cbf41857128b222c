"""Background work of accounts. Tasks take ids and run inline when there is no broker."""

from __future__ import annotations

from celery import shared_task

from undersigned.accounts import services
from undersigned.accounts.models import Invitation


@shared_task
def send_invitation_task(invitation_id: int, token: str, inviter: str, language: str) -> None:
    invitation = Invitation.objects.select_related("coalition").get(pk=invitation_id)
    services.send_invitation(invitation, token=token, inviter=inviter, language=language)
