"""The matcher's reasons in the reader's language.

The engine writes its reasons in English and they are stored so; the pages translate each
one as they show it. When the engine gains a way of explaining itself, the first test
fails until ``undersigned/core/reasons.py`` knows the new sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from django.urls import reverse
from django.utils import translation

from undersigned.core.reasons import is_known_reason, translate_reason
from undersigned.imports.services import KNOWN_SPELLING
from undersigned.matching import compare
from undersigned.registry import search
from undersigned.registry.services import create_organization, detect_duplicates
from undersigned.signatures import services as signature_services
from undersigned.signatures.services import PICKED

# Two names and one reason the engine gives for them: together, every format it writes.
EVERY_FORMAT = [
    ("Signatories:", "Asparez", "one of the lines is not a name"),
    ("Asparez Club", "Аспарез клуб", "same words: “asparez”, “club”"),
    ("Civic Voice", "Citizen's Voice", "“civil” ≈ “citizen” (related)"),
    ("Shoghakat Foundation", "Shogakat Foundation", "“shoghakat” ≈ “shogakat” (typing error)"),
    ("Sotqi Club", "Sotki Club", "“sotqi” ≈ “sotki” (spelling variant)"),
    ("Asparezi Club", "Asparez Club", "“asparezi” ≈ “asparez” (inflected form)"),
    ("EcoLur Informational NGO", "Eco Lur Informational NGO", "“ecolur” written as “eco lur”"),
    ("Dona Center", "Dony Center", "only in the first: “dona”"),
    ("Dona Center", "Dony Center", "only in the second: “dony”"),
    (
        "Journalists’ Club Asparez",
        "Journalists’ Club “Asparez”",
        "same quoted name; the rest only adds or drops descriptive words",
    ),
    ("GYLA – Ana Abashidze", "Georgian Young Lawyers’ Association (GYLA)", "same acronym GYLA"),
    ("Youth Centre (YCA)", "Youth Centre (YCG)", "different acronyms: YCA / YCG"),
    (
        "GYLA – Ana Abashidze",
        "Georgian Young Lawyers’ Association (GYLA)",
        "“GYLA” is the other name's acronym",
    ),
    (
        "Helsinki Citizens Assembly (Armenia)",
        "Helsinki Citizens Assembly (Georgia)",
        "different countries: armenia / georgia",
    ),
    (
        "Journalists’ Club Asparez",
        "Journalists’ Club Asparez of Armenia",
        "“armenia” only names the country",
    ),
    ("School No 5", "School No 6", "different numbers: “5”"),
    ("РОО «Правозащитный центр", "Правозащитный центр", "a quotation is left open in one name"),
    (
        "Helsinki Citizens’ Assembly",
        "Helsinki Citizens’ Assembly – Vanadzor",
        "only one name is qualified by the place “vanadzor”",
    ),
    ("Dona Center", "Dony Center", "distinctive word in one name only: “dona”, “dony”"),
    (
        "Civic Voice",
        "Citizen's Voice",
        "only generic words agree, one of them only by meaning",
    ),
    (
        "Armenian Lawyers’ Association",
        "Armenian Young Lawyers’ Association",
        "only one name says whom it serves: “youth”",
    ),
    (
        "«Հայաստանի իրավաբանների ասոցիացիա» ՀԿ",
        "«Հայաստանի երիտասարդ իրավաբանների ասոցիացիա» ՀԿ",
        "the quoted names differ: “youth”",
    ),
    ("Khazer NGO", "Khazar NGO", "a distinctive word matches only approximately"),
    ("Satar NGO Foundation", "Satar LLC", "different legal forms: foundation/ngo vs company"),
    ("Khazer NGO", "Хазер НГО", "same legal form (ngo), weak evidence"),
    ("Anna Petrosyan", "Anna Petrosyan Foundation", "one is a person, the other an organization"),
    ("Anna Petrosyan Foundation", "Anna Petrosyan", "one is an organization, the other a person"),
]

# Reasons written outside the engine: by the duplicate search, the sign form, the import.
# Written by list clustering when an acronym spells the initials of one name of the list
# (tests/matching/test_matching_list_evidence.py checks the engine writes it so).
LIST_ACRONYM = "no other name in the list has the initials “OSF”"
OUR_OWN = [
    "“Journalists’ Club Asparez” ~ “Asparez Journalists Club”",
    PICKED,
    KNOWN_SPELLING,
    LIST_ACRONYM,
    "no other name in the list has these words with a place",
    "no other name in the list declares the acronym “ISFED”",
]


def _quoted(text: str) -> list[str]:
    return re.findall(r"[“«](.*?)[”»]", text)


@pytest.mark.parametrize("lang", ["hy", "ru"])
@pytest.mark.parametrize(("a", "b", "reason"), EVERY_FORMAT)
def test_every_reason_the_engine_writes_is_translated(lang, a, b, reason):
    reasons = compare(a, b).reasons
    assert reason in reasons
    for english in reasons:
        assert is_known_reason(english), english
        with translation.override(lang):
            translated = translate_reason(english)
        assert translated != english
        assert "%(" not in translated
        assert _quoted(translated) == _quoted(english), translated
        for acronym_or_place in re.findall(r"\b[A-Z]{2,}\b|\b\w+ / \w+\b|\d+", english):
            assert acronym_or_place in translated, (acronym_or_place, translated)


@pytest.mark.parametrize("lang", ["hy", "ru"])
@pytest.mark.parametrize("reason", OUR_OWN)
def test_the_reasons_of_the_registry_sign_form_and_import_are_translated(lang, reason):
    assert is_known_reason(reason)
    with translation.override(lang):
        translated = translate_reason(reason)
    assert translated != reason
    assert "%(" not in translated
    assert _quoted(translated) == _quoted(reason)


@pytest.mark.parametrize(("a", "b", "reason"), EVERY_FORMAT)
def test_in_english_a_reason_reads_as_stored(a, b, reason):
    with translation.override("en"):
        assert translate_reason(reason) == reason
        for stored in [*compare(a, b).reasons, *OUR_OWN]:
            assert translate_reason(stored) == stored


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a reason the engine will write one day",
        "same words:",
        "one is a robot, the other an organization",
        "different legal forms: ngo vs cooperative",
        "“civil” ≈ “citizen” (guessed)",
        "общие слова: «asparez»",  # stored by an older version in another language
        "same words %(words)s",
    ],
)
def test_text_of_no_known_format_passes_through_unchanged(text):
    with translation.override("ru"):
        assert translate_reason(text) == text


def test_a_placeholder_in_a_quoted_word_is_shown_as_written():
    with translation.override("ru"):
        assert translate_reason("same acronym %(x)s") == "одинаковая аббревиатура %(x)s"
        assert translate_reason("same words: “%(words)s”") == "совпадающие слова: «%(words)s»"


@pytest.fixture
def _fresh_index() -> Iterator[None]:
    search.reset()
    yield
    search.reset()


@pytest.mark.usefixtures("_fresh_index")
def test_the_duplicates_page_shows_the_reasons_in_russian(client, bob):
    create_organization("Journalists’ Club Asparez")
    create_organization("Asparez Journalists Club")
    detect_duplicates()
    client.force_login(bob)
    page = client.get("/o/duplicates/", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "совпадающие слова: «asparez», «club», «journalist»" in page
    assert "same words" not in page


@pytest.mark.usefixtures("_fresh_index")
def test_the_moderation_queue_shows_the_reasons_in_armenian(client, bob, published_statement):
    hcav = create_organization("Helsinki Citizens’ Assembly–Vanadzor")
    result = signature_services.sign(
        published_statement,
        kind="organization",
        name="HCA Vanadzor",
        email="hcav@gmail.com",
        picked=hcav,
    )
    assert result.signature is not None
    signature_services.confirm_from_link(signature_services.confirmation_token(result.signature))
    client.force_login(bob)
    url = reverse("signatures:moderation", kwargs={"slug": published_statement.coalition.slug})
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="hy").content.decode()
    assert "կազմակերպությունն ընտրել է ստորագրողը" in page
    assert PICKED not in page
