# ruff: noqa: S101 -- pytest speaks through assert
"""The seed statement's list: exactly its four duplicate pairs, none of its near-misses."""

from __future__ import annotations

import itertools

from undersigned.matching import cluster_lines

NEAR_MISS_GROUPS = [
    [
        "Resource Center for Women’s Empowerment NGO",
        "Women’s Empowerment Center NGO",
        "Women’s Resource Center",
    ],
    ["Consumers Support Center NGO", "Consumers’ Consulting Center NGO"],
    ["Martuni Wonen’ s Community Counsil NGO", "Martuni Community Development Center NGO"],
    ["Road Traffic Safety and Control", "Safe traffic", "Driver’s friend"],
    ["Non-discrimination and Equality Coalition", "Coalition to Stop Violence against Women"],
]


def test_cleaning_the_seed_finds_exactly_its_four_duplicate_pairs(seed_rows, measure):
    result = cluster_lines([row.raw for row in seed_rows])
    found = measure.same_pairs([line.cluster for line in result.lines])
    expected = measure.same_pairs([row.cluster for row in seed_rows])
    assert len(expected) == 4
    assert found == expected
    assert result.summary.merged == 4


def test_no_near_miss_of_the_seed_is_merged(seed_rows):
    result = cluster_lines([row.raw for row in seed_rows])
    cluster_of = {line.raw: line.cluster for line in result.lines}
    for group in NEAR_MISS_GROUPS:
        for a, b in itertools.combinations(group, 2):
            assert cluster_of[a] != cluster_of[b], (a, b)


def test_every_seed_line_is_an_organization(seed_rows):
    result = cluster_lines([row.raw for row in seed_rows])
    assert [line.kind for line in result.lines] == [row.kind for row in seed_rows]


def test_the_published_seed_page_keeps_its_prose_out_of_the_list():
    from pathlib import Path

    page = (Path(__file__).parent / "data" / "statement-2020-09-27.txt").read_text("utf-8")
    result = cluster_lines(page.splitlines())
    organizations = [c for c in result.clusters if c.kind == "org"]
    assert len(organizations) == 132
    assert result.summary.merged == 4
    assert not any("Azerbaijan" in cluster.name for cluster in organizations)
