"""Benchmark of the matching engine against a rapidfuzz brute-force baseline.

    .venv/bin/python bench/matching_bench.py              # clean 1k/10k/100k, registry 100k
    .venv/bin/python bench/matching_bench.py --full       # also the 1,000,000-alias registry
    .venv/bin/python bench/matching_bench.py --quick      # 1k/10k only (a smoke run)
    .venv/bin/python bench/matching_bench.py --quality    # pairwise P/R/F1 on the labelled lists

Names are synthetic and deterministic (seeded): organization-like names built from
generic words, places and invented proper names, with a share of duplicates spelled
differently (quotes, dashes, case, "NGO" on/off, word order, a typing error, numbering).

The baseline is what one would write with rapidfuzz alone: every folded name scored
against every other with ``process.extract(..., scorer=token_sort_ratio, score_cutoff=90)``
(one core; ``cdist`` would need numpy, which the project does not install), and
``process.extractOne`` over every alias for a lookup.  Where the baseline would take too
long (100k lines, 1M aliases) it runs on a slice and the total is extrapolated (marked
"est.").
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz, process  # noqa: E402

from undersigned.matching import ENGINE, RegistryIndex, cluster_lines, fold  # noqa: E402

SEED = 20200927


def words(text: str) -> list[str]:
    return text.split()


SYLLABLES = words(
    "ar ev ik zar tonk han ra mar ga vi ni so na lu ka ri sa ta ne mi do ze ho ty "
    "shu an ak pa gho tso ve ro le da ba ki gor ash ot lin sev hay mek bor tir vas "
    "kho nur pet gal dur fen zem lor kam sar tev mush nor bek lit hov gev sur nar "
    "vard tig ser gay mel ros zhan bag chil dav"
)

GENERIC = words(
    "Youth Women Rights Human Development Civic Social Environmental Legal Education Health "
    "Community Media Democracy Peace Cultural Humanitarian Support Information Research "
    "Disabled Children Family Consumers Journalists Lawyers Farmers Teachers Volunteers"
)

TYPES = words(
    "Center Centre Association Union Club Foundation Fund Institute Network Coalition "
    "Initiative Council Movement Group Agency House Forum Alliance"
)

PLACES = words(
    "Armenia Georgia Yerevan Gyumri Vanadzor Tbilisi Kutaisi Batumi Goris Kapan Ijevan "
    "Dilijan Sevan Martuni Armavir Spitak Rustavi Gori Zugdidi Telavi"
)

QUOTES = (("“", "”"), ('"', '"'), ("«", "»"), (",,", ",,"), ("<<", ">>"), ("'", "'"))


def proper_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()


def base_name(rng: random.Random) -> str:
    pattern = rng.randrange(5)
    generic = rng.sample(GENERIC, rng.randint(1, 2))
    kind = rng.choice(TYPES)
    if pattern == 0:
        return f"“{proper_name(rng)}” {' '.join(generic)} NGO"
    if pattern == 1:
        return f"{rng.choice(PLACES)} {' '.join(generic)} {kind}"
    if pattern == 2:
        return f"{kind} for {' and '.join(generic)} {proper_name(rng)}"
    if pattern == 3:
        return f"{proper_name(rng)} {proper_name(rng)} {kind}"
    return f"{' '.join(generic)} {kind} “{proper_name(rng)}” {rng.choice(PLACES)}"


def _typo(rng: random.Random, name: str) -> str:
    words = name.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
    if not long_words:
        return name
    i = rng.choice(long_words)
    word = words[i]
    j = rng.randrange(1, len(word) - 1)
    words[i] = word[:j] + word[j + 1 :]
    return " ".join(words)


def variant(rng: random.Random, name: str) -> str:
    operation = rng.randrange(7)
    if operation == 0:
        opening, closing = rng.choice(QUOTES)
        return name.replace("“", opening).replace("”", closing)
    if operation == 1:
        return name.replace(" NGO", "") if " NGO" in name else f"{name} NGO"
    if operation == 2:
        return name.upper() if rng.random() < 0.3 else name.lower()
    if operation == 3:
        return _typo(rng, name)
    if operation == 4:
        return f"{rng.randint(1, 300)}. {name};"
    if operation == 5:
        return name.replace(" ", "  ") + " "
    return f"NGO {name.replace(' NGO', '')}"


def synthetic_list(size: int, seed: int = SEED, duplicate_share: float = 0.2) -> list[str]:
    """``size`` lines, about ``duplicate_share`` of them variants of earlier lines."""
    rng = random.Random(seed)
    lines: list[str] = []
    originals: list[str] = []
    while len(lines) < size:
        if originals and rng.random() < duplicate_share:
            lines.append(variant(rng, rng.choice(originals)))
        else:
            name = base_name(rng)
            originals.append(name)
            lines.append(name)
    return lines


def synthetic_registry(aliases: int, seed: int = SEED + 1) -> list[tuple[str, str]]:
    """(entity id, alias) pairs: every entity has one to three spellings."""
    rng = random.Random(seed)
    rows: list[tuple[str, str]] = []
    used: set[str] = set()
    entity = 0
    while len(rows) < aliases:
        name = base_name(rng)
        if fold(name).lower() in used:
            continue  # one registry entry per name: identical names are one organization
        used.add(fold(name).lower())
        entity += 1
        spellings = [name, *(variant(rng, name) for _ in range(rng.randrange(3)))]
        rows.extend((f"org-{entity}", spelling) for spelling in spellings)
    return rows[:aliases]


def loop_speed() -> float:
    """Millions of ``for`` loop steps per CPU second: compares this machine with others."""
    start = time.process_time()
    total = 0
    for step in range(10_000_000):
        total += step
    return 10 / (time.process_time() - start)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """Resident memory now (Linux), falling back to the peak elsewhere."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return peak_rss_mb()
    return pages * resource.getpagesize() / (1024 * 1024)


