"""Candidate generation shared by list clustering and the registry index.

Comparing every name with every other is quadratic.  Instead each name is looked up
through its rarest words in an inverted index, and through the words one typing error or
one romanisation variant away from them (a deletion index over the vocabulary, as in
SymSpell, plus a skeleton index).  The vocabulary is much smaller than the list, so the
cost grows near-linearly with the number of names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from undersigned.matching.translit import skeleton

MIN_TYPO_LENGTH = 5


def deletes(word: str) -> set[str]:
    """``word`` with one character removed, every way."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class WordNeighbours:
    """Words of a growing vocabulary that are one edit or one romanisation variant apart."""

    def __init__(self) -> None:
        self._by_delete: dict[str, list[str]] = defaultdict(list)
        self._by_skeleton: dict[str, list[str]] = defaultdict(list)
        self._known: set[str] = set()

    def add(self, word: str) -> None:
        if word in self._known or word.isdigit():
            return
        self._known.add(word)
        self._by_skeleton[skeleton(word)].append(word)
        if len(word) >= MIN_TYPO_LENGTH:
            self._by_delete[word].append(word)
            for variant in deletes(word):
                self._by_delete[variant].append(word)

    def add_all(self, words: Iterable[str]) -> None:
        for word in words:
            self.add(word)

    def __call__(self, word: str) -> set[str]:
        """Known words near ``word`` (``word`` itself excluded)."""
        found: set[str] = set(self._by_skeleton.get(skeleton(word), ()))
        if len(word) >= MIN_TYPO_LENGTH and not word.isdigit():
            found.update(self._by_delete.get(word, ()))
            for variant in deletes(word):
                found.update(self._by_delete.get(variant, ()))
        found.discard(word)
        return found
