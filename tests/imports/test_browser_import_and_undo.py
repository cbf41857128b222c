"""In a real browser: a coordinator pastes the seed list, reviews, imports, then undoes."""

from __future__ import annotations

import pytest

from undersigned.signatures.models import Signature

pytestmark = [
    pytest.mark.browser,
]


def test_a_coordinator_imports_the_seed_list_and_undoes_it(
    live_server, transactional_db, alice, statement, seed_list, browser_page
):
    page = browser_page
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill("correct horse 1")
    page.get_by_role("button", name="Log in", exact=True).click()
    page.goto(f"{live_server.url}/manage/s/{statement.slug}/")
    page.get_by_role("link", name="Import a list").click()
    page.get_by_label("Paste the list").fill(seed_list)
    page.get_by_role("button", name="Preview the list").click()
    page.get_by_role("heading", name="Preview: nothing is imported yet").wait_for()
    decision = page.get_by_label("Decision").first
    decision.select_option("skip")
    page.get_by_role("button", name="Save these decisions").click()
    page.get_by_text("Your decisions are saved").wait_for()
    page.get_by_role("button", name="Import the list").click()
    page.get_by_role("heading", name="The list is imported").wait_for()
    assert Signature.objects.filter(statement=statement).count() == 131
    page.get_by_role("button", name="Undo this import").click()
    page.get_by_role("heading", name="This import was undone").wait_for()
    assert not Signature.objects.filter(statement=statement).exists()
