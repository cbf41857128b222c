"""In a real browser: a plain HTML page of another site (another origin) embeds the widget by script and by
iframe; both show the statement, and the script's iframe takes the height of its content."""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.browser,
]

HOST_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Coalition news</title></head>
<body><h1>Coalition news</h1>
<div data-undersigned-statement="{slug}" data-latest="3"><a href="{site}/s/{slug}/">Statement</a></div>
<script async src="{site}/embed.js"></script>
<iframe id="plain" src="{site}/s/{slug}/embed/" title="Statement" width="480" height="420"></iframe>
</body></html>"""


def test_the_widget_shows_inside_a_plain_page_of_another_site(
    live_server, launch_chromium, transactional_db, signed, settings, monkeypatch, tmp_path: Path
):
    settings.SITE_URL = live_server.url
    host = tmp_path / "index.html"
    host.write_text(HOST_PAGE.format(site=live_server.url, slug=signed.statement.slug))
    from playwright.sync_api import sync_playwright

    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 375, "height": 800})
        page.set_default_timeout(15_000)
        page.goto(f"http://127.0.0.1:{server.server_port}/index.html")
        scripted = page.frame_locator("[data-undersigned-statement] iframe")
        plain = page.frame_locator("#plain")
        for widget in (scripted, plain):
            heading = widget.get_by_role("heading", level=1)
            assert heading.inner_text() == "Statement on the offensive against Artsakh"
            assert "5 organizations" in widget.locator(".counts").inner_text()
            assert widget.get_by_role("link", name="Sign this statement").is_visible()
        assert scripted.locator(".latest li").count() == 3
        frame = page.locator("[data-undersigned-statement] iframe")
        page.wait_for_function(
            "f => f.style.height && f.style.height !== '420px'", arg=frame.element_handle()
        )
        height = frame.evaluate("f => f.getBoundingClientRect().height")
        inner = scripted.locator("html").evaluate("h => h.getBoundingClientRect().height")
        assert abs(height - inner) <= 2
        browser.close()
    server.shutdown()
