"""undersigned: joint statements with clean, verified signatory lists."""

from undersigned.celery import app as celery_app

__all__ = ["celery_app"]
