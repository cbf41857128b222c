from __future__ import annotations

import xml.etree.ElementTree as ET

from undersigned.statements import services as statement_services

ATOM = "{http://www.w3.org/2005/Atom}"


def _feed(client, url: str) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own feed, parsed to check it


def _assert_valid_atom(feed: ET.Element) -> None:
    """The elements RFC 4287 requires: feed id, title, updated, a self link, author;
    each entry's id, title, updated and link."""
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert (feed.findtext(f"{ATOM}{required}") or "").strip(), required
    assert feed.find(f"{ATOM}link[@rel='self']") is not None
    ids = []
    for entry in feed.findall(f"{ATOM}entry"):
        for required in ("id", "title", "updated"):
            assert (entry.findtext(f"{ATOM}{required}") or "").strip(), required
        assert entry.find(f"{ATOM}link") is not None
        has_author = (
            entry.find(f"{ATOM}author") is not None or feed.find(f"{ATOM}author") is not None
        )
        assert has_author
        ids.append(entry.findtext(f"{ATOM}id"))
    assert len(ids) == len(set(ids))


def test_statements_feed_lists_public_statements_only(client, signed, alice, coalition):
    statement_services.create_statement(coalition, title="A draft nobody may see", by=alice)
    feed = _feed(client, "/feeds/statements/")
    _assert_valid_atom(feed)
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
    assert titles == ["Statement on the offensive against Artsakh"]
    summary = feed.find(f"{ATOM}entry/{ATOM}summary").text
    assert "5 organizations and 2 individuals" in summary


def test_signatories_feed_lists_the_newest_public_signatures(client, signed):
    feed = _feed(client, f"/s/{signed.statement.slug}/feed/")
    _assert_valid_atom(feed)
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
    assert sorted(titles) == sorted(signed.names)
    assert signed.pending_name not in titles
    assert titles[0] == "+Mallory Formula"  # the newest first


def test_a_draft_has_no_feed(client, statement):
    assert client.get(f"/s/{statement.slug}/feed/").status_code == 404


def test_the_feed_reads_a_fixed_number_of_queries(client, signed, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        client.get(f"/s/{signed.statement.slug}/feed/")
