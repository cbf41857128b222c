"""Celery application. With no CELERY_BROKER_URL, tasks run inline (see settings)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "undersigned.settings")

app = Celery("undersigned")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
