"""Numbers typed into URLs and forms."""

from __future__ import annotations


def is_whole_number(text: str, max_digits: int = 18) -> bool:
    """True for 1 to ``max_digits`` ASCII digits.

    ``str.isdigit`` also accepts "³" and "①", which ``int`` refuses: a hostile address
    must get a 404, not a 500.
    """
    return 0 < len(text) <= max_digits and text.isascii() and text.isdigit()
