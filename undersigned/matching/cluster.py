"""De-duplicating one list: which lines name the same organization (or person).

1. Every line is parsed; noise lines get no cluster.
2. Lines with the same cleaned name are one cluster outright.
3. Distinct names are compared only with candidates that share a rare word or a word one
   typing error / romanisation variant away (``blocking``), with word weights learnt from
   the list itself.
4. Pairs scored "same" are merged best-first, with complete linkage: two clusters join
   only if every name of one is "same" as every name of the other, so A~B and B~C never
   drag A and C together when A and C disagree.  Everything between "review" and a merge
   is reported as a review pair, never merged.
5. With a registry, each cluster is resolved; a "match" gives the cluster the registry
   id, and clusters matching the same entry are merged.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from undersigned.matching import vocab
from undersigned.matching.blocking import WordNeighbours
from undersigned.matching.gcpause import gc_paused
from undersigned.matching.index import RegistryIndex
from undersigned.matching.parse import (
    Kind,
    ParsedLine,
    looks_like_person,
    only_an_office,
    only_places,
    parse_line,
    place_qualifier,
)
from undersigned.matching.score import (
    REVIEW,
    SAME,
    Comparison,
    CorpusWeights,
    Decision,
    acronym_letters,
    compare_parsed,
    initials_without_places,
    places_conflict,
    spelled_initials,
)
from undersigned.matching.text import fold
from undersigned.matching.tokens import NameKey, analyse, latin_words
from undersigned.matching.translit import script_of, skeleton, transliterate

RARE_FREQUENCY = 50
MAX_POSTING = 100
MAX_SIGNATURE = 25
_SPACED_DASH = " – "
BOUND = 0.55  # below the review threshold: the bound ignores quoted-name and acronym rules


@dataclass(frozen=True, slots=True)
class LineResult:
    """One input line after cleaning."""

    line_no: int
    raw: str
    kind: Kind
    cluster: str | None
    name: str
    confidence: float
    representative: str | None = None
    acronym: str | None = None
    country: str | None = None


@dataclass(slots=True)
class Cluster:
    """One organization (or person) of the list with the lines that name it."""

    id: str
    kind: Kind
    name: str
    lines: list[int]
    names: list[str]
    registry_id: str | None = None
    registry_name: str | None = None
    registry_score: float | None = None


@dataclass(frozen=True, slots=True)
class ReviewPair:
    """Two lines that may name the same organization: a person should decide."""

    line_a: int
    line_b: int
    name_a: str
    name_b: str
    score: float
    reasons: list[str]
    cluster_a: str
    cluster_b: str


@dataclass(frozen=True, slots=True)
class Summary:
    lines: int
    organizations: int
    people: int
    merged: int
    review: int
    noise: int
    blank: int

    def line(self) -> str:
        return (
            f"{self.lines} lines, {self.organizations} organizations, {self.people} people, "
            f"{self.merged} merged duplicates, {self.review} pairs to review, "
            f"{self.noise} noise"
        )


@dataclass(slots=True)
class CleanResult:
    """Everything ``cluster_lines`` found."""

    lines: list[LineResult]
    clusters: list[Cluster]
    review: list[ReviewPair]
    summary: Summary
    registry_review: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": asdict(self.summary),
            "lines": [asdict(line) for line in self.lines],
            "clusters": [asdict(cluster) for cluster in self.clusters],
            "review": [asdict(pair) for pair in self.review],
            "registry_review": self.registry_review,
        }


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.members: dict[int, list[int]] = {i: [i] for i in range(size)}

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        return ra


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(name: str, limit: int = 60) -> str:
    """A readable ASCII slug of a name, legal forms left out ("journalists-club-asparez")."""
    words = [word for word, _ in latin_words(name)]
    kept: list[str] = []
    index = 0
    while index < len(words):
        found = vocab.legal_form_at(words, index)
        if found is not None:
            index += found[0]
            continue
        kept.append(words[index])
        index += 1
    slug = _SLUG_RE.sub("-", " ".join(kept or words).lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "name"


class _Nodes:
    """Distinct names of the list and their comparisons (cached)."""

    def __init__(
        self, parsed: list[ParsedLine], parallel: dict[tuple[int, int], int] | None = None
    ) -> None:
        self.parsed = parsed
        self.parallel = parallel or {}
        self.keys: list[NameKey] = []
        for line in parsed:
            if line.match is None:
                raise ValueError(f"not a name: {line.raw!r}")
            self.keys.append(line.match)
        frequency: Counter[str] = Counter()
        for key in self.keys:
            frequency.update(set(key.words))
        self.frequency = frequency
        self.weights = CorpusWeights(frequency, len(parsed))
        self._cache: dict[tuple[int, int], Comparison] = {}
        self._acronym = [
            _acronym_of(line, key) for line, key in zip(parsed, self.keys, strict=True)
        ]
        self._votes: list[str] | None = None
        self._vote_count: Counter[str] = Counter()
        self._vote_total = 0
        self._vote_top: list[tuple[str, int]] = []
        self._generic_proper: set[tuple[int, int]] = set()
        self.acronyms = self._list_acronyms()
        self.countries = self._list_countries()
        self.declared = self._declared_acronyms()
        self.proper = self._list_proper_names()
        self.websites = self._list_websites()
        self.aliases = self._list_aliases()
        self._own_letters = [
            acronym_letters(line.acronym) if line.kind == "org" else "" for line in parsed
        ]
        self._declared_letters = Counter(letters for letters in self._own_letters if letters)
        self._declarers: dict[str, list[int]] = defaultdict(list)
        for node, letters in enumerate(self._own_letters):
            if letters and self._declared_letters[letters] >= 2:
                self._declarers[letters].append(node)
        self._acronym_script = [script_of(acronym) if acronym else "" for acronym in self._acronym]
        self._scripts: dict[int, str] = {}  # of the names an acronym is compared with

    def unreadable(self, a: int, b: int) -> bool:
        """One name is an acronym, the other is written in another script."""
        return self._cannot_read(a, b) or self._cannot_read(b, a)

    def _cannot_read(self, acronym: int, name: int) -> bool:
        script = self._acronym_script[acronym]
        if not script:
            return False
        name_script = self._scripts.get(name)
        if name_script is None:
            name_script = self._scripts[name] = script_of(self.parsed[name].name)
        return name_script not in (script, "mixed")

    def compare(self, a: int, b: int) -> Comparison:
        key = (a, b) if a < b else (b, a)
        found = self._cache.get(key)
        if found is None:
            found = compare_parsed(self.parsed[key[0]], self.parsed[key[1]], self.weights)
            if found.decision == "same":
                shared = self._shared_acronym(*key)
                if shared:
                    found = Comparison(
                        min(found.score, REVIEW),
                        "review",
                        [*found.reasons, f"more than one name in the list declares “{shared}”"],
                    )
            acronym = self.acronyms.get(key)
            # Four letters or more spell one name only; fewer, only what the words allow.
            if acronym is not None and (
                found.decision == "review"
                or (found.decision == "different" and len(_capitals(acronym)) >= 4)
            ):
                found = _decided(
                    found, "same", f"no other name in the list has the initials “{acronym}”"
                )
            declared = self.declared.get(key)
            # A translation may share no word: the acronym both declare, and no other
            # name does, is enough when it has four letters or more.
            if declared is not None and (
                found.decision == "review"
                or (found.decision == "different" and len(acronym_letters(declared)) >= 4)
            ):
                found = _decided(
                    found, "same", f"no other name in the list declares the acronym “{declared}”"
                )
            proper = self.proper.get(key)
            # A quoted phrase of ordinary words only settles a pair the words nearly
            # settle ("Комитет «Гражданское содействие»" / "Гражданское содействие", not
            # "“Human Rights” Information Center" / "Human Rights NGO").
            if (
                proper is not None
                and found.decision != "same"
                and (found.score >= _NEARLY or key not in self._generic_proper)
            ):
                found = _decided(
                    found,
                    "same",
                    f"“{proper}” is one name’s own name in quotation marks and the whole of the"
                    " other’s; no other name in the list has it",
                )
            number = self.parallel.get(key)
            if number is not None and found.decision != "same":
                found = _decided(
                    found,
                    "same",
                    f"entry {number} of the same list given again in another language",
                )
            alias = self.aliases.get(key)
            if alias is not None and found.decision != "same":
                found = _decided(
                    found, "same", f"“{alias}” is one name's other name, the only one of the list"
                )
            website = self.websites.get(key)
            if website is not None and found.decision != "same":
                found = _decided(
                    found, "same", f"“{website}” is the website of the one name that spells it"
                )
            country = self.countries.get(key)
            if country is not None and found.decision != "same":
                if country == self.home_country(*key) and _worded_alike(
                    self.parsed[key[0]].name, self.parsed[key[1]].name
                ):
                    found = _decided(
                        found,
                        "same",
                        f"“{country}”, where most of the list works, only names the country;"
                        " the rest is worded alike",
                        "no other name in the list has these words with a place",
                    )
                elif found.decision == "different":
                    found = _decided(
                        found,
                        "review",
                        f"“{country}” only names the country",
                        "no other name in the list has these words with a place",
                    )
            first, second = self.parsed[key[0]].section, self.parsed[key[1]].section
            if (
                first
                and second
                and found.decision == "same"
                and places_conflict(first, second)
                and not self._named_alone(key[0])
                and not self._named_alone(key[1])
            ):
                found = Comparison(
                    min(found.score, REVIEW),
                    "review",
                    [*found.reasons, f"listed under two places: {first} / {second}"],
                )
            self._cache[key] = found
        return found

    def _named_alone(self, node: int) -> bool:
        """A name with a word of its own, which tells the body wherever it is listed
        ("Promo-LEX"); an acronym does not ("CSI" may be any Civil Society Institute)."""
        return self._acronym[node] is None and _has_own_word(self.keys[node])

    def _shared_acronym(self, a: int, b: int) -> str:
        """The acronym one of the two names consists of, when two or more other names of
        the list declare it ("КБПЧ, г. Алматы" beside two bureaus "(КБПЧ)"): it may be
        either's, so it is not surely this one's."""
        for node in (a, b):
            acronym = self._acronym[node]
            if acronym is not None:
                letters = acronym_letters(acronym)
                if self._declared_letters[letters] - (letters == self._own_letters[node]) < 2:
                    continue
                declarers = [other for other in self._declarers[letters] if other != node]
                if not self._one_organization(declarers):
                    return acronym
        return ""

    def home_country(self, *apart: int) -> str:
        """The country most names of the list are from, by the places they name and the
        script they are written in (Armenian, Georgian), leaving out the names ``apart``
        (a pair must not vote for itself): two thirds of the names that tell, and at
        least ``_HOME_VOTES`` of them; "" when none is."""
        if self._votes is None:
            self._votes = []
            for node, line in enumerate(self.parsed):
                found = {vocab.country_of(place) for place in self._where(node)}
                script = _national_script(line)
                if script:
                    found.add(_SCRIPT_COUNTRIES[script])
                found.discard(None)
                vote = found.pop() if len(found) == 1 and line.kind == "org" else None
                self._votes.append(vote or "")
            self._vote_count = Counter(vote for vote in self._votes if vote)
            self._vote_total = sum(self._vote_count.values())
            self._vote_top = self._vote_count.most_common(3)
        # All votes counted once; the names set apart take theirs back.  Two names take
        # back two votes at most, so the most voted country is among the first three.
        taken: dict[str, int] = {}
        for node in set(apart):
            vote = self._votes[node]
            if vote:
                taken[vote] = taken.get(vote, 0) + 1
        total = self._vote_total - sum(taken.values())
        if total <= 0:
            return ""
        country, count = "", 0
        for candidate, votes in self._vote_top:
            left = votes - taken.get(candidate, 0)
            if left > count:
                country, count = candidate, left
        return country if count >= _HOME_VOTES and count * 3 >= total * 2 else ""

    def _list_acronyms(self) -> dict[tuple[int, int], str]:
        """Pairs of an acronym ("OSF-Armenia", "HCA Vanadzor") and the one name of the list
        whose initials it spells, its places left out.

        Initials alone fit too many names for a registry, so ``compare_parsed`` leaves
        such a pair in review; inside one list, where no other name has those initials,
        the acronym names that organization.  Only an acronym written in capitals
        counts, and only when its places are the other name's too.
        """
        solo_of = {
            node: [_capitals(acronym)]
            if not acronym.isupper()  # "КМБПЧиСЗ": the small "и" is no initial
            else [word for word in self.keys[node].words if word not in self.keys[node].places]
            for node, acronym in enumerate(self._acronym)
            if acronym is not None
        }
        # Georgian has no capitals: a short word alone may be an acronym ("საია").
        georgian = {
            node: _georgian_acronym(line, key)
            for node, (line, key) in enumerate(zip(self.parsed, self.keys, strict=True))
            if node not in solo_of and _national_script(line) == "georgian"
        }
        solo_of.update({node: [word] for node, word in georgian.items() if word})
        wanted = {solo[0] for solo in solo_of.values()}
        found: dict[tuple[int, int], str] = {}
        if not wanted:
            return found
        first_letters = {letters[0] for letters in wanted}
        by_initials: dict[str, set[int]] = defaultdict(set)
        for node, (line, key) in enumerate(zip(self.parsed, self.keys, strict=True)):
            # Every way of spelling a name's initials starts with one of its initials.
            if (
                line.kind == "org"
                and len(key.words) >= 3
                and not first_letters.isdisjoint(key.initials)
            ):
                spelled = spelled_initials(line.name) if _may_spell(line.name, key) else frozenset()
                bare = initials_without_places(key) if key.places else key.initials
                # "Helsinki Citizens Assembly Vanadzor office" is "HCA Vanadzor".
                unkind = bare[:-1] if key.words[-1] in vocab.TYPE_WORDS else bare
                for letters in (key.initials, bare, unkind, *spelled):
                    if letters in wanted:
                        by_initials[letters].add(node)
                    # "KIBHR" spells the first words only (see ``score._spells_the_start``).
                    for size in range(max(4, (len(letters) + 1) // 2), len(letters)):
                        if letters[:size] in wanted:
                            by_initials[letters[:size]].add(node)
        for node, solo in solo_of.items():
            key, line = self.keys[node], self.parsed[node]
            acronym = self._acronym[node] or line.name
            owners = sorted(by_initials.get(solo[0], set()) - {node})
            if len(solo[0]) == 2:
                # "TI", "AI": two letters name only a body with national chapters.
                owners = [
                    other for other in owners if vocab.NETWORK_WORDS & set(self.keys[other].words)
                ]
            if "office" in key.words and len(owners) > 1:
                # "YPC Gyumri Office" may be the Yerevan Press Club's office in Gyumri as
                # well as the "Youth Peace Center Gyumri".
                continue
            if key.places or line.country:
                # "HCA Vanadzor": of the names it spells, the one in Vanadzor.  A country
                # alone ("YPC, Armenia") only drops the names of other countries.
                mine = self._where(node)
                if any(place not in vocab.COUNTRIES for place in mine):
                    here = [other for other in owners if self._places_hold(other, node)]
                    owners = here or owners
                else:
                    owners = [
                        other
                        for other in owners
                        if not any(
                            places_conflict(place, theirs)
                            for place in mine
                            for theirs in self._where(other)
                        )
                    ]
            if not owners or not self._one_organization(owners):
                continue
            # "YPC" alone is not surely "Youth Peace Center" (whom a body serves is in so
            # many names); "BAJ, Belarus" or "CPJ (USA)" with its country is.
            placed = bool(key.places or line.country)
            for other in owners:
                if (
                    len(solo[0]) <= 3
                    and not placed
                    and vocab.POPULATION.intersection(self.keys[other].words)
                ):
                    break
                if not self._places_hold(other, node):
                    break
            else:
                for other in owners:
                    found[(node, other) if node < other else (other, node)] = acronym
        return found

    def _only_countries(self, node: int, core: frozenset[str]) -> bool:
        """Whether the places a name names outside ``core`` are at most the country where
        the list works ("Общество прав человека Узбекистана «Эзгулик»" in a list from
        Uzbekistan), for a name of its own, not a town ("“Memorial” – Perm") and not for a
        body with national chapters ("Association Memorial France")."""
        key = self.keys[node]
        if not (key.places - core or self.parsed[node].country):
            return True
        return (
            self._where(node) - core == {self.home_country(node)}
            and _names_something(key, core, phrase=False)
            and not vocab.NETWORK_WORDS & set(key.words)
            and not vocab.international_body(key.raw)
            and not _plural_kind(key)
        )

    def _places_hold(self, other: int, node: int) -> bool:
        """Whether name ``other`` names every place name ``node`` does, a town counting
        for its country ("Yerevan Press Club" is in Armenia)."""
        theirs = self._where(other)
        widened = theirs | {vocab.country_of(place) or place for place in theirs}
        return self._where(node) <= widened

    def _where(self, node: int) -> set[str]:
        """The places a name names, as canonical places ("armenia", "vanadzor")."""
        key, line = self.keys[node], self.parsed[node]
        found = {
            vocab.place_of(raw) or word
            for raw, word in zip(key.raw, key.words, strict=True)
            if word in key.places
        }
        if line.country:
            found.add(vocab.place_of(line.country) or line.country)
        return found

    def _list_proper_names(self) -> dict[tuple[int, int], str]:
        """Pairs of a name that is nothing but another name's quoted proper name and
        that other name ("Unison NGO" / "“Unison” NGO for support of people with special
        needs", "Adil Soz" / "Международный фонд защиты свободы слова «Адил соз»").  An
        unquoted name's own word counts as its quoted name when it is the only
        distinctive word ("Socioscope" / "Socioscope Societal Research and Consultancy
        Center", "ZMINA (Ukraine)" / "ZMINA Human Rights Centre").

        ``compare_parsed`` lets a quoted name outweigh only descriptive words, since
        "“Yerkir” Media" and "Yerkir Union" may be two bodies.  In one list where no other
        name holds those words, the short name can only be that one.  Not when a place, a
        country, another legal form or another acronym tells them apart, nor for a quoted
        name of one generic word ("“Women” NGO").
        """
        # Only the words some name consists of (its places aside) can be a short name.
        alone = {
            frozenset(key.words) - key.places
            for line, key in zip(self.parsed, self.keys, strict=True)
            if line.kind == "org" and len(key.words) <= 4
        }
        own = [
            (key.core or _own_word(key)) if line.kind == "org" else frozenset()
            for line, key in zip(self.parsed, self.keys, strict=True)
        ]
        cores: dict[frozenset[str], list[int]] = defaultdict(list)
        for node, (line, key) in enumerate(zip(self.parsed, self.keys, strict=True)):
            core = own[node]
            if (
                line.kind == "org"
                and core in alone
                and set(key.words) - core - key.places
                and self._only_countries(node, core)
                and _names_something(key, core)
                and _only_describes(key, core | key.places)
            ):
                cores[core].append(node)
        found: dict[tuple[int, int], str] = {}
        if not cores:
            return found
        # Names holding every word of a quoted name, by word or by its romanisation
        # skeleton ("Erkir Media" holds "Yerkir"): postings, not a scan per quoted name.
        wanted = {word for core in cores for word in core}
        wanted_shapes = {skeleton(word) for word in wanted}
        by_word: dict[str, set[int]] = defaultdict(set)
        by_shape: dict[str, set[int]] = defaultdict(set)
        for node, (line, key) in enumerate(zip(self.parsed, self.keys, strict=True)):
            if line.kind != "org":
                continue
            for word in key.words:
                if word in wanted:
                    by_word[word].add(node)
            for shape in key.skeletons:
                if shape in wanted_shapes:
                    by_shape[shape].add(node)
        holders: dict[frozenset[str], list[int]] = {}
        shorts: dict[frozenset[str], list[int]] = defaultdict(list)
        for core in cores:
            exact = set.intersection(*(by_word[word] for word in core))
            alike = set.intersection(*(by_shape[skeleton(word)] for word in core))
            holders[core] = sorted(exact | alike)
            for node in exact:
                key, line = self.keys[node], self.parsed[node]
                if set(key.words) - (key.places - core) == core:
                    shorts[core].append(node)
        for core, longs in cores.items():
            short = shorts.get(core, [])
            if len(holders[core]) != len(short) + len(longs):
                continue  # another name holds the words too ("“Memorial” – Perm")
            # Two spellings of the long name ("Union Sapari", "კავშირი „საფარი“") are one.
            if len(longs) > 1 and not self._one_organization(longs):
                continue
            # Short names in several countries ("Memorial France", "Memorial Germany"):
            # national bodies of one family, none surely the long one.
            if len({frozenset(self._where(node) - core) for node in short} - {frozenset()}) > 1:
                continue
            generic = not _names_something(self.keys[longs[0]], core, phrase=False)
            for node in short:
                if not all(self._short_for(node, long, core, generic) for long in longs):
                    continue
                for long in longs:
                    pair = (node, long) if node < long else (long, node)
                    found[pair] = _quoted_text(self.parsed[long].name) or " ".join(sorted(core))
                    if generic:
                        self._generic_proper.add(pair)
        return found

    def _short_for(self, node: int, long: int, core: frozenset[str], generic: bool) -> bool:
        """Whether the short name ``node`` (the words ``core`` and little else) may stand
        for the long name ``long`` holding them."""
        long_forms = self.keys[long].forms | {
            _FORM_OF_TYPE.get(word, "") for word in self.keys[long].words
        }
        # "Yerkir Foundation" is not surely "Yerkir Media": a legal form more particular
        # than an NGO's the long name must have too.
        if self.keys[node].forms - {"ngo"} - long_forms:
            return False
        # "PINK Armenia": only the country where the list works, where the long name
        # names no other place ("Pink Armenia human rights NGO" names the same), for a
        # name of its own (not "Women for Peace"), and not for a body with national
        # chapters.
        short_places = self._where(node) - core
        if short_places and (
            generic
            or short_places != {self.home_country(node, long)}
            or (self._where(long) - core) - short_places
            or vocab.NETWORK_WORDS & set(self.keys[long].words)
        ):
            return False
        return self._may_be_one(node, long)

    def _list_websites(self) -> dict[tuple[int, int], str]:
        """Pairs of a website signing as an outlet and the outlet's name ("hetq.am" /
        "Hetq Online", "aravot.am" / "Aravot Daily LLC", "jam-news.net" / "JAMnews").

        The site's name must spell the other name's first words, written together, and
        the rest of that name only say what kind of outlet it is ("online", "daily",
        "TV"); "news.am" is not "News Armenia".  Only when exactly one name of the list
        fits.
        """
        sites = {
            node: match.group(1).replace("-", "").lower()
            for node, line in enumerate(self.parsed)
            if line.kind == "org"
            and (match := _WEBSITE_NAME_RE.fullmatch(line.name))
            # "news.am", "civic.am": a word of the vocabulary names no one outlet.
            and vocab.concept_of(match.group(1).replace("-", "").lower()) is None
        }
        found: dict[tuple[int, int], str] = {}
        if not sites:
            return found
        wanted = set(sites.values())
        spelled: dict[str, list[int]] = defaultdict(list)
        for node, (line, key) in enumerate(zip(self.parsed, self.keys, strict=True)):
            if line.kind != "org" or node in sites:
                continue
            raw = [word.replace("-", "") for word in key.raw]
            for size in range(1, len(raw) + 1):
                head = "".join(raw[:size])
                if head in wanted and all(word in _OUTLET_WORDS for word in raw[size:]):
                    spelled[head].append(node)
                    break
        for node, site in sites.items():
            owners = spelled.get(site, [])
            if len(owners) == 1:
                other = owners[0]
                found[(node, other) if node < other else (other, node)] = self.parsed[node].name
        return found

    def _list_aliases(self) -> dict[tuple[int, int], str]:
        """Pairs of a name given with its other name, in brackets or after a slash ("Hetq
        online (Investigative Journalists of Armenia)", "Investigative Journalists of
        Armenia / Hetq.am"), and a name that is one of the two ("Investigative
        Journalists of Armenia NGO", "Hetq online"), or that gives the same other name
        ("“Investigative Journalists” NGO (Hetq)").

        Only for outlets, the line saying so ("online", "TV", a website): a bracket or a
        slash beside any other name is as often a parent body ("Youth Center (Armenian
        Caritas)"), a member or a second signer ("Pink Armenia / Right Side").  Words
        that only say what kind of outlet it is ("online", ".am") and legal forms do not
        count.  The words must be the whole of both, hold a word of their own or
        be three words or more, and no other name of the list may have them; a bracket
        saying whose member or partner a body is names another body.
        """
        parts: dict[int, tuple[frozenset[str], frozenset[str], bool]] = {}
        for node, line in enumerate(self.parsed):
            if line.kind != "org" or not ("(" in line.name or " / " in line.name):
                continue
            found = _alias_parts(line.name)
            if found is not None:
                parts[node] = found
        result: dict[tuple[int, int], str] = {}
        if not parts:
            return result
        whole: dict[frozenset[str], list[int]] = defaultdict(list)
        for node, (line, key) in enumerate(zip(self.parsed, self.keys, strict=True)):
            if line.kind == "org":
                whole[_alias_words(key)].append(node)
        # The other name is the bracket's or the slash's; after a slash the first may be.
        named: dict[frozenset[str], list[int]] = defaultdict(list)
        for node, (first, second, slash) in parts.items():
            named[second].append(node)
            if slash:
                named[first].append(node)
        for node, (first, second, slash) in parts.items():
            sides = [(second, first, False), *([(first, second, True)] if slash else [])]
            for words, rest, leading in sides:
                if not _says_enough(words):
                    continue
                others = {*whole.get(words, ()), *named.get(words, ())} - {node}
                if len(others) != 1:
                    continue
                other = others.pop()
                if not (
                    _OUTLET_SIGN_RE.search(self.parsed[node].name)
                    or _OUTLET_SIGN_RE.search(self.parsed[other].name)
                ):
                    continue  # "Youth Center (Armenian Caritas)", "Pink Armenia / Right Side"
                if slash and not (
                    _OUTLET_SIGN_RE.search(self.parsed[other].name)
                    or _alias_side_is_outlet(self.parsed[node].name, leading)
                ):
                    continue  # "Pink Armenia / Epress.am": two signers, not Pink Armenia
                if other in parts and not _agree(rest, parts[other], words):
                    continue  # "GYLA (Kvemo Kartli)" / "GYLA (Shida Kartli)"
                if not self._may_be_one(node, other):
                    continue
                pair = (node, other) if node < other else (other, node)
                result[pair] = " ".join(sorted(words))
        return result

    def _may_be_one(self, a: int, b: int) -> bool:
        """Nothing but the words tells ``a`` and ``b`` apart: no other legal form,
        acronym or country."""
        line_a, line_b = self.parsed[a], self.parsed[b]
        forms_a, forms_b = self.keys[a].forms, self.keys[b].forms
        acronyms = {acronym_letters(line_a.acronym), acronym_letters(line_b.acronym)} - {""}
        return (
            not (forms_a and forms_b and not forms_a & forms_b)
            and len(acronyms) <= 1
            and not (
                line_a.country
                and line_b.country
                and places_conflict(line_a.country, line_b.country)
            )
        )

    def _one_organization(self, nodes: list[int]) -> bool:
        """Whether these names are all one organization by their words alone (two
        spellings of the name an acronym stands for)."""
        first = self.parsed[nodes[0]]
        return (
            all(
                compare_parsed(first, self.parsed[other], self.weights).decision == "same"
                for other in nodes[1:4]
            )
            and len(nodes) <= 4
        )

    def _declared_acronyms(self) -> dict[tuple[int, int], str]:
        """Pairs of names written in two scripts that declare the same acronym, which no
        other name of the list declares ("Media Development Foundation (MDF)" / "მედიის
        განვითარების ფონდი (MDF)"): a translation, which the words alone show only in part.
        A pair ``compare_parsed`` left in review becomes one, and so does a pair it found
        different when the acronym has four letters or more (a translation may share no
        word); places that differ keep them apart."""
        by_acronym: dict[str, list[int]] = defaultdict(list)
        for node, line in enumerate(self.parsed):
            letters = acronym_letters(line.acronym)
            if line.kind == "org" and len(letters) >= 3:
                by_acronym[letters].append(node)
        found: dict[tuple[int, int], str] = {}
        for group in by_acronym.values():
            if len(group) != 2:
                continue
            a, b = group
            line_a, line_b = self.parsed[a], self.parsed[b]
            if (
                line_a.country
                and line_b.country
                and places_conflict(line_a.country, line_b.country)
            ):
                continue
            if _core_script(line_a) != _core_script(line_b):
                found[(a, b)] = line_a.acronym or ""
        return found

    def _list_countries(self) -> dict[tuple[int, int], str]:
        """Pairs of names with the same words, one of them followed by a country
        ("Women’s Resource Center" / "Women’s Resource Center Armenia"), when no other name
        of the list has those words with another place ("… Gyumri").

        Names made only of generic words are often national bodies of their own, so
        ``compare_parsed`` keeps such a pair apart.  In one list where nothing else
        competes for the words, the country only says where the organization works: the
        pair is one when the two are worded alike, connecting words included
        (``_worded_alike``), and goes to review when they are not ("Institute of Public
        Policy" / "Institute for Public Policy Armenia" can be two).  Not for a country set
        off by a dash ("… – Armenia", a branch), a network with national chapters, or two
        acronyms that differ.
        """
        ends: dict[int, tuple[tuple[str, ...], str]] = {}  # node -> (its other words, country)
        for node, (line, key) in enumerate(zip(self.parsed, self.keys, strict=True)):
            if line.kind != "org" or len(key.words) < 3 or line.country:
                continue
            if key.words[-1] in key.places:
                base, last = key.words[:-1], key.raw[-1]
                country = vocab.place_of(last)
            elif key.words[0] in _NATIONAL_WORDS:
                # "Armenian Association of Women with University Education"
                base, last = key.words[1:], key.raw[0]
                country = _NATIONAL_WORDS[key.words[0]]
            else:
                continue  # the common case: no country at either end
            if country not in vocab.COUNTRIES or any(word in key.places for word in base):
                continue
            lower = line.name.lower()
            if (
                _SPACED_DASH + last in lower
                or re.search(rf"\w-{re.escape(last)}\b", lower)
                or vocab.NETWORK_WORDS & set(key.words)
                or vocab.international_body(key.raw)
                or _plural_kind(key)
            ):
                continue
            ends[node] = (base, country)
        found: dict[tuple[int, int], str] = {}
        if not ends:
            return found
        bases = {base for base, _country in ends.values()}
        by_words: dict[tuple[str, ...], list[int]] = defaultdict(list)
        with_places: Counter[tuple[str, ...]] = Counter()
        for node, (line, key) in enumerate(zip(self.parsed, self.keys, strict=True)):
            if line.kind != "org":
                continue
            if key.words in bases:
                by_words[key.words].append(node)
            if key.places or line.country:
                unplaced = tuple(word for word in key.words if word not in key.places)
                if unplaced in bases:
                    with_places[unplaced] += 1
            elif key.words[0] in _NATIONAL_WORDS and key.words[1:] in bases:
                with_places[key.words[1:]] += 1
        for node, (base, country) in ends.items():
            if with_places[base] != 1:
                continue  # another name has these words with another place
            line = self.parsed[node]
            for other in by_words.get(base, ()):
                other_line = self.parsed[other]
                acronyms = {acronym_letters(line.acronym), acronym_letters(other_line.acronym)}
                if other_line.country or len(acronyms - {""}) > 1:
                    continue
                found[(node, other) if node < other else (other, node)] = country
        return found

    def _word_weights(self, node: int) -> dict[str, float]:
        key = self.keys[node]
        weights: dict[str, float] = {}
        for word, prior in zip(key.words, key.prior, strict=True):
            weights[word] = max(weights.get(word, 0.0), self.weights(word, prior))
        return weights

    def candidates(self) -> set[tuple[int, int]]:
        """Pairs of distinct names worth comparing in full (see ``blocking``).

        Two ways in: a shared rare word (or a word one typing error or romanisation
        variant away from it), and for names made only of frequent words, the same set
        of words give or take one.  A cheap upper bound of the score then drops the
        pairs that could not even reach review.
        """
        postings: dict[str, list[int]] = defaultdict(list)
        initials: dict[str, list[int]] = defaultdict(list)
        word_sets: dict[tuple[str, ...], list[int]] = defaultdict(list)
        neighbours = WordNeighbours()
        joined_of = [key.joined for key in self.keys]  # a property: computed once per name
        joined_sets = [frozenset(joined) for joined in joined_of]
        for node, (line, key) in enumerate(zip(self.parsed, self.keys, strict=True)):
            distinct = tuple(sorted(set(key.words)))
            for word in distinct:
                postings[word].append(node)
            for joined in joined_of[node]:
                postings[joined].append(node)
            for signature in _signatures(distinct):
                word_sets[signature].append(node)
            neighbours.add_all(key.words)
            if len(key.initials) >= 3:
                initials[key.initials].append(node)
                if key.places:
                    # "OSF-Armenia" is the acronym of "Open Society Foundations – Armenia"
                    # without its place.
                    bare = initials_without_places(key)
                    if len(bare) >= 3 and bare != key.initials:
                        initials[bare].append(node)
                if _may_spell(line.name, key):
                    for letters in spelled_initials(line.name) - {key.initials}:
                        initials[letters].append(node)
            if line.acronym:
                initials[acronym_letters(line.acronym)].append(node)
        word_weights = [self._word_weights(node) for node in range(len(self.keys))]
        near_cache: dict[str, set[str]] = {}

        def near(word: str) -> set[str]:
            found = near_cache.get(word)
            if found is None:
                found = near_cache[word] = neighbours(word)
            return found

        expanded: list[set[str]] = []
        for node, key in enumerate(self.keys):
            reach = set(key.words) | set(key.raw) | set(joined_of[node])
            reach |= {typo for typo in key.typos if typo}
            country = self.parsed[node].country
            if country:
                reach.add(country)
            for word in key.words:
                if self.frequency[word] <= RARE_FREQUENCY:
                    reach |= near(word)
            expanded.append(reach)

        totals = [sum(weights.values(), 0.0) for weights in word_weights]
        has_acronym = [bool(line.acronym) for line in self.parsed]
        # A pair (a, b), a < b, is kept as the number a * size + b until the end: cheaper
        # to hash and to store than a tuple.
        size = len(self.keys)
        pairs: set[int] = {
            a * size + b
            for a, b in [
                *self.countries,
                *self.declared,
                *self.acronyms,
                *self.proper,
                *self.websites,
                *self.aliases,
                *self.parallel,
            ]
        }
        # The bound is symmetric: a pair it dropped from one side is not worked out again
        # from the other (only an acronym or a one-word name there can still let it in).
        dropped: set[int] = set()
        for node, (line, key) in enumerate(zip(self.parsed, self.keys, strict=True)):
            mine = word_weights[node]
            found: set[int] = set()
            rare = False
            for word in mine:
                if self.frequency[word] <= RARE_FREQUENCY:
                    rare = True
                    _add_posting(found, postings[word])
                    for other_word in near(word):
                        posting = postings.get(other_word)
                        if posting is not None:
                            _add_posting(found, posting)
            for typo in key.typos:
                if typo:
                    posting = postings.get(typo)
                    if posting is not None:
                        _add_posting(found, posting)
            if not rare:
                # Only frequent words: look for the same words give or take one.
                for signature in _signatures(tuple(sorted(mine))):
                    found.update(word_sets[signature][:MAX_SIGNATURE])
            loose = bool(line.acronym) or len(key.words) == 1
            if len(key.words) == 1:
                found.update(initials.get(key.words[0], ()))
            elif key.places:
                # "PINK Armenia" meets "… (PINK Armenia)": an acronym and a place share
                # no word with the full name, so the score bound cannot judge them.
                solo = [word for word in key.words if word not in key.places]
                if len(solo) == 1:
                    acronym_of = initials.get(solo[0], ())
                    found.update(acronym_of)
                    for other in acronym_of:
                        if other != node:
                            pairs.add(node * size + other if node < other else other * size + node)
            if line.acronym:
                found.update(initials.get(acronym_letters(line.acronym), ()))
            reach = expanded[node]
            total_mine = totals[node]
            for other in found:
                if other == node:
                    continue
                pair_code = node * size + other if node < other else other * size + node
                if pair_code in pairs:
                    continue
                if loose or has_acronym[other]:
                    pairs.add(pair_code)
                    continue
                if pair_code in dropped:
                    continue
                theirs = word_weights[other]
                shared_mine = sum([w for word, w in mine.items() if word in expanded[other]], 0.0)
                shared_theirs = sum([w for word, w in theirs.items() if word in reach], 0.0)
                # Adding 0.0 for a name with no compound in the other changes nothing.
                if not joined_sets[other].isdisjoint(mine):
                    shared_theirs += _compound_weight(
                        self.keys[other].words, joined_of[other], theirs, mine
                    )
                if not joined_sets[node].isdisjoint(theirs):
                    shared_mine += _compound_weight(key.words, joined_of[node], mine, theirs)
                agreed = (shared_mine + shared_theirs) / 2
                rest = (total_mine - shared_mine) + (totals[other] - shared_theirs)
                if agreed and agreed >= BOUND * (agreed + rest):
                    pairs.add(pair_code)
                else:
                    dropped.add(pair_code)
        return {(code // size, code % size) for code in pairs}


def _plural_kind(key: NameKey) -> bool:
    """The kind of body in the plural ("Open Society Foundations", "… Resource Centers"):
    a family of bodies with national members, which a country may tell apart."""
    return any(
        word in vocab.TYPE_WORDS and raw != word and raw.endswith("s")
        for word, raw in zip(key.words, key.raw, strict=True)
    )


def _worded_alike(first: str, second: str) -> bool:
    """The same connecting words, in the same order, outside the country at the end ("of
    Armenia"): "Freedom of Information Center" / "… Center of Armenia", but not
    "Institute of Public Policy" / "Institute for Public Policy Armenia"."""
    spelled = []
    for name in (first, second):
        # "… of Armenia (FOICA)": an acronym in brackets is no connecting word.
        words = _LETTERS_RE.findall(transliterate(_BRACKETS_RE.sub(" ", name)).lower())
        while len(words) > 2 and vocab.legal_form_at(words[-1:], 0) is not None:
            words = words[:-1]  # "… Center of Armenia NGO"
        if len(words) >= 2 and vocab.place_of(words[-1]) in vocab.COUNTRIES:
            words = words[:-2] if words[-2] in vocab.STOP_WORDS else words[:-1]
        elif words and words[0] in _NATIONAL_WORDS:
            words = words[1:]
        spelled.append([word for word in words if word in vocab.STOP_WORDS])
    return spelled[0] == spelled[1]


def _decided(comparison: Comparison, decision: Decision, *reasons: str) -> Comparison:
    """``comparison`` raised to ``decision`` by what the list shows, saying why."""
    floor = SAME if decision == "same" else REVIEW
    return Comparison(max(comparison.score, floor), decision, [*comparison.reasons, *reasons])


def _own_word(key: NameKey) -> frozenset[str]:
    """The one word of an unquoted name that is a name of its own ("EcoLur Informational
    NGO", "Socioscope Societal Research and Consultancy Center"): the only distinctive
    word, not a place; empty when there are none or several."""
    # A word that only looks like a typing error of a generic one ("Unison", union) is
    # a name of its own too.
    own = [
        word
        for word, prior, typo in zip(key.words, key.prior, key.typos, strict=True)
        if (prior >= vocab.DISTINCTIVE_WEIGHT or typo) and word not in key.places
    ]
    if (
        len(own) != 1
        # A word of the language ("Kamurj", bridge) is not a name of its own.
        or vocab.concept_of(own[0]) is not None
        # "Cahul Regional Development Agency": a word before "regional" may be a town.
        or _SCOPE_WORDS.intersection(key.words)
    ):
        return frozenset()
    return frozenset(own)


_MEMBERSHIP_RE = re.compile(
    r"(?i)\b(?:member|members|part|partner|partners|affiliate|affiliated|branch|office|"
    r"network|coalition|platform|chapter|former|formerly|ex|on behalf|representing|"
    r"член|участник|партн[её]р|филиал|бывш\w*|անդամ|մասնաճյուղ|ნაწილი|წევრი)\b"
)
# An outlet's sign: only an outlet and its publisher are given as each other's name so
# ("Hetq online (Investigative Journalists of Armenia)", "… / Hetq.am"); a bracket or a
# slash beside any other name is as often a parent body, a member or a second signer.
_OUTLET_SIGN_RE = re.compile(
    r"(?i)\b(?:online|tv|radio|daily|weekly|newspaper|magazine|journal|portal|website)\b"
    r"|\w\.(?:am|ge|ru|ua|az|by|kz|kg|md|uz|com|org|net|info|media|news|tv)\b"
)
_ALIAS_RE = re.compile(r"^(?P<a>[^()/]+?)\s*(?:\((?P<b>[^()]+)\)|\s/\s(?P<c>[^()/]+))\s*$")


def _alias_parts(name: str) -> tuple[frozenset[str], frozenset[str], bool] | None:
    """The words of a name and of its other name ("Hetq online (Investigative Journalists
    of Armenia)"), and whether a slash sets them apart, or None when the line is no such
    pair: an acronym, a place or a person in brackets, or a bracket about membership."""
    match = _ALIAS_RE.match(name)
    if match is None:
        return None
    first, second = match.group("a"), match.group("b") or match.group("c") or ""
    if (
        _MEMBERSHIP_RE.search(second)
        or only_places(second)
        or looks_like_person(second)
        or looks_like_person(first)
    ):
        return None  # "(member of …)", "(Gyumri)", "Marine Abrahamyan (Goris Press Club)"
    sets = [_alias_words(analyse(fold(first))), _alias_words(analyse(fold(second)))]
    if not all(sets) or sets[0] == sets[1]:
        return None
    if len(sets[1]) == 1 and second.strip().isupper():
        return None  # "(YPC)": an acronym, read elsewhere
    return sets[0], sets[1], match.group("c") is not None


def _agree(
    rest: frozenset[str], other: tuple[frozenset[str], frozenset[str], bool], shared: frozenset[str]
) -> bool:
    """Whether the rest of two names that give the same other name agree: one holds the
    other ("Investigative Journalists of Armenia" / "Investigative Journalists")."""
    theirs = other[0] if other[1] == shared else other[1]
    return rest <= theirs or theirs <= rest


def _alias_side_is_outlet(name: str, first: bool) -> bool:
    """Whether the side of "A / B" that was matched (A when ``first``) is the outlet."""
    match = _ALIAS_RE.match(name)
    if match is None:
        return False
    side = match.group("a") if first else (match.group("c") or "")
    return _OUTLET_SIGN_RE.search(side) is not None


def _alias_words(key: NameKey) -> frozenset[str]:
    """A name's words but those saying what kind of outlet it is ("Hetq online")."""
    return frozenset(word for word in key.raw if word not in _OUTLET_WORDS)


def _says_enough(words: frozenset[str]) -> bool:
    """Three words or more, or one word that is a name of its own ("hetq")."""
    if len(words) >= 3:
        return True
    return any(vocab.concept_of(word) is None and vocab.place_of(word) is None for word in words)


def _has_own_word(key: NameKey) -> bool:
    """Whether a name has a word of its own, not a generic word or a place ("Promo-LEX"
    has; "Civil Society Institute" has not)."""
    return any(
        (prior >= vocab.DISTINCTIVE_WEIGHT or typo) and word not in key.places
        for word, prior, typo in zip(key.words, key.prior, key.typos, strict=True)
    )


def _only_describes(key: NameKey, core: frozenset[str]) -> bool:
    """Whether every word of a name outside its own name ``core`` only says what kind of
    body it is: no distinctive word (an unknown town: "Пермский «Мемориал»"), no place and
    no word saying whom it serves ("“Women’s Resource Center” for Roma women")."""
    return all(
        prior < vocab.DISTINCTIVE_WEIGHT and word not in key.places and word not in vocab.POPULATION
        for word, prior in zip(key.words, key.prior, strict=True)
        if word not in core
    )


def _names_something(key: NameKey, core: frozenset[str], phrase: bool = True) -> bool:
    """Whether the name's own words are a name, not a generic word ("“Women” NGO"); a
    word that only looks like a typing error of one ("Unison", "union") is, and (with
    ``phrase``) so is a quoted phrase of two words or more ("Комитет «Гражданское
    содействие»")."""
    if phrase and core == key.core and len(core) >= 2:
        return True
    return any(
        prior >= vocab.DISTINCTIVE_WEIGHT or typo
        for word, prior, typo in zip(key.words, key.prior, key.typos, strict=True)
        if word in core
    )


_WEBSITE_NAME_RE = re.compile(
    r"(?:www\.)?([\w-]{2,})\.(?:am|ge|ru|ua|az|by|kz|kg|md|uz|com|org|net|info|eu|media|news|tv)",
    re.I,
)
# What an outlet's name adds to its website's ("Hetq Online", "Aravot Daily LLC").
_OUTLET_WORDS = vocab.words(
    "online daily weekly newspaper news tv radio magazine journal agency media portal website "
    "am ge ru az"
)


_QUOTED_RE = re.compile(r"“([^“”]+)”")


def _quoted_text(name: str) -> str:
    match = _QUOTED_RE.search(name)
    return match.group(1) if match else ""


_NATIONAL_LETTER_RE = re.compile("[\u0531-\u0587\u10a0-\u10ff\u1c90-\u1cbf]")


def _national_script(line: ParsedLine) -> str:
    """ "armenian" or "georgian" when the name (its acronym aside) is written in one of
    them, else "" (at once for the many names written in neither)."""
    if not _NATIONAL_LETTER_RE.search(line.name):
        return ""
    script = _core_script(line)
    return script if script in _SCRIPT_COUNTRIES else ""


def _core_script(line: ParsedLine) -> str:
    """The script of a name without its acronym ("საზოგადოება (ISFED)": Georgian)."""
    name = line.name.replace(line.acronym, "") if line.acronym else line.name
    return script_of(name)


def _may_spell(name: str, key: NameKey) -> bool:
    """Whether ``spelled_initials`` may find more than ``NameKey.initials`` (cheap test)."""
    return bool(key.forms - {"ngo"}) or "-" in name or not name.isascii()


_LETTERS_RE = re.compile(r"[^\W\d_]+")
_DIGIT_RE = re.compile(r"\d")


def _acronym_of(line: ParsedLine, key: NameKey) -> str | None:
    """The acronym a line consists of, besides places, as written ("GYLA", "МХГ", the
    "OSF" of "OSF-Armenia"): one word in capitals."""
    if line.kind != "org" or len(key.words) > 4:
        return None  # an acronym and at most three places
    # "HCA Vanadzor Office", "ՀՔԱ Վանաձորի գրասենյակ": the office in a town is the body there.
    solo = [
        word
        for word in key.words
        if word not in key.places and not (word == "office" and key.places)
    ]
    # Two letters only with a place ("TI Georgia"); see ``_list_acronyms``.
    shortest = 2 if len(solo) < len(key.words) or line.country else 3
    if (
        len(solo) != 1
        or not shortest <= len(solo[0]) <= 10
        or vocab.concept_of(solo[0]) is not None
    ):
        return None  # "KUTAISI EDUCATION FUND" is written in capitals, not an acronym
    tokens: list[str] = _LETTERS_RE.findall(line.name)
    for token in tokens:
        # "КМБПЧиСЗ": capitals, and a small "и" (and) between them.
        capitals = sum(1 for char in token if char.isupper())
        if (
            len(token) >= 2
            and capitals >= 2
            and capitals >= len(token) - 1
            and transliterate(token).lower() == solo[0]
        ):
            return token
    return None


def _capitals(acronym: str) -> str:
    """An acronym's capital letters in Latin ("КМБПЧиСЗ": "kmbpchsz")."""
    return transliterate("".join(char for char in acronym if char.isupper())).lower()


def _georgian_acronym(line: ParsedLine, key: NameKey) -> str:
    """The one Georgian word of three to five letters a line consists of, besides places
    and a legal form ("საია"), in Latin; "" when it is anything else or a word of the
    vocabulary."""
    solo = [word for word in key.words if word not in key.places]
    if line.kind != "org" or len(solo) != 1 or not 3 <= len(_core_name(line)) <= 5:
        return ""
    word = solo[0]
    return word if vocab.concept_of(word) is None and len(word) <= 8 else ""


def _core_name(line: ParsedLine) -> str:
    """The letters of the name's one word, as written ("საია")."""
    words = _LETTERS_RE.findall(line.name)
    return words[0] if len(words) == 1 else ""


def _add_posting(found: set[int], posting: list[int]) -> None:
    """The first ``MAX_POSTING`` names of a posting list (copied only when it is longer)."""
    if len(posting) <= MAX_POSTING:
        found.update(posting)
    else:
        found.update(posting[:MAX_POSTING])


def _compound_weight(
    words: tuple[str, ...],
    joined_words: tuple[str, ...],
    weights: dict[str, float],
    other: dict[str, float],
) -> float:
    """Weight of the word pairs of a name (``words``, adjacent pairs ``joined_words``)
    that the other name writes as one word."""
    found = 0.0
    for index, joined in enumerate(joined_words):
        if joined in other:
            found += weights.get(words[index], 0.0) + weights.get(words[index + 1], 0.0)
    return found


def _signatures(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The word set itself and the set without each of its words."""
    if len(words) < 2:
        return [words]
    return [words, *(words[:i] + words[i + 1 :] for i in range(len(words)))]


def _complete_link(nodes: _Nodes, left: list[int], right: list[int]) -> Comparison | None:
    """The weakest comparison across two clusters, or None when one pair is not "same".

    A Latin acronym and a name in another script ("GYLA", "საქართველოს ახალგაზრდა
    იურისტთა ასოციაცია") cannot be compared: their pair neither joins nor parts the
    clusters, which the other pairs decide.
    """
    weakest: Comparison | None = None
    for a in left:
        for b in right:
            comparison = nodes.compare(a, b)
            if comparison.decision != "same" and nodes.unreadable(a, b):
                continue
            if comparison.decision != "same":
                return None
            if weakest is None or comparison.score < weakest.score:
                weakest = comparison
    return weakest


def cluster_lines(lines: list[str], registry: RegistryIndex | None = None) -> CleanResult:
    """Clean and de-duplicate a list (see the module docstring)."""
    with gc_paused():
        return _cluster_lines(lines, registry)


# Words a name never ends with: a line ending with one was wrapped ("… Fair Elections and").
_CONNECTORS = vocab.words("and of for the in on to an a with и по для в на при და ու և եւ")
_TOWN_MARK_RE = re.compile(r"(г|м|с|ք|գ|пос|дер)\.\s", re.I)
_NEARLY = 0.6  # a score close enough to review for list evidence to settle it
_SCRIPT_COUNTRIES = {"armenian": "armenia", "georgian": "georgia"}
_HOME_VOTES = 3
# A country's adjective that starts a name, by its concept ("Armenian …", "Georgian …").
_NATIONAL_WORDS = {"armenian": "armenia", "georgian": "georgia"}
_BRACKETS_RE = re.compile(r"\([^()]*\)")
_LINE_MARKS = "-–—•·●○◦▪▫■□►▸‣⁃*+>✓✔☐☑→"  # a bullet: the line is one of its own


def _in_sections(parsed: list[ParsedLine]) -> list[ParsedLine]:
    """Names listed under headings that are places ("ARMENIA", "Georgia:", "Кыргызстан")
    with that place as their section: the same "Civil Society Institute" under ARMENIA and
    under GEORGIA is two organizations.  A pair of names without a word of their own
    listed under two places goes to review whatever else agrees (``_Nodes.compare``);
    "Promo-LEX" under Ukraine is still the one under Moldova.

    Only a list with two such headings or more is read so (one heading over a whole list
    only says where it works); a heading of anything else ("Individuals:", "Armenia and
    Georgia") ends the section.
    """
    sections: list[str | None] = []
    section: str | None = None
    for line in parsed:
        if line.kind == "noise" and line.reason == "a heading":
            places = set((place_qualifier(_BRACKETS_RE.sub(" ", line.name)) or "").split())
            section = places.pop() if len(places) == 1 else None
        sections.append(section)
    if len(set(sections) - {None}) < 2:
        return parsed
    return [
        replace(line, section=place) if place and _placeless(line) else line
        for line, place in zip(parsed, sections, strict=True)
    ]


def _placeless(line: ParsedLine) -> bool:
    """An organization's line that names no place of its own: a place it names ("Диалог
    мира, г. Ванадзор" under Georgia) says more than its section."""
    return (
        line.kind == "org" and not line.country and line.match is not None and not line.match.places
    )


def _join_wrapped(parsed: list[ParsedLine]) -> list[ParsedLine]:
    """Names a PDF or a narrow page wrapped over two lines or more, read as one.

    An organization's line is continued by the line right after it when it ends with a
    hyphen glued to a word and the next starts with a small letter ("… Freedom of Infor-"
    / "mation (IDFI)"), or ends with a word no name ends with ("… Fair Elections and" /
    "Democracy (ISFED)"), or sits between entries n and n+1 of a numbered list (see
    ``_between_numbers``).  Every line of the name then names the whole.  A blank line, a numbered or bulleted line, a heading or a person
    is never a continuation.  A name left ending with such a word loses it ("Union of
    Journalists of" becomes "Union of Journalists"), so that cleaning a cleaned list, where
    the lines between are gone, joins nothing new.
    """
    out = list(parsed)
    numbers = [_number_of(line.raw) for line in parsed]
    between = _between_numbers(parsed, numbers)
    towns = _towns_below(parsed, numbers)
    index = 0
    while index < len(out):
        head = out[index]
        if head.kind != "org":
            index += 1
            continue
        name, hyphen = head.name, _ends_with_hyphen(head.raw)
        members = [index]
        whole: ParsedLine | None = None
        following = index + 1
        run = between.get(index, [])
        while following < len(out):
            tail = out[following]
            if run:
                if following not in run:
                    following += 1  # page furniture between the two parts of the name
                    continue
                joined: str | None = (
                    f"{name} {tail.raw.strip()}"
                    if _qualifies(tail)
                    else f"{name} – {tail.name}"
                    if len(members) == 1 and _dash_then_office(head, tail)
                    else _continued(name, hyphen or _ends_a_word(name, tail.name), tail.name)
                )
            elif len(members) == 1 and _dash_then_office(head, tail):
                joined = _wrapped_text(f"{name} –", False, tail)
            else:
                joined = _wrapped_text(name, hyphen, tail)
                if joined is None and len(members) == 1 and _left_unfinished(head, tail):
                    joined = _continued(name, hyphen, tail.name)
            if joined is None:
                break
            candidate = parse_line(joined)
            if candidate.kind != "org" or candidate.representative is not None:
                break
            whole, name, hyphen = candidate, candidate.name, _ends_with_hyphen(tail.raw)
            members.append(following)
            following += 1
            if run and following > run[-1]:
                break
        if whole is None:
            out[index] = _without_dangling_word(head)
            if index in towns:
                out[index] = replace(_qualified(out[index], towns[index]), raw=head.raw)
            index += 1
            continue
        whole = _without_dangling_word(whole)
        # A place joined already ("– Gyumri", "(Gyumri)") is not added again.
        if index in towns and not any(_qualifies(out[member]) for member in members[1:]):
            whole = _qualified(whole, towns[index])
        out[index] = replace(whole, raw=head.raw)
        for member in members[1:]:
            out[member] = replace(whole, raw=out[member].raw)
        index = members[-1] + 1
    _name_branches(out, numbers)
    _name_offices(out)
    for index in range(len(out) - 1):
        # "40." / "Armenian Environmental Front": the number alone on its line.
        below = out[index + 1]
        if (
            numbers[index] is not None
            and not parsed[index].name
            and numbers[index + 1] is None
            and below.kind == "org"
            and below.raw.lstrip()[:1] not in _LINE_MARKS
        ):
            out[index] = replace(below, raw=parsed[index].raw)
    return out


_NUMBERED_RE = re.compile(r"\s*(\d{1,4})\s*[.)]")


def _between_numbers(parsed: list[ParsedLine], numbers: list[int | None]) -> dict[int, list[int]]:
    """Unnumbered lines that sit between entries n and n+1 of a numbered list, by the
    line of entry n they continue ("17. Armenian Association of Women with University" /
    "Education" / "18. …").  Page furniture between them is passed over ("58. Goris
    Women’s Development “Resource" / "Page 2 of 4" / "Center” Foundation" / "59. …");
    only a line that cannot stand alone (``_cannot_stand_alone``) continues the entry, so
    that members of a coalition, representatives and headings between two numbers stay
    lines of their own.  A blank line, a person or more than two such lines end the
    search."""
    found: dict[int, list[int]] = {}
    for index, line in enumerate(parsed):
        number = numbers[index]
        # Only an entry followed by an unnumbered line may have a continuation.
        if number is None or line.kind != "org" or index + 1 == len(parsed):
            continue
        if numbers[index + 1] is not None:
            continue
        run: list[int] = []
        for following in range(index + 1, min(index + 6, len(parsed))):
            tail = parsed[following]
            if numbers[following] == number + 1:
                if 0 < len(run) <= 2:
                    found[index] = run
                break
            if numbers[following] is not None or not tail.raw.strip() or tail.kind == "person":
                break
            if _qualifies(tail):
                # One place says where the entry works; more are its branches, each a
                # line of its own ("5. Helsinki Citizens’ Assembly" / "- Vanadzor" / "- Ijevan").
                after = parsed[following + 1] if following + 1 < len(parsed) else None
                if run or (after is not None and _qualifies(after)):
                    break
                run.append(following)
                continue
            if tail.kind == "org" or (
                tail.name
                and not _DIGIT_RE.search(tail.name)
                and "@" not in tail.raw
                and "www" not in tail.raw
                # A line of its own that is no name, as a page's running title, needs
                # its own sign of going on: the entry above may go on past it.
                and (_tail_continues(line, tail) or _only_form_words(tail))
            ):
                if (
                    tail.raw.lstrip()[:1] in _LINE_MARKS
                    or tail.raw.rstrip().endswith(":")
                    or not _cannot_stand_alone(line, tail)
                ):
                    break
                run.append(following)
    return found


def _continues(line: ParsedLine, tail: ParsedLine) -> bool:
    """The line below goes on from ``line`` (``_tail_continues``), or ``line`` ends with a
    hyphen or a connecting word."""
    return (
        _ends_with_hyphen(line.raw)
        or line.name.rsplit(" ", 1)[-1] in _CONNECTORS
        or _tail_continues(line, tail)
    )


def _tail_continues(line: ParsedLine, tail: ParsedLine) -> bool:
    """The line below starts with a connecting word ("of Azerbaijan”") or, in Armenian or
    Cyrillic, a small letter; or closes the quotation or the bracket ``line`` left open;
    or ends the word ``line`` was cut in, with a hyphen ("Ameri-" / "ca") or without ("…
    Resource Cen" / "ter Foundation"), or the legal form it began ("civil" / "initiative")."""
    return (
        _starts_with_connector(tail.name)
        or _closes(line.name, tail)
        or _starts_small(tail)
        or (_ends_with_hyphen(line.raw) and tail.name[:1].islower())
        or _ends_a_word(line.name, tail.name)
        or _ends_a_form(line.name, tail.name)
    )


def _name_branches(out: list[ParsedLine], numbers: list[int | None]) -> None:
    """Two places or more, each after a dash on a line of its own under a numbered entry
    ("5. Helsinki Citizens’ Assembly" / "- Vanadzor" / "- Ijevan"), are its branches:
    each line names the body there ("Helsinki Citizens’ Assembly – Vanadzor")."""
    index = 0
    while index < len(out):
        head = out[index]
        following = index + 1
        while following < len(out) and numbers[following] is None and _qualifies(out[following]):
            following += 1
        if numbers[index] is not None and head.kind == "org" and following - index > 2:
            for branch in range(index + 1, following):
                place = out[branch].raw.strip().lstrip("-–— ")
                named = parse_line(f"{head.name} – {place}")
                if named.kind == "org":
                    out[branch] = replace(named, raw=out[branch].raw)
        index = max(following, index + 1)


def _name_offices(out: list[ParsedLine]) -> None:
    """A line that only names an office in a place ("o Gyumri branch", "– Vanadzor
    office", "Ширакский филиал"), under an organization's entry, is that organization's
    office there ("Mission Armenia NGO – Gyumri branch"): alone it names no one, and two
    bodies' "Gyumri branch" are two offices."""
    parent: ParsedLine | None = None
    for index, line in enumerate(out):
        if line.kind != "org":
            parent = None
        elif not only_an_office(line.name):
            # "RDF" / "o Gyumri office": whose letters these are the list may not tell.
            acronym = line.match is not None and _acronym_of(line, line.match) is not None
            parent = None if acronym else line
        elif parent is not None:
            named = parse_line(f"{parent.name} – {line.name}")
            if named.kind == "org":
                out[index] = replace(named, raw=line.raw)


def _ends_a_form(name: str, tail: str) -> bool:
    """``tail`` ends the legal form the last word of ``name`` begins ("… (AEF) civil" /
    "initiative", "… Non-Governmental" / "Organization")."""
    head_words = [word for word, _ in latin_words(name)][-2:]
    tail_words = [word for word, _ in latin_words(tail)]
    if not 1 <= len(tail_words) <= 3:
        return False
    for start in range(len(head_words)):
        form = vocab.legal_form_at([*head_words[start:], *tail_words], 0)
        # The form ends the line below ("… Public" / "Union of Informed Citizens" is two).
        if form is not None and form[0] == len(head_words) - start + len(tail_words):
            return True
    return False


def _ends_a_word(name: str, tail: str) -> bool:
    """``tail`` starts with the rest of the last word of ``name``, cut with no hyphen: the
    two pieces make a word the vocabulary knows and neither is one ("Cen" / "ter")."""
    head_words, tail_words = name.rsplit(" ", 1), tail.split(" ", 1)
    start, rest = head_words[-1], tail_words[0]
    if not (rest[:1].islower() and start.isalpha() and rest.isalpha()):
        return False
    glued, first, second = (
        transliterate(text).lower() for text in (start + rest, start, rest)
    )  # "Арме" / "нии"
    return (
        (vocab.concept_of(glued) is not None or vocab.place_of(glued) is not None)
        and vocab.concept_of(first) is None
        and vocab.place_of(first) is None
        and vocab.concept_of(second) is None
        and second not in vocab.STOP_WORDS
    )


def _qualifies(tail: ParsedLine) -> bool:
    """A place alone after a dash or in brackets ("– Armenia", "(Georgia)"): where the
    entry above works."""
    raw = tail.raw.strip()
    if raw[:1] == "(" and raw[-1:] == ")":
        return only_places(raw[1:-1])
    return raw[:1] in "-–—" and bool(tail.name) and only_places(tail.name)


def _starts_small(line: ParsedLine) -> bool:
    """An Armenian or Cyrillic line that starts with a small letter ("պաշտպանության
    կենտրոն ՀԿ", "и соблюдению законности"): the rest of a name, which those scripts
    start with a capital.  Latin names may not ("iFact", "swisspeace"), and Georgian has
    no capitals.  Not a line with a name of its own: its own quotation ("правозащитный
    центр «Кылым Шамы»"), a legal form first ("общественное движение …"), a town ("г.
    Москва") or a role ("председатель совета …")."""
    first = next((char for char in line.raw if char.isalpha()), "")
    if not first.islower() or script_of(first) not in ("armenian", "cyrillic"):
        return False
    key = line.match
    words = list(key.raw) if key is not None else [w for w, _ in latin_words(line.name)]
    return (
        "“" not in line.name
        and not only_places(line.name)
        and not _TOWN_MARK_RE.match(line.name)
        and not (
            words and (vocab.legal_form_at(words, 0) is not None or words[0] in vocab.ROLE_WORDS)
        )
    )


def _spells_the_whole(line: ParsedLine, tail: ParsedLine) -> bool:
    """The acronym ending the line below spells the two lines together ("Azerbaijani
    Political Prisoners’ Families" / "Support Network (APPFSN)")."""
    if not tail.acronym:
        return False
    letters = "".join(char for char in tail.acronym.lower() if char.isalpha())
    words = _LETTERS_RE.findall(f"{line.name} {tail.name.replace(tail.acronym, ' ')}")
    initials = "".join(
        word[0].lower() for word in words if transliterate(word).lower() not in vocab.STOP_WORDS
    )
    return len(letters) >= 3 and initials == letters


def _towns_below(parsed: list[ParsedLine], numbers: list[int | None]) -> dict[int, str]:
    """Places on a line of their own right under entry n of a numbered list, before entry
    n+1 ("1. Women’s Resource Center" / "Gyumri" / "2. …"), by the entry they qualify."""
    found: dict[int, str] = {}
    for index in range(len(parsed) - 2):
        line, below = parsed[index], parsed[index + 1]
        number = numbers[index]
        if (
            number is not None
            and numbers[index + 2] == number + 1
            and line.kind == "org"
            and not line.country
            and below.kind == "noise"
            and below.name
            and not below.name.isupper()  # "ARMAVIR, ARARAT": a heading
            and only_places(below.name)
            # A country there heads the entries that follow ("Казахстан").
            and not any(
                vocab.place_of(word) in vocab.COUNTRIES for word, _ in latin_words(below.name)
            )
        ):
            found[index] = below.name.strip("()")
    return found


def _qualified(line: ParsedLine, place: str) -> ParsedLine:
    qualified = parse_line(f"{line.name} ({place})")
    return qualified if qualified.kind == line.kind else line


def _cannot_stand_alone(line: ParsedLine, tail: ParsedLine) -> bool:
    """Whether ``tail`` is the rest of ``line`` rather than a name, heading or person of its
    own (``_continues``, ``_spells_the_whole``): or it is a word or two that only say what
    kind of body it is ("Centre", "Center NGO"), or a legal form alone ("NGO"), or
    ``line`` is a legal form alone ("Межрегиональная общественная организация").
    "Freedom House" or "Media" between two numbers stand alone."""
    return (
        _dash_then_office(line, tail)
        or _continues(line, tail)
        or _spells_the_whole(line, tail)
        or _only_type_words(tail)
        or (_only_a_form(line) and tail.kind == "org")
        or _only_form_words(tail)
    )


def _left_unfinished(line: ParsedLine, tail: ParsedLine) -> bool:
    """Whether ``tail``, the line right under the organization ``line`` where no numbers
    tell entries apart, is that name's second line: it closes the quotation or bracket
    ``line`` left open ("NGO “Analytical Centre on Globalization and Regional" /
    "Cooperation”"), starts with a connecting word ("and Democracy (ISFED)") or only says
    what kind of body it is ("Platform").

    Each is undone on a line left unjoined (``_without_dangling_word``), so that
    cleaning a cleaned list, where blank lines and notes between are gone, joins
    nothing new.  Hence not the tests that cannot be undone without losing a name's
    words (a small letter first, an acronym spelling the two lines), which only lines
    between two numbers may pass (``_between_numbers``).
    """
    raw = tail.raw.strip()
    if (
        not raw
        or tail.kind == "person"
        or not tail.name
        or raw[0].isdigit()
        or raw[0] in _LINE_MARKS
        or raw.endswith((":", "՝"))
        or _DIGIT_RE.search(tail.name)
        or "@" in raw
        or "www" in raw
    ):
        return False
    if _closes(line.name, tail) or (_only_a_form(line) and tail.kind == "org"):
        # "NGO “Analytical Centre on Globalization and Regional" / "Cooperation”",
        # "Межрегиональная общественная организация" / "«Комитет против пыток»"
        return True
    if not _may_go_on(line):
        return False
    return (
        _starts_with_connector(tail.name)
        or _only_type_words(tail, bare=True)
        or _only_form_words(tail)
    )


def _may_go_on(line: ParsedLine) -> bool:
    """Whether a name may go on to the next line: not when it ends as names end (a kind
    of body, a legal form, a quotation or a bracket: "Union" under "Yerevan Press Club"
    is no part of it), nor when it is written in small letters, as names typed into a
    form are ("мемориал" / "за права человека")."""
    key = line.match
    if key is None or not key.words:
        return False
    if line.name == line.name.lower() and script_of(line.name) != "georgian":
        return False  # Georgian has no capitals
    last = line.name.rstrip(" ;,.")[-1:]
    last_raw = key.raw[-1]
    return (
        last not in "”)"
        and key.words[-1] not in vocab.TYPE_WORDS
        and vocab.legal_form_at([last_raw], 0) is None
        and not line.country
    )


def _closes(head: str, tail: ParsedLine) -> bool:
    """``tail`` closes the quotation or the bracket ``head`` left open."""
    tail_name = tail.name
    return (
        head.count("“") > head.count("”")
        # "«Альтернатива»»": the name keeps one pair of quotes, the line both.
        and (
            tail_name.count("”") > tail_name.count("“") or tail.raw.count("»") > tail.raw.count("«")
        )
    ) or (head.count("(") > head.count(")") and tail_name.count(")") > tail_name.count("("))


def _starts_with_connector(name: str) -> bool:
    """ "of Azerbaijan”", "и соблюдению законности": a small connecting word first;
    "hromadske" or "iSANS" are names, and "on behalf of …" says who signs."""
    first_word = name.lstrip("“").split(" ", 1)[0]
    return (
        first_word in _CONNECTORS or transliterate(first_word) in vocab.STOP_WORDS
    ) and not name.lower().startswith(_SIGNING_FOR)


_SIGNING_FOR = (
    "on behalf",
    "with the support",
    "with support",
    "in cooperation",
    "in partnership",
    "от имени",
    "при поддержке",
    "в сотрудничестве",
)


def _only_form_words(line: ParsedLine) -> bool:
    """A line that is a legal form alone ("NGO", "ასოციაცია"), which is noise on its
    own: the end of the name above."""
    if line.kind != "noise" or not line.name or len(line.name) > 60:
        return False
    words = [word for word, _ in latin_words(line.name)]
    if not words or len(words) > 3:
        return False
    index = 0
    while index < len(words):
        found = vocab.legal_form_at(words, index)
        if found is None:
            return False
        index += found[0]
    return True


def _only_a_form(line: ParsedLine) -> bool:
    """A legal form and no name ("Межрегиональная общественная организация"): the start
    of a name the next line goes on with."""
    key = line.match
    return (
        key is not None
        and bool(key.forms)
        and not key.core
        and not line.acronym
        and not line.country
        and all(word in _SCOPE_WORDS for word in key.words)
    )


# The legal form a kind of body implies ("Yerkir Foundation" and "“Yerkir” Fund").
_FORM_OF_TYPE = {"foundation": "foundation", "fund": "foundation"}
# How far a body reaches, which a legal form may say ("Межрегиональная общественная
# организация", "Regional Public Organization").
_SCOPE_WORDS = vocab.words("regional local national international public city rural republic")


def _only_type_words(line: ParsedLine, bare: bool = False) -> bool:
    """A word or two that only say what kind of body it is ("Platform", "Center NGO"),
    which ends a name and is no name itself.  ``bare``: nothing else either, no legal
    form, place or acronym ("NGO Centre (Vanadzor)" is a name)."""
    key = line.match
    if key is None or not 1 <= len(key.words) <= 2 or line.name.isupper() or key.places:
        return False
    if bare and (key.forms or line.country or line.acronym or line.representative):
        return False
    return all(word in vocab.TYPE_WORDS for word in key.words) and not any(
        word in vocab.HEADING_WORDS for word in key.raw
    )


def _parallel_entries(parsed: list[ParsedLine]) -> list[tuple[int, int, int]]:
    """Entries with the same number in a numbered list given twice, in two scripts ("8.
    «Լրատվամիջոցների նախաձեռնությունների կենտրոն»" / "8. Media Initiatives Center"): a
    statement published in two languages, one list after the other.

    Two numbered runs (1, 2, 3, …) are one list twice when they are written in two
    scripts, are about as long, at least ``_PARALLEL_ANCHORS`` of their entries with the
    same number are already one organization or near it by their words (names of their
    own, acronyms), and no entry is, by its words, the other run's entry under a nearby
    number; a second round of signatures numbered again, or a list ordered otherwise in
    each language, fails.  Then each anchor, and each pair of entries with the same number
    right between two anchors, is one, unless they name places that differ or a person.
    (line a, line b, number) for each.
    """
    tagged = [(run, True) for run in _numbered_runs(parsed)]
    tagged += [(run, False) for run in _unnumbered_runs(parsed)]
    tagged.sort(key=lambda item: item[0][1])
    if len(tagged) < 2:
        return []
    runs = [run for run, _numbered in tagged]
    numbered = [position for position, (_run, is_numbered) in enumerate(tagged) if is_numbered]
    scripts: dict[int, str] = {}
    found: list[tuple[int, int, int]] = []
    for first in range(len(runs)):
        # A list without numbers is given again right after itself; a numbered one may be
        # given again further on.
        later = [first + 1] if first + 1 < len(runs) else []
        if tagged[first][1]:
            later += [position for position in numbered if position > first + 1]
        for second in later:
            one, two = runs[first], runs[second]
            if min(len(one), len(two)) * 5 < max(len(one), len(two)) * 4:
                continue
            for position in (first, second):
                if position not in scripts:
                    scripts[position] = _run_script(parsed, runs[position])
            if not scripts[first] or not scripts[second] or scripts[first] == scripts[second]:
                continue
            shared = sorted(set(one) & set(two))
            if len(shared) < 5:
                continue
            anchors = [
                number
                for number in shared
                if compare_parsed(parsed[one[number]], parsed[two[number]]).decision != "different"
            ]
            if len(anchors) < max(3, len(shared) * _PARALLEL_ANCHORS):
                continue
            if _crossed(parsed, one, two, shared):
                continue  # the two lists name their entries in another order
            anchored = set(anchors)
            for number in shared:
                a, b = parsed[one[number]], parsed[two[number]]
                if a.kind != "org" or b.kind != "org":
                    continue
                if number not in anchored and not (
                    # Between two anchors: an entry left out in one language and another
                    # added further on shift what lies between, and words that do not
                    # translate would not show it.  Nor would an entry replaced by
                    # another: two words of their meaning must agree, and no place differ.
                    number - 1 in anchored and number + 1 in anchored and _translates_in_part(a, b)
                ):
                    continue
                if not (a.country and b.country and places_conflict(a.country, b.country)):
                    found.append((one[number], two[number], number))
    return found


_PARALLEL_ANCHORS = 0.5  # the share of same-numbered entries the words already join


def _translates_in_part(a: ParsedLine, b: ParsedLine) -> bool:
    """Whether two names that do not meet by their words may still be one name in two
    languages: two words of meaning agree, besides places and legal forms ("Media
    Initiatives Center" / «Լրատվամիջոցների նախաձեռնությունների կենտրոն»: initiatives,
    center), and no places differ ("Women’s Resource Center Gyumri" is not the one in
    Vanadzor)."""
    if a.match is None or b.match is None:
        return False
    places_a = {
        vocab.place_of(raw) or word
        for raw, word in zip(a.match.raw, a.match.words, strict=True)
        if word in a.match.places
    }
    places_b = {
        vocab.place_of(raw) or word
        for raw, word in zip(b.match.raw, b.match.words, strict=True)
        if word in b.match.places
    }
    if a.country:
        places_a.add(vocab.place_of(a.country) or a.country)
    if b.country:
        places_b.add(vocab.place_of(b.country) or b.country)
    if any(places_conflict(x, y) for x in places_a for y in places_b):
        return False
    meaning_a = set(a.match.words) - a.match.places - a.match.forms
    meaning_b = set(b.match.words) - b.match.places - b.match.forms
    return len(meaning_a & meaning_b) >= 2


def _crossed(
    parsed: list[ParsedLine], one: dict[int, int], two: dict[int, int], shared: list[int]
) -> bool:
    """Whether an entry of one run is, by its words, an entry of the other under a nearby
    other number ("7. Հայաստանի Հելսինկյան կոմիտե" / "6. Хельсинкский комитет Армении"):
    then the runs are not one list twice, entry for entry."""
    for number in shared:
        for other in range(number - 3, number + 4):
            if other == number or other not in two:
                continue
            if compare_parsed(parsed[one[number]], parsed[two[other]]).decision == "same":
                return True
    return False


def _numbered_runs(parsed: list[ParsedLine]) -> list[dict[int, int]]:
    """Runs of numbered entries 1, 2, 3, … (number -> line), lines between them aside."""
    runs: list[dict[int, int]] = []
    current: dict[int, int] = {}
    last = 0
    for index, line in enumerate(parsed):
        number = _number_of(line.raw)
        if number is None or line.kind == "noise":
            continue
        if number == 1:
            if len(current) >= 5:
                runs.append(current)
            current, last = {1: index}, 1
        elif current and number == last + 1:
            current[number] = index
            last = number
    if len(current) >= 5:
        runs.append(current)
    return runs


def _unnumbered_runs(parsed: list[ParsedLine]) -> list[dict[int, int]]:
    """Runs of five organizations or more, one per line, none numbered, by their place
    in the run (place -> line): a line of text, a person or a numbered line ends one."""
    runs: list[dict[int, int]] = []
    current: dict[int, int] = {}
    for index, line in enumerate(parsed):
        if not line.raw.strip():
            continue
        if line.kind == "org" and _number_of(line.raw) is None:
            current[len(current) + 1] = index
            continue
        if len(current) >= 5:
            runs.append(current)
        current = {}
    if len(current) >= 5:
        runs.append(current)
    return runs


def _run_script(parsed: list[ParsedLine], run: dict[int, int]) -> str:
    """The script most entries of a run are written in, when two in three are: a list in
    Russian leaves some names in English ("Freedom Now (США)")."""
    counts = Counter(_core_script(parsed[index]) for index in run.values())
    script, count = counts.most_common(1)[0]
    return script if script != "mixed" and count * 3 >= len(run) * 2 else ""


def _number_of(raw: str) -> int | None:
    if not raw.lstrip()[:1].isdigit():
        return None  # the common case, without the pattern
    match = _NUMBERED_RE.match(raw)
    return int(match.group(1)) if match else None


def _continued(name: str, hyphen: bool, tail: str) -> str:
    """``name`` and the line continuing it: "Infor-" / "mation" is one word, "Anti-" /
    "Corruption Center" keeps its hyphen."""
    if hyphen:
        return name + tail if not tail[:1].isupper() else f"{name}-{tail}"
    return f"{name} {tail}"


def _dash_then_office(line: ParsedLine, tail: ParsedLine) -> bool:
    """``line`` ends with a dash set off by a space and ``tail``, the line below, names an
    office or a place: the branch the dash introduced ("37. Georgian Young Lawyers’
    Association –" / "Batumi Office").  A name of its own below ("Freedom House") is the
    next entry."""
    text, below = line.raw.rstrip(), tail.raw.strip()
    return (
        text.endswith(("-", "–", "—"))
        and text[-2:-1].isspace()
        # "GEORGIA", "Georgia:": a heading, not where the entry above works
        and not below.isupper()
        and not below.endswith((":", "՝"))
        and (only_an_office(tail.name) or only_places(tail.name))
    )


def _ends_with_hyphen(raw: str) -> bool:
    text = raw.rstrip()
    return text.endswith("-") and text[-2:-1].isalpha()


def _wrapped_text(name: str, hyphen: bool, tail: ParsedLine) -> str | None:
    """The two lines as one, when ``tail`` continues the name ``name`` (whose line ended
    with a hyphen when ``hyphen``), see ``_join_wrapped``."""
    raw = tail.raw.strip()
    first = tail.name.lstrip("“")[:1]
    if (
        not raw
        or not first.isalpha()
        or tail.kind == "person"
        or raw[0].isdigit()
        or raw[0] in _LINE_MARKS
        or raw.endswith((":", "՝"))
    ):
        return None
    if hyphen and not first.isupper():
        return name + tail.name
    if name.rsplit(" ", 1)[-1] in _CONNECTORS or name.endswith(" –"):
        return f"{name} {tail.name}"
    return None


def _without_dangling_word(line: ParsedLine) -> ParsedLine:
    """A name as it stands once no line continues it (``_left_alone``, until nothing
    changes: cleaning may fold the quotation marks again)."""
    for _ in range(4):
        alone = _left_alone(line)
        if alone is line:
            break
        line = alone
    return line


def _left_alone(line: ParsedLine) -> ParsedLine:
    """A name as it stands once no line continues it.

    Whatever marked it as one part of a wrapped name goes: a word no name ends with
    ("Union of Journalists of") is dropped, a small connecting word first gets its
    capital ("за права человека" is «За права человека»), a quotation closed with none
    open gets its opening mark at the start and a bracket closed with none open goes.
    A line that only says what kind of body it is ("Platform") is no name at all.  So cleaning a cleaned
    list, where the blank lines and notes between are gone, joins nothing new.
    """
    if line.kind != "org":
        return line
    if _only_type_words(line, bare=True):
        return replace(line, kind="noise", key="", match=None, reason="only the kind of a body")
    if _only_a_form(line):
        return replace(line, kind="noise", key="", match=None, reason="only a legal form")
    name = line.name
    if name.count("”") > name.count("“"):
        if name.endswith("”") and name.count("”") - 1 == name.count("“"):
            name = name[:-1].rstrip()  # "“Asparez” Journalists Club”": typed once too often
        else:
            # "Helsinki Committee of Armenia” Human Rights Defender NGO": the quotation
            # opened where the name starts (or, if cleaning drops that mark, there is
            # no quotation).
            opened = "“" * (name.count("”") - name.count("“")) + name
            cleaned = parse_line(opened).name
            name = opened if cleaned.count("”") <= cleaned.count("“") else name.replace("”", " ")
    if name.count(")") > name.count("("):
        name = " ".join(name.replace(")", " ", name.count(")") - name.count("(")).split())
    words = name.split(" ")
    end = len(words)
    while end > 1 and words[end - 1] in _CONNECTORS:
        end -= 1
    name = " ".join(words[:end])
    if _starts_with_connector(name):
        # "за права человека", typed into a form, is «За права человека».
        first = next(index for index, char in enumerate(name) if char.isalpha())
        name = name[:first] + name[first].upper() + name[first + 1 :]
    if name == line.name:
        return line
    return replace(parse_line(name), raw=line.raw)


def _cluster_lines(lines: list[str], registry: RegistryIndex | None) -> CleanResult:
    parsed = _in_sections(_join_wrapped([parse_line(line) for line in lines]))
    # Distinct (kind, cleaned name, country) -> node.
    node_of_line: dict[int, int] = {}
    node_index: dict[tuple[str, str, str], int] = {}
    node_lines: list[list[int]] = []
    node_parsed: list[ParsedLine] = []
    for line_no, line in enumerate(parsed):
        if line.kind == "noise":
            continue
        identity = (line.kind, line.name, line.section or "")
        node = node_index.get(identity)
        if node is None:
            node = node_index[identity] = len(node_parsed)
            node_parsed.append(line)
            node_lines.append([])
        node_lines[node].append(line_no)
        node_of_line[line_no] = node

    parallel: dict[tuple[int, int], int] = {}
    for a, b, number in _parallel_entries(parsed):
        node_a, node_b = node_of_line[a], node_of_line[b]
        if node_a != node_b:
            parallel[(node_a, node_b) if node_a < node_b else (node_b, node_a)] = number
    nodes = _Nodes(node_parsed, parallel)
    scored: list[tuple[float, int, int]] = []
    review_candidates: list[tuple[int, int]] = []
    for a, b in sorted(nodes.candidates()):
        if node_parsed[a].kind != node_parsed[b].kind:
            continue
        comparison = nodes.compare(a, b)
        if comparison.decision == "same":
            scored.append((comparison.score, a, b))
        elif comparison.decision == "review":
            review_candidates.append((a, b))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    groups = _UnionFind(len(node_parsed))
    link_score: dict[int, float] = {}
    for _score, a, b in scored:
        ra, rb = groups.find(a), groups.find(b)
        if ra == rb:
            continue
        weakest = _complete_link(nodes, groups.members[ra], groups.members[rb])
        if weakest is None:
            review_candidates.append((a, b))
            continue
        groups.union(a, b)
        link_score[a] = max(link_score.get(a, 0.0), weakest.score)
        link_score[b] = max(link_score.get(b, 0.0), weakest.score)

    registry_hits: dict[int, tuple[str, str, float]] = {}
    registry_review: list[dict[str, Any]] = []
    if registry is not None and len(registry):
        _resolve_clusters(groups, node_parsed, registry, registry_hits, registry_review)

    clusters, cluster_of_node = _build_clusters(groups, node_parsed, node_lines, registry_hits)
    confidence = {
        node: (link_score.get(node, 1.0) if len(groups.members[groups.find(node)]) > 1 else 1.0)
        for node in range(len(node_parsed))
    }
    results: list[LineResult] = []
    for line_no, line in enumerate(parsed):
        node = node_of_line.get(line_no)
        results.append(
            LineResult(
                line_no=line_no,
                raw=line.raw,
                kind=line.kind,
                cluster=None if node is None else cluster_of_node[node],
                name=line.name,
                confidence=0.0 if node is None else confidence[node],
                representative=line.representative,
                acronym=line.acronym,
                country=line.country,
            )
        )
    review = _review_pairs(review_candidates, nodes, node_lines, cluster_of_node)
    named = [line for line in parsed if line.kind != "noise"]
    summary = Summary(
        lines=sum(1 for line in lines if line.strip()),
        organizations=sum(1 for cluster in clusters if cluster.kind == "org"),
        people=sum(1 for cluster in clusters if cluster.kind == "person"),
        merged=len(named) - len(clusters),
        review=len(review),
        noise=sum(1 for line in parsed if line.kind == "noise" and line.name),
        blank=sum(1 for line in lines if not line.strip()),
    )
    return CleanResult(results, clusters, review, summary, registry_review)


def _resolve_clusters(
    groups: _UnionFind,
    node_parsed: list[ParsedLine],
    registry: RegistryIndex,
    hits: dict[int, tuple[str, str, float]],
    review: list[dict[str, Any]],
) -> None:
    by_entity: dict[str, int] = {}
    for root in sorted({groups.find(node) for node in range(len(node_parsed))}):
        members = groups.members[root]
        line = node_parsed[members[0]]
        if line.kind != "org":
            continue
        candidates = registry.resolve(line.name, limit=1)
        if not candidates:
            continue
        best = candidates[0]
        if best.decision == "match":
            previous = by_entity.get(best.entity_id)
            if previous is not None:
                root = groups.union(previous, root)
            by_entity[best.entity_id] = root
            hits[root] = (best.entity_id, best.alias, best.score)
        elif best.decision == "review":
            review.append(
                {
                    "name": line.name,
                    "entity_id": best.entity_id,
                    "alias": best.alias,
                    "score": best.score,
                    "reasons": best.reasons,
                }
            )
    for root in list(hits):
        current = groups.find(root)
        if current != root:
            hits[current] = hits.pop(root)


def _build_clusters(
    groups: _UnionFind,
    node_parsed: list[ParsedLine],
    node_lines: list[list[int]],
    registry_hits: dict[int, tuple[str, str, float]],
) -> tuple[list[Cluster], dict[int, str]]:
    roots = sorted(
        {groups.find(node) for node in range(len(node_parsed))},
        key=lambda root: min(line for m in groups.members[root] for line in node_lines[m]),
    )
    taken: set[str] = {hit[0] for hit in registry_hits.values()}
    clusters: list[Cluster] = []
    cluster_of_node: dict[int, str] = {}
    for root in roots:
        members = sorted(groups.members[root], key=lambda m: node_lines[m][0])
        # The display name: the spelling used most often, the first one on a tie.
        best = max(members, key=lambda m: (len(node_lines[m]), -node_lines[m][0]))
        hit = registry_hits.get(root)
        if hit is not None:
            cluster_id = hit[0]
        else:
            base = slugify(node_parsed[best].name)
            cluster_id, suffix = base, 2
            while cluster_id in taken:
                cluster_id, suffix = f"{base}-{suffix}", suffix + 1
            taken.add(cluster_id)
        cluster = Cluster(
            id=cluster_id,
            kind=node_parsed[best].kind,
            name=node_parsed[best].name,
            lines=sorted(line for m in members for line in node_lines[m]),
            names=[node_parsed[m].name for m in members],
        )
        if hit is not None:
            cluster.registry_id, cluster.registry_name, cluster.registry_score = hit
        clusters.append(cluster)
        for member in members:
            cluster_of_node[member] = cluster_id
    return clusters, cluster_of_node


def _review_pairs(
    candidates: list[tuple[int, int]],
    nodes: _Nodes,
    node_lines: list[list[int]],
    cluster_of_node: dict[int, str],
) -> list[ReviewPair]:
    pairs: dict[tuple[str, str], ReviewPair] = {}
    for a, b in candidates:
        cluster_a, cluster_b = cluster_of_node[a], cluster_of_node[b]
        if cluster_a == cluster_b:
            continue
        comparison = nodes.compare(a, b)
        key = (cluster_a, cluster_b) if cluster_a < cluster_b else (cluster_b, cluster_a)
        previous = pairs.get(key)
        if previous is not None and previous.score >= comparison.score:
            continue
        pairs[key] = ReviewPair(
            line_a=node_lines[a][0],
            line_b=node_lines[b][0],
            name_a=nodes.parsed[a].name,
            name_b=nodes.parsed[b].name,
            score=comparison.score,
            reasons=comparison.reasons,
            cluster_a=cluster_a,
            cluster_b=cluster_b,
        )
    return sorted(pairs.values(), key=lambda pair: (pair.line_a, pair.line_b))
