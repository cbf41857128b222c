"""Fixtures of the import tests: alice (coordinator) signed in, lists and files."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from django.test import Client

from undersigned.registry import search
from undersigned.registry.models import Alias, Organization
from undersigned.signatures.models import Signature
from undersigned.statements.demo import published_list
from undersigned.statements.models import Statement


@pytest.fixture(autouse=True)
def _fresh_registry_index(cleared_cache: None) -> None:
    search.reset()


@pytest.fixture
def alice_client(client: Client, alice: Any) -> Client:
    client.force_login(alice)
    return client


@pytest.fixture
def seed_list() -> str:
    return published_list()


def form_export(rows: int = 500, *, extra_header: str = "") -> bytes:
    """A Google-Forms-style export: timestamp, e-mail, organization, name, country."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["Timestamp", "Email Address", "Organization name", "Your name", "Country", extra_header]
    )
    for i in range(rows):
        writer.writerow(
            [
                f"2020/09/28 10:{i % 60:02d}:00",
                f"person{i}@example.org",
                f"Civic Initiative Number {i} NGO",
                f"Person {i}",
                "Armenia",
                "",
            ]
        )
    return out.getvalue().encode("utf-8")


def snapshot(statement: Statement) -> tuple[Any, ...]:
    statement.refresh_from_db()
    return (
        statement.organization_count,
        statement.person_count,
        statement.updated_at,
        sorted(
            Signature.objects.filter(statement=statement).values_list(
                "pk", "name_as_signed", "status", "organization_id"
            )
        ),
        sorted(Organization.objects.values_list("pk", "name", "slug", "statement_count")),
        sorted(Alias.objects.values_list("pk", "name", "organization_id")),
    )
