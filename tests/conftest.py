"""Shared fixtures and the cast.

The cast and what each may do:
- alice: coordinator of the Coalition — authors, opens, publishes, closes, imports, exports.
- bob: moderator of the Coalition — reviews signatures and registry matches; cannot publish.
- charlie: a signed-in outsider — member of no coalition; may do what an anonymous reader may.
- an anonymous reader: reads public statements and organizations, signs, follows links.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User

from undersigned.accounts.models import Coalition, Membership, Role
from undersigned.statements import services as statement_services
from undersigned.statements.models import Statement

_real_connect = socket.socket.connect

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests need Debian's chromium; without it they skip and say why."""
    if os.path.exists(CHROMIUM):
        return
    skip = pytest.mark.skip(reason=f"Debian's chromium is not installed at {CHROMIUM}")
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(skip)


@pytest.fixture
def launch_chromium(monkeypatch: pytest.MonkeyPatch) -> Any:
    """``launch_chromium(playwright)`` starts Debian's chromium, headless, with no network
    chatter of its own. Playwright's sync API runs an event loop in the test's thread; the
    ORM calls the test itself makes are still synchronous."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

    def launch(playwright: Any) -> Any:
        return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

    return launch


def _loopback_only(sock: socket.socket, address: Any) -> Any:
    host = address[0] if isinstance(address, tuple) else None
    if host is not None:
        try:
            allowed = ipaddress.ip_address(host).is_loopback
        except ValueError:
            allowed = host == "localhost"
        if not allowed:
            raise OSError(f"tests may not reach the network ({host})")
    return _real_connect(sock, address)


@pytest.fixture
def browser_page(launch_chromium: Any) -> Iterator[Any]:
    """A phone-sized page of a fresh chromium; a test may resize it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context(viewport={"width": 375, "height": 800})
        context.set_default_timeout(60_000)
        yield context.new_page()
        context.close()
        browser.close()


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)


@pytest.fixture(autouse=True)
def _strict_templates(settings: Any) -> None:
    """An unknown template variable is a bug, not an empty string."""
    for engine in settings.TEMPLATES:
        engine.setdefault("OPTIONS", {})["string_if_invalid"] = InvalidTemplateVariable("%s")


class InvalidTemplateVariable(str):
    def __mod__(self, other: object) -> str:
        raise AssertionError(f"unknown template variable: {other}")


@pytest.fixture
def coalition(db: None) -> Coalition:
    return Coalition.objects.create(name="Armenian Civil Society Coalition", slug="ascc")


def _member(coalition: Coalition, username: str, role: str | None) -> User:
    user = User.objects.create_user(username, f"{username}@example.org", "correct horse 1")
    if role:
        Membership.objects.create(coalition=coalition, user=user, role=role)
    return user


@pytest.fixture
def alice(coalition: Coalition) -> User:
    return _member(coalition, "alice", Role.COORDINATOR)


@pytest.fixture
def bob(coalition: Coalition) -> User:
    return _member(coalition, "bob", Role.MODERATOR)


@pytest.fixture
def charlie(coalition: Coalition) -> User:
    return _member(coalition, "charlie", None)


@pytest.fixture
def statement(coalition: Coalition, alice: User) -> Statement:
    return statement_services.create_statement(
        coalition,
        title="Statement on the offensive against Artsakh",
        body="We **condemn** the attack.",
        by=alice,
        place="Yerevan",
        addressees=["United Nations", "Council of Europe"],
        tags=["peace"],
    )


@pytest.fixture
def open_statement(statement: Statement, alice: User) -> Statement:
    return statement_services.change_status(statement, "open", by=alice)


@pytest.fixture
def published_statement(open_statement: Statement, alice: User) -> Statement:
    return statement_services.change_status(open_statement, "published", by=alice)


@pytest.fixture
def cleared_cache() -> Iterator[None]:
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
