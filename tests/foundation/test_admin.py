"""Every model has a working admin: its list, its search and its add form open."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.urls import reverse

from undersigned.statements.demo import load_demo


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser("root", "root@example.org", "correct horse 1")


@pytest.fixture
def lenient_templates(settings):
    """Django's own admin templates read optional variables that may be missing."""
    for engine in settings.TEMPLATES:
        engine["OPTIONS"]["string_if_invalid"] = ""


def _project_models():
    return [m for m in admin.site._registry if m.__module__.startswith("undersigned.")]


def test_every_project_model_is_in_the_admin():
    from django.apps import apps

    ours = [m for m in apps.get_models() if m.__module__.startswith("undersigned.")]
    missing = [m.__name__ for m in ours if m not in admin.site._registry]
    assert missing == []


def test_admin_pages_open_for_every_model(client, superuser, lenient_templates):
    load_demo(admin_password="demo-pass-123")
    client.force_login(superuser)
    for model in _project_models():
        meta = model._meta
        changelist = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
        assert client.get(changelist).status_code == 200, changelist
        assert client.get(changelist, {"q": "<script>’Ասպարեզ"}).status_code == 200, changelist
        instance = model._default_manager.first()
        if instance is not None:
            change = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[instance.pk])
            assert client.get(change).status_code == 200, change
        if admin.site._registry[model].has_add_permission(_request(superuser)):
            add = reverse(f"admin:{meta.app_label}_{meta.model_name}_add")
            assert client.get(add).status_code == 200, add


def _request(user):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = user
    return request
