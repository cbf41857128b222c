"""The compiled engine (mypyc, see setup.py) is never older than the sources it shadows.

In an editable install the compiled modules sit next to their ``.py`` files and Python
imports them first, so an edited source would silently not run until the engine is
compiled again (``make install`` does it whenever a source changed).
"""

from __future__ import annotations

import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import undersigned.matching

ENGINE = Path(undersigned.matching.__file__).parent
REPOSITORY = Path(__file__).resolve().parents[2]
SHARED_LIBRARY = "__mypyc"  # engine__mypyc.*.so holds the code of every compiled module

IN_REPOSITORY = ENGINE.resolve() == REPOSITORY / "undersigned" / "matching"


def compiled_modules() -> list[Path]:
    return sorted(
        path for path in ENGINE.iterdir() if any(path.name.endswith(s) for s in EXTENSION_SUFFIXES)
    )


def stem(path: Path) -> str:
    return path.name.split(".", 1)[0]


@pytest.mark.skipif(not IN_REPOSITORY, reason="an installed copy, not this repository's sources")
def test_no_compiled_module_is_older_than_its_source() -> None:
    compiled = compiled_modules()
    modules = [path for path in compiled if not stem(path).endswith(SHARED_LIBRARY)]
    stale: list[str] = []
    for module in modules:
        source = ENGINE / f"{stem(module)}.py"
        if not source.exists():
            stale.append(f"{module.name} has no source {source.name} any more")
        elif source.stat().st_mtime > module.stat().st_mtime:
            stale.append(f"{source.name} changed after {module.name} was compiled")
    for library in (path for path in compiled if stem(path).endswith(SHARED_LIBRARY)):
        for module in modules:
            source = ENGINE / f"{stem(module)}.py"
            if source.exists() and source.stat().st_mtime > library.stat().st_mtime:
                stale.append(f"{source.name} changed after {library.name} was compiled")
    assert not stale, (
        "the compiled matching engine is older than its sources, so the tests would run the "
        "old code: run `make install` to compile it again (or `make clean` to drop it): "
        + "; ".join(stale)
    )


def test_the_engine_says_whether_it_is_compiled() -> None:
    compiled = any(stem(path) == "score" for path in compiled_modules())
    assert undersigned.matching.COMPILED is compiled
    assert undersigned.matching.ENGINE.startswith("compiled" if compiled else "pure Python")


@pytest.mark.skipif(
    os.environ.get("UNDERSIGNED_REQUIRE_COMPILED", "") in ("", "0"),
    reason="UNDERSIGNED_REQUIRE_COMPILED is not set (CI sets it)",
)
def test_the_compiled_engine_runs_when_it_is_required() -> None:
    assert undersigned.matching.COMPILED, undersigned.matching.ENGINE
