# ruff: noqa: S101 -- pytest speaks through assert
"""Property tests: cleaning is idempotent and blind to quote, dash and space variants."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from undersigned.matching import clean_name, cluster_lines, fold, parse_line
from undersigned.matching.text import DASHES, DOUBLE_QUOTES

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZԱսպարեզКлубжурналистовაბგ"
WORD = st.text(alphabet=LETTERS, min_size=1, max_size=10)
NAME_WORDS = st.lists(WORD, min_size=1, max_size=6)
ANY_TEXT = st.text(
    alphabet=st.sampled_from(LETTERS + " -–—\"'“”«»‘’,,.;:()&@0123456789\u00a0\u200b\t"),
    max_size=60,
)
SPACES = st.sampled_from([" ", "  ", "\u00a0", "\u2009", " \u200b", "\t", " \u3000"])
OPENING = st.sampled_from(["“", '"', "«", "„", ",,", "<<", "‹"])
CLOSING = st.sampled_from(["”", '"', "»", "“", ",,", ">>", "›"])
DASH = st.sampled_from(list(DASHES))
FEW = settings(max_examples=150, deadline=None)


@FEW
@given(ANY_TEXT)
def test_folding_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@FEW
@given(ANY_TEXT)
def test_cleaning_a_name_is_idempotent(text):
    once = clean_name(text)
    assert clean_name(once) == once


@FEW
@given(ANY_TEXT)
def test_a_cleaned_line_keeps_its_kind_and_key(text):
    first = parse_line(text)
    again = parse_line(first.name) if first.name else first
    if first.kind != "noise":
        assert again.kind == first.kind
        assert again.key == first.key


@FEW
@given(NAME_WORDS, st.lists(SPACES, min_size=12, max_size=12))
def test_space_variants_clean_to_the_same_name(words, spaces):
    plain = " ".join(words)
    spaced = spaces[0] + "".join(w + s for w, s in zip(words, spaces[1:], strict=False))
    spaced += " ".join(words[len(spaces) - 1 :])
    assert clean_name(spaced) == clean_name(plain)


@FEW
@given(NAME_WORDS, WORD, OPENING, CLOSING)
def test_quote_variants_clean_to_the_same_name(words, quoted, opening, closing):
    canonical = f"“{quoted}” {' '.join(words)}"
    variant = f"{opening}{quoted}{closing} {' '.join(words)}"
    assert clean_name(variant) == clean_name(canonical)
    assert parse_line(variant).key == parse_line(canonical).key


@FEW
@given(NAME_WORDS, NAME_WORDS, DASH, st.booleans())
def test_dash_variants_clean_to_the_same_name(left, right, dash, spaced):
    joint = f" {dash} " if spaced else dash
    canonical = f" {DASHES[4]} " if spaced else "-"
    variant = " ".join(left) + joint + " ".join(right)
    assert clean_name(variant) == clean_name(" ".join(left) + canonical + " ".join(right))


@settings(max_examples=40, deadline=None)
@given(st.lists(NAME_WORDS.map(" ".join), min_size=1, max_size=12), OPENING, CLOSING, DASH)
def test_cluster_ids_do_not_change_with_quote_and_dash_variants(names, opening, closing, dash):
    plain = [f"“{name}” NGO-{name}" for name in names]
    varied = [f"{opening}{name}{closing}  NGO{dash}{name}" for name in names]
    clusters_plain = [line.cluster for line in cluster_lines(plain).lines]
    clusters_varied = [line.cluster for line in cluster_lines(varied).lines]
    assert clusters_plain == clusters_varied


@settings(max_examples=40, deadline=None)
@given(st.lists(ANY_TEXT, max_size=15))
def test_cleaning_a_cleaned_list_changes_nothing(lines):
    _assert_cleaning_again_changes_nothing(lines)


def _assert_cleaning_again_changes_nothing(lines: list[str]) -> None:
    first = [line for line in cluster_lines(lines).lines if line.kind != "noise"]
    second = cluster_lines([line.name for line in first]).lines
    assert [line.cluster for line in second] == [line.cluster for line in first]
    assert [line.name for line in second] == [line.name for line in first]
    assert [line.kind for line in second] == [line.kind for line in first]


def test_double_quote_glyphs_are_all_known():
    for glyph in '“”„«»"':
        assert glyph in DOUBLE_QUOTES


# Lines of real lists where names wrap: connectors, hyphens, places, numbering, people.
WRAPPED_LINES = st.sampled_from(
    [
        "Union of Journalists of",
        "Armenia",
        "Yerevan Press Club",
        "",
        "1. Women’s Resource Center",
        "- Davit Sargsyan, teacher",
        "Institute for Development of Freedom of Infor-",
        "mation (IDFI)",
        "Signatories:",
        "International Society for Fair Elections and",
        "Democracy (ISFED)",
        "Goris Women’s Development “Resource",
        "Center” Foundation",
        "ადამიანის უფლებების ცენტ-",
        "რი",
        "Центр защиты прав и",
        "свобод журналистов",
        "Foundation for",
        "13. Human Rights Center",
        "OSF-Armenia",
        "and",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WRAPPED_LINES, max_size=12))
def test_cleaning_a_cleaned_list_with_wrapped_names_changes_nothing(lines):
    _assert_cleaning_again_changes_nothing(lines)


def _labelled_lines() -> list[str]:
    import csv
    from pathlib import Path

    lines: list[str] = []
    for path in sorted((Path(__file__).parent / "data").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as file:
            rows = csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE)
            lines += [row["raw"] for row in rows]
    return lines


LABELLED_LINES = _labelled_lines()
# Runs of real lines (wrapped names, numbers, notes), with blank lines and headings between.
LABELLED_RUNS = st.lists(
    st.tuples(st.integers(0, len(LABELLED_LINES) - 1), st.integers(1, 8)), min_size=1, max_size=4
).map(lambda runs: [line for start, size in runs for line in LABELLED_LINES[start : start + size]])
BETWEEN = st.sampled_from(["", "Signatories:", "Page 2 of 3", "- Anna Petrosyan, journalist"])


@settings(max_examples=60, deadline=None)
@given(LABELLED_RUNS, st.lists(st.tuples(st.integers(0, 30), BETWEEN), max_size=3))
def test_cleaning_a_cleaned_list_of_real_lines_changes_nothing(lines, inserted):
    for position, line in inserted:
        lines.insert(min(position, len(lines)), line)
    _assert_cleaning_again_changes_nothing(lines)


@settings(max_examples=60, deadline=None)
@given(LABELLED_RUNS)
def test_cleaning_the_deduplicated_list_merges_nothing_more(lines):
    # What ``undersigned clean`` prints: one name per organization or person.
    first = cluster_lines(lines).clusters
    again = cluster_lines([cluster.name for cluster in first])
    assert len(again.clusters) == len(first)
