"""The registry's cast: two published statements signed by organizations under different
spellings, in Latin, Armenian and Cyrillic script.

- alice (coordinator) and bob (moderator) may take registry decisions: they moderate a
  coalition. charlie (member of none) and anonymous readers only read.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User

from undersigned.accounts.models import Coalition
from undersigned.registry import search
from undersigned.registry.models import Organization
from undersigned.registry.services import add_alias, create_organization
from undersigned.signatures.models import Signature
from undersigned.signatures.services import create_signature
from undersigned.statements import services as statement_services
from undersigned.statements.models import Statement


@pytest.fixture(autouse=True)
def _fast_passwords(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_index() -> Iterator[None]:
    """Each test starts from the registry in its own database."""
    search.reset()
    yield
    search.reset()


@pytest.fixture
def make_statement(coalition: Coalition, alice: User) -> Callable[..., Statement]:
    def make(title: str, *, date: datetime.date, tags: tuple[str, ...] = ("peace",)) -> Statement:
        statement = statement_services.create_statement(
            coalition, title=title, body="Text.", by=alice, date=date, tags=list(tags)
        )
        statement_services.change_status(statement, "open", by=alice)
        return statement_services.change_status(statement, "published", by=alice)

    return make


@pytest.fixture
def first(make_statement: Callable[..., Statement]) -> Statement:
    return make_statement("Appeal of September 2020", date=datetime.date(2020, 9, 27))


@pytest.fixture
def second(make_statement: Callable[..., Statement]) -> Statement:
    return make_statement("Call of March 2021", date=datetime.date(2021, 3, 1), tags=("rights",))


@pytest.fixture
def sign() -> Callable[..., Signature]:
    def sign(
        statement: Statement,
        organization: Organization | None,
        name: str = "",
        *,
        status: str = "accepted",
        email: str = "",
        role: str = "",
    ) -> Signature:
        return create_signature(
            statement,
            kind="organization",
            name=name or (organization.name if organization else "Unknown"),
            email=email,
            person_role=role,
            status=status,
            source="import",
            organization=organization,
        )

    return sign


@pytest.fixture
def asparez(first: Statement) -> Organization:
    organization = create_organization(
        "Journalists’ Club Asparez", statement=first, country="Armenia"
    )
    add_alias(organization, "Ասպարեզ ակումբ", language="hy")
    return organization


@pytest.fixture
def asparez_again(second: Statement) -> Organization:
    """The same club, entered again from the second statement under another spelling."""
    return create_organization("Journalists’ Club “Asparez”", statement=second)
