"""Words people write in résumés and job posts, per language, for the field parsers.

The ten hiring-region languages (en, es, pt, pl, uk, ro, fr, de, vi, id) plus a few neighbours
people mix in (Russian dates in Ukrainian CVs, Italian month names). Each table lists the forms as
people type them, with and without diacritics where both are common; `alternation` also adds the
accent-free spelling of every word, so "marco"/"março" and "Thang 3"/"Tháng 3" both match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

Trie = dict[str, "Trie"]
_FOLD_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "’": "'", "ß": "ss"})


# A space in a listed phrase matches any run of spaces; an apostrophe matches either kind.
_CHAR_PATTERNS = {" ": r"\s+", "'": "['’]"}


def fold(text: str) -> str:
    """Lower case without accents: "Março" -> "marco", "Łódź" -> "lodz", "Tháng" -> "thang"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def lower_keeping_length(text: str) -> str:
    """`text.lower()` with every character in its place, so spans found in it hold in `text`
    ("İ" lowers to two characters; such rare letters stay as they are)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def variants(words: Iterable[str]) -> set[str]:
    """Each word lower-cased as written and folded (accents removed)."""
    out: set[str] = set()
    for word in words:
        out.add(word.lower())
        out.add(fold(word))
    return out


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words` (and their folded spellings), built as a trie so the
    engine tests one branch per character instead of every word; longer words win."""
    trie: Trie = {}
    for word in variants(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: Trie) -> str:
        branches = [
            _CHAR_PATTERNS.get(ch, re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = "|".join(branches)
        if "" in node:
            return f"(?:{body})?"
        return body if len(branches) == 1 else f"(?:{body})"

    return build(trie)
