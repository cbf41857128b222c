"""Script detection and transliteration of Armenian, Cyrillic and Georgian to Latin.

The tables follow common English usage (close to BGN/PCGN and to how Armenian and
Georgian organizations spell their own names in English), so «Ասպարեզ» and «Аспарез»
both become "Asparez", Երևան becomes "Yerevan", ქართული becomes "kartuli".
Transliteration is only a bridge for matching: spellings that still differ between
schemes (Yerevan / Erevan, Gyumri / Giumri) are reconciled by ``skeleton``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

Script = Literal["latin", "armenian", "cyrillic", "georgian", "mixed"]

ARMENIAN = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y",
    "թ": "t", "ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h",
    "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y", "ն": "n", "շ": "sh", "ո": "o",
    "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r",
    "ց": "ts", "ւ": "v", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev",
}  # fmt: skip

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u", "ә": "a", "ғ": "gh",
    "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "ҷ": "j", "ҳ": "h",
    "ӣ": "i", "ӯ": "u",
}  # fmt: skip

GEORGIAN = {
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t",
    "ი": "i", "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh",
    "რ": "r", "ს": "s", "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q",
    "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j",
    "ჰ": "h", "ჱ": "e", "ჲ": "y", "ჳ": "w", "ჴ": "kh", "ჵ": "o",
}  # fmt: skip

_CYRILLIC_VOWELS = set("аеёиоуыэюяіїєъь")
_WORD_RE = re.compile(r"\w+|\W+")


def _char_script(char: str) -> str | None:
    code = ord(char)
    if 0x0530 <= code <= 0x058F or 0xFB13 <= code <= 0xFB17:
        return "armenian"
    if 0x0400 <= code <= 0x052F:
        return "cyrillic"
    if 0x10A0 <= code <= 0x10FF or 0x1C90 <= code <= 0x1CBF or 0x2D00 <= code <= 0x2D2F:
        return "georgian"
    if char.isalpha() and (code < 0x0250 or code == 0x0259 or 0x1E00 <= code <= 0x1EFF):
        return "latin"
    return None


def script_of(text: str) -> Script:
    """The script of the letters in ``text``: one of the four, or "mixed".

    Text with no letter at all counts as "latin".
    """
    if text.isascii():
        return "latin"  # the common case, at once
    found: set[str] = set()
    for char in text:
        if char.isalpha():
            script = _char_script(char)
            found.add(script or "other")
    if not found:
        return "latin"
    if len(found) == 1:
        only = found.pop()
        if only in ("latin", "armenian", "cyrillic", "georgian"):
            return only  # type: ignore[return-value]
    return "mixed"


def _armenian_word(word: str) -> str:
    out: list[str] = []
    lower = word.lower()
    index = 0
    while index < len(lower):
        char = lower[index]
        nxt = lower[index + 1] if index + 1 < len(lower) else ""
        if char == "ո" and nxt == "ւ":
            out.append("u")
            index += 2
            continue
        if index == 0 and char == "ե":
            out.append("ye")
        elif index == 0 and char == "ո":
            out.append("vo")
        elif char == "և":
            out.append("yev" if index == 0 else "ev")
        else:
            out.append(ARMENIAN.get(char, char))
        index += 1
    return "".join(out)


def _cyrillic_word(word: str) -> str:
    out: list[str] = []
    lower = word.lower()
    for index, char in enumerate(lower):
        if char == "е" and (index == 0 or lower[index - 1] in _CYRILLIC_VOWELS):
            out.append("ye")
        else:
            out.append(CYRILLIC.get(char, char))
    return "".join(out)


def _georgian_word(word: str) -> str:
    return "".join(GEORGIAN.get(char, char) for char in word)


def _recase(original: str, latin: str) -> str:
    if not latin or not original[:1].isupper():
        return latin
    if len(original) > 1 and original.isupper():
        return latin.upper()
    return latin[0].upper() + latin[1:]


@lru_cache(maxsize=65536)
def _transliterate_word(word: str) -> str:
    script = script_of(word)
    if script == "armenian":
        return _recase(word, _armenian_word(word))
    if script == "cyrillic":
        return _recase(word, _cyrillic_word(word))
    if script == "georgian":
        return _georgian_word(word)
    if script == "latin":
        return _plain_latin(word)
    if script == "mixed" and len(word) > 1:
        # Letter by letter; a single letter of another script (ɐ, α, ا) stays as it is.
        return "".join(_transliterate_word(char) if char.isalpha() else char for char in word)
    return word


_LATIN_LETTERS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "ə": "e",  # Azerbaijani: "Mərkəzi" is typed "Merkezi"
        "Ə": "E",
    }
)


def _plain_latin(word: str) -> str:
    """Latin letters without their accents ("Comité" -> "Comite", "Człowieka" ->
    "Czlowieka"), as names are often typed without them."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_LATIN_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def transliterate(text: str) -> str:
    """Latin spelling of ``text``; Latin text and punctuation pass through unchanged."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text)
    # ASCII parts (Latin words, spaces, punctuation) are their own transliteration.
    return "".join(
        part if part.isascii() else _transliterate_word(part) for part in _WORD_RE.findall(text)
    )


_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("dzh", "j"),  # Russian "дж" is English "j" (Иджеван / Ijevan)
    ("tch", "ch"),
    ("ou", "u"),
    ("tz", "ts"),
    ("dj", "j"),
    ("x", "kh"),
    ("w", "v"),
    ("ph", "p"),
    ("th", "t"),
    ("ck", "k"),
    ("q", "k"),
    ("ye", "e"),
    ("yu", "u"),
    ("ya", "a"),
    ("yo", "o"),
    ("iy", "i"),
    ("ij", "i"),
    ("y", "i"),
    ("ie", "e"),
    ("ia", "a"),
)
_DOUBLE_RE = re.compile(r"(.)\1+")
_C_SOFT_RE = re.compile(r"c(?=[eiy])")


@lru_cache(maxsize=262144)
def skeleton(token: str) -> str:
    """A coarse phonetic key that forgives romanisation differences (ye/e, kh/x, y/i, ou/u)."""
    key = _C_SOFT_RE.sub("ts", token.lower())
    key = key.replace("ck", "k").replace("c", "k")
    for old, new in _SKELETON_RULES:
        if old in key:
            key = key.replace(old, new)
    # An English silent "e" ("Socioscope", «Սոցիոսկոպ» "Sotsioskop").
    if len(key) >= 6 and key.endswith("e") and key[-2] not in "aeiou":
        key = key[:-1]
    return _DOUBLE_RE.sub(r"\1", key)
