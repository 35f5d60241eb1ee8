"""Text folded for matching word lists: lower case without accents, one character for one, so
that a phrase found in the folded text is found at the same offsets in the original; and the
pattern that finds listed phrases in it."""

from __future__ import annotations

import re
from functools import cache

from worldhire.core.texts import fold as fold_text


def fold(text: str) -> str:
    """`core.texts.fold` one character at a time, so offsets into the folded text are offsets
    into the original: it differs on purpose where a letter folds to two ("ß", "æ" stay as they
    are, lower case), and reads "ʼ" and "`" as "'" as well."""
    if text.isascii():
        # (an ASCII character folds to its lower case: the same result, without a call per
        # character on the text most lines are)
        return text.lower().replace("`", "'")
    return "".join(_fold_char(c) for c in text)


@cache
def _fold_char(char: str) -> str:
    if char in "ʼ`":
        return "'"
    folded = fold_text(char)
    if len(folded) == 1:
        return folded
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for folded text that finds any of the phrases as whole words, longest first.
    A phrase that ends in an elided article ("d'", "intégration d'") ends at its apostrophe: the
    word it is joined to ("d'API") follows at once."""
    folded = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in folded)
    return re.compile(rf"(?<![\w])(?:{body})(?:(?<=')|(?![\w]))")
