"""The matching engine's reasons in the reader's language.

The engine (``undersigned.matching``, no Django) explains each comparison of two names in
English sentences ("same words: “asparez”, “club”"), and the registry and the sign form add
a few of their own. They are stored as they are (duplicate pairs, signatures, import
previews), so a stored reason stays readable whatever language the page is in.

Each format is recognised here by one anchored regular expression and written again
through gettext: the names and words it quotes, the acronyms and the places stay as they
are; the small vocabularies inside (how two words agree, the kind of a name, legal-form
classes) are translated, and only their known words are recognised. Text of no known
format (older data, a format the engine gained since) is returned unchanged: the page
still shows it, in English. ``tests/core/test_match_reasons.py`` fails when the engine
writes a reason this module does not know.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy

_HOW: Mapping[str, Promise] = {
    # Translators: how two words of two names agree, shown in brackets after them.
    "related": pgettext_lazy("how two words agree", "related"),
    "typing error": pgettext_lazy("how two words agree", "typing error"),
    "spelling variant": pgettext_lazy("how two words agree", "spelling variant"),
    "inflected form": pgettext_lazy("how two words agree", "inflected form"),
}
_KINDS: Mapping[str, Promise] = {
    # Translators: what a line of a list names, in "one is …, the other …".
    "an organization": pgettext_lazy("kind of name", "an organization"),
    "a person": pgettext_lazy("kind of name", "a person"),
}
_LEGAL_FORMS: Mapping[str, Promise] = {
    # Translators: classes of legal forms: non-governmental organization, foundation, company.
    "ngo": pgettext_lazy("legal form", "ngo"),
    "foundation": pgettext_lazy("legal form", "foundation"),
    "company": pgettext_lazy("legal form", "company"),
}


def _one_of(words: Mapping[str, Promise]) -> str:
    return "(?:" + "|".join(re.escape(word) for word in words) + ")"


_HOW_RE = _one_of(_HOW)
_KIND_RE = _one_of(_KINDS)
_FORMS_RE = f"{_one_of(_LEGAL_FORMS)}(?:/{_one_of(_LEGAL_FORMS)})*"
_WORDS_RE = "(?P<words>“.+”)"  # “a”, “b”: a list of words, quoted one by one


@dataclass(frozen=True, slots=True)
class _Format:
    """One sentence of the engine: how to recognise it, and the same sentence in gettext."""

    pattern: re.Pattern[str]
    message: Promise
    vocabulary: Mapping[str, Mapping[str, Promise]] = field(default_factory=dict)


def _format(pattern: str, message: Promise, **vocabulary: Mapping[str, Promise]) -> _Format:
    return _Format(re.compile(pattern), message, vocabulary)


_FORMATS: tuple[_Format, ...] = (
    # undersigned/matching/score.py, in the order it writes them.
    _format("one of the lines is not a name", _("one of the lines is not a name")),
    # Translators: %(words)s is a list of quoted words.
    _format(f"same words: {_WORDS_RE}", _("same words: %(words)s")),
    _format(
        f"“(?P<first>.+)” ≈ “(?P<second>.+)” \\((?P<how>{_HOW_RE})\\)",
        # Translators: two words that nearly agree; %(how)s says how ("typing error").
        _("“%(first)s” ≈ “%(second)s” (%(how)s)"),
        how=_HOW,
    ),
    _format(
        "“(?P<word>.+)” written as “(?P<parts>.+)”",
        # Translators: one word of a name written as two words in the other ("EcoLur").
        _("“%(word)s” written as “%(parts)s”"),
    ),
    # Translators: words of the first name only; %(words)s is a list of quoted words.
    _format(f"only in the first: {_WORDS_RE}", _("only in the first: %(words)s")),
    # Translators: words of the second name only; %(words)s is a list of quoted words.
    _format(f"only in the second: {_WORDS_RE}", _("only in the second: %(words)s")),
    _format(
        "same quoted name; the rest only adds or drops descriptive words",
        _("same quoted name; the rest only adds or drops descriptive words"),
    ),
    # Translators: %(acronym)s is an acronym as written ("GYLA").
    _format("same acronym (?P<acronym>.+)", _("same acronym %(acronym)s")),
    _format(
        "different acronyms: (?P<first>.+) / (?P<second>.+)",
        _("different acronyms: %(first)s / %(second)s"),
    ),
    _format(
        "“(?P<acronym>.+)” is the other name's acronym",
        _("“%(acronym)s” is the other name's acronym"),
    ),
    _format(
        "no other name in the list has the initials “(?P<acronym>.+)”",
        _("no other name in the list has the initials “%(acronym)s”"),
    ),
    _format(
        "no other name in the list has these words with a place",
        _("no other name in the list has these words with a place"),
    ),
    _format(
        "no other name in the list declares the acronym “(?P<acronym>.+)”",
        _("no other name in the list declares the acronym “%(acronym)s”"),
    ),
    _format("a quotation is left open in one name", _("a quotation is left open in one name")),
    _format(
        "“(?P<name>.+)” is one name’s own name in quotation marks and the whole of the other’s;"
        " no other name in the list has it",
        _(
            "“%(name)s” is one name’s own name in quotation marks and the whole of the other’s;"
            " no other name in the list has it"
        ),
    ),
    _format(
        "“(?P<site>.+)” is the website of the one name that spells it",
        _("“%(site)s” is the website of the one name that spells it"),
    ),
    _format(
        "a body with national chapters is qualified by a country in one name",
        _("a body with national chapters is qualified by a country in one name"),
    ),
    _format(
        f"one name is also a kind of body the other is not: {_WORDS_RE}",
        # Translators: "Union of Committees …" against "Committee …": followed by words.
        _("one name is also a kind of body the other is not: %(words)s"),
    ),
    _format(
        "the names agree only in translation",
        # Translators: two names mean the same in two languages, which proves little.
        _("the names agree only in translation"),
    ),
    _format(
        "different countries: (?P<first>.+) / (?P<second>.+)",
        _("different countries: %(first)s / %(second)s"),
    ),
    _format(
        "“(?P<country>.+)” only names the country",
        # Translators: the country ending one name is the only difference, and proves none.
        _("“%(country)s” only names the country"),
    ),
    _format("different numbers: “(?P<number>.+)”", _("different numbers: “%(number)s”")),
    _format(
        "only one name is qualified by the place “(?P<place>.+)”",
        _("only one name is qualified by the place “%(place)s”"),
    ),
    _format(
        f"distinctive word in one name only: {_WORDS_RE}",
        _("distinctive word in one name only: %(words)s"),
    ),
    _format(
        "only generic words agree, one of them only by meaning",
        _("only generic words agree, one of them only by meaning"),
    ),
    _format(
        f"only one name says whom it serves: {_WORDS_RE}",
        # Translators: %(words)s are words such as “women” or “youth”.
        _("only one name says whom it serves: %(words)s"),
    ),
    _format(f"the quoted names differ: {_WORDS_RE}", _("the quoted names differ: %(words)s")),
    _format(
        "a distinctive word matches only approximately",
        _("a distinctive word matches only approximately"),
    ),
    _format(
        f"different legal forms: (?P<first>{_FORMS_RE}) vs (?P<second>{_FORMS_RE})",
        _("different legal forms: %(first)s vs %(second)s"),
        first=_LEGAL_FORMS,
        second=_LEGAL_FORMS,
    ),
    _format(
        f"same legal form \\((?P<forms>{_FORMS_RE})\\), weak evidence",
        _("same legal form (%(forms)s), weak evidence"),
        forms=_LEGAL_FORMS,
    ),
    _format(
        f"one is (?P<first>{_KIND_RE}), the other (?P<second>{_KIND_RE})",
        _("one is %(first)s, the other %(second)s"),
        first=_KINDS,
        second=_KINDS,
    ),
    # undersigned/registry/services.py: the two spellings a suspected pair was found by.
    _format("“(?P<left>.+)” ~ “(?P<right>.+)”", _("“%(left)s” ~ “%(right)s”")),
    # undersigned/signatures/services.py: the signer chose the organization on the form.
    _format("picked by the signer", _("picked by the signer")),
    # undersigned/imports/services.py: the name is a spelling the registry already has.
    _format("a known spelling of this organization", _("a known spelling of this organization")),
)


def _quoted_list(words: str) -> str:
    """“a”, “b” again, each word in the reader's quotation marks."""
    return ", ".join(
        pgettext("a quoted word", "“%(word)s”") % {"word": word}
        for word in words[1:-1].split("”, “")
    )


def _recognise(text: str) -> tuple[_Format, dict[str, str]] | None:
    for known in _FORMATS:
        found = known.pattern.fullmatch(text)
        if found is not None:
            return known, found.groupdict()
    return None


def is_known_reason(text: object) -> bool:
    """Whether ``text`` is a reason of a format this module translates."""
    return isinstance(text, str) and _recognise(text) is not None


def translate_reason(text: str) -> str:
    """``text``, a stored reason, in the active language; unknown text unchanged."""
    if not isinstance(text, str):
        return text
    recognised = _recognise(text)
    if recognised is None:
        return text
    known, values = recognised
    for name, value in values.items():
        if name == "words":
            values[name] = _quoted_list(value)
        elif name in known.vocabulary:
            table = known.vocabulary[name]
            values[name] = "/".join(str(table[word]) for word in value.split("/"))
    try:
        return str(known.message) % values
    except (KeyError, TypeError, ValueError):  # a translation with a broken placeholder
        return text
