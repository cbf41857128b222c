"""A registry of organizations with all their aliases, searchable by any spelling.

``RegistryIndex.add(entity_id, name)`` is called once per alias; the index grows
incrementally (an inverted index from words to aliases, word frequencies for the
weights, and a neighbour index for typing errors and romanisation variants).

``resolve(name)`` looks a name up in three steps, so its cost does not grow with the
registry:

1. candidates: aliases sharing the query's rarest words, or words one edit or one
   romanisation variant away from them; a frequent word (and its rare misspellings)
   only ranks the candidates the rare words found; a name made only of frequent words
   looks in the intersection of its two rarest words' lists;
2. a quick weighted overlap ranks them;
3. the best few are compared in full (``score.compare_parsed``) and the best alias of
   each organization is returned with a decision: "match", "review" or "new".  What a
   comparison needs of each alias is kept when it is added, so a lookup does not parse
   the shortlisted aliases again (but for those added in a spelling that cleaning
   changes, such as "1. Name;", which are compared as their cleaned name parses).
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, TypeVar, cast

from undersigned.matching.blocking import WordNeighbours
from undersigned.matching.gcpause import gc_paused
from undersigned.matching.parse import ParsedLine, parse_line, parse_name
from undersigned.matching.score import CorpusWeights, compare_parsed
from undersigned.matching.tokens import NameKey

Resolution = Literal["match", "review", "new"]

MAX_POSTING = 2000
MAX_POOL = 4000
SHORTLIST = 8
_Shared = TypeVar("_Shared", tuple[str, ...], tuple[float, ...], frozenset[str])
_NOTHING: frozenset[str] = frozenset()
_DECISIONS: dict[str, Resolution] = {"same": "match", "review": "review", "different": "new"}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A registry entry proposed for a name."""

    entity_id: str
    alias: str
    score: float
    decision: Resolution
    reasons: list[str] = field(default_factory=list)


