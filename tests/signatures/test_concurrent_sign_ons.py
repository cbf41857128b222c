"""200 sign-ons at once against a live server on PostgreSQL: exactly 200 signatures, exact
counts on the statement and the organizations, and no server error."""

from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.db import connection

from undersigned.registry import services as registry_services
from undersigned.registry.models import Organization, VerifiedDomain
from undersigned.signatures import services
from undersigned.signatures.models import Signature, SignatureStatus

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.live,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="concurrent writers need PostgreSQL; SQLite serialises them (run with DATABASE_URL=postgres://...)",
    ),
]

PEOPLE = 150
ORGANIZATIONS = 50
WORKERS = 32
TOKEN_RE = re.compile(r'name="(csrfmiddlewaretoken|started)" value="([^"]+)"')


def _post_form(url: str, data: dict[str, str]) -> int:
    with requests.Session() as session:
        page = session.get(url, timeout=60)
        assert page.status_code == 200, page.status_code
        fields = dict(TOKEN_RE.findall(page.text))
        response = session.post(url, data={**fields, **data}, timeout=60, allow_redirects=False)
        return response.status_code


def test_two_hundred_concurrent_sign_ons_are_counted_exactly(
    live_server, transactional_db, published_statement, settings, monkeypatch
):
    # Each request of the live server runs in a thread of its own: close its connection
    # when it ends, so that 400 requests never hold more than WORKERS connections.
    monkeypatch.setitem(connection.settings_dict, "CONN_MAX_AGE", 0)
    settings.SIGN_MIN_SECONDS = 0
    settings.SIGN_RATE_PER_IP = 100_000
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    statement = published_statement
    organizations = []
    for n in range(ORGANIZATIONS):
        organization = registry_services.create_organization(f"Load Test Union {n:03d}")
        VerifiedDomain.objects.create(
            organization=organization, domain=f"union{n}.example", verified_at="2026-01-01T00:00Z"
        )
        organizations.append(organization)
    sign_url = f"{live_server.url}/s/{statement.slug}/sign/"
    forms = [
        {
            "kind": "person",
            "person_name": f"Person {n}",
            "email": f"person{n}@example.net",
            "consent": "on",
        }
        for n in range(PEOPLE)
    ] + [
        {
            "kind": "organization",
            "organization_name": organization.name,
            "organization": organization.slug,
            "person_name": "Representative",
            "email": f"office@union{n}.example",
            "consent": "on",
        }
        for n, organization in enumerate(organizations)
    ]
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        statuses = list(pool.map(lambda data: _post_form(sign_url, data), forms, timeout=240))
    assert statuses == [302] * len(forms)
    assert Signature.objects.filter(statement=statement).count() == 200

    def confirm(signature: Signature) -> int:
        token = services.confirmation_token(signature)
        return _post_form(f"{live_server.url}/sign/confirm/{token}/", {})

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        confirmed = list(pool.map(confirm, Signature.objects.all(), timeout=240))
    assert confirmed == [200] * 200
    assert time.monotonic() - started < 300

    statement.refresh_from_db()
    accepted = Signature.objects.filter(statement=statement, status=SignatureStatus.ACCEPTED)
    assert accepted.filter(kind="person").count() == statement.person_count == PEOPLE
    assert (
        accepted.filter(kind="organization").count()
        == statement.organization_count
        == ORGANIZATIONS
    )
    assert set(Organization.objects.values_list("statement_count", flat=True)) == {1}
