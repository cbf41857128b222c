"""API fixtures: tokens of the cast's coalition and of another one, and a statement with
public and private data (sentinels that must never leave the API)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import User

from undersigned.accounts.models import Coalition, Membership, Role
from undersigned.api import services as api_services
from undersigned.registry import services as registry_services
from undersigned.signatures import services as signature_services
from undersigned.signatures.models import Signature
from undersigned.statements import services as statement_services
from undersigned.statements.models import Statement

SENTINEL_EMAIL = "sentinel.private@leak.example"
SENTINEL_IP = "198.51.100.23"
SENTINEL_COMMENT = "SENTINEL-COMMENT-never-public"
SENTINEL_REPRESENTATIVE = "Sentinel Representative Person"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """The cast's passwords are hashed quickly: these tests are not about passwords."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_rate_limits(cleared_cache: None) -> None:
    """Rate limits live in the cache: every test starts with none used."""


@pytest.fixture
def token(coalition: Coalition, alice: User) -> str:
    return api_services.issue_token(coalition, name="Website", by=alice)[1]


@pytest.fixture
def auth(token: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def other_coalition(db: None) -> Coalition:
    return Coalition.objects.create(name="Other Coalition", slug="other")


@pytest.fixture
def other_auth(other_coalition: Coalition) -> dict[str, str]:
    dave = User.objects.create_user("dave", "dave@example.org", "correct horse 1")
    Membership.objects.create(coalition=other_coalition, user=dave, role=Role.COORDINATOR)
    raw = api_services.issue_token(other_coalition, name="Other", by=dave)[1]
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


@dataclass
class Signed:
    statement: Statement
    names: list[str]
    private: list[str]


@pytest.fixture
def signed(published_statement: Statement, alice: User) -> Signed:
    statement = statement_services.update_text(
        published_statement,
        texts={"hy": ("Հայտարարություն", "Տեքստ")},
        by=alice,
    )
    names = []
    for n, name in enumerate(["Journalists’ Club Asparez", "Union of Informed Citizens"]):
        organization = registry_services.create_organization(name, country="Armenia")
        signature_services.create_signature(
            statement,
            kind="organization",
            name=name,
            organization=organization,
            email=f"o{n}.{SENTINEL_EMAIL}",
            person_name=SENTINEL_REPRESENTATIVE,
            comment=SENTINEL_COMMENT,
            ip=SENTINEL_IP,
            status="accepted",
        )
        names.append(name)
    signature_services.create_signature(
        statement,
        kind="person",
        name="Anna Hakobyan",
        person_role="lawyer",
        email=f"p.{SENTINEL_EMAIL}",
        comment=SENTINEL_COMMENT,
        ip=SENTINEL_IP,
        status="accepted",
    )
    names.append("Anna Hakobyan")
    signature_services.create_signature(
        statement, kind="organization", name="Pending Unconfirmed NGO", email=SENTINEL_EMAIL
    )
    ip_hash = Signature.objects.filter(statement=statement).first().ip_hash  # type: ignore[union-attr]
    statement.refresh_from_db()
    return Signed(
        statement=statement,
        names=names,
        private=[
            SENTINEL_EMAIL,
            "leak.example",
            SENTINEL_IP,
            ip_hash,
            SENTINEL_COMMENT,
            SENTINEL_REPRESENTATIVE,
            "Pending Unconfirmed NGO",
        ],
    )