class RegistryIndex:
    """Aliases of registry entries, indexed for near-constant-time lookup."""

    def __init__(self) -> None:
        self._entities: list[str] = []
        self._aliases: list[str] = []
        # What a full comparison needs of each alias, kept so a lookup does not parse the
        # shortlisted aliases again (at a million aliases the parse cache cannot hold
        # them): the alias's NameKey with its parts shared between aliases, and the
        # acronym and country of the few aliases that have one.
        self._keys: list[NameKey] = []
        self._qualifiers: dict[int, tuple[str | None, str | None]] = {}
        # Aliases whose cleaned name is not what was added ("1. Name;"): parsing the
        # cleaned name again is what they are compared as, so they are parsed then.
        self._reparse: set[int] = set()
        self._shared: dict[object, object] = {}
        self._postings: dict[str, array[int]] = {}
        self._frequency: Counter[str] = Counter()
        self._neighbours = WordNeighbours()
        self._seen: set[int] = set()
        self._weights: CorpusWeights | None = None  # valid until the next alias is added

    def __len__(self) -> int:
        return len(self._aliases)

    @property
    def entity_count(self) -> int:
        return len(set(self._entities))

    def add(self, entity_id: str, name: str) -> bool:
        """Add one alias of ``entity_id``; False when the name holds no name words."""
        parsed = parse_name(name)
        if parsed.match is None:
            return False
        identity = hash((entity_id, parsed.name))  # a hash, not the strings: 1M aliases
        if identity in self._seen:
            return True
        self._seen.add(identity)
        alias_id = len(self._aliases)
        self._weights = None
        self._entities.append(sys.intern(entity_id))
        self._aliases.append(parsed.name)
        key = self._compact(parsed.match)
        self._keys.append(key)
        if parsed.acronym is not None or parsed.country is not None:
            self._qualifiers[alias_id] = (parsed.acronym, parsed.country)
        if parsed.name != name:
            self._reparse.add(alias_id)
        for word in set(key.words):
            posting = self._postings.get(word)
            if posting is None:
                posting = self._postings[word] = array("i")
                self._neighbours.add(word)
            posting.append(alias_id)
            self._frequency[word] += 1
        return True

    def _share(self, value: _Shared) -> _Shared:
        """One object for equal values (tuples, frozensets), kept for the index's life."""
        return cast(_Shared, self._shared.setdefault(value, value))

    def _compact(self, key: NameKey) -> NameKey:
        """``key`` with its words interned and its common tuples and sets shared."""
        share = self._share
        words = tuple([sys.intern(word) for word in key.words])
        return NameKey(
            words=words,
            # Most words are their own concept: one tuple for both then.
            raw=words if key.raw == key.words else key.raw,
            typos=share(key.typos),
            prior=share(key.prior),
            skeletons=key.skeletons,
            places=share(key.places) if key.places else _NOTHING,
            forms=share(key.forms) if key.forms else _NOTHING,
            core=share(key.core) if key.core else _NOTHING,
            initials=key.initials,
        )

    def _parsed(self, alias_id: int) -> ParsedLine:
        """The alias as ``parse_name`` reads it, rebuilt from what the index keeps."""
        alias = self._aliases[alias_id]
        if alias_id in self._reparse:
            return parse_name(alias)
        key = self._keys[alias_id]
        acronym, country = self._qualifiers.get(alias_id, (None, None))
        return ParsedLine(
            raw=alias,
            kind="org",
            name=alias,
            acronym=acronym,
            country=country,
            key=key.key,
            match=key,
        )

    def add_many(self, rows: Iterable[tuple[str, str]]) -> int:
        """``add`` for every (entity id, alias) pair, with the garbage collector paused
        (a fifth of a large build's time otherwise); the number of aliases indexed."""
        added = 0
        with gc_paused():
            for entity_id, name in rows:
                added += self.add(entity_id, name)
        return added

    def weights(self) -> CorpusWeights:
        """Word weights of the registry as it is; kept (with their memo) between lookups."""
        if self._weights is None:
            self._weights = CorpusWeights(self._frequency, len(self._aliases))
        return self._weights

    def _shortlist(self, key: NameKey, weights: CorpusWeights) -> list[int]:
        """Aliases worth a full comparison with ``key``, best first."""
        query_words = set(key.words)
        ranked = sorted(query_words, key=lambda word: (self._frequency.get(word, 0), word))
        expanded: dict[str, float] = {}
        for word, prior in zip(key.words, key.prior, strict=True):
            expanded[word] = max(expanded.get(word, 0.0), weights(word, prior))
        counts: Counter[int] = Counter()
        frequent: list[str] = []
        # Rare misspellings of a frequent word ("teacers" of "teacher") rank candidates
        # as the word itself does, they do not propose any: at a million aliases each
        # frequent word has thousands of them, which share nothing else with the name.
        misspelt: list[str] = []
        for word in ranked:
            own = self._postings.get(word)
            word_is_frequent = own is not None and len(own) > MAX_POSTING
            for near in (word, *self._neighbours(word)):
                posting = self._postings.get(near)
                if posting is None:
                    continue
                if near != word:
                    expanded.setdefault(near, expanded[word] * 0.9)
                if len(posting) <= MAX_POSTING:
                    if word_is_frequent:
                        misspelt.append(near)
                    else:
                        counts.update(posting)
                elif near == word:
                    frequent.append(word)
        if not counts and frequent:
            # Only frequent words: the aliases that hold the two rarest of them.
            common = set(self._postings[frequent[0]])
            for word in frequent[1:2]:
                common.intersection_update(self._postings[word])
            counts.update(sorted(common)[:MAX_POSTING])
            frequent = frequent[2:]
        if not counts:
            return []
        if (frequent or misspelt) and len(counts) > SHORTLIST * 4:
            # Frequent words only rank the candidates the rare ones found (the
            # MAX_POOL best of them).  Most hold none of them: a disjointness test,
            # which builds nothing, leaves those out before anything is counted.
            frequent_words = frozenset(frequent + misspelt)
            keys = self._keys
            if len(counts) > MAX_POOL:
                pool = [alias_id for alias_id, _ in counts.most_common(MAX_POOL)]
            else:
                pool = list(counts)  # all of them: the order does not matter
            hit = [
                alias_id for alias_id in pool if not frequent_words.isdisjoint(keys[alias_id].words)
            ]
            for alias_id in hit:
                counts[alias_id] += len(frequent_words.intersection(keys[alias_id].words))
        query_total = sum([expanded[word] for word in query_words], 0.0)
        scored: list[tuple[float, int]] = []
        for alias_id, _hits in counts.most_common(SHORTLIST * 4):
            shared = 0.0
            extra = 0.0
            for word in set(self._keys[alias_id].words):
                if word in expanded:
                    shared += expanded[word]
                else:
                    extra += weights(word, 1.0)
            scored.append((shared / (query_total + extra + 1e-9), alias_id))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [alias_id for _, alias_id in scored[:SHORTLIST]]

    def resolve(self, name: str, limit: int = 5) -> list[Candidate]:
        """The best registry entries for ``name``, best first, one alias per entry."""
        query = parse_line(name)
        if query.match is None:
            query = parse_name(name)  # what is typed into a search box is a name
        if query.match is None or not self._aliases:
            return []
        weights = self.weights()
        best: dict[str, Candidate] = {}
        for alias_id in self._shortlist(query.match, weights):
            alias = self._aliases[alias_id]
            comparison = compare_parsed(query, self._parsed(alias_id), weights)
            entity = self._entities[alias_id]
            previous = best.get(entity)
            if previous is not None and previous.score >= comparison.score:
                continue
            best[entity] = Candidate(
                entity_id=entity,
                alias=alias,
                score=comparison.score,
                decision=_DECISIONS[comparison.decision],
                reasons=comparison.reasons,
            )
        ranked = sorted(best.values(), key=lambda c: (-c.score, c.entity_id))
        return ranked[:limit]