def timed(function: Callable[[], object]) -> float:
    """CPU seconds of this process (the machine may be shared: wall time would lie)."""
    gc.collect()
    start = time.process_time()
    function()
    return time.process_time() - start


def baseline_clean(lines: list[str], budget_rows: int) -> tuple[float, bool]:
    """Seconds for rapidfuzz cdist of every line with every line (extrapolated past budget)."""
    choices = [fold(line).lower() for line in lines]
    rows = min(len(choices), budget_rows)

    def run() -> None:
        for query in choices[:rows]:
            process.extract(
                query, choices, scorer=fuzz.token_sort_ratio, score_cutoff=90, limit=None
            )

    seconds = timed(run)
    return seconds * len(choices) / rows, rows < len(choices)


def bench_clean(sizes: list[int], baseline_budget: int) -> list[str]:
    rows = ["| lines | engine (s) | per line (µs) | rapidfuzz all-pairs (s) | speed-up | merged |"]
    rows.append("|---:|---:|---:|---:|---:|---:|")
    print("\n".join(rows), flush=True)
    cluster_lines(synthetic_list(300, seed=SEED - 1))  # warm the caches once, outside the timing
    for size in sizes:
        lines = synthetic_list(size)
        result = None

        def run(lines: list[str] = lines) -> None:
            nonlocal result
            result = cluster_lines(lines)

        seconds = timed(run)
        base, estimated = baseline_clean(lines, baseline_budget)
        merged = result.summary.merged if result is not None else 0
        rows.append(
            f"| {size:,} | {seconds:.2f} | {seconds / size * 1e6:.0f} | "
            f"{base:.1f}{' est.' if estimated else ''} | {base / seconds:.1f}× | {merged:,} |"
        )
        print(rows[-1], flush=True)
    return rows


def bench_registry(size: int, queries: int, baseline_queries: int) -> list[str]:
    aliases = synthetic_registry(size)
    gc.collect()
    rss_before = rss_mb()
    indexes = [RegistryIndex()]  # a list, so the index can be freed before the baseline
    index = indexes[0]

    def build() -> None:
        indexes[0].add_many(aliases)  # ``add`` per alias, the garbage collector paused

    build_seconds = timed(build)
    gc.collect()
    rss_after = rss_mb()
    rng = random.Random(SEED + 2)
    picks = [rng.choice(aliases) for _ in range(queries)]
    sample = [(variant(rng, name), entity) for entity, name in picks]
    latencies: list[float] = []
    correct = 0
    for query, entity in sample:
        start = time.process_time()
        found = index.resolve(query)
        latencies.append((time.process_time() - start) * 1000)
        correct += bool(found) and found[0].entity_id == entity

    latencies.sort()
    p50 = statistics.median(latencies)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    engine_peak = peak_rss_mb()
    # The baseline is another program: it does not share the process's memory peak.
    indexes.clear()
    index = RegistryIndex()
    gc.collect()
    choices = [fold(name).lower() for _, name in aliases]
    base_start = time.process_time()
    for query, _entity in sample[:baseline_queries]:
        process.extractOne(fold(query).lower(), choices, scorer=fuzz.token_sort_ratio)
    base_ms = (time.process_time() - base_start) * 1000 / baseline_queries
    row = (
        f"| {size:,} | {build_seconds:.1f} | {p50:.2f} | {p99:.2f} | {base_ms:.0f} | "
        f"{base_ms / p50:.0f}× | {rss_after - rss_before:,.0f} (peak {engine_peak:,.0f}) | "
        f"{correct / len(sample):.1%} |"
    )
    print(row, flush=True)
    return [row]


