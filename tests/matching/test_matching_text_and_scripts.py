# ruff: noqa: S101 -- pytest speaks through assert
"""Folding quotes, dashes and spaces; script detection and transliteration."""

from __future__ import annotations

import pytest

from undersigned.matching import fold, script_of, transliterate
from undersigned.matching.translit import skeleton


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Journalists’ Club “Asparez”", "Journalists’ Club “Asparez”"),
        ('Journalists\' Club "Asparez"', "Journalists’ Club “Asparez”"),
        (",, Tatevik,, NGO", "“Tatevik” NGO"),
        ("<<Women’s Forum>>NGO", "“Women’s Forum” NGO"),
        ("“Huysi Metsamor”ngo", "“Huysi Metsamor” ngo"),
        ("‘You are not alone” womens support NGO", "“You are not alone” womens support NGO"),
        ("«Ասպարեզ» լրագրողների ակումբ", "“Ասպարեզ” լրագրողների ակումբ"),
        ("Helsinki Citizens’ Assembly–Vanadzor", "Helsinki Citizens’ Assembly-Vanadzor"),
        ("Open Society Foundations  —  Armenia", "Open Society Foundations – Armenia"),
        ("Non -Gavernemental\u00a0Organization", "Non-Gavernemental Organization"),
        ("Zero\u200bwidth", "Zerowidth"),
    ],
)
def test_folding_gives_one_spelling_for_every_quote_dash_and_space(raw, folded):
    assert fold(raw) == folded


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Journalists’ Club Asparez", "latin"),
        ("«Ասպարեզ» լրագրողների ակումբ", "armenian"),
        ("Клуб журналистов «Аспарез»", "cyrillic"),
        ("საქართველოს ახალგაზრდა იურისტთა ასოციაცია", "georgian"),
        ("«Ասպարեզ» ՀԿ (NGO)", "mixed"),
        ("123 – 456", "latin"),
    ],
)
def test_the_script_of_a_name_is_detected(text, script):
    assert script_of(text) == script


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("Ասպարեզ", "Asparez"),
        ("Аспарез", "Asparez"),
        ("Երևան", "Yerevan"),
        ("Ոսկե ծիրան", "Voske tsiran"),
        ("Փրկություն", "Prkutyun"),
        ("Хельсинкская", "Khelsinkskaya"),
        ("ქართული", "kartuli"),
        ("Union “Sapari”", "Union “Sapari”"),
    ],
)
def test_transliteration_follows_common_english_usage(text, latin):
    assert transliterate(text) == latin


def test_romanisation_variants_share_a_skeleton():
    assert skeleton("yerevan") == skeleton("erevan")
    assert skeleton("ecolur") == skeleton("ekolur")
    assert skeleton("duino") == skeleton("duyno")
    assert skeleton("asparez") != skeleton("astghik")


def test_letters_of_other_scripts_pass_through_transliteration():
    from undersigned.matching import transliterate

    assert transliterate("ɐsparez") == "ɐsparez"
    assert transliterate("Δήλωση Клуб") == "Δήλωση Klub"
    assert transliterate("ɐ") == "ɐ"
