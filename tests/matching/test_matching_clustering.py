# ruff: noqa: S101 -- pytest speaks through assert
"""De-duplicating a list: guarded merging, review pairs, readable stable ids."""

from __future__ import annotations

from undersigned.matching import RegistryIndex, cluster_lines


def test_a_chain_of_merges_never_joins_two_names_that_disagree():
    lines = [
        "Helsinki Citizens Assembly",
        "Helsinki Citizens Assembly (Armenia)",
        "Helsinki Citizens Assembly (Georgia)",
    ]
    result = cluster_lines(lines)
    clusters = [line.cluster for line in result.lines]
    assert clusters[1] != clusters[2]
    assert len(set(clusters)) == 2
    assert result.review, "the blocked merge is reported for review"


def test_review_pairs_are_reported_and_not_merged():
    lines = ["Helsinki Citizens’ Assembly", "Helsinki Citizens’ Assembly – Vanadzor"]
    result = cluster_lines(lines)
    assert result.lines[0].cluster != result.lines[1].cluster
    assert len(result.review) == 1
    pair = result.review[0]
    assert (pair.line_a, pair.line_b) == (0, 1)
    assert 0.7 <= pair.score < 0.9
    assert pair.reasons


def test_cluster_ids_are_readable_slugs_of_the_cleaned_name():
    lines = ["1. Journalists’ Club “Asparez”;", "«Ասպարեզ» լրագրողների ակումբ", "Signatories:"]
    result = cluster_lines(lines)
    assert [line.cluster for line in result.lines] == [
        "journalists-club-asparez",
        "journalists-club-asparez",
        None,
    ]


def test_cluster_ids_are_unique_and_stable():
    lines = ["Social Justice NGO", "Social Justice Center", "Social Justice", "Social Justice NGO"]
    first = [line.cluster for line in cluster_lines(lines).lines]
    second = [line.cluster for line in cluster_lines(lines).lines]
    assert first == second
    assert first[0] == first[3] == first[2]
    assert first[1] != first[0]


def test_the_summary_counts_lines_organizations_merges_reviews_and_noise():
    lines = ["Signatories:", "Unison NGO", "“Unison” NGO", "", "Anna Hakobyan", "Satar NGO"]
    summary = cluster_lines(lines).summary
    assert summary.lines == 5
    assert summary.organizations == 2
    assert summary.people == 1
    assert summary.merged == 1
    assert summary.noise == 1
    assert summary.blank == 1


def test_confidence_is_full_for_exact_repeats_and_the_score_for_fuzzy_merges():
    lines = ["Women Support Center", "Women Support Center", "Women Support Cenre"]
    result = cluster_lines(lines)
    assert result.lines[0].cluster == result.lines[2].cluster
    assert result.lines[0].confidence >= result.lines[2].confidence >= 0.9


def test_clusters_that_match_the_registry_take_its_id():
    registry = RegistryIndex()
    registry.add("org-17", "Journalists’ Club Asparez")
    registry.add("org-17", "«Ասպարեզ» լրագրողների ակումբ")
    registry.add("org-42", "Women’s Resource Center")
    lines = ["Клуб журналистов «Аспарез»", "Women’s Rights Center NGO", "Asparez Journalists Club"]
    result = cluster_lines(lines, registry)
    assert [line.cluster for line in result.lines] == ["org-17", "women-rights-center", "org-17"]
    assert result.clusters[0].registry_id == "org-17"


def test_an_empty_list_gives_an_empty_result():
    result = cluster_lines([])
    assert result.lines == []
    assert result.summary.lines == 0


def test_a_name_written_as_one_word_or_two_is_found_and_merged():
    lines = ["EcoLur Informational NGO", "Unison NGO", "Eco Lur Informational NGO"]
    clusters = [line.cluster for line in cluster_lines(lines).lines]
    assert clusters[0] == clusters[2] != clusters[1]
