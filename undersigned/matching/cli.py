"""``undersigned clean`` and ``undersigned resolve``: the matching engine on text files.

No Django, no database: ``undersigned.cli`` hands these two commands to ``main`` here.
Every input problem ends with a one-line message on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from undersigned.matching.cluster import CleanResult, cluster_lines
from undersigned.matching.index import RegistryIndex
from undersigned.matching.readers import InputError, read_lines, read_registry

EXIT_INPUT = 2

CLEAN_EPILOG = """\
examples:
  undersigned clean signatories.txt
  pbpaste | undersigned clean -
  undersigned clean --format tsv list.txt        # line, kind, cluster, name, confidence
  undersigned clean --format ids list.txt        # one cluster id per input line, - for noise
  undersigned clean --format json list.txt       # everything, with the pairs to review
  undersigned clean --encoding cp1251 old-list.txt
  undersigned clean --registry registry.csv list.txt

A summary (lines, organizations, merged duplicates, pairs to review, noise) goes to stderr.
"""

RESOLVE_EPILOG = """\
examples:
  undersigned resolve --registry registry.csv names.txt
  echo "Journalists' Club Asparez" | undersigned resolve --registry registry.csv -

registry.csv has a header with id,name and an optional aliases column ("a|b|c").
Output, one row per input name: name, best id, its name, score, decision (match/review/new).
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="undersigned",
        description="Clean, de-duplicate and resolve organization names (no database needed).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    clean = commands.add_parser(
        "clean",
        help="clean and de-duplicate a signatory list",
        description="Clean a pasted signatory list and merge the lines that name the same "
        "organization; uncertain pairs are reported for review, never merged.",
        epilog=CLEAN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    clean.add_argument(
        "file", nargs="?", default="-", help="the list, one name per line (- for stdin)"
    )
    clean.add_argument("--format", choices=("text", "tsv", "ids", "json"), default="text")
    clean.add_argument("--encoding", help="encoding of the list when it is not UTF-8/UTF-16")
    clean.add_argument("--registry", help="CSV of known organizations (id,name[,aliases])")
    resolve = commands.add_parser(
        "resolve",
        help="match names against a registry file",
        description="Find each name's organization in a registry CSV.",
        epilog=RESOLVE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    resolve.add_argument("file", nargs="?", default="-", help="names, one per line (- for stdin)")
    resolve.add_argument("--registry", required=True, help="CSV with id,name[,aliases]")
    resolve.add_argument("--encoding", help="encoding of the names when not UTF-8/UTF-16")
    resolve.add_argument("--format", choices=("tsv", "json"), default="tsv")
    return parser


def _read(path: str, stdin: TextIO) -> bytes:
    if path == "-":
        buffer = getattr(stdin, "buffer", None)
        if buffer is not None:
            data: bytes = buffer.read()
            return data
        return stdin.read().encode("utf-8")
    file = Path(path)
    if not file.exists():
        raise InputError(f"{path}: no such file")
    if file.is_dir():
        raise InputError(f"{path}: is a directory")
    try:
        return file.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: {error.strerror}") from None


def _tsv_cell(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ")


def _write_clean(result: CleanResult, fmt: str, out: TextIO) -> None:
    if fmt == "ids":
        out.write("".join(f"{line.cluster or '-'}\n" for line in result.lines))
    elif fmt == "tsv":
        for line in result.lines:
            out.write(
                f"{line.line_no + 1}\t{line.kind}\t{line.cluster or '-'}\t"
                f"{_tsv_cell(line.name)}\t{line.confidence:.2f}\n"
            )
    elif fmt == "json":
        json.dump(result.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        organizations = [c.name for c in result.clusters if c.kind == "org"]
        people = [c.name for c in result.clusters if c.kind == "person"]
        out.write("".join(f"{name}\n" for name in organizations))
        if people:
            if organizations:
                out.write("\n")
            out.write("".join(f"{name}\n" for name in people))


def _clean(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    registry: RegistryIndex | None = None
    if args.registry:
        registry = read_registry(_read(args.registry, sys.stdin))
    lines = read_lines(_read(args.file, sys.stdin), args.encoding)
    result = cluster_lines(lines, registry)
    _write_clean(result, args.format, out)
    err.write(result.summary.line() + "\n")
    return 0


def _resolve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    registry = read_registry(_read(args.registry, sys.stdin))
    names = read_lines(_read(args.file, sys.stdin), args.encoding)
    rows: list[dict[str, object]] = []
    counts = {"match": 0, "review": 0, "new": 0}
    for name in names:
        if not name.strip():
            continue
        candidates = registry.resolve(name, limit=3)
        best = candidates[0] if candidates else None
        decision = best.decision if best else "new"
        counts[decision] += 1
        rows.append(
            {
                "name": name.strip(),
                "id": best.entity_id if best and decision != "new" else None,
                "registry_name": best.alias if best and decision != "new" else None,
                "score": best.score if best else 0.0,
                "decision": decision,
                "candidates": [
                    {"id": c.entity_id, "alias": c.alias, "score": c.score, "reasons": c.reasons}
                    for c in candidates
                ],
            }
        )
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for row in rows:
            out.write(
                f"{_tsv_cell(str(row['name']))}\t{row['id'] or '-'}\t"
                f"{_tsv_cell(str(row['registry_name'] or '-'))}\t{row['score']:.2f}\t"
                f"{row['decision']}\n"
            )
    err.write(
        f"{len(rows)} names: {counts['match']} matched, {counts['review']} to review, "
        f"{counts['new']} new ({len(registry)} aliases in the registry)\n"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run ``clean`` or ``resolve``; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    out, err = sys.stdout, sys.stderr
    try:
        args = _parser().parse_args(args_list)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_INPUT
    try:
        if args.command == "clean":
            return _clean(args, out, err)
        return _resolve(args, out, err)
    except InputError as error:
        err.write(f"undersigned {args.command}: error: {error}\n")
        return EXIT_INPUT
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        err.write("interrupted\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
