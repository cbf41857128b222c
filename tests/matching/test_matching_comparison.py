# ruff: noqa: S101 -- pytest speaks through assert
"""Comparing two names: score, decision and reasons a moderator can read."""

from __future__ import annotations

import pytest

from undersigned.matching import compare


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Journalists’ Club Asparez", "Journalists’ Club “Asparez”"),
        ("Journalists’ Club Asparez", "“Asparez” Journalists Club”"),
        ("Journalists’ Club Asparez", "«Ասպարեզ» լրագրողների ակումբ"),
        ("Journalists’ Club Asparez", "Клуб журналистов «Аспарез»"),
        ("Helsinki Citizens’ Assembly-Vanadzor", "Helsinki Citizens’ Assembly–Vanadzor"),
        ("Union of Informed Citizens", "Informed Citizens Union NGO"),
        (
            "Georgian Young Lawyers’ Association – Tamar Khidasheli",
            "Georgian Young Lawyers Association",
        ),
        ("Civil Development Agency, CiDA (Georgia);", "Civil Development Agency"),
        ("Women Support Cenre", "Women support center NGO"),
        ("“Centre of Economic Right” NGO", "NGO Centre of Economic Right"),
        ("“Khazer” Ecological and Cultural NGO", "Khazer NGO"),
        ("Dalma-Sona Fund", "Dalma Sona Foundation"),
        ("Правозащитный центр «Мемориал»", "Human Rights Centre “Memorial”"),
        ("EcoLur Informational NGO", "Eco Lur Informational NGO"),
        ("Non-discrimination and Equality Coalition", "Nondiscrimination and Equality Coalition"),
    ],
)
def test_variants_of_one_organization_are_the_same(a, b):
    comparison = compare(a, b)
    assert comparison.decision == "same", comparison.reasons
    assert comparison.score >= 0.9


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Women’s Rights Center NGO", "Women’s Resource Center"),
        ("Consumers Support Center NGO", "Consumers’ Consulting Center NGO"),
        ("Helsinki Citizens’ Assembly", "Helsinki Citizens’ Assembly – Vanadzor"),
        ("Resource Center for Women’s Empowerment NGO", "Women’s Empowerment Center NGO"),
        ("Martuni Wonen’ s Community Counsil NGO", "Martuni Community Development Center NGO"),
        ("Road Traffic Safety and Control", "Safe traffic"),
        ("Human Rights House Yerevan", "Human Rights House Tbilisi"),
        ("Helsinki Citizens Assembly (Armenia)", "Helsinki Citizens Assembly (Georgia)"),
        ("School No 5", "School No 6"),
        ("Civic Voice", "Citizen's Voice"),
        ("Правозащитный центр «Мемориал»", "Международное общество «Мемориал»"),
        ("Satar NGO", "Satar Foundation"),
        ("Khazer NGO", "Khazar NGO"),
    ],
)
def test_look_alike_organizations_are_never_the_same(a, b):
    comparison = compare(a, b)
    assert comparison.decision != "same", comparison.reasons


def test_a_score_comes_with_readable_reasons():
    comparison = compare("Women’s Rights Center NGO", "Women’s Resource Center")
    assert comparison.decision == "different"
    assert 0.0 <= comparison.score < 0.7
    assert any("right" in reason for reason in comparison.reasons)
    assert any("resource" in reason for reason in comparison.reasons)


def test_a_place_qualifier_in_one_name_only_goes_to_review():
    comparison = compare("Helsinki Citizens’ Assembly", "Helsinki Citizens’ Assembly – Vanadzor")
    assert comparison.decision == "review"
    assert any("vanadzor" in reason for reason in comparison.reasons)


def test_different_acronyms_mean_different_organizations():
    comparison = compare("Youth Centre (YCA)", "Youth Centre (YCG)")
    assert comparison.decision == "different"
    assert any("acronym" in reason for reason in comparison.reasons)


def test_an_acronym_alone_goes_to_review():
    comparison = compare("AIISA", "The Armenian Institute of International and Security Affairs")
    assert comparison.decision == "review"


def test_comparison_is_symmetric():
    pairs = [
        ("Women Support Cenre", "Women support center NGO"),
        ("“Khazer” Ecological and Cultural NGO", "Khazer NGO"),
        ("Helsinki Citizens’ Assembly", "Helsinki Citizens’ Assembly – Vanadzor"),
    ]
    for a, b in pairs:
        assert compare(a, b).score == compare(b, a).score
        assert compare(a, b).decision == compare(b, a).decision


def test_noise_is_different_from_everything():
    assert compare("Signatories:", "Asparez").decision == "different"
