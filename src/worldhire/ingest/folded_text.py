"""Text folded for matching word lists: lower case without accents, one character for one, so
that a phrase found in the folded text is found at the same offsets in the original; and the
pattern that finds listed phrases in it."""

from __future__ import annotations

import re
import unicodedata
from functools import cache


def fold(text: str) -> str:
    """Lower case without accents, one character for one character, so offsets into the folded
    text are offsets into the original."""
    return "".join(_fold_char(c) for c in text)


@cache
def _fold_char(char: str) -> str:
    if char == "İ":  # Turkish dotted capital I lowers to two characters
        return "i"
    lowered = char.lower()
    if len(lowered) != 1:
        return char
    if lowered in "łđ":
        return "l" if lowered == "ł" else "d"
    if lowered in "’ʼ`":
        return "'"
    base = unicodedata.normalize("NFKD", lowered)[:1]
    return base if base and base.isprintable() else lowered


def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for folded text that finds any of the phrases as whole words, longest first."""
    folded = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in folded)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")
