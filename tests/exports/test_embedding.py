from __future__ import annotations

import json
import re
from urllib.parse import quote

from django.conf import settings


def test_the_embed_page_may_be_framed_by_any_website(client, signed):
    response = client.get(f"/s/{signed.statement.slug}/embed/")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert "frame-ancestors" not in response["Content-Security-Policy"]
    assert "default-src 'none'" in response["Content-Security-Policy"]
    html = response.content.decode()
    assert "Statement on the offensive against Artsakh" in html
    assert "<strong>5</strong> organizations" in html
    assert "Sign this statement" in html


def test_every_other_page_refuses_to_be_framed(client, signed):
    for url in (f"/s/{signed.statement.slug}/", f"/s/{signed.statement.slug}/share/", "/oembed/"):
        assert client.get(url)["X-Frame-Options"] == "DENY", url


def test_the_embed_shows_the_latest_signatories_newest_first(client, signed):
    html = client.get(f"/s/{signed.statement.slug}/embed/?n=2").content.decode()
    latest = re.findall(r"<li>([^<]+?)(?: <span|</li>)", html)
    assert latest == ["+Mallory Formula", "Anna Hakobyan"]
    assert signed.pending_name not in html


def test_odd_embed_parameters_fall_back_to_defaults(client, signed):
    for query in ("?n=abc", "?n=-5", "?n=999999999999", "?lang=%00", "?n=%E2%80%AE"):
        assert client.get(f"/s/{signed.statement.slug}/embed/{query}").status_code == 200


def test_the_embed_speaks_the_statement_language_asked_for(client, signed):
    html = client.get(f"/s/{signed.statement.slug}/embed/?lang=hy").content.decode()
    assert signed.armenian_title in html


def test_closed_statements_embed_without_a_sign_button(client, signed, alice):
    from undersigned.statements.services import change_status

    change_status(signed.statement, "closed", by=alice)
    html = client.get(f"/s/{signed.statement.slug}/embed/").content.decode()
    assert "Sign this statement" not in html


def test_a_draft_cannot_be_embedded(client, alice, statement):
    client.force_login(alice)
    assert client.get(f"/s/{statement.slug}/embed/").status_code == 404


def test_the_widget_script_points_at_this_site(client):
    response = client.get("/embed.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert f'var origin = "{settings.SITE_URL}"' in response.content.decode()


def test_oembed_describes_a_statement_as_a_rich_iframe(client, signed):
    url = settings.SITE_URL + signed.statement.get_absolute_url()
    response = client.get(f"/oembed/?url={quote(url)}&format=json&maxwidth=300")
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["type"] == "rich" and data["version"] == "1.0"
    assert data["width"] == 300
    assert f'src="{settings.SITE_URL}/s/{signed.statement.slug}/embed/"' in data["html"]
    assert data["title"] == signed.statement.title


def test_oembed_refuses_other_sites_formats_and_drafts(client, signed, coalition, alice):
    from undersigned.statements.services import create_statement

    assert client.get("/oembed/?url=https://evil.example/s/x/").status_code == 404
    assert client.get("/oembed/?url=").status_code == 404
    assert client.get("/oembed/?url=%00%FF").status_code == 404
    draft = (
        settings.SITE_URL + create_statement(coalition, title="Draft", by=alice).get_absolute_url()
    )
    assert client.get(f"/oembed/?url={quote(draft)}").status_code == 404
    page = settings.SITE_URL + signed.statement.get_absolute_url()
    assert client.get(f"/oembed/?url={quote(page)}&format=xml").status_code == 501
    assert client.get(f"/oembed/?url={quote(page)}&maxwidth=%F0%9F%98%80").status_code == 200


def test_the_share_page_offers_every_code_and_download(client, signed):
    response = client.get(f"/s/{signed.statement.slug}/share/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "data-undersigned-statement" in html  # the script code, escaped in a textarea
    assert "&lt;iframe" in html
    for suffix in (
        "letter.en.pdf",
        "letter.hy.pdf",
        "letter.ru.pdf",
        "signatories.csv?excel=1",
        "signatories.xlsx",
    ):
        assert suffix in html, suffix
