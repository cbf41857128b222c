from __future__ import annotations


def test_the_statement_page_links_to_every_export(client, signed):
    html = client.get(f"/s/{signed.statement.slug}/?lang=hy").content.decode()
    slug = signed.statement.slug
    for href in (
        f"/s/{slug}/letter.hy.pdf",
        f"/s/{slug}/signatories.csv",
        f"/s/{slug}/signatories.xlsx",
        f"/s/{slug}/signatories.json",
        f"/s/{slug}/feed/",
        f"/s/{slug}/share/",
    ):
        assert f'href="{href}"' in html, href


def test_the_statement_page_announces_its_feed_and_oembed(client, signed):
    html = client.get(f"/s/{signed.statement.slug}/").content.decode()
    head = html[: html.index("</head>")]
    assert 'type="application/atom+xml"' in head
    assert 'type="application/json+oembed"' in head
    assert "/oembed/?url=http%3A%2F%2F" in head


def test_a_draft_page_offers_its_members_no_feed_or_embed(client, alice, statement):
    client.force_login(alice)
    html = client.get(f"/s/{statement.slug}/").content.decode()
    assert f"/s/{statement.slug}/letter.en.pdf" in html
    assert f"/s/{statement.slug}/feed/" not in html
    assert f"/s/{statement.slug}/share/" not in html
