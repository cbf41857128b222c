"""In a real browser: a coordinator writes a statement in three languages, opens and
publishes it, and the public page is photographed at phone and desktop width."""

from __future__ import annotations

from pathlib import Path

import pytest

from undersigned.statements.models import Statement, Status

pytestmark = [
    pytest.mark.browser,
]


def test_a_coordinator_writes_opens_and_publishes_a_statement(
    live_server, transactional_db, alice, browser_page, tmp_path: Path
):
    page = browser_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill("correct horse 1")
    page.get_by_role("button", name="Log in", exact=True).click()
    page.get_by_role("link", name="New statement", exact=True).click()

    page.get_by_label("Original language").select_option("en")
    page.locator("#id_title").fill("Appeal for the protection of civilians")
    page.locator("#id_body").fill(
        "We, the undersigned organizations, **call on** the international community to act.\n\n"
        "- protect civilians\n- allow humanitarian access"
    )
    page.locator('[data-preview-for="original"] strong').wait_for()
    assert page.locator('[data-preview-for="original"] strong').inner_text() == "call on"
    page.locator("#id_place").fill("Yerevan")
    page.locator("#id_addressees").fill("United Nations\nCouncil of Europe\nEuropean Union")
    page.locator("#id_tags").fill("civilians, humanitarian")
    page.locator("details[data-language=hy] summary").click()
    page.locator("#id_title_hy").fill("Կոչ խաղաղ բնակչության պաշտպանության համար")
    page.locator("#id_body_hy").fill(
        "Մենք՝ ստորագրած կազմակերպություններս, **կոչ ենք անում** գործել։"
    )
    page.locator("details[data-language=ru] summary").click()
    page.locator("#id_title_ru").fill("Призыв к защите мирного населения")
    page.locator("#id_body_ru").fill(
        "Мы, нижеподписавшиеся организации, **призываем** действовать."
    )
    page.get_by_role("button", name="Save as draft", exact=True).click()

    page.get_by_role("link", name="Open for signatures", exact=True).click()
    page.get_by_role("button", name="Yes, Open for signatures", exact=True).click()
    page.get_by_role("link", name="Publish", exact=True).click()
    page.get_by_role("button", name="Yes, Publish", exact=True).click()
    page.get_by_text("The statement is now: Published.").wait_for()

    statement = Statement.objects.get(title="Appeal for the protection of civilians")
    assert statement.status == Status.PUBLISHED
    assert statement.languages() == ["en", "hy", "ru"]

    page.get_by_role("link", name="Share link and QR code", exact=True).click()
    assert page.locator(".qr-image svg").count() == 1
    share_url = page.locator("#sign-url").input_value()
    assert share_url.startswith("http")

    for width, name in ((375, "statement-phone.png"), (1280, "statement-desktop.png")):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{live_server.url}{statement.get_absolute_url()}")
        assert page.locator("h1").inner_text() == "Appeal for the protection of civilians"
        assert page.get_by_role("link", name="Sign this statement", exact=True).is_visible()
        page.screenshot(path=str(tmp_path / name), full_page=True)
        assert (tmp_path / name).stat().st_size > 10_000
    page.goto(f"{live_server.url}{statement.get_absolute_url()}?lang=hy")
    assert page.locator("h1").inner_text() == "Կոչ խաղաղ բնակչության պաշտպանության համար"
