"""The matching engine: clean, de-duplicate and resolve organization names.

Pure Python, no Django.  The public API (see docs/matching.md):

- ``parse_line(raw) -> ParsedLine`` and ``clean_name(raw) -> str``: one line of a list;
- ``compare(a, b) -> Comparison``: score, decision ("same" / "review" / "different"), reasons;
- ``cluster_lines(lines, registry=None) -> CleanResult``: de-duplicate a whole list;
- ``RegistryIndex``: every alias of every organization, ``add`` and ``resolve``;
- ``script_of(text)`` and ``transliterate(text)``.

Installing compiles most modules with mypyc (``setup.py``); ``COMPILED`` says whether the
compiled engine is the one running (``ENGINE`` in words).  Both give the same results.
"""

from importlib.machinery import ExtensionFileLoader

from undersigned.matching import score as _score
from undersigned.matching.cluster import (
    CleanResult,
    Cluster,
    LineResult,
    ReviewPair,
    Summary,
    cluster_lines,
    slugify,
)
from undersigned.matching.index import Candidate, RegistryIndex
from undersigned.matching.parse import ParsedLine, clean_name, parse_line
from undersigned.matching.readers import InputError, decode, read_lines, read_registry
from undersigned.matching.score import Comparison, compare
from undersigned.matching.text import fold
from undersigned.matching.translit import script_of, transliterate

COMPILED: bool = isinstance(getattr(_score.__spec__, "loader", None), ExtensionFileLoader)
ENGINE = "compiled (mypyc)" if COMPILED else "pure Python (not compiled)"

__all__ = [
    "COMPILED",
    "ENGINE",
    "Candidate",
    "CleanResult",
    "Cluster",
    "Comparison",
    "InputError",
    "LineResult",
    "ParsedLine",
    "RegistryIndex",
    "ReviewPair",
    "Summary",
    "clean_name",
    "cluster_lines",
    "compare",
    "decode",
    "fold",
    "parse_line",
    "read_lines",
    "read_registry",
    "script_of",
    "slugify",
    "transliterate",
]
