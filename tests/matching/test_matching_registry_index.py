# ruff: noqa: S101 -- pytest speaks through assert
"""The registry index: every alias of every organization, resolved from any spelling."""

from __future__ import annotations

from undersigned.matching import RegistryIndex


def registry() -> RegistryIndex:
    index = RegistryIndex()
    index.add("asparez", "Journalists’ Club Asparez")
    index.add("asparez", "«Ասպարեզ» լրագրողների ակումբ")
    index.add("hca-vanadzor", "Helsinki Citizens’ Assembly-Vanadzor")
    index.add("hca", "Helsinki Citizens’ Assembly")
    index.add("wrc", "Women’s Resource Center")
    index.add("wrights", "Women’s Rights Center")
    return index


def test_the_index_counts_aliases_and_is_built_incrementally():
    index = registry()
    assert len(index) == 6
    assert index.entity_count == 5
    index.add("wrc", "Կանանց ռեսուրսային կենտրոն")
    assert len(index) == 7
    index.add("wrc", "Կանանց ռեսուրսային կենտրոն")
    assert len(index) == 7


def test_a_new_spelling_resolves_to_its_organization():
    best = registry().resolve("Клуб журналистов «Аспарез»")[0]
    assert best.entity_id == "asparez"
    assert best.decision == "match"
    assert best.reasons


def test_a_typo_resolves_to_its_organization():
    best = registry().resolve("Womens Resourse Centre")[0]
    assert best.entity_id == "wrc"
    assert best.decision in ("match", "review")


def test_a_look_alike_is_not_matched():
    candidates = registry().resolve("Women’s Rights House")
    assert all(candidate.decision != "match" for candidate in candidates)


def test_an_uncertain_name_goes_to_review():
    candidates = registry().resolve("Helsinki Citizens’ Assembly Vanadzor office")
    assert candidates[0].entity_id == "hca-vanadzor"
    assert candidates[0].decision == "match"
    ambiguous = registry().resolve("Helsinki Citizens’ Assembly – Gyumri")
    assert ambiguous[0].decision in ("review", "new")


def test_one_candidate_per_organization_best_first():
    candidates = registry().resolve("Helsinki Citizens’ Assembly", limit=5)
    ids = [candidate.entity_id for candidate in candidates]
    assert ids[0] == "hca"
    assert len(ids) == len(set(ids))
    assert [c.score for c in candidates] == sorted((c.score for c in candidates), reverse=True)


def test_an_unknown_name_has_no_match():
    candidates = registry().resolve("Tumanyan Law Firm")
    assert all(candidate.decision == "new" for candidate in candidates)
    assert RegistryIndex().resolve("anything") == []
    assert registry().resolve("") == []


def test_lookups_stay_fast_on_a_larger_registry():
    import time

    index = RegistryIndex()
    for number in range(5000):
        index.add(f"org-{number}", f"Organization {number} for Civic Development Zartonk{number}")
    start = time.perf_counter()
    for number in range(0, 5000, 50):
        index.resolve(f"Zartonk{number} Civic Development Organisation")
    per_lookup = (time.perf_counter() - start) / 100
    assert per_lookup < 0.05
