"""No e-mail, IP address (or its hash), comment or representative's name of any signature
appears in any export, feed, embed page or API answer; nor does an unconfirmed signature."""

from __future__ import annotations

import io
import shutil
import subprocess
from urllib.parse import quote

import pytest
from django.conf import settings
from openpyxl import load_workbook

from undersigned.api.services import issue_token
from undersigned.registry.models import Organization


def public_urls(slug: str) -> list[str]:
    organization = Organization.objects.order_by("pk").first()
    assert organization is not None
    return [
        f"/s/{slug}/signatories.csv",
        f"/s/{slug}/signatories.csv?excel=1",
        f"/s/{slug}/signatories.json",
        f"/s/{slug}/signatories.html",
        f"/s/{slug}/embed/",
        f"/s/{slug}/embed/?n=50",
        f"/s/{slug}/share/",
        f"/s/{slug}/feed/",
        "/feeds/statements/",
        f"/oembed/?url={quote(settings.SITE_URL + f'/s/{slug}/')}",
        "/embed.js",
        "/api/v1/statements",
        f"/api/v1/statements/{slug}",
        f"/api/v1/statements/{slug}/signatories",
        f"/api/v1/statements/{slug}/signatories?limit=500",
        "/api/v1/organizations",
        f"/api/v1/organizations/{organization.pk}",
        f"/api/v1/organizations/{organization.slug}",
        "/api/v1/resolve?name=Helsinki",
        "/api/v1/openapi.json",
        "/api/v1/docs",
    ]


def _body(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8")
    return response.content.decode("utf-8")


def _assert_private_data_absent(text: str, signed, where: str) -> None:
    for private in signed.private:
        assert private not in text, f"{private!r} leaked in {where}"
    assert signed.pending_name not in text, f"an unconfirmed signature shows in {where}"


def test_no_private_data_in_any_public_output(client, signed):
    for url in public_urls(signed.statement.slug):
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_private_data_absent(_body(response), signed, url)


def test_no_private_data_for_a_token_of_the_coalition_either(client, signed, alice):
    raw = issue_token(signed.statement.coalition, name="t", by=alice)[1]
    for url in public_urls(signed.statement.slug):
        if url.startswith("/api/"):
            response = client.get(url, HTTP_AUTHORIZATION=f"Bearer {raw}")
            _assert_private_data_absent(_body(response), signed, url)


def test_no_private_data_in_the_spreadsheet(client, signed):
    response = client.get(f"/s/{signed.statement.slug}/signatories.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    cells = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row)
    _assert_private_data_absent(cells, signed, "signatories.xlsx")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_no_private_data_in_the_pdf_letter(client, signed, tmp_path):
    for language in ("en", "hy", "ru"):
        path = tmp_path / f"{language}.pdf"
        path.write_bytes(client.get(f"/s/{signed.statement.slug}/letter.{language}.pdf").content)
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, check=True, timeout=30
        ).stdout.decode()
        _assert_private_data_absent(text, signed, f"letter.{language}.pdf")
