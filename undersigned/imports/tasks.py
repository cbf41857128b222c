"""Background work of imports: analysing and committing a list. Tasks take ids and run
inline when there is no broker; progress is stored on the batch for the progress page."""

from __future__ import annotations

import logging

from celery import shared_task
from django.contrib.auth.models import User
from django.utils.translation import gettext as _

from undersigned.imports import services
from undersigned.imports.models import ImportBatch

logger = logging.getLogger(__name__)


@shared_task
def analyse_batch_task(batch_id: int) -> None:
    services.analyse_batch(ImportBatch.objects.get(pk=batch_id))


@shared_task
def commit_batch_task(batch_id: int, user_id: int | None) -> None:
    batch = ImportBatch.objects.get(pk=batch_id)
    user = User.objects.filter(pk=user_id).first() if user_id else None
    try:
        services.commit_batch(batch, by=user)
    except services.ImportStateError:
        return  # committed (or undone) meanwhile: nothing to do
    except services.ImportInputError as error:
        services.commit_failed(batch, str(error))
    except Exception:
        logger.exception("import batch %s could not be committed", batch_id)
        services.commit_failed(batch, _("The import could not be committed; nothing was written."))


@shared_task
def undo_batch_task(batch_id: int, user_id: int | None) -> None:
    batch = ImportBatch.objects.get(pk=batch_id)
    user = User.objects.filter(pk=user_id).first() if user_id else None
    try:
        services.undo_batch(batch, by=user)
    except services.ImportStateError:
        return  # undone meanwhile
    except Exception:
        logger.exception("import batch %s could not be undone", batch_id)
        services.undo_failed(batch, _("The import could not be undone; nothing was changed."))
