"""Folding of quotes, dashes and spaces: the display form every other module starts from.

Published lists mix every quoting style (“ ” ‘ ’ ,, ,, << >> « » „ "), every dash
(- ‐ – — − ֊) and every space (no-break, thin, zero-width).  ``fold`` maps them to one
canonical spelling so that two variants of a name print identically:

- double quotes become “ ” by position (opening before a word, closing after one);
- a single quote inside or at the end of a word is an apostrophe (’), at the start of a
  word it opens a quotation;
- a dash with spaces on both sides becomes a spaced en dash (" – "), any other dash a
  hyphen;
- runs of spaces become one space, zero-width characters disappear.

``fold`` is idempotent: ``fold(fold(x)) == fold(x)``.
"""

from __future__ import annotations

import re
import unicodedata

DOUBLE_QUOTES = '"“”„‟«»‹›〝〞〟＂❝❞'
SINGLE_QUOTES = "'‘’‚‛`´′ʼʻ՚"
DASHES = "-‐‑‒–—―−﹘﹣－֊⁃"
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)

_DOUBLE_RE = re.compile(f"[{re.escape(DOUBLE_QUOTES)}]|,,|<<|>>")
_SINGLE_RE = re.compile(f"[{re.escape(SINGLE_QUOTES)}]")
_DASH_RUN_RE = re.compile(f"(\\s*)[{re.escape(DASHES)}]+(?:\\s*[{re.escape(DASHES)}]+)*(\\s*)")
_SPACE_RE = re.compile(r"\s+")
_MARKER_RE = re.compile("[\x01\x02]")
_QUOTE_SET = frozenset(DOUBLE_QUOTES + SINGLE_QUOTES)
_DASH_SET = frozenset(DASHES)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

OPEN = "“"
CLOSE = "”"
APOSTROPHE = "’"
_INSIDE_SPACE_RE = re.compile(rf"{OPEN}\s+|\s+{CLOSE}")
_GLUED_OPEN_RE = re.compile(rf"(\w){OPEN}")
_GLUED_CLOSE_RE = re.compile(rf"{CLOSE}(\w)")


def fold_spaces(text: str) -> str:
    """Normalise Unicode (NFKC), drop zero-width characters and collapse whitespace."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    if not text.isprintable():
        text = _CONTROL_RE.sub(" ", text)
    return _SPACE_RE.sub(" ", text).strip()


def _fold_dash(match: re.Match[str]) -> str:
    before, after = match.group(1), match.group(2)
    if before and after:
        return " – "
    return "-"


def fold_dashes(text: str) -> str:
    """Spaced dashes become " – ", any other dash a hyphen."""
    if _DASH_SET.isdisjoint(text):
        return text
    return _DASH_RUN_RE.sub(_fold_dash, text)


def _is_word_char(char: str) -> bool:
    return char.isalnum()


_NESTED_CLOSED_RE = re.compile(r"«([^«»]*)«([^«»]*)»([^«»]*)»")
_NESTED_OPEN_RE = re.compile(r"«([^«»]*)«([^«»]*)»")


def _unnest(text: str) -> str:
    """«Правовая клиника «Адилет»» as Правовая клиника «Адилет», «Союз «Мемориал» Пермь» as
    Союз «Мемориал» Пермь: the innermost quotation is the organization's own name (the
    outer one is often left unclosed)."""
    text = _NESTED_CLOSED_RE.sub(r"\1«\2»\3", text)
    return _NESTED_OPEN_RE.sub(r"\1«\2»", text)


def fold_quotes(text: str) -> str:
    """Place “ ” and ’ by position, whatever glyphs the text used."""
    if _QUOTE_SET.isdisjoint(text) and ",," not in text and "<<" not in text and ">>" not in text:
        return text
    if text.count("«") > 1:
        text = _unnest(text)
    # One marker per quote glyph: \x01 double, \x02 single.
    text = _DOUBLE_RE.sub("\x01", text)
    text = _SINGLE_RE.sub("\x02", text)
    out: list[str] = []
    pending: str | None = None  # the marker that opened the current quotation
    length = len(text)
    start = 0
    for marker in _MARKER_RE.finditer(text):
        index = marker.start()
        char = text[index]
        out.append(text[start:index])
        start = index + 1
        prev = text[index - 1] if index > 0 else " "
        nxt = text[index + 1] if index + 1 < length else " "
        prev_word, next_word = _is_word_char(prev), _is_word_char(nxt)
        if char == "\x02":
            if prev_word:
                if pending == "\x02" and not next_word:
                    out.append(CLOSE)
                    pending = None
                else:
                    out.append(APOSTROPHE)
                continue
            if next_word and pending is None:
                out.append(OPEN)
                pending = char
                continue
            if pending is not None and not next_word:
                out.append(CLOSE)
                pending = None
            else:
                out.append(" ")  # a stray quote; a space keeps ",'," from becoming ",,"
            continue
        # a double quote
        if pending is not None and (prev_word or not next_word or prev == " "):
            out.append(CLOSE)
            pending = None
        elif next_word:
            out.append(OPEN)
            pending = char
        elif prev_word:
            out.append(CLOSE)
        elif _is_word_char(text[index + 1 :].lstrip()[:1] or " "):
            out.append(OPEN)
            pending = char
        else:
            out.append(" ")  # a stray quote with no word on either side is dropped
    out.append(text[start:])
    result = "".join(out)
    # No space inside quotes, one space outside them.
    result = _INSIDE_SPACE_RE.sub(lambda m: m.group(0).strip(), result)
    result = _GLUED_OPEN_RE.sub(rf"\1 {OPEN}", result)
    result = _GLUED_CLOSE_RE.sub(rf"{CLOSE} \1", result)
    result = result.replace(f"{OPEN}{CLOSE}", "")
    return _SPACE_RE.sub(" ", result).strip()


def fold(text: str) -> str:
    """The canonical display spelling of ``text`` (see the module docstring)."""
    text = fold_spaces(text)
    text = fold_quotes(text)
    text = fold_dashes(text)
    return _SPACE_RE.sub(" ", text).strip()
