# ruff: noqa: S101 -- pytest speaks through assert
"""Pairwise precision and recall on the labelled lists kept in tests/matching/data.

A wrong merge is worse than a missed one, so precision has the stricter bar.  The
figures these tests guard are recorded in docs/matching.md.
"""

from __future__ import annotations

from undersigned.matching import cluster_lines


def test_own_lists_are_clustered_with_high_precision_and_recall(own_lists, measure):
    counts = measure.total_counts(own_lists)
    assert counts.true_positive >= 95
    assert counts.precision >= 0.99
    assert counts.recall >= 0.9
    assert counts.f1 >= 0.95


def test_each_own_list_has_no_wrong_merge(own_lists, measure):
    for statement_id, rows in own_lists.items():
        counts = measure.pair_counts(rows)
        assert counts.false_positive == 0, statement_id


def test_the_holdout_list_is_clustered_with_high_precision(holdout_lists, measure):
    counts = measure.total_counts(holdout_lists)
    assert counts.precision >= 0.99
    assert counts.recall >= 0.8


def _assert_no_organizations_merged_apart(lists, measure):
    """People listed twice are one person to the engine; the labels leave people
    unclustered, so only organizations are held to the labels."""
    for statement_id, rows in lists.items():
        result = cluster_lines([row.raw for row in rows])
        for i, j in measure.same_pairs([line.cluster for line in result.lines]):
            if rows[i].kind == "org":
                assert rows[i].cluster == rows[j].cluster, (statement_id, rows[i].raw, rows[j].raw)


def test_the_blind_lists_have_no_wrong_merge_of_organizations(blind_lists, measure):
    assert measure.total_counts(blind_lists).recall >= 0.75
    _assert_no_organizations_merged_apart(blind_lists, measure)


def test_the_english_blind_lists_have_no_wrong_merge(blind2_lists, measure):
    counts = measure.total_counts(blind2_lists)
    assert counts.false_positive == 0
    assert counts.recall >= 0.85


def test_the_third_blind_lists_have_at_most_one_wrong_merge(blind3_lists, measure):
    counts = measure.total_counts(blind3_lists)
    # "ОО «Молодёжная правозащитная группа»" / "Молодёжная правозащитная группа, Караганда":
    # a town after a name is read as where the body works, which most lists mean by it.
    assert counts.false_positive <= 1
    assert counts.recall >= 0.8


def test_the_fourth_blind_lists_have_no_wrong_merge_of_organizations(blind4_lists, measure):
    assert measure.total_counts(blind4_lists).recall >= 0.82
    _assert_no_organizations_merged_apart(blind4_lists, measure)  # two people in two scripts


def test_the_fifth_blind_lists_have_no_wrong_merge(blind5_lists, measure):
    counts = measure.total_counts(blind5_lists)
    assert counts.false_positive == 0
    assert counts.recall >= 0.85


def test_the_sixth_and_seventh_blind_lists_have_no_wrong_merge(blind6_lists, blind7_lists, measure):
    for lists in (blind6_lists, blind7_lists):
        counts = measure.total_counts(lists)
        assert counts.false_positive == 0
        assert counts.recall >= 0.7


def test_the_eighth_and_ninth_blind_lists_have_no_wrong_merge(blind8_lists, blind9_lists, measure):
    for lists in (blind8_lists, blind9_lists):
        counts = measure.total_counts(lists)
        assert counts.false_positive == 0
        assert counts.recall >= 0.7


def test_the_tenth_blind_lists_have_at_most_one_wrong_merge(blind10_lists, measure):
    counts = measure.total_counts(blind10_lists)
    # "Civil Society Development Center NGO" / "NGO Center (Civil Society Development NGO),
    # Vanadzor": the words of the one are the description in brackets of the other.
    assert counts.false_positive <= 1
    assert counts.recall >= 0.8


def test_the_eleventh_blind_lists_have_no_wrong_merge(blind11_lists, measure):
    counts = measure.total_counts(blind11_lists)
    assert counts.false_positive == 0
    assert counts.recall >= 0.78


def test_the_twelfth_blind_lists_have_at_most_three_wrong_merges(blind12_lists, measure):
    counts = measure.total_counts(blind12_lists)
    # Names of generic words the labels keep apart and the words cannot: "Independent
    # Journalism Center" / "Center for Independent Journalism", "Armenian Women’s Union" /
    # "Union of Women of Armenia", "Equal Rights NGO, Vanadzor" / "For Equal Rights NGO".
    assert counts.false_positive <= 3
    assert counts.recall >= 0.75


def _wrong_kinds(*labelled):
    """(line, labelled kind, found kind) of every line whose kind the engine gets wrong."""
    wrong = []
    for rows in [rows for lists in labelled for rows in lists.values()]:
        result = cluster_lines([row.raw for row in rows])
        wrong += [
            (row.raw, row.kind, line.kind)
            for row, line in zip(rows, result.lines, strict=True)
            if row.kind != line.kind
        ]
    return wrong


def test_line_kinds_match_the_labels(own_lists, holdout_lists, blind_lists, blind2_lists):
    wrong = _wrong_kinds(own_lists, holdout_lists, blind_lists, blind2_lists)
    assert len(wrong) <= 3, wrong


def test_line_kinds_of_the_later_blind_lists_match_the_labels(
    blind3_lists, blind4_lists, blind5_lists
):
    wrong = _wrong_kinds(blind3_lists, blind4_lists, blind5_lists)
    # 24 lists, 2,236 lines: a wrapped tail, three people the vocabulary cannot tell,
    # a related-post headline and category.
    assert len(wrong) <= 6, wrong


def test_line_kinds_of_the_sixth_and_seventh_blind_lists_match_the_labels(
    blind6_lists, blind7_lists
):
    wrong = _wrong_kinds(blind6_lists, blind7_lists)
    # 16 lists, 1,315 lines: headlines in Armenian and Russian, two websites signing as
    # outlets, a heading in capitals, a title after "Sign-on:" and the like.
    assert len(wrong) <= 18, wrong


def test_line_kinds_of_the_eighth_and_ninth_blind_lists_match_the_labels(
    blind8_lists, blind9_lists
):
    wrong = _wrong_kinds(blind8_lists, blind9_lists)
    # 16 lists, 1,364 lines: people named with their organization ("Edgar Khachatryan, Peace
    # Dialogue NGO"), which labellers read both ways, and headlines of web pages.
    assert len(wrong) <= 19, wrong


def test_line_kinds_of_the_tenth_and_eleventh_blind_lists_match_the_labels(
    blind10_lists, blind11_lists
):
    wrong = _wrong_kinds(blind10_lists, blind11_lists)
    # 16 lists, 1,437 lines: statement titles in Armenian, Georgian and Russian capitals or
    # prose, section headings ("Media outlets"), a website with a page number.
    assert len(wrong) <= 28, wrong


def test_the_same_organization_is_found_across_scripts_in_one_list():
    lines = [
        "Journalists’ Club Asparez",
        "Journalists’ Club “Asparez”",
        "“Asparez” Journalists Club”",
        "«Ասպարեզ» լրագրողների ակումբ",
        "Клуб журналистов «Аспарез»",
        "Helsinki Citizens’ Assembly-Vanadzor",
        "Helsinki Citizens’ Assembly–Vanadzor",
        "Union of Informed Citizens",
        "Informed Citizens Union NGO",
    ]
    clusters = [line.cluster for line in cluster_lines(lines).lines]
    assert len(set(clusters[:5])) == 1
    assert clusters[5] == clusters[6]
    assert clusters[7] == clusters[8]
    assert len(set(clusters)) == 3
