from __future__ import annotations

import datetime
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from django.core.cache import cache

from undersigned.accounts.models import Coalition
from undersigned.exports import letter
from undersigned.statements.models import Statement

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, timeout=30
    )
    return " ".join(result.stdout.decode().split())


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def test_the_armenian_letter_has_the_title_and_every_signatory(client, signed, tmp_path):
    Coalition.objects.filter(pk=signed.statement.coalition_id).update(
        letterhead="Yerevan, Armenia\ninfo@coalition.example"
    )
    Statement.objects.filter(pk=signed.statement.pk).update(date=datetime.date(2020, 9, 27))
    response = client.get(f"/s/{signed.statement.slug}/letter.hy.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'inline; filename="{signed.statement.slug}-hy.pdf"'
    text = _text(response.content, tmp_path)
    assert " ".join(signed.armenian_title.split()) in text
    for name in signed.names:
        assert " ".join(name.split()) in text, name
    assert "Armenian Civil Society Coalition" in text
    assert "Yerevan, Armenia" in text
    assert "27 սեպտեմբերի 2020 թ." in text  # the month in the genitive, as Armenian dates it
    assert "United Nations" in text and "Council of Europe" in text
    assert signed.pending_name not in text
    for private in signed.private:
        assert private not in text


def test_the_letter_has_page_numbers_and_a_separate_annex(client, signed, tmp_path):
    response = client.get(f"/s/{signed.statement.slug}/letter.pdf")
    text = _text(response.content, tmp_path)
    assert "Statement on the offensive against Artsakh" in text
    assert "Page 1 / 2" in text and "Page 2 / 2" in text
    assert "Annex: signatories" in text
    assert "(Armenia)" in text


def test_the_russian_letter_speaks_russian(client, signed, tmp_path):
    Statement.objects.filter(pk=signed.statement.pk).update(date=datetime.date(2020, 9, 27))
    response = client.get(f"/s/{signed.statement.slug}/letter.ru.pdf")
    text = _text(response.content, tmp_path)
    assert "27 сентября 2020" in text
    assert signed.russian_title in text
    assert "Мы осуждаем нападение." in text


def test_an_unknown_language_is_not_found(client, signed):
    assert client.get(f"/s/{signed.statement.slug}/letter.xx.pdf").status_code == 404
    assert client.get(f"/s/{signed.statement.slug}/letter.<b>.pdf").status_code == 404


def test_a_letter_renders_in_a_few_seconds_and_then_comes_from_the_cache(signed):
    built = letter.build_letter(signed.statement, language="hy")
    started = time.monotonic()
    first = letter.render_pdf(built)
    rendering = time.monotonic() - started
    started = time.monotonic()
    again = letter.render_pdf(letter.build_letter(signed.statement, language="hy"))
    cached = time.monotonic() - started
    assert rendering < 5
    assert again == first
    assert cached < rendering / 5


def test_a_new_signatory_makes_a_new_letter(signed):
    from undersigned.signatures.services import create_signature

    before = letter.build_letter(signed.statement, language="en").digest()
    create_signature(signed.statement, kind="person", name="Late Signer", status="accepted")
    after = letter.build_letter(signed.statement, language="en").digest()
    assert before != after


def test_hostile_markdown_in_the_body_does_not_reach_the_pdf_renderer(signed, alice):
    from undersigned.statements.services import update_text

    statement = update_text(
        signed.statement,
        texts={
            "en": (
                "Title",
                "<script>alert(1)</script> [x](javascript:alert(1)) ![i](file:///etc/passwd)",
            )
        },
        by=alice,
    )
    html = letter.render_html(letter.build_letter(statement, language="en"))
    assert "<script" not in html
    assert 'href="javascript' not in html
    assert "<img" not in html
    assert letter.render_pdf(letter.build_letter(statement, language="en")).startswith(b"%PDF")


def test_the_pdf_renderer_fetches_nothing(signed):
    with pytest.raises(ValueError, match="fetches nothing"):
        letter.refuse_fetch("file:///etc/passwd")
