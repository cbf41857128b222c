"""Background work of the registry. Tasks take ids and run inline when there is no broker."""

from __future__ import annotations

from celery import shared_task

from undersigned.registry import services
from undersigned.registry.models import Organization


@shared_task
def detect_duplicates_task() -> str:
    return services.detect_duplicates().line()


@shared_task
def send_domain_verification_task(organization_id: int, email: str) -> None:
    organization = Organization.objects.get(pk=organization_id)
    services.send_domain_verification(organization, email=email)
