"""The statement in the reader's language, and the page's own words in en, hy and ru."""

from __future__ import annotations

import pytest

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
