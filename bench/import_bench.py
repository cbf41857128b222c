"""Benchmark of the import preview: a 10,000-line list read, cleaned, grouped, matched with
the registry and stored on its batch, against a same-run baseline (the matching engine's
``cluster_lines`` alone on the same lines).

    .venv/bin/python bench/import_bench.py                  # 10k lines, 2,000-entry registry
    .venv/bin/python bench/import_bench.py --lines 100000   # a large list

Runs on a throw-away SQLite database in a temporary directory (or DATABASE_URL if set).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LIMIT_SECONDS = 10.0
SEED = 20200927
SYLLABLES = [
    "ar",
    "ev",
    "ik",
    "zar",
    "tonk",
    "han",
    "ra",
    "mar",
    "ga",
    "vi",
    "ni",
    "so",
    "na",
    "lu",
    "ka",
    "ri",
    "sa",
    "ta",
    "ne",
    "mi",
    "do",
    "ze",
    "ho",
]
GENERIC = [
    "Youth",
    "Women",
    "Rights",
    "Human",
    "Development",
    "Civic",
    "Social",
    "Environmental",
    "Legal",
    "Education",
    "Health",
    "Community",
    "Media",
    "Democracy",
    "Peace",
    "Cultural",
    "Humanitarian",
    "Support",
    "Information",
    "Research",
]
TYPES = [
    "Center",
    "Association",
    "Union",
    "Club",
    "Foundation",
    "Fund",
    "Institute",
    "Network",
    "Initiative",
]
PLACES = [
    "Armenia",
    "Yerevan",
    "Gyumri",
    "Vanadzor",
    "Goris",
    "Kapan",
    "Ijevan",
    "Dilijan",
    "Sevan",
    "Armavir",
]


def _name(rng: random.Random) -> str:
    proper = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    words = [*rng.sample(GENERIC, rng.randint(1, 2)), rng.choice(TYPES)]
    if rng.random() < 0.5:
        words.append(f"“{proper}”")
    if rng.random() < 0.4:
        words.append(rng.choice(PLACES))
    if rng.random() < 0.5:
        words.append("NGO")
    return " ".join(words)


def _variant(rng: random.Random, name: str) -> str:
    """The same organization as another list would spell it."""
    choice = rng.randrange(4)
    if choice == 0:
        return name.replace("“", '"').replace("”", '"')
    if choice == 1:
        return name.upper() if rng.random() < 0.2 else name.lower()
    if choice == 2:
        return name.removesuffix(" NGO") if name.endswith(" NGO") else f"{name} NGO"
    return f"{rng.randint(1, 200)}. {name}"


def synthetic_list(size: int, seed: int = SEED) -> list[str]:
    """Organization-like names, a fifth of them a second spelling of an earlier one."""
    rng = random.Random(seed)
    lines: list[str] = []
    for _ in range(size):
        if lines and rng.random() < 0.2:
            lines.append(_variant(rng, rng.choice(lines)))
        else:
            lines.append(_name(rng))
    return lines


def synthetic_registry(aliases: int, seed: int = SEED + 1) -> list[tuple[str, str]]:
    """(entity, alias) pairs: about two spellings per organization."""
    rng = random.Random(seed)
    rows: list[tuple[str, str]] = []
    entity = 0
    while len(rows) < aliases:
        name = _name(rng)
        rows.append((str(entity), name))
        if rng.random() < 0.9 and len(rows) < aliases:
            rows.append((str(entity), _variant(rng, name)))
        entity += 1
    return rows


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark of the import preview.")
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--registry", type=int, default=2_000, help="aliases in the registry")
    args = parser.parse_args()
    os.environ.setdefault("UNDERSIGNED_DATA_DIR", tempfile.mkdtemp(prefix="import-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "undersigned.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from undersigned.accounts.models import Coalition
    from undersigned.imports import services
    from undersigned.matching import cluster_lines
    from undersigned.registry.models import Organization
    from undersigned.registry.services import add_alias, create_organization
    from undersigned.statements.services import create_statement

    coalition = Coalition.objects.create(name="Bench", slug=f"bench-{time.time_ns()}")
    statement = create_statement(coalition, title="Bench statement")
    started = time.perf_counter()
    organizations: dict[str, Organization] = {}
    for entity, alias in synthetic_registry(args.registry):
        if entity not in organizations:
            organizations[entity] = create_organization(alias)
        else:
            add_alias(organizations[entity], alias)
    registry_seconds = time.perf_counter() - started
    lines = synthetic_list(args.lines)
    text = "\n".join(lines)

    started, cpu = time.perf_counter(), time.process_time()
    cluster_lines(lines)
    baseline, baseline_cpu = time.perf_counter() - started, time.process_time() - cpu

    started, cpu = time.perf_counter(), time.process_time()
    batch = services.start_batch(statement, by=None, text=text, filename="bench.txt")
    services.analyse_batch(batch)
    preview, preview_cpu = time.perf_counter() - started, time.process_time() - cpu

    summary = batch.preview["summary"]
    print(f"registry: {len(organizations):,} organizations built in {registry_seconds:.1f} s")
    print(
        "| lines | cluster_lines alone: wall (CPU) s | full preview: wall (CPU) s "
        "| preview / baseline | <= 10 s |"
    )
    print("|---|---|---|---|---|")
    verdict = "yes" if preview <= LIMIT_SECONDS else "NO"
    print(
        f"| {args.lines:,} | {baseline:.2f} ({baseline_cpu:.2f}) | {preview:.2f} "
        f"({preview_cpu:.2f}) | {preview / baseline:.1f}x | {verdict} |"
    )
    print(
        f"preview: {summary['organizations']:,} organizations, {summary['merged']:,} merged, "
        f"{summary['matched']:,} found in the registry, {summary['uncertain']:,} to review; "
        f"peak memory {peak_rss_mb():.0f} MB"
    )
    return 0 if preview <= LIMIT_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
