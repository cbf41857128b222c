"""In a phone-sized browser: sign for an organization picked from the suggestions, read the
mail from the SMTP sink, confirm, a moderator accepts, the organization is on the list."""

from __future__ import annotations

import re

import pytest

from .smtp_sink import smtp_sink

pytestmark = [
    pytest.mark.browser,
    pytest.mark.live,
]


def test_a_signer_signs_on_a_phone_and_a_moderator_accepts(
    live_server,
    launch_chromium,
    transactional_db,
    published_statement,
    hcav,
    bob,
    settings,
    monkeypatch,
):
    settings.SITE_URL = live_server.url
    from playwright.sync_api import expect, sync_playwright

    with smtp_sink(settings) as sink, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 375, "height": 812}, locale="en-US")
        page.set_default_timeout(15_000)
        page.goto(f"{live_server.url}/s/{published_statement.slug}/sign/")
        page.get_by_label("Name of the organization").press_sequentially("Helsinki Cit", delay=40)
        option = page.get_by_role("option", name=re.compile("Helsinki Citizens’ Assembly–Vanadzor"))
        expect(option).to_be_visible()
        option.click()
        expect(page.locator("#org-picked")).to_contain_text("signed 0 statements")
        page.get_by_label("Your name").fill("Artur Sakunts")
        page.get_by_label("Your role").fill("Chair")
        page.get_by_label("E-mail").fill("hcav.office@gmail.com")
        page.get_by_label(re.compile("I agree that the name")).check()
        page.get_by_role("button", name="Sign", exact=True).click()
        expect(page.get_by_role("heading", name="Check your e-mail")).to_be_visible()

        (message,) = sink.wait_for(1)
        link = re.search(r"https?://\S+/sign/confirm/\S+/", sink.text(message))
        assert link is not None
        page.goto(link.group(0))
        page.get_by_role("button", name="Confirm my signature").click()
        expect(page.get_by_text("moderators check each signature")).to_be_visible()

        moderator = browser.new_page(viewport={"width": 375, "height": 812}, locale="en-US")
        moderator.set_default_timeout(15_000)
        moderator.goto(f"{live_server.url}/accounts/login/?next=/manage/review/")
        moderator.fill("#id_username", "bob")
        moderator.fill("#id_password", "correct horse 1")
        moderator.get_by_role("button", name=re.compile("Log in", re.I)).click()
        expect(moderator.get_by_role("heading", name="Signatures to review")).to_be_visible()
        card = moderator.locator(".review-card").filter(has_text="Helsinki")
        expect(card).to_contain_text("gmail.com")
        card.get_by_role("button", name="Accept as proposed").click()
        expect(moderator.get_by_text("No signature waits for a decision.")).to_be_visible()

        page.goto(f"{live_server.url}/s/{published_statement.slug}/")
        expect(page.locator("main")).to_contain_text("Helsinki Citizens’ Assembly–Vanadzor")
        browser.close()
