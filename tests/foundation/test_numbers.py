# ruff: noqa: S101 -- pytest speaks through assert
"""Numbers typed into addresses and forms."""

import pytest

from undersigned.core.numbers import is_whole_number


@pytest.mark.parametrize(
    ("text", "max_digits", "expected"),
    [
        ("12", 18, True),
        ("0", 18, True),
        ("", 18, False),
        ("³", 18, False),
        ("١٢", 18, False),
        ("-1", 18, False),
        (" 1", 18, False),
        ("1234", 3, False),
        ("123", 3, True),
    ],
)
def test_only_short_runs_of_ascii_digits_are_whole_numbers(text, max_digits, expected):
    assert is_whole_number(text, max_digits) is expected
