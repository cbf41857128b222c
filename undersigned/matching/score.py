"""Comparing two names: a score, a decision and reasons a moderator can read.

The score is a weighted agreement between the words of the two names:

    score = Σ similarity × weight over aligned word pairs
            ─────────────────────────────────────────────
            Σ weight over aligned pairs + Σ weight of words left unaligned

Words are aligned greedily, best similarity first: equal concepts count 1, romanisation
variants (skeletons) 0.95, a typing error inside a long word 0.92, inside a short one
0.85 (so a one-letter difference in a short distinctive name is never "same" on its
own).  A word weighs 1.0 unless it is generic ("center", "women", "rights" weigh about
0.1) or frequent in the list or registry at hand (inverse document frequency), so
agreement on generic words proves little while disagreement on a distinctive word costs
fully.

Some disagreements keep a pair from being "same" whatever the score: different
acronyms, countries or numbers (capped at "different"); a place or a distinctive word
present in only one name, or different legal forms (capped at "review").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from rapidfuzz.distance import DamerauLevenshtein

from undersigned.matching import vocab
from undersigned.matching.parse import ParsedLine, parse_line
from undersigned.matching.tokens import NameKey, analyse, latin_words
from undersigned.matching.translit import script_of, skeleton, transliterate

Decision = Literal["same", "review", "different"]

SAME = 0.9
REVIEW = 0.7
_BELOW_SAME = 0.89
_DIFFERENT_CAP = 0.5
_DISTINCTIVE = 0.7
_DESCRIPTIVE = 0.3
_SPACED_DASH = " – "
_A_KIND = {"org": "an organization", "person": "a person", "noise": "not a name"}

WeightFn = Callable[[str, float], float]


@dataclass(frozen=True, slots=True)
class Comparison:
    """The outcome of comparing two names."""

    score: float
    decision: Decision
    reasons: list[str] = field(default_factory=list)


class CorpusWeights:
    """Word weights for one list or registry: the prior, lowered for frequent words."""

    def __init__(self, document_frequency: Mapping[str, int], total: int) -> None:
        self.document_frequency = document_frequency
        self.total = total
        self._scale = math.log((total + 1) / 3) if total > 3 else 1.0
        self._memo: dict[tuple[str, float], float] = {}

    def __call__(self, concept: str, prior: float) -> float:
        key = (concept, prior)
        found = self._memo.get(key)
        if found is not None:
            return found
        frequency = self.document_frequency.get(concept, 0)
        if frequency <= 3 or self.total < 30:
            found = prior
        else:
            idf = math.log((self.total + 1) / frequency) / self._scale
            found = max(0.08, min(prior, idf))
        if len(self._memo) < 1_000_000:
            self._memo[key] = found
        return found


def _prior(_concept: str, prior: float) -> float:
    return prior


def word_similarity(a: NameKey, i: int, b: NameKey, j: int) -> tuple[float, str]:
    """Similarity of word ``i`` of ``a`` and word ``j`` of ``b`` with how they agree."""
    x, y = a.words[i], b.words[j]
    if x == y:
        return 1.0, "equal"
    related = vocab.RELATED.get(frozenset((x, y)))
    if related is not None:
        return related, "related"
    typo_x, typo_y = a.typos[i], b.typos[j]
    if (typo_x and typo_x in (y, typo_y)) or (typo_y and typo_y == x):
        return 0.88, "typing error"
    if x.isdigit() or y.isdigit():
        return 0.0, ""
    if len(x) >= 3 and a.skeletons[i] == b.skeletons[j]:
        return 0.95, "spelling variant"
    if len(x) != len(y):
        # Georgian adjectives end in "-uri" / "-uli": "ატლანტიკური" is "Atlantic",
        # "ლიბერალური" "Liberal".
        longer, other = (x, y) if len(x) > len(y) else (y, x)
        if (
            longer.endswith(("uri", "uli"))
            and len(other) >= 5
            and skeleton(longer[:-3]) == skeleton(other)
        ):
            return 0.9, "inflected form"
    shorter = min(len(x), len(y))
    if shorter >= 3 and x[:shorter] == y[:shorter] and _is_inflection(x, y, shorter):
        return (0.9 if shorter >= 4 else 0.85), "inflected form"
    if shorter >= 5 and abs(len(x) - len(y)) <= 2:
        distance = DamerauLevenshtein.distance(x, y, score_cutoff=2)
        if distance == 1:
            return (0.92 if shorter >= 7 else 0.85), "typing error"
        if distance == 2 and shorter >= 9:
            return 0.85, "typing error"
    return 0.0, ""


_ENDINGS = vocab.words("a y i u e o ov om oy ey yu ya ogo ykh ikh is s")


def _is_inflection(x: str, y: str, shorter: int) -> bool:
    """One word is the other plus a grammatical ending ("dona" / "don", "tbilisis")."""
    longer = x if len(x) > len(y) else y
    return longer[shorter:] in _ENDINGS and not longer.isdigit()


def acronym_letters(acronym: str | None) -> str:
    """An acronym's letters in Latin, as a name's words are ("КМБПЧиСЗ": "kmbpchisz")."""
    if not acronym:
        return ""
    return "".join(char for char in transliterate(acronym).lower() if char.isalpha())


def _fmt(words: list[str]) -> str:
    return ", ".join(f"“{word}”" for word in words)


def compare_parsed(a: ParsedLine, b: ParsedLine, weight: WeightFn | None = None) -> Comparison:
    """Compare two parsed lines (see the module docstring)."""
    if a.match is None or b.match is None:
        return Comparison(0.0, "different", ["one of the lines is not a name"])
    weigh = weight or _prior
    ka, kb = a.match, b.match
    wa = [weigh(word, prior) for word, prior in zip(ka.words, ka.prior, strict=True)]
    wb = [weigh(word, prior) for word, prior in zip(kb.words, kb.prior, strict=True)]

    used_a: set[int] = set()
    used_b: set[int] = set()
    agreed = 0.0
    total = 0.0
    equal_words: list[str] = []
    fuzzy_words: list[str] = []
    weak_link = 1.0
    # Equal words first (they always align best), then the rest by similarity.
    positions: dict[str, list[int]] = {}
    for j, word in enumerate(kb.words):
        positions.setdefault(word, []).append(j)
    for i, word in enumerate(ka.words):
        free = positions.get(word)
        if free:
            j = free.pop(0)
            used_a.add(i)
            used_b.add(j)
            agreed += (wa[i] + wb[j]) / 2
            total += (wa[i] + wb[j]) / 2
            equal_words.append(word)
    pairs: list[tuple[float, float, int, int, str]] = []
    for i in range(len(ka.words)):
        if i in used_a:
            continue
        for j in range(len(kb.words)):
            if j in used_b:
                continue
            similarity, how = word_similarity(ka, i, kb, j)
            if similarity > 0:
                pairs.append((similarity, wa[i] + wb[j], i, j, how))
    pairs.sort(reverse=True)
    for similarity, pair_weight, i, j, how in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        agreed += similarity * pair_weight / 2
        total += pair_weight / 2
        if how == "equal":
            equal_words.append(ka.words[i])
        else:
            fuzzy_words.append(f"“{ka.words[i]}” ≈ “{kb.words[j]}” ({how})")
            if pair_weight / 2 >= _DISTINCTIVE:
                weak_link = min(weak_link, similarity)
    # "EcoLur" / "Eco Lur", "PeaceBuilding" / "Peace Building": one word against two.
    for one, used_one, w_one, two, used_two, w_two in (
        (ka, used_a, wa, kb, used_b, wb),
        (kb, used_b, wb, ka, used_a, wa),
    ):
        for i, word in enumerate(one.raw):
            if i in used_one or len(word) < 5:
                continue
            for j in range(len(two.raw) - 1):
                if j in used_two or j + 1 in used_two or two.raw[j] + two.raw[j + 1] != word:
                    continue
                pair_weight = w_one[i] + w_two[j] + w_two[j + 1]
                used_one.add(i)
                used_two.update((j, j + 1))
                agreed += 0.95 * pair_weight / 2
                total += pair_weight / 2
                fuzzy_words.append(f"“{word}” written as “{two.raw[j]} {two.raw[j + 1]}”")
                break
    # A place named in one name and given as the other's country qualifier agrees.
    for key, used, weights, other in ((ka, used_a, wa, b), (kb, used_b, wb, a)):
        for index, word in enumerate(key.words):
            if index not in used and word in key.places and word == other.country:
                used.add(index)
                agreed += weights[index]
                total += weights[index]
                equal_words.append(word)
    # "Foundation for Law Development" / "Law Development Foundation": the word heading
    # one name is the other's legal form.
    for key, used, weights, other_key in ((ka, used_a, wa, kb), (kb, used_b, wb, ka)):
        if not other_key.forms or len(used) == len(key.words):
            continue
        for index, word in enumerate(key.words):
            # An "Association of Investigative Journalists" may gather their NGOs: an
            # association is an NGO's form only beside three words agreeing.
            if word == "association" and len(equal_words) < 3:
                continue
            if index not in used and _FORM_WORDS.get(word) in other_key.forms:
                used.add(index)
                agreed += weights[index]
                total += weights[index]
    # "Armenian Caritas Benevolent NGO" / "Caritas Armenia": a word that says again what
    # an agreeing word of the same name says adds nothing.
    # "Women for Women" is the name itself: only a word spelled otherwise, or a place
    # named again ("Stepanavan Youth Center — Stepanavan"), counts as said.
    for key, used in ((ka, used_a), (kb, used_b)):
        if len(used) < len(key.words):
            said = {key.words[index]: key.raw[index] for index in used}
            used.update(
                index
                for index, word in enumerate(key.words)
                if word in said and (said[word] != key.raw[index] or word in key.places)
            )
    only_a = [i for i in range(len(ka.words)) if i not in used_a]
    only_b = [j for j in range(len(kb.words)) if j not in used_b]
    total += sum([wa[i] for i in only_a], 0.0) + sum([wb[j] for j in only_b], 0.0)
    score = agreed / total if total else 0.0

    reasons: list[str] = []
    if equal_words:
        reasons.append(f"same words: {_fmt(sorted(set(equal_words)))}")
    reasons.extend(fuzzy_words)
    if only_a:
        reasons.append(f"only in the first: {_fmt([ka.words[i] for i in only_a])}")
    if only_b:
        reasons.append(f"only in the second: {_fmt([kb.words[j] for j in only_b])}")

    cap = 1.0
    quoted_same = False
    # Quoted names: “Khazer” Ecological NGO and “Khazer” NGO are one organization.
    unmatched = [(ka, i, wa[i]) for i in only_a] + [(kb, j, wb[j]) for j in only_b]
    # A country ending one name ("PINK Armenia") describes as much as "NGO" does, next to
    # a quoted name.
    countries = {
        (key is ka, index) for key, index, _w in unmatched if _is_trailing_country(key, index)
    }
    if len({side for side, _index in countries}) > 1:
        countries = set()  # "“Pink” Armenia" / "“Pink” Georgia": two countries differ
    descriptive_rest = all(
        (w <= _DESCRIPTIVE and key.words[index] not in key.places)
        or (key is ka, index) in countries
        for key, index, w in unmatched
    )
    described_a = [i for i in only_a if (True, i) not in countries]
    described_b = [j for j in only_b if (False, j) not in countries]
    aligned_a = {ka.words[i] for i in used_a}
    aligned_b = {kb.words[j] for j in used_b}
    types_a, types_b = set(ka.words) & vocab.TYPE_WORDS, set(kb.words) & vocab.TYPE_WORDS
    same_type = not (types_a and types_b) or bool(types_a & types_b)
    for quoted, aligned, other_core, other_aligned in (
        (ka, aligned_a, kb.core, aligned_b),
        (kb, aligned_b, ka.core, aligned_a),
    ):
        core = quoted.core
        if (
            core
            and descriptive_rest
            # One name adds or drops words; "Human Rights Centre “Memorial”" and
            # "International “Memorial”" each have words the other lacks.
            and not (described_a and described_b)
            and same_type
            and core <= aligned
            and other_core <= other_aligned
            # A place in quotation marks is a proper name (Fund “Sukhumi”).
            and (
                any(w >= _DISTINCTIVE for w in _core_weights(quoted, core, weigh))
                or bool(core & quoted.places)
            )
            and score >= 0.5
        ):
            score = max(score, SAME)
            quoted_same = True
            reasons.append("same quoted name; the rest only adds or drops descriptive words")
            break

    acronym_a, acronym_b = acronym_letters(a.acronym), acronym_letters(b.acronym)
    same_acronym = False
    if acronym_a and acronym_b:
        if acronym_a == acronym_b:
            same_acronym = len(acronym_a) >= 3
            score += (1 - score) * 0.3
            reasons.append(f"same acronym {a.acronym}")
        elif script_of(a.acronym or "") == script_of(b.acronym or ""):
            if (
                not only_a
                and not only_b
                and _spells_its_own(acronym_a, a, ka)
                and _spells_its_own(acronym_b, b, kb)
                and _other_language(ka, kb)
                # Generic words in translation ("Human Rights Centre (HRC)" / "Centrul
                # pentru Drepturile Omului (CDO)") name many bodies: a distinctive word or
                # a place must agree too.
                and (
                    any(wa[i] >= _DISTINCTIVE and ka.words[i] in equal_words for i in used_a)
                    or bool(ka.places & kb.places)
                )
            ):
                # "IRFS" / "JATİ": each the initials of its own name, in its own language.
                reasons.append(f"each acronym spells its own name: {a.acronym} / {b.acronym}")
            else:
                cap = min(cap, _DIFFERENT_CAP)
                reasons.append(f"different acronyms: {a.acronym} / {b.acronym}")
    for short, long_line, long_key in ((a, b, kb), (b, a, ka)):
        short_places = short.match.places if short.match else frozenset()
        # "HCA Vanadzor Office": the office in a town is the body there.
        words = tuple(
            word
            for word in (short.match.words if short.match else ())
            if word not in short_places and not (word == "office" and short_places)
        )
        long_acronym = acronym_letters(long_line.acronym)
        # "MDF" / "Media Development Foundation (MDF)": declared, two words and a form
        # are enough.
        if len(words) == 1 and (
            len(long_key.words) >= 3 or (len(long_acronym) >= 3 and words[0] == long_acronym)
        ):
            letters = words[0]
            spellings = (
                long_key.initials,
                initials_without_places(long_key),
                *spelled_initials(long_line.name),
            )
            if (
                letters == long_acronym
                or letters in spellings
                or _spells_the_start(letters, spellings)
            ):
                # Declared by the other name ("… (GYLA)"), the acronym names that body;
                # initials alone ("AIISA") fit too many names to be sure.
                sure = len(letters) >= 3 and letters == long_acronym
                long_places = set(long_key.places)
                if long_line.country:
                    long_places |= {long_line.country, vocab.concept_of(long_line.country) or ""}
                # "PINK Armenia" / "… (PINK) NGO": a country the other name does not
                # contradict agrees.
                # "CRRC-Armenia" with a hyphen is a national branch, though.
                places_agree = short_places <= long_places or (
                    not long_places
                    and all(
                        vocab.place_of(raw) in vocab.COUNTRIES
                        and not re.search(rf"[-–]\s*{re.escape(raw)}\b", short.name.lower())
                        for raw in _place_raws(short)
                    )
                )
                if (
                    short_places
                    and short.match
                    and (
                        vocab.international_body(short.match.raw)
                        or vocab.international_body(long_key.raw)
                    )
                ):
                    places_agree = False  # "AGBU Armenia": a national office of the body
                score = max(score, SAME if sure and places_agree else 0.85)
                reasons.append(f"“{letters.upper()}” is the other name's acronym")
                if sure and places_agree:
                    same_acronym = True

    if a.country and b.country and places_conflict(a.country, b.country):
        cap = min(cap, _DIFFERENT_CAP)
        reasons.append(f"different countries: {a.country} / {b.country}")
    elif bool(a.country) != bool(b.country) and any(
        2 <= len(key.words) <= 3 and key.words[-1] in vocab.NETWORK_WORDS for key in (ka, kb)
    ):
        # "Transparency International (Georgia)" is a national chapter.
        cap = min(cap, _BELOW_SAME)
        reasons.append("a body with national chapters is qualified by a country in one name")
    if types_a & types_b and (types_a ^ types_b) & _UMBRELLAS:
        # "Union of Committees of Soldiers’ Mothers" is not the "Committee of Soldiers’
        # Mothers": a kind of body in one name only, beside one both share, is another body.
        cap = min(cap, _BELOW_SAME)
        reasons.append(
            f"one name is also a kind of body the other is not: {_fmt(sorted(types_a ^ types_b))}"
        )
    # Not an office ("GYLA Batumi Office"), nor where one's own name is the other's
    # ("Фонд «Сова»" / "Sova Center": a translation may name another kind).
    # A legal form that is a kind of body counts ("Хельсинкский фонд …" is a foundation,
    # «Հելսինկյան ասոցիացիա» an association).
    kinds_a = ((types_a | ka.forms) & vocab.TYPE_WORDS) - {"office"}
    kinds_b = ((types_b | kb.forms) & vocab.TYPE_WORDS) - {"office"}
    # … and only in translation, two scripts ("“Yerkir” Foundation" / "“Yerkir” Union" are
    # two bodies).
    proper = (
        (ka.core and ka.core <= set(kb.words)) or (kb.core and kb.core <= set(ka.words))
    ) and script_of(a.name) != script_of(b.name)
    if (
        kinds_a
        and kinds_b
        and not kinds_a & kinds_b
        and not _kindred(kinds_a, kinds_b)
        and not proper
    ):
        # "Хельсинкский фонд …" / «Հելսինկյան ասոցիացիա»: a foundation is no association.
        cap = min(cap, _BELOW_SAME)
        reasons.append(
            f"different kinds of body: {_fmt(sorted(types_a))} / {_fmt(sorted(types_b))}"
        )
    if (
        equal_words
        and (ka.core or kb.core)
        and _one_word(ka)
        and _one_word(kb)
        and not _spelled_alike(ka, kb)
    ) or ((ka.core or kb.core) and _quoted_word_translated(ka, kb)):
        # "“Umid”" / "«Надія»" / "„Speranța”", "“Viitorul” Institute" / "“Future” Institute":
        # one word that means the same is a name in each language, not surely one body's.
        cap = min(cap, _BELOW_SAME)
        reasons.append("the names agree only in translation")
    distinctive_agreement = any(
        ka.words[i] in equal_words and wa[i] >= _DISTINCTIVE for i in used_a
    )
    country_only = _country_only(a, b, ka, kb, unmatched, fuzzy_words, distinctive_agreement)
    # "РОО «Правозащитный центр": a line cut off inside a quotation (the rest of the name
    # is on the next line) is not a name to merge on its own.
    if any(line.name.count("“") > line.name.count("”") for line in (a, b)):
        cap = min(cap, _BELOW_SAME)
        reasons.append("a quotation is left open in one name")
    if country_only:
        score = max(score, SAME)
        reasons.append(f"“{country_only}” only names the country")
    for key, index, _w in unmatched:
        word = key.words[index]
        if word.isdigit():
            cap = min(cap, _DIFFERENT_CAP)
            reasons.append(f"different numbers: “{word}”")
        elif (
            word in key.places
            and not country_only
            and not same_acronym
            and not (quoted_same and (key is ka, index) in countries)
        ):
            other_country = (b.country if key is ka else a.country) or ""
            if word != other_country:
                cap = min(cap, _BELOW_SAME)
                reasons.append(f"only one name is qualified by the place “{word}”")
    distinctive = [key.words[index] for key, index, w in unmatched if w >= _DISTINCTIVE]
    if distinctive and not same_acronym:
        cap = min(cap, _BELOW_SAME)
        reasons.append(f"distinctive word in one name only: {_fmt(distinctive)}")
    if (
        any("(related)" in reason for reason in fuzzy_words)
        and not distinctive_agreement
        and not same_acronym
    ):
        cap = min(cap, _BELOW_SAME)
        reasons.append("only generic words agree, one of them only by meaning")
    served = [
        key.words[index] for key, index, _w in unmatched if key.words[index] in vocab.POPULATION
    ]
    if served and not distinctive_agreement and not same_acronym:
        cap = min(cap, _BELOW_SAME)
        reasons.append(f"only one name says whom it serves: {_fmt(served)}")
    if ka.core and kb.core:
        differing = [
            key.words[index] for key, index, _w in unmatched if key.words[index] in key.core
        ]
        if differing:
            cap = min(cap, _BELOW_SAME)
            reasons.append(f"the quoted names differ: {_fmt(differing)}")
    if weak_link < 0.9:
        cap = min(cap, _BELOW_SAME)
        reasons.append("a distinctive word matches only approximately")
    if ka.forms and kb.forms and not ka.forms & kb.forms:
        cap = min(cap, _BELOW_SAME)
        reasons.append(
            f"different legal forms: {'/'.join(sorted(ka.forms))} vs {'/'.join(sorted(kb.forms))}"
        )
    elif ka.forms & kb.forms:
        reasons.append(f"same legal form ({'/'.join(sorted(ka.forms & kb.forms))}), weak evidence")
    if a.kind != b.kind:
        cap = min(cap, _BELOW_SAME)
        reasons.append(f"one is {_A_KIND[a.kind]}, the other {_A_KIND[b.kind]}")

    score = round(min(score, cap), 4)
    decision: Decision = "same" if score >= SAME else "review" if score >= REVIEW else "different"
    return Comparison(score, decision, reasons)


def _spelled_alike(a: NameKey, b: NameKey) -> bool:
    """Whether some word of one name is written as a word of the other, not only
    translated ("Տավուշ" / "Тавуш" beside "Երիտասարդ" / "Молодой")."""
    shapes = {skeleton(raw) for raw in a.raw}
    return any(skeleton(raw) in shapes for raw in b.raw)


def _quoted_word_translated(a: NameKey, b: NameKey) -> bool:
    """Both names quote the same one-word name, spelled differently: a translation."""
    if len(a.core) != 1 or a.core != b.core:
        return False
    # "Intellect" and "ინტელექტი", "Весна" and "Вясна" are one word spelled two ways;
    # "Viitorul" and "Future" are two words.
    spelled_a = [skeleton(raw) for word, raw in zip(a.words, a.raw, strict=True) if word in a.core]
    spelled_b = [skeleton(raw) for word, raw in zip(b.words, b.raw, strict=True) if word in b.core]
    return not any(
        DamerauLevenshtein.normalized_similarity(x, y) >= 0.6 for x in spelled_a for y in spelled_b
    )


# Bodies that gather others: "Union of Committees …" is not one of the committees.
_UMBRELLAS = vocab.words("union network coalition alliance federation platform forum")


def _spells_its_own(letters: str, line: ParsedLine, key: NameKey) -> bool:
    """Whether ``letters`` are the initials of the name they follow ("IRFS": Institute
    for Reporters’ Freedom and Safety)."""
    spellings = (key.initials, initials_without_places(key), *spelled_initials(line.name))
    return len(letters) >= 3 and (letters in spellings or _spells_the_start(letters, spellings))


def _other_language(a: NameKey, b: NameKey) -> bool:
    """Two names that share their meaning rather than their words: at least three
    concepts in common, and at most one word written alike ("Centrul de Resurse Juridice
    din Moldova" / "Legal Resources Centre from Moldova")."""
    shared = set(a.words) & set(b.words)
    return len(shared) >= 3 and len(set(a.raw) & set(b.raw)) <= 1


# Kinds of body that one language names where another names the other.
_KINDRED = (
    frozenset({"foundation", "fund"}),
    frozenset({"union", "association"}),
    frozenset({"society", "association"}),
)


def _kindred(types_a: set[str], types_b: set[str]) -> bool:
    return any(pair & types_a and pair & types_b for pair in _KINDRED)


def _one_word(key: NameKey) -> bool:
    return len({word for word in key.words if word not in key.places}) == 1


_FORM_WORDS = {"foundation": "foundation", "fund": "foundation", "association": "ngo"}


def _spells_the_start(letters: str, spellings: tuple[str, ...]) -> bool:
    """An acronym of four letters or more that spells the first words of a name, at least
    half of them ("KIBHR": Kazakhstan International Bureau for Human Rights and Rule of
    Law)."""
    return len(letters) >= 4 and any(
        spelling.startswith(letters) and len(letters) * 2 >= len(spelling) for spelling in spellings
    )


def _place_raws(line: ParsedLine) -> list[str]:
    key = line.match
    if key is None:
        return []
    return [raw for raw, word in zip(key.raw, key.words, strict=True) if word in key.places]


def places_conflict(first: str, second: str) -> bool:
    """Whether two place qualifiers ("kutaisi georgia", "vanadzor", "armenia") name
    different places: two different towns, or towns and countries in different
    countries.  "(Vanadzor)" and "(Armenia)" do not conflict; "(Kutaisi)" and
    "(Armenia)" do."""
    ours, theirs = set(first.split()), set(second.split())
    if ours & theirs:
        return False
    towns_ours = {place for place in ours if place not in vocab.COUNTRIES}
    towns_theirs = {place for place in theirs if place not in vocab.COUNTRIES}
    if towns_ours and towns_theirs:
        return True
    countries_ours = {vocab.country_of(place) for place in ours} - {None}
    countries_theirs = {vocab.country_of(place) for place in theirs} - {None}
    return bool(countries_ours and countries_theirs) and not countries_ours & countries_theirs


def _is_trailing_country(key: NameKey, index: int) -> bool:
    """Word ``index`` ends the name and names a country ("… Armenia")."""
    return (
        index == len(key.words) - 1
        and key.words[index] in key.places
        and vocab.place_of(key.raw[index]) in vocab.COUNTRIES
    )


def initials_without_places(key: NameKey) -> str:
    """Initials of a name without its place words ("OSF" of "Open Society Foundations Armenia")."""
    if not key.places:
        return key.initials
    raw_places = {raw for raw, word in zip(key.raw, key.words, strict=True) if word in key.places}
    initials = "".join(
        letter
        for letter, raw in zip(key.initials, _initial_words(key), strict=False)
        if raw not in raw_places
    )
    return initials


_BRACKETED_RE = re.compile(r"\([^()]*\)")
_INNER_HYPHEN_RE = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_WORDS_RE = re.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def spelled_initials(name: str) -> frozenset[str]:
    """Initials of ``name`` as an acronym may spell them, besides ``NameKey.initials``.

    A hyphenated word gives one letter ("TIAC": Transparency International
    Anti-Corruption Center), and in another script each word gives its first letter
    transliterated on its own ("МХГ", "mkhg": Московская Хельсинкская группа, where the
    word-by-word initials are "mkg"), and a legal form spelled out gives its letter too
    ("LDPF": Law Development and Protection Foundation).
    """
    core = _BRACKETED_RE.sub(" ", name)
    found: set[str] = set()
    # A legal form spelled out is often a letter of the acronym ("LDPF": Law Development
    # and Protection Foundation), an abbreviated one never ("NGO", "ՀԿ").
    if analyse(core).forms - {"ngo"}:  # "Foundation", "Association": not "NGO"
        whole = [
            word
            for word, _quoted in latin_words(core)
            if word not in vocab.STOP_WORDS
            and not (len(word) <= 3 and vocab.legal_form_at([word], 0) is not None)
        ]
        if len(whole) >= 3:
            found.add("".join(word[0] for word in whole))
    if "-" in core:
        joined = analyse(_INNER_HYPHEN_RE.sub("", core)).initials
        if len(joined) >= 2:
            found.add(joined)
    if not core.isascii():
        # In English, as an acronym in Latin letters spells it ("HCA Vanadzor":
        # «Հելսինկյան քաղաքացիական ասամբլեայի Վանաձորի գրասենյակ»): by what each word
        # means, places and offices aside.
        # Armenian and Georgian put the words in the English order; Russian genitives
        # do not ("Институт политики развития" is no IPD).
        if script_of(core) in ("armenian", "georgian"):
            meant = analyse(core)
            english = "".join(
                word[0] for word in meant.words if word not in meant.places and word != "office"
            )
            if len(english) >= 3 and english.isascii():
                found.add(english)
        letters: list[str] = []
        unplaced: list[str] = []  # "ՀՔԱ Վանաձորի գրասենյակ": the office in a town aside
        for word in _WORDS_RE.findall(_INNER_HYPHEN_RE.sub("", core)):
            latin = transliterate(word).lower()
            if latin in vocab.STOP_WORDS or vocab.legal_form_at([latin], 0) is not None:
                continue
            letters.append(transliterate(word[0]).lower())
            if vocab.place_of(latin) is None and vocab.concept_of(latin) != "office":
                unplaced.append(letters[-1])
        if len(letters) >= 2:
            found.add("".join(letters))
        if len(unplaced) >= 3 and len(unplaced) < len(letters):
            found.add("".join(unplaced))
    return frozenset(found)


def _initial_words(key: NameKey) -> list[str]:
    """The raw word behind each initial (compound concepts share one raw word)."""
    out: list[str] = []
    for index, raw in enumerate(key.raw):
        if index == 0 or key.raw[index - 1] != raw:
            out.append(raw)
    return out


def _country_only(
    a: ParsedLine,
    b: ParsedLine,
    ka: NameKey,
    kb: NameKey,
    unmatched: list[tuple[NameKey, int, float]],
    fuzzy_words: list[str],
    distinctive_agreement: bool,
) -> str:
    """The country that ends one name and is the only difference ("… Center of Armenia").

    Returns "" unless every other word agrees exactly, one of them distinctive (names made
    only of generic words, such as "Institute of Public Policy", are often national bodies
    of their own), the other name names no country, the country is not set off by a dash
    ("… – Armenia" is a branch), and neither is a body with national chapters or offices
    ("Transparency International", "Save the Children").
    """
    if len(unmatched) != 1 or fuzzy_words or not distinctive_agreement:
        return ""
    key, index, _weight = unmatched[0]
    other, other_line = (kb, b) if key is ka else (ka, a)
    place = vocab.place_of(key.raw[index])
    line = a if key is ka else b
    if (
        _SPACED_DASH + key.raw[index] in line.name.lower()
        or index != len(key.words) - 1
        or place not in vocab.COUNTRIES
        or re.search(r"\w[-–]" + re.escape(key.raw[index]) + r"\b", line.name.lower())
        or other_line.country
        or other.places
        or len(other.words) < 2
        or vocab.NETWORK_WORDS & (set(ka.words) | set(kb.words))
        or vocab.international_body(ka.raw)
        or vocab.international_body(kb.raw)
    ):
        return ""
    return place


def _core_weights(key: NameKey, core: frozenset[str], weigh: WeightFn) -> list[float]:
    return [
        weigh(word, prior) for word, prior in zip(key.words, key.prior, strict=True) if word in core
    ]


def compare(a: str, b: str) -> Comparison:
    """Compare two raw names with the built-in word weights."""
    return compare_parsed(parse_line(a), parse_line(b))
