"""The statement in the reader's language, and the page's own words in en, hy and ru."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest

import undersigned
from undersigned.statements import services


@pytest.fixture
def translated(published_statement, alice):
    return services.update_text(
        published_statement,
        texts={
            "hy": ("Հայտարարություն Արցախի դեմ հարձակման մասին", "Մենք **դատապարտում ենք**։"),
            "ru": ("Заявление о наступлении на Арцах", "Мы **осуждаем** нападение."),
        },
        by=alice,
    )


@pytest.mark.parametrize(
    ("lang", "title", "ui_word"),
    [
        ("en", "Statement on the offensive against Artsakh", "Signatories"),
        ("hy", "Հայտարարություն Արցախի դեմ հարձակման մասին", "Ստորագրողներ"),
        ("ru", "Заявление о наступлении на Арцах", "Подписавшие"),
    ],
)
def test_the_page_renders_in_all_three_languages(client, translated, lang, title, ui_word):
    response = client.get(translated.get_absolute_url(), {"lang": lang})
    page = response.content.decode()
    assert response.status_code == 200
    assert f'lang="{lang}">{title}</h1>' in page
    assert ui_word in page
    assert f'<html lang="{lang}">' in page


def test_the_language_switcher_links_every_translation(client, translated):
    page = client.get(translated.get_absolute_url()).content.decode()
    assert 'href="?lang=hy" lang="hy" hreflang="hy">Հայերեն</a>' in page
    assert 'href="?lang=ru" lang="ru" hreflang="ru">Русский</a>' in page
    assert '<span aria-current="true" lang="en">English</span>' in page


def test_a_missing_translation_falls_back_to_the_original(client, published_statement):
    page = client.get(published_statement.get_absolute_url(), {"lang": "ru"}).content.decode()
    assert 'lang="en">Statement on the offensive against Artsakh</h1>' in page


@pytest.mark.parametrize("lang", ["xx", "", "<script>", "hy" * 500, "\u202eru"])
def test_an_odd_lang_parameter_shows_the_original(client, published_statement, lang):
    response = client.get(published_statement.get_absolute_url(), {"lang": lang})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_the_reader_language_from_the_browser_picks_the_translation(client, translated):
    response = client.get(translated.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="ru")
    assert "Заявление о наступлении на Арцах" in response.content.decode()


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_the_home_page_renders_in_every_language(client, translated, lang):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in response.content.decode()


ENGLISH_WORDS_OF_THE_PAGE = [
    "Signatories",
    "Addressed to",
    "Share and download",
    "Search the signatory list",
    "Open for others to join.",
    "No individual has signed yet.",
    "alphabetical",
    "Skip to content",
]


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_no_english_word_of_the_page_is_left_untranslated(client, translated, lang):
    page = client.get(translated.get_absolute_url(), {"lang": lang}).content.decode()
    for words in ENGLISH_WORDS_OF_THE_PAGE:
        assert words not in page, words


def _translated_singulars(po_text: str) -> dict[str, str]:
    """msgid -> msgstr of the translated, singular, context-free entries of a .po file."""
    entries = {}
    for block in po_text.split("\n\n"):
        if "msgid_plural" in block or "msgctxt" in block or "#, fuzzy" in block:
            continue
        fields: dict[str, str] = {}
        current = None
        for line in block.splitlines():
            match = re.match(r'^(msgid|msgstr) "(.*)"$', line)
            if match:
                current = match.group(1)
                fields[current] = match.group(2)
            elif line.startswith('"') and current:
                fields[current] += line[1:-1]
        if fields.get("msgid") and fields.get("msgstr"):
            unescape = lambda text: text.replace('\\"', '"').replace("\\n", "\n")  # noqa: E731
            entries[unescape(fields["msgid"])] = unescape(fields["msgstr"])
    return entries


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_shipped_compiled_catalog_matches_its_source(lang):
    """Every translation in the .po is in the .mo: nobody forgot compilemessages."""
    catalog = Path(undersigned.__file__).parent / "locale" / lang / "LC_MESSAGES"
    with (catalog / "django.mo").open("rb") as compiled:
        shipped = gettext.GNUTranslations(compiled)
    source = _translated_singulars((catalog / "django.po").read_text(encoding="utf-8"))
    assert len(source) > 300
    stale = [msgid for msgid, msgstr in source.items() if shipped.gettext(msgid) != msgstr]
    assert stale == []


def test_the_header_language_switch_leaves_the_lang_parameter_behind(client, translated):
    page = client.get(translated.get_absolute_url(), {"lang": "hy"}).content.decode()
    assert f'<input name="next" type="hidden" value="{translated.get_absolute_url()}">' in page
    response = client.post(
        "/i18n/setlang/", {"language": "ru", "next": translated.get_absolute_url()}
    )
    assert response["Location"] == translated.get_absolute_url()
    assert "Подписавшие" in client.get(response["Location"]).content.decode()
