"""Candidate generation shared by list clustering and the registry index.

Comparing every name with every other is quadratic.  Instead each name is looked up
through its rarest words in an inverted index, and through the words one typing error or
one romanisation variant away from them (a deletion index over the vocabulary, as in
SymSpell, plus a skeleton index).  The vocabulary is much smaller than the list, so the
cost grows near-linearly with the number of names.
"""

from __future__ import annotations

from collections.abc import Iterable

from undersigned.matching.translit import skeleton

MIN_TYPO_LENGTH = 5


def deletes(word: str) -> set[str]:
    """``word`` with one character removed, every way."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class WordNeighbours:
    """Words of a growing vocabulary that are one edit or one romanisation variant apart."""

    def __init__(self) -> None:
        # A key maps to one word (a str) until a second word shares it (then a list):
        # most keys have one word, and a million-word vocabulary must stay small.
        self._by_delete: dict[str, str | list[str]] = {}
        self._by_skeleton: dict[str, str | list[str]] = {}
        self._known: set[str] = set()

    @staticmethod
    def _put(table: dict[str, str | list[str]], key: str, word: str) -> None:
        found = table.get(key)
        if found is None:
            table[key] = word
        elif isinstance(found, str):
            if found != word:
                table[key] = [found, word]
        elif word not in found:
            found.append(word)

    @staticmethod
    def _get(table: dict[str, str | list[str]], key: str) -> tuple[str, ...] | list[str]:
        found = table.get(key)
        if found is None:
            return ()
        return (found,) if isinstance(found, str) else found

    def add(self, word: str) -> None:
        if word in self._known or word.isdigit():
            return
        self._known.add(word)
        self._put(self._by_skeleton, skeleton(word), word)
        if len(word) >= MIN_TYPO_LENGTH:
            # ``_put`` inlined: this runs about ten times per new word of a registry.
            table = self._by_delete
            for variant in (word, *deletes(word)):
                found = table.get(variant)
                if found is None:
                    table[variant] = word
                elif isinstance(found, str):
                    if found != word:
                        table[variant] = [found, word]
                elif word not in found:
                    found.append(word)

    def add_all(self, words: Iterable[str]) -> None:
        for word in words:
            self.add(word)

    def __call__(self, word: str) -> set[str]:
        """Known words near ``word`` (``word`` itself excluded)."""
        found: set[str] = set(self._get(self._by_skeleton, skeleton(word)))
        if len(word) >= MIN_TYPO_LENGTH and not word.isdigit():
            found.update(self._get(self._by_delete, word))
            for variant in deletes(word):
                found.update(self._get(self._by_delete, variant))
        found.discard(word)
        return found
