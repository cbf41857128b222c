"""Build: compile the matching engine with mypyc, or install it as plain Python.

Everything else about the package is in pyproject.toml.  The modules of
``undersigned/matching`` listed in ``COMPILED`` are compiled to C extensions by mypyc
(pinned in pyproject.toml's ``[build-system] requires``), about twice as fast; the
Python sources stay the reference and are installed too.  When compiling is not possible
(no C compiler, no Python headers, mypyc missing) the build says so once and installs the
pure-Python engine, which gives the same results.  ``UNDERSIGNED_PURE_PYTHON=1`` skips
compiling on purpose; ``UNDERSIGNED_REQUIRE_COMPILED=1`` (CI) makes a failure fatal.  See docs/decisions/0009-compile-the-matching-engine-with-mypyc.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
ENGINE = HERE / "undersigned" / "matching"
# cli, readers, gcpause and __init__ stay interpreted: start-up and I/O, nothing hot.
COMPILED = (
    "blocking",
    "cluster",
    "index",
    "parse",
    "score",
    "text",
    "tokens",
    "translit",
    "vocab",
)
GROUP = "undersigned.matching.engine"  # the shared library: undersigned/matching/engine__mypyc.*.so
PURE_ENV = "UNDERSIGNED_PURE_PYTHON"
REQUIRE_ENV = "UNDERSIGNED_REQUIRE_COMPILED"  # CI: a failed compile fails the install


def _say(message: str) -> None:
    print(f"undersigned: {message}", file=sys.stderr, flush=True)


def _pure_python_fallback(reason: str, in_place: bool) -> None:
    if os.environ.get(REQUIRE_ENV, "") not in ("", "0"):
        raise SystemExit(f"undersigned: the matching engine could not be compiled: {reason}")
    _say(f"the matching engine is NOT compiled ({reason}); installing the pure-Python engine")
    if in_place:
        # Compiled modules of an earlier build, next to the sources, would shadow them.
        for pattern in ("*.so", "*.pyd"):
            for path in ENGINE.glob(pattern):
                path.unlink()


class OptionalBuildExt(build_ext):
    """build_ext that compiles the engine, or falls back to the pure-Python engine.

    mypyc runs here rather than when setup.py is loaded, so that only a build compiles
    (not every metadata query pip makes) and a failure is reported once.
    """

    def finalize_options(self) -> None:
        # In place: an editable install (or build_ext --inplace) puts them in the sources.
        self.in_place = bool(self.inplace or getattr(self, "editable_mode", False))
        if self.distribution.ext_modules == [_PLACEHOLDER]:
            self.distribution.ext_modules = _extensions(self.in_place)
        super().finalize_options()

    def run(self) -> None:
        if not self.extensions:
            return
        try:
            super().run()
        except Exception as error:  # any compiler failure means "not compiled"
            self.extensions = []
            _pure_python_fallback(f"{type(error).__name__}: {error}", self.in_place)
            return
        _say(f"the matching engine is compiled ({len(self.extensions)} extension modules)")

    def get_outputs(self) -> list[str]:
        return super().get_outputs() if self.extensions else []

    def get_output_mapping(self) -> dict[str, str]:
        return super().get_output_mapping() if self.extensions else {}


def _extensions(in_place: bool) -> list[Any]:
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        _pure_python_fallback(f"{PURE_ENV} is set", in_place)
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as error:
        _pure_python_fallback(f"mypyc is not available: {error}", in_place)
        return []
    paths = [str((ENGINE / f"{name}.py").relative_to(HERE)) for name in COMPILED]
    # Not pyproject.toml's [tool.mypy]: its Django plugin is not in the build environment,
    # and neither is rapidfuzz (typed as Any here; `mypy` checks the engine strictly).
    options = ["--config-file=", "--ignore-missing-imports"]
    try:
        return list(mypycify([*options, *paths], opt_level="3", group_name=GROUP))
    except (Exception, SystemExit) as error:  # mypyc exits on a type error
        _pure_python_fallback(f"mypyc failed: {error!r}", in_place)
        return []


# Stands for the compiled modules until build_ext works them out (setuptools must know
# early that the package has extensions: the wheel is then tagged for this platform).
_PLACEHOLDER = Extension("undersigned.matching.engine__mypyc", sources=[])

setup(ext_modules=[_PLACEHOLDER], cmdclass={"build_ext": OptionalBuildExt})
