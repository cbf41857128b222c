"""Helpers for signing: a filled form, a registry with a verified domain, and mail links."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.db import transaction

from undersigned.registry import services as registry_services
from undersigned.registry.models import Organization, VerifiedDomain
from undersigned.signatures.forms import started_token

LINK_RE = re.compile(r"https?://\S+/sign/(confirm|withdraw)/(\S+?)/(?=\s)")


@pytest.fixture(autouse=True)
def _fast_forms(settings: Any, cleared_cache: None) -> None:
    settings.SIGN_MIN_SECONDS = 0
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _mail_at_once(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run inside a transaction that never commits: run on-commit work at once, except
    where a test captures it to check that it waits for the commit."""
    if "django_capture_on_commit_callbacks" in request.fixturenames:
        return
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def form_data(**changes: Any) -> dict[str, Any]:
    data = {
        "kind": "organization",
        "organization_name": "Helsinki Citizens’ Assembly–Vanadzor",
        "organization": "",
        "person_name": "Artur Sakunts",
        "person_role": "Chair",
        "country": "Armenia",
        "city": "Vanadzor",
        "website": "hcav.am",
        "email": "artur@hcav.am",
        "comment": "",
        "consent": "on",
        "homepage": "",
        "started": started_token(),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def person_data(**changes: Any) -> dict[str, Any]:
    person = {
        "kind": "person",
        "organization_name": "",
        "person_name": "Anna Hakobyan",
        "person_role": "Journalist",
        "website": "",
        "email": "anna@example.net",
    }
    return form_data(**{**person, **changes})


def links_in(message: mail.EmailMessage) -> dict[str, str]:
    """{"confirm": path, "withdraw": path} from a confirmation e-mail."""
    found = {kind: f"/sign/{kind}/{token}/" for kind, token in LINK_RE.findall(message.body + "\n")}
    assert set(found) == {"confirm", "withdraw"}, message.body
    return found


@pytest.fixture
def hcav(db: None) -> Organization:
    organization = registry_services.create_organization(
        "Helsinki Citizens’ Assembly–Vanadzor", country="Armenia", city="Vanadzor"
    )
    registry_services.add_alias(organization, "HCA Vanadzor")
    VerifiedDomain.objects.create(
        organization=organization, domain="hcav.am", verified_at="2026-01-01T00:00Z"
    )
    return organization


@pytest.fixture
def asparez(db: None) -> Organization:
    return registry_services.create_organization("Journalists’ Club Asparez", country="Armenia")
