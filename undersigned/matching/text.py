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
_DASH_RUN_RE = re.compile(f"(\\s*)[{re.escape(DASHES)}]+(\\s*)")
_SPACE_RE = re.compile(r"\s+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

OPEN = "“"
CLOSE = "”"
APOSTROPHE = "’"


def fold_spaces(text: str) -> str:
    """Normalise Unicode (NFKC), drop zero-width characters and collapse whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    text = _CONTROL_RE.sub(" ", text)
    return _SPACE_RE.sub(" ", text).strip()


def _fold_dash(match: re.Match[str]) -> str:
    before, after = match.group(1), match.group(2)
    if before and after:
        return " – "
    return "-"


def fold_dashes(text: str) -> str:
    """Spaced dashes become " – ", any other dash a hyphen."""
    return _DASH_RUN_RE.sub(_fold_dash, text)


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def fold_quotes(text: str) -> str:
    """Place “ ” and ’ by position, whatever glyphs the text used."""
    # One marker per quote glyph: \x01 double, \x02 single.
    text = _DOUBLE_RE.sub("\x01", text)
    text = _SINGLE_RE.sub("\x02", text)
    if "\x01" not in text and "\x02" not in text:
        return text
    out: list[str] = []
    pending: str | None = None  # the marker that opened the current quotation
    length = len(text)
    for index, char in enumerate(text):
        if char not in "\x01\x02":
            out.append(char)
            continue
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
            continue
        # a double quote
        if pending is not None and (prev_word or not next_word or prev == " "):
            out.append(CLOSE)
            pending = None
        elif next_word or (prev == " " and nxt == " "):
            out.append(OPEN)
            pending = char
        elif prev_word:
            out.append(CLOSE)
        # a double quote with no word on either side and nothing open is dropped
    result = "".join(out)
    # No space inside quotes, one space outside them.
    result = re.sub(rf"{OPEN}\s+", OPEN, result)
    result = re.sub(rf"\s+{CLOSE}", CLOSE, result)
    result = re.sub(rf"(\w){OPEN}", rf"\1 {OPEN}", result)
    result = re.sub(rf"{CLOSE}(\w)", rf"{CLOSE} \1", result)
    result = result.replace(f"{OPEN}{CLOSE}", "")
    return _SPACE_RE.sub(" ", result).strip()


def fold(text: str) -> str:
    """The canonical display spelling of ``text`` (see the module docstring)."""
    text = fold_spaces(text)
    text = fold_quotes(text)
    text = fold_dashes(text)
    return _SPACE_RE.sub(" ", text).strip()
