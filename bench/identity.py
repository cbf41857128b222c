"""Save every output a speed change must leave unchanged, to compare byte for byte.

    .venv/bin/python bench/identity.py OUT_DIR            # labelled lists, CLI, 100k list/registry
    .venv/bin/python bench/identity.py --quick OUT_DIR    # without the two large synthetic runs
    diff -r BEFORE_DIR AFTER_DIR                          # no output: nothing changed

Writes, with ``PYTHONHASHSEED`` fixed (the script restarts itself with it when unset):
``undersigned clean --format tsv`` and ``--format json`` of every labelled list of
``tests/matching/data`` (the raw lines of each list, grouped by ``statement_id``),
``undersigned resolve`` (tsv and json) of every list against a registry built from all the
lists (one entry per labelled cluster), ``clean --registry`` of each list, the quality
table (``matching_bench.py --quality``), ``cluster_lines`` of the 100k-line synthetic list
and ``resolve`` of 2,000 re-spelled aliases against the 100k-alias synthetic registry
(as JSON).  Also records whether the compiled engine was loaded, which is not compared.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import random
import sys
from pathlib import Path

HASH_SEED = "20200927"

if os.environ.get("PYTHONHASHSEED") != HASH_SEED:
    os.environ["PYTHONHASHSEED"] = HASH_SEED
    os.execv(sys.executable, [sys.executable, *sys.argv])  # noqa: S606 - this script again

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import matching_bench  # noqa: E402

from undersigned.matching import RegistryIndex, cluster_lines  # noqa: E402
from undersigned.matching.cli import main as cli  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "matching" / "data"


def _run_cli(args: list[str]) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli(args)
    return f"{out.getvalue()}\n-- stderr --\n{err.getvalue()}\n-- status {status}\n"


def labelled(out: Path, work: Path) -> None:
    lists: dict[str, list[str]] = {}
    registry: dict[str, list[str]] = {}
    for name in matching_bench.LABELLED:
        with (DATA / name).open(encoding="utf-8", newline="") as file:
            for row in csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE):
                key = f"{name.removesuffix('.tsv')}-{row['statement_id']}"
                lists.setdefault(key, []).append(row["raw"])
                if row["cluster"] != "-":
                    registry.setdefault(f"{key}-{row['cluster']}", []).append(row["raw"])
    registry_file = work / "registry.csv"
    with registry_file.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "name", "aliases"])
        for entity, names in registry.items():
            writer.writerow([entity, names[0], "|".join(names[1:])])
    for key, lines in lists.items():
        source = work / f"{key}.txt"
        source.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        for fmt in ("tsv", "json"):
            (out / f"clean-{key}.{fmt}").write_text(
                _run_cli(["clean", "--format", fmt, str(source)]), encoding="utf-8"
            )
            (out / f"resolve-{key}.{fmt}").write_text(
                _run_cli(
                    ["resolve", "--format", fmt, "--registry", str(registry_file), str(source)]
                ),
                encoding="utf-8",
            )
        (out / f"clean-registry-{key}.json").write_text(
            _run_cli(["clean", "--format", "json", "--registry", str(registry_file), str(source)]),
            encoding="utf-8",
        )
    quality = io.StringIO()
    with contextlib.redirect_stdout(quality):
        matching_bench.quality()
    (out / "quality.md").write_text(quality.getvalue(), encoding="utf-8")


def synthetic(out: Path, lines: int, aliases: int) -> None:
    result = cluster_lines(matching_bench.synthetic_list(lines))
    (out / f"cluster-{lines}.json").write_text(
        json.dumps(result.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    rows = matching_bench.synthetic_registry(aliases)
    index = RegistryIndex()
    index.add_many(rows)
    rng = random.Random(matching_bench.SEED + 2)
    found = []
    for _ in range(2000):
        entity, name = rng.choice(rows)
        query = matching_bench.variant(rng, name)
        found.append([query, [[c.entity_id, c.alias, c.score, c.decision, c.reasons]
                              for c in index.resolve(query)]])  # fmt: skip
    (out / f"resolve-{aliases}.json").write_text(
        json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="directory for the outputs (created)")
    parser.add_argument("--quick", action="store_true", help="skip the 100k synthetic runs")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    work = out / ".work"
    work.mkdir(exist_ok=True)
    labelled(out, work)
    if not args.quick:
        synthetic(out, 100_000, 100_000)
    import undersigned.matching.score as score

    print(f"engine: {'compiled' if score.__file__.endswith(('.so', '.pyd')) else 'interpreted'}")
    print(f"outputs in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
