"""In a real browser: a moderator merges a suspected duplicate from the queue, sees both
statements on one organization page, and undoes the merge."""

from __future__ import annotations

import pytest

from undersigned.registry.models import Organization
from undersigned.registry.services import detect_duplicates

pytestmark = [
    pytest.mark.browser,
]


def test_a_moderator_merges_from_the_queue_and_undoes_it(
    live_server, transactional_db, bob, asparez, asparez_again, first, second, sign, browser_page
):
    sign(first, asparez, "Journalists’ Club Asparez")
    sign(second, asparez_again, "Journalists’ Club “Asparez”")
    detect_duplicates()
    page = browser_page
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("bob")
    page.get_by_label("Password").fill("correct horse 1")
    page.get_by_role("button", name="Log in").click()

    page.goto(f"{live_server.url}/o/duplicates/")
    page.get_by_text("same quoted name").first.wait_for()
    page.get_by_role("link", name="Compare and merge…").first.click()
    page.get_by_role("button", name="Merge").click()

    page.get_by_text("was merged into").wait_for()
    signed = page.locator("table.signed-table")
    assert signed.get_by_role("link", name=first.title).count() == 1
    assert signed.get_by_role("link", name=second.title).count() == 1
    assert Organization.objects.live().count() == 1

    page.get_by_role("button", name="Undo this merge").click()
    page.get_by_text("The merge was undone").wait_for()
    assert Organization.objects.live().count() == 2
