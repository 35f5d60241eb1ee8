"""Lines a narrow column wrapped: a PDF's sidebar or table cell carries the last word or two of
a long line onto a line of its own ("Quận Bình Thạnh, TP. Hồ Chí" / "Minh", "Công ty TNHH
Shopee Việt" / "Nam", "SAPP Certified Payroll" / "Administrator"). The readers of addresses,
employers' names and certificates each put such a tail back with their own test of the line
above; what the tail looks like is this one rule."""

from __future__ import annotations

import re

# A word of letters, with the marks names keep inside ("O'Brien", "St.", "Jean-Luc"): no digits.
_WORD = r"[^\W\d_](?:[^\W\d_]|['’.-])*"
_TAILS = {n: re.compile(rf"{_WORD}(?:\s+{_WORD}){{0,{n - 1}}}\)?") for n in (1, 2)}


def wrapped_tail(line: str, most_words: int = 2) -> bool:
    """A line that is only the end of the line above it: `most_words` words of letters or fewer
    (one or two), and at most the bracket that closes one opened above ("Nam", "Hồ Chí Minh)"
    is three words: no tail)."""
    return _TAILS[most_words].fullmatch(line.strip()) is not None