DATA = Path(__file__).resolve().parent.parent / "tests" / "matching" / "data"
LABELLED = (
    "seed_gold.tsv",
    "own_lists.tsv",
    "holdout_list.tsv",
    "blind_lists.tsv",
    "blind2_lists.tsv",
    "blind3_lists.tsv",
    "blind4_lists.tsv",
    "blind5_lists.tsv",
    "blind6_lists.tsv",
    "blind7_lists.tsv",
    "blind8_lists.tsv",
    "blind9_lists.tsv",
    "blind10_lists.tsv",
    "blind11_lists.tsv",
    "blind12_lists.tsv",
    "blind13_lists.tsv",
    "blind14_lists.tsv",
    "blind15_lists.tsv",
    "blind16_lists.tsv",
    "blind17_lists.tsv",
    "blind18_lists.tsv",
    "blind19_lists.tsv",
    "blind20_lists.tsv",
    "blind21_lists.tsv",
    "blind22_lists.tsv",
    "blind23_lists.tsv",
    "blind24_lists.tsv",
    "blind25_lists.tsv",
    "blind26_lists.tsv",
    "blind27_lists.tsv",
    "blind28_lists.tsv",
    "blind29_lists.tsv",
    "blind30_lists.tsv",
)


def _pairs(labels: list[str]) -> set[tuple[int, int]]:
    by_label: dict[str, list[int]] = {}
    for position, label in enumerate(labels):
        if label != "-":
            by_label.setdefault(label, []).append(position)
    return {
        (a, b) for group in by_label.values() for i, a in enumerate(group) for b in group[i + 1 :]
    }


def quality() -> None:
    """Pairwise precision / recall / F1 of ``cluster_lines`` on every labelled list."""
    import csv

    print("| file | list | lines | true pairs | found | right | precision | recall | F1 |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    totals = [0, 0, 0]
    for name in LABELLED:
        lists: dict[str, list[dict[str, str]]] = {}
        with (DATA / name).open(encoding="utf-8", newline="") as file:
            for row in csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE):
                lists.setdefault(row["statement_id"], []).append(row)
        for statement_id, rows in lists.items():
            result = cluster_lines([row["raw"] for row in rows])
            expected = _pairs([row["cluster"] for row in rows])
            found = _pairs([line.cluster or "-" for line in result.lines])
            right = len(expected & found)
            totals = [totals[0] + len(expected), totals[1] + len(found), totals[2] + right]
            print(_quality_row(name, statement_id, len(rows), len(expected), len(found), right))
    print(_quality_row("all", "", 0, *totals))


def _quality_row(name: str, list_id: str, lines: int, expected: int, found: int, right: int) -> str:
    precision = right / found if found else 1.0
    recall = right / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (
        f"| {name} | {list_id} | {lines or ''} | {expected} | {found} | {right} | "
        f"{precision:.3f} | {recall:.3f} | {f1:.3f} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="also the 1,000,000-alias registry")
    parser.add_argument("--quick", action="store_true", help="1k and 10k lines only")
    parser.add_argument("--quality", action="store_true", help="quality on the labelled lists")
    parser.add_argument("--registry-only", action="store_true", help="skip the list cleaning")
    parser.add_argument("--clean-only", action="store_true", help="skip the registry")
    args = parser.parse_args()
    if args.quality:
        quality()
        return 0
    sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]
    print(
        f"python {sys.version.split()[0]}, matching engine {ENGINE}, "
        f"CPU seconds of one process, seed {SEED}, {loop_speed():.0f} M loop steps/s\n"
    )
    if not args.registry_only:
        print("Cleaning a list (cluster_lines):\n")
        bench_clean(sizes, baseline_budget=2_000)
    if args.clean_only:
        return 0
    print("\nResolving against a registry (RegistryIndex):\n")
    print(
        "| aliases | build (s) | p50 (ms) | p99 (ms) | rapidfuzz extractOne (ms) | "
        "speed-up (p50) | index memory (MB) | top-1 right |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    registry_sizes = [10_000, 100_000] if not args.quick else [10_000]
    if args.full:
        registry_sizes.append(1_000_000)
    for size in registry_sizes:
        bench_registry(size, queries=1000, baseline_queries=20 if size >= 100_000 else 100)
    return 0


if __name__ == "__main__":
    sys.exit(main())
