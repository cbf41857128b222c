"""The live preview of the editor, the share page and the QR code of the sign link."""

from __future__ import annotations

import pytest
from django.urls import reverse

PREVIEW = reverse("statements:preview")


def test_the_preview_renders_markdown_for_a_member(client, alice):
    client.force_login(alice)
    response = client.post(PREVIEW, {"body": "**bold** and [link](https://example.org)"})
    assert response.status_code == 200
    assert "<strong>bold</strong>" in response.content.decode()
    assert 'rel="noopener noreferrer nofollow"' in response.content.decode()


def test_the_preview_refuses_a_text_that_is_too_long(client, alice):
    client.force_login(alice)
    response = client.post(PREVIEW, {"body": "x" * 100_001})
    assert response.status_code == 400
    assert "too long" in response.content.decode()


def test_the_preview_is_for_members_only_and_by_post(client, charlie):
    assert client.post(PREVIEW, {"body": "x"}).status_code == 302
    client.force_login(charlie)
    assert client.post(PREVIEW, {"body": "x"}).status_code == 403
    assert client.get(PREVIEW).status_code == 405


def test_the_share_page_shows_the_link_and_a_qr_code(client, open_statement, alice):
    client.force_login(alice)
    html = client.get(
        reverse("statements:share", kwargs={"slug": open_statement.slug})
    ).content.decode()
    assert "<svg" in html
    assert f"/s/{open_statement.slug}/" in html


def test_the_qr_code_is_an_svg_of_the_sign_link(client, open_statement):
    response = client.get(reverse("statements:qr", kwargs={"slug": open_statement.slug}))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.startswith(b"<svg") or b"<svg" in response.content[:200]
    download = client.get(
        reverse("statements:qr", kwargs={"slug": open_statement.slug}), {"download": "1"}
    )
    assert "attachment" in download["Content-Disposition"]


def test_the_qr_code_of_a_draft_is_not_public(client, statement):
    assert client.get(reverse("statements:qr", kwargs={"slug": statement.slug})).status_code == 404


@pytest.mark.parametrize("who", ["charlie", None])
def test_outsiders_cannot_open_the_share_page(client, request, statement, who):
    if who:
        client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("statements:share", kwargs={"slug": statement.slug}))
    assert response.status_code in (302, 403)
