# ruff: noqa: S101 -- pytest speaks through assert
"""Decoding lists: byte-order marks, UTF-16, legacy encodings, binary input."""

from __future__ import annotations

import codecs

import pytest

from undersigned.matching import InputError, decode, read_lines

TEXT = "Клуб журналистов «Аспарез»\n«Ասպարեզ» լրագրողների ակումբ\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
    ],
)
def test_utf8_and_utf16_lists_are_read_with_or_without_a_bom(data):
    assert decode(data).text == TEXT


def test_a_legacy_encoding_is_read_when_named():
    data = "Клуб журналистов «Аспарез»\r\nМемориал\r\n".encode("cp1251")
    assert read_lines(data, "cp1251") == ["Клуб журналистов «Аспарез»", "Мемориал"]


def test_a_legacy_encoding_without_its_name_is_refused_with_a_hint():
    with pytest.raises(InputError, match="--encoding"):
        decode("Мемориал".encode("cp1251"))


def test_binary_data_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))


def test_a_line_far_too_long_for_a_name_is_refused():
    with pytest.raises(InputError, match="line 2"):
        read_lines(b"ok\n" + b"x" * 200_000)


def test_lines_are_split_as_python_text_files_split_them():
    text = "One NGO\r\nTwo\x0bNGO\nThree\u2028NGO\n\nFour\rFive\n".encode()
    assert read_lines(text) == ["One NGO", "Two\x0bNGO", "Three\u2028NGO", "", "Four", "Five"]
