"""A published statement with public and private data, for every export test.

Signatures carry sentinel e-mails, IPs, comments and representatives' names: none of them
may ever appear in an export, a feed, the embed or the API.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import User

from undersigned.registry import services as registry_services
from undersigned.signatures import services as signature_services
from undersigned.signatures.models import Signature, SignatureStatus
from undersigned.statements import services as statement_services
from undersigned.statements.models import Statement

ARMENIAN_TITLE = "Հայտարարություն Արցախի դեմ հարձակման մասին"
RUSSIAN_TITLE = "Заявление о нападении на Арцах"
SENTINEL_EMAIL = "sentinel.private@leak.example"
SENTINEL_IP = "203.0.113.77"
SENTINEL_COMMENT = "SENTINEL-COMMENT-never-public"
SENTINEL_REPRESENTATIVE = "Sentinel Representative Person"
PENDING_NAME = "Pending Unconfirmed Organization"

ORGANIZATIONS = [
    ("Helsinki Citizens’ Assembly-Vanadzor", "Armenia"),
    ("Journalists’ Club Asparez", "Armenia"),
    ("Ассоциация «Право»", "Russia"),
    ("Հելսինկյան ասոցիացիա", "Armenia"),
    ('=HYPERLINK("http://evil.example","click")', ""),
]
PEOPLE = [
    ("Anna Hakobyan", "lawyer", "Armenia"),
    ("+Mallory Formula", "@attacker", "France"),
]


@dataclass
class Signed:
    statement: Statement
    names: list[str]
    pending_name: str
    private: list[str]
    armenian_title: str = ARMENIAN_TITLE
    russian_title: str = RUSSIAN_TITLE


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """The cast's passwords are hashed quickly: these tests are not about passwords."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def signed(published_statement: Statement, alice: User) -> Signed:
    statement = statement_services.update_text(
        published_statement,
        texts={
            "hy": (ARMENIAN_TITLE, "Մենք **դատապարտում** ենք հարձակումը։"),
            "ru": (RUSSIAN_TITLE, "Мы **осуждаем** нападение."),
        },
        by=alice,
    )
    names = []
    for n, (name, country) in enumerate(ORGANIZATIONS):
        organization = registry_services.create_organization(name, country=country)
        signature_services.create_signature(
            statement,
            kind="organization",
            name=name,
            organization=organization,
            email=f"org{n}.{SENTINEL_EMAIL}",
            person_name=SENTINEL_REPRESENTATIVE,
            comment=SENTINEL_COMMENT,
            ip=SENTINEL_IP,
            country=country,
            status=SignatureStatus.ACCEPTED,
            source="import",
        )
        names.append(name)
    for n, (name, role, country) in enumerate(PEOPLE):
        signature_services.create_signature(
            statement,
            kind="person",
            name=name,
            person_role=role,
            email=f"person{n}.{SENTINEL_EMAIL}",
            comment=SENTINEL_COMMENT,
            ip=SENTINEL_IP,
            country=country,
            status=SignatureStatus.ACCEPTED,
        )
        names.append(name)
    signature_services.create_signature(
        statement,
        kind="organization",
        name=PENDING_NAME,
        email=f"pending.{SENTINEL_EMAIL}",
        ip=SENTINEL_IP,
    )
    ip_hash = Signature.objects.filter(statement=statement).first().ip_hash  # type: ignore[union-attr]
    statement.refresh_from_db()
    return Signed(
        statement=statement,
        names=names,
        pending_name=PENDING_NAME,
        private=[
            SENTINEL_EMAIL,
            "leak.example",
            SENTINEL_IP,
            ip_hash,
            SENTINEL_COMMENT,
            SENTINEL_REPRESENTATIVE,
        ],
    )
