"""Reading lists and registry files: encodings, byte-order marks, binary and oversized input.

Every problem becomes an ``InputError`` with a message meant for the person running the
command (never a traceback).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass

from undersigned.matching.index import RegistryIndex

MAX_LINE_LENGTH = 100_000
MAX_INPUT_BYTES = 512 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class InputError(ValueError):
    """Input the commands cannot use, with a message that says why."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def _check_encoding(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(
            f"unknown encoding {encoding!r}; try utf-8, utf-16, cp1251, koi8-r or latin-1"
        ) from None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in data[:4096]


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: every other byte is the high byte of a letter.

    In Latin text the high bytes are zeros; in Armenian, Cyrillic or Georgian text they
    take a handful of values (0x04, 0x05, 0x10 ...).  The text must also decode cleanly
    into printable characters.
    """
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    for name, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if len(set(high)) > 8 or high.count(0) == len(high):
            continue
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        printable = sum(1 for char in text if char.isprintable() or char in "\t\r\n")
        if printable >= 0.95 * len(text):
            return name
    return None


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Bytes to text: a byte-order mark wins, then ``encoding``, then UTF-8 (or BOM-less UTF-16)."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"the input is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
    chosen: str | None = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            data, chosen = data[len(bom) :], name
            break
    if chosen is None and encoding is not None:
        chosen = _check_encoding(encoding)
    if chosen is None:
        chosen = "utf-8" if _is_utf8(data) else _utf16_without_bom(data) or "utf-8"
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError as error:
        if b"\x00" in data[:8192]:
            raise InputError("this looks like a binary file, not a text list") from None
        hint = "" if encoding else "; if it is not UTF-8, pass --encoding (e.g. cp1251)"
        raise InputError(f"the input is not valid {chosen} (byte {error.start}){hint}") from None
    if "\x00" in text or _control_share(text) > 0.05:
        raise InputError("this looks like a binary file, not a text list")
    if not text.strip():
        raise InputError("the input is empty")
    return Decoded(text, chosen)


def _control_share(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\t\n\r\x0b\x0c")
    return controls / len(sample)


_NEWLINE_RE = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """Lines of a list, split as Python's text files split them (\\n, \\r\\n, \\r).

    Other separators (form feed, vertical tab, U+2028 …) stay inside their line, so the
    line count is the one any script reading the file sees.  A line too long to be a name
    is an error.
    """
    lines = _NEWLINE_RE.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_LENGTH:
            raise InputError(
                f"line {number} is {len(line):,} characters long; "
                f"a list has one name per line (at most {MAX_LINE_LENGTH:,} characters)"
            )
    return lines


def read_lines(data: bytes, encoding: str | None = None) -> list[str]:
    """Decode and split a list."""
    return split_lines(decode(data, encoding).text)


def read_registry(data: bytes, encoding: str | None = None) -> RegistryIndex:
    """A registry CSV: columns ``id`` and ``name``, optional ``aliases`` separated by ``|``."""
    text = decode(data, encoding).text
    reader = csv.DictReader(io.StringIO(text))
    fields = [name.strip().lower() for name in reader.fieldnames or []]
    if "id" not in fields or "name" not in fields:
        raise InputError("the registry CSV needs a header with the columns id,name[,aliases]")
    reader.fieldnames = fields
    index = RegistryIndex()
    for row_number, row in enumerate(reader, start=2):
        entity_id = (row.get("id") or "").strip()
        name = (row.get("name") or "").strip()
        if not entity_id or not name:
            raise InputError(f"registry row {row_number} has no id or no name")
        for alias in [name, *(row.get("aliases") or "").split("|")]:
            if alias.strip():
                if len(alias) > MAX_LINE_LENGTH:
                    raise InputError(f"registry row {row_number} has a name that is too long")
                index.add(entity_id, alias.strip())
    if not len(index):
        raise InputError("the registry CSV has no usable row")
    return index
