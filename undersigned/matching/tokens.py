"""From a display name to the words a comparison works on.

``analyse`` transliterates, drops quotes, apostrophes, stop words and legal forms (kept
aside as weak evidence), and maps each word to a concept from ``vocab`` (so "centre",
"կենտրոն" and "центра" are all "center").  Words inside quotation marks are remembered:
in this region the quoted part is usually the organization's own name ("“Khazer”
Ecological and Cultural NGO").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from undersigned.matching import vocab
from undersigned.matching.translit import skeleton, transliterate

_POSSESSIVE_RE = re.compile(r"[’'](?:s\b)?")
_DOTTED_RE = re.compile(r"\b(?:[^\W\d_]\.){2,}(?:[^\W\d_]\b\.?)?")
_DOMAIN_RE = re.compile(
    r"\b([^\W\d_]{3,})\.(?:am|ge|ru|ua|az|by|kz|md|com|org|net|info|eu|media|news)\b"
)
_NON_GOVERNMENTAL_RE = re.compile(r"\bnon[\s-]*g\w*ment\w*[\s-]+organi[sz]\w*")
_RIGHTS_CENTER_RE = re.compile(r"\bПЦ\b")
_WORD_RE = re.compile(r"[^\W_]+|[\x01\x02]")


@dataclass(frozen=True, slots=True)
class NameKey:
    """The matching view of one name."""

    words: tuple[str, ...]  # one concept per word, in order
    raw: tuple[str, ...]  # the Latin word each concept came from
    typos: tuple[str, ...]  # the generic concept a word is a typing error of, or ""
    prior: tuple[float, ...]  # weight before corpus statistics
    skeletons: tuple[str, ...]
    places: frozenset[str]  # words that name a place
    forms: frozenset[str]  # legal-form classes: ngo, foundation, company
    core: frozenset[str]  # concepts inside quotation marks
    initials: str

    @property
    def joined(self) -> tuple[str, ...]:
        """Adjacent words written as one ("eco lur" -> "ecolur"), for compound spellings."""
        return tuple(self.raw[i] + self.raw[i + 1] for i in range(len(self.raw) - 1))

    @property
    def key(self) -> str:
        """Order-insensitive exact key: equal keys mean the same words."""
        return " ".join(sorted(set(self.words)))


@lru_cache(maxsize=262144)
def _word_concept_cached(word: str) -> tuple[str, str, float, bool, str]:
    """(concept, typo-of, prior weight, is a place, skeleton) for one lower-case Latin word."""
    concept, typo, weight, is_place = _word_concept(word)
    return concept, typo, weight, is_place, skeleton(concept)


def _word_concept(word: str) -> tuple[str, str, float, bool]:
    if word.isdigit():
        return word, "", vocab.DISTINCTIVE_WEIGHT, False
    place = vocab.place_of(word)
    concept = vocab.concept_of(word)
    if concept is not None:
        weight = vocab.generic_weight(concept)
        if place is not None:
            weight = min(weight, vocab.PLACE_WEIGHT)
        return concept, "", weight, place is not None
    if place is not None:
        return place, "", vocab.PLACE_WEIGHT, True
    typo = vocab.typo_of(word)
    if typo is not None:
        return word, typo, vocab.generic_weight(typo), False
    if word.isascii():
        word = _singular(word)
    return word, "", vocab.DISTINCTIVE_WEIGHT, False


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=262144)  # a list's names are looked at by parsing, then by slugs
def latin_words(text: str) -> tuple[tuple[str, bool], ...]:
    """Lower-case Latin words of ``text`` with whether each sat inside quotation marks."""
    if "ПЦ" in text:
        text = _RIGHTS_CENTER_RE.sub("правозащитный центр", text)  # ПЦ «Мемориал»
    latin = transliterate(text).lower()
    if "w/o" in latin:
        latin = latin.replace("w/o", "without")
    latin = latin.replace("“", " \x01 ").replace("”", " \x02 ")
    if "’" in latin or "'" in latin:
        latin = _POSSESSIVE_RE.sub("", latin)
    if "." in latin:
        latin = _DOMAIN_RE.sub(r"\1", latin)  # "Netgazeti.ge" is Netgazeti
        latin = _DOTTED_RE.sub(lambda match: match.group(0).replace(".", ""), latin)
    if "&" in latin or "@" in latin or "+" in latin:
        latin = latin.replace("&", " and ").replace("@", " and ").replace("+", " and ")
    if "non" in latin:
        latin = _NON_GOVERNMENTAL_RE.sub(" ngo ", latin)
    out: list[tuple[str, bool]] = []
    found = _WORD_RE.findall(latin)
    # A closing quote with no opening one before it ("Helsinki Committee of Armenia”
    # Human Rights Defender NGO"): the quotation opened where the line starts.
    quoted = "\x02" in found and "\x01" not in found[: found.index("\x02")]
    for word in found:
        if word == "\x01":
            quoted = True
        elif word == "\x02":
            quoted = False
        else:
            out.append((word, quoted))
    return tuple(out)


def _heads_name(words: list[str], start: int, size: int) -> bool:
    after = start + size
    return start == 0 and after < len(words) and words[after] in ("for", "of", "in", "to")


@lru_cache(maxsize=65536)
def analyse(text: str) -> NameKey:
    """The ``NameKey`` of a display name (already folded by ``text.fold``)."""
    pairs = latin_words(text)
    words = [word for word, _ in pairs]
    forms: set[str] = set()
    kept: list[tuple[str, bool]] = []
    index = 0
    while index < len(words):
        found = vocab.legal_form_at(words, index)
        if found is not None:
            size, form = found
            forms.add(form)
            # "Fund for Armenian Relief": a legal-form word that heads the name is a name
            # word too (its initials are FAR), and still says what kind of body it is.
            if not _heads_name(words, index, size):
                index += size
                continue
        kept.append(pairs[index])
        index += 1
    concepts: list[str] = []
    typos: list[str] = []
    prior: list[float] = []
    skeletons: list[str] = []
    raw: list[str] = []
    places: set[str] = set()
    core: set[str] = set()
    initials: list[str] = []
    for word, quoted in kept:
        if word in vocab.STOP_WORDS:
            continue
        initials.append(word[0])
        concept, typo, weight, is_place, shape = _word_concept_cached(word)
        # A compound such as "правозащитный" stands for several concepts ("human rights").
        for part in concept.split("+") if "+" in concept else (concept,):
            concepts.append(part)
            typos.append(typo)
            prior.append(weight if part == concept else vocab.generic_weight(part))
            skeletons.append(shape if part == concept else skeleton(part))
            raw.append(word)
            if is_place:
                places.add(part)
            if quoted:
                core.add(part)
    # "Human Rights Protection Group" is how "правозащитная группа" reads in English:
    # "protection" beside "rights" adds next to nothing.
    for index, concept in enumerate(concepts):
        if concept == "protection" and "right" in concepts[max(0, index - 1) : index + 2]:
            prior[index] = vocab.ALMOST_NOTHING
    return NameKey(
        words=tuple(concepts),
        raw=tuple(raw),
        typos=tuple(typos),
        prior=tuple(prior),
        skeletons=tuple(skeletons),
        places=frozenset(places),
        forms=frozenset(forms),
        core=frozenset(core),
        initials="".join(initials),
    )
