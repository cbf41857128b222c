"""Background work of signatures. Tasks take ids and run inline when there is no broker."""

from __future__ import annotations

from celery import shared_task

from undersigned.signatures import services
from undersigned.signatures.models import Signature


@shared_task
def send_confirmation_task(signature_id: int, language: str = "") -> None:
    signature = Signature.objects.select_related("statement").get(pk=signature_id)
    if signature.status == services.S.PENDING:
        services.send_confirmation(signature, language=language)


@shared_task
def expire_signatures_task() -> str:
    return services.expire_unconfirmed().line()
