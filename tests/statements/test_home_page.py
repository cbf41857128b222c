"""The home page: public statements newest first, search by words and tags."""

from __future__ import annotations

import pytest

from undersigned.statements import services


@pytest.fixture
def several(coalition, alice, published_statement):
    media = services.create_statement(
        coalition, title="Free the journalists", body="Press freedom now.", by=alice, tags=["media"]
    )
    services.change_status(media, "open", by=alice)
    services.create_statement(coalition, title="Secret draft", body="Not yet.", by=alice)
    return published_statement, media


def test_it_lists_open_and_published_statements_newest_first_without_drafts(client, several):
    page = client.get("/").content.decode()
    assert page.index("Free the journalists") < page.index("Statement on the offensive")
    assert "Secret draft" not in page


def test_it_finds_statements_by_words(client, several):
    page = client.get("/", {"q": "press"}).content.decode()
    assert "Free the journalists" in page
    assert "Statement on the offensive" not in page
    assert "1 statement found" in page


def test_it_finds_statements_by_words_in_a_translation(client, several, alice):
    published, _media = several
    services.update_text(published, texts={"ru": ("Заявление", "Мы осуждаем нападение.")}, by=alice)
    page = client.get("/", {"q": "осуждаем"}).content.decode()
    assert "Statement on the offensive" in page


def test_it_filters_by_tag(client, several):
    page = client.get("/", {"tag": "media"}).content.decode()
    assert "Free the journalists" in page
    assert "Statement on the offensive" not in page.split("statement-list", 1)[1]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"tag": "<script>"},
        {"q": "\x00\x01"},
        {"page": "-1"},
        {"page": "abc"},
        {"q": "\u202e"},
    ],
)
def test_odd_searches_never_fail(client, several, params):
    response = client.get("/", params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_the_home_page_runs_a_fixed_number_of_queries(
    client, several, django_assert_num_queries, alice, coalition
):
    for n in range(15):
        extra = services.create_statement(coalition, title=f"Extra {n}", by=alice, tags=[f"t{n}"])
        services.change_status(extra, "published", by=alice)
    # statements (count and page), tags
    with django_assert_num_queries(3):
        assert client.get("/").status_code == 200
