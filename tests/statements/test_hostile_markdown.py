"""A script or a javascript: link in a statement never reaches a reader."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from undersigned.statements import services

HOSTILE = [
    "<script>alert('x')</script>",
    "[click](javascript:alert('x'))",
    '<img src=x onerror="alert(1)">',
    "<iframe src='https://evil.example'></iframe>",
    "[x](JaVaScRiPt:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "![img](javascript:alert(1))",
    "<svg onload=alert(1)>",
]


TAG = re.compile(r"<([a-z][a-z0-9]*)([^>]*)>", re.IGNORECASE)
SAFE_TAGS = {"p", "a", "strong", "em", "code", "pre", "ul", "ol", "li", "br", "blockquote"}


def assert_harmless(html: str) -> None:
    """Hostile input may remain as visible text, but never as a tag, handler or link."""
    for name, attributes in TAG.findall(html):
        assert name.lower() in SAFE_TAGS, name
        assert not re.search(r"\bon[a-z]+\s*=", attributes, re.IGNORECASE), attributes
        assert "javascript:" not in attributes.lower(), attributes


@pytest.mark.parametrize("body", HOSTILE)
def test_hostile_markdown_is_removed_from_the_statement_page(
    client, published_statement, alice, body
):
    services.update_text(published_statement, texts={"en": ("Title", body)}, by=alice)
    page = client.get(published_statement.get_absolute_url()).content.decode()
    main = page.split('class="statement-body prose" lang="en">', 1)[1].split("</div>", 1)[0]
    assert_harmless(main)


@pytest.mark.parametrize("body", HOSTILE)
def test_hostile_markdown_is_removed_from_the_preview(client, alice, body):
    client.force_login(alice)
    response = client.post(reverse("statements:preview"), {"body": body})
    assert response.status_code == 200
    assert_harmless(response.content.decode())


def test_the_checker_itself_catches_a_live_handler():
    with pytest.raises(AssertionError):
        assert_harmless('<p onclick="x()">hi</p>')
    with pytest.raises(AssertionError):
        assert_harmless('<a href="javascript:x()">hi</a>')


def test_a_hostile_title_is_escaped(client, published_statement, alice):
    services.update_text(
        published_statement, texts={"en": ("<script>alert(1)</script>", "text")}, by=alice
    )
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_hostile_details_are_escaped_everywhere_on_the_page(client, published_statement, alice):
    services.update_details(
        published_statement,
        place="<img src=x onerror=alert(1)>",
        summary='"><script>alert(1)</script>',
        addressees=["<script>alert('to')</script>"],
        tags=["<b onmouseover=alert(1)>tag</b>"],
        by=alice,
    )
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "<b onmouseover" not in page
    assert "&lt;script&gt;alert(&#x27;to&#x27;)&lt;/script&gt;" in page
