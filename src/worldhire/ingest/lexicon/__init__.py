"""Words people write in résumés and job posts, per language, for the field parsers.

The ten hiring-region languages (en, es, pt, pl, uk, ro, fr, de, vi, id) plus a few neighbours
people mix in (Russian dates in Ukrainian CVs, Italian month names). Each table lists the forms as
people type them, with and without diacritics where both are common; `alternation` also adds the
accent-free spelling of every word, so "marco"/"março" and "Thang 3"/"Tháng 3" both match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from worldhire.core.texts import fold

Trie = dict[str, "Trie"]


# A space in a listed phrase matches any run of spaces; an apostrophe matches either kind.
_CHAR_PATTERNS = {" ": r"\s+", "'": "['’]"}
# After a phrase: not inside a longer word ("Java" in "Javanese"); digits may follow.
NOT_LETTER_AFTER = r"(?![^\W\d_])"


def cue_pattern(phrases: Iterable[str], *extra: str) -> re.Pattern[str]:
    """Whole-word alternation of the phrases ("resid*" a stem), longest first, matched
    case-insensitively as written; `extra` adds raw regex alternatives."""
    body = "|".join(
        [re.escape(p.rstrip("*")).replace(r"\ ", r"\s+").replace("'", "['’]")
         + (r"\w*" if p.endswith("*") else "")
         for p in sorted(set(phrases), key=len, reverse=True)] + list(extra)
    )  # fmt: skip
    # Not the tail of a one-letter prefix: Estonia's "e-Residency" is a programme's name.
    return re.compile(rf"(?<![\w'’])(?<!(?<!\w)\w-)(?:{body})(?![\w])", re.IGNORECASE)


def lower_keeping_length(text: str) -> str:
    """`text.lower()` with every character in its place, so spans found in it hold in `text`
    ("İ" lowers to two characters: it becomes the "i" Turkish lowers it to; other such rare
    letters stay as they are)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join("i" if c == "İ" else c.lower() if len(c.lower()) == 1 else c for c in text)


def variants(words: Iterable[str]) -> set[str]:
    """Each word lower-cased as written and folded (accents removed)."""
    out: set[str] = set()
    for word in words:
        out.add(word.lower())
        out.add(fold(word))
    return out


_WORD_TOKEN = re.compile(r"\w+")


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The first word of each phrase, as written and folded: a phrase can only start there."""
    out = set()
    for phrase in variants(phrases):
        match = _WORD_TOKEN.match(phrase)
        if match:
            out.add(match.group())
    return frozenset(out)


def word_positions(lowered: str, starts: frozenset[str]) -> list[int]:
    """Where words of `starts` begin in lower-cased text, in order. sre tries an alternation
    of many words at every position of a text, which costs about a microsecond a character;
    parsers try theirs only at these few places. The word index of a text is built once and
    shared by every parser that reads the same text."""
    index = _word_index(lowered)
    # Both intersections walk their argument: walk whichever of the text's words and the
    # lexicon's is the shorter (a line holds a few words, a lexicon hundreds).
    hits = starts.intersection(index) if len(index) < len(starts) else index.keys() & starts
    if not hits:
        return []
    if len(hits) == 1:
        return list(index[next(iter(hits))])
    return sorted(p for word in hits for p in index[word])


@lru_cache(maxsize=16)
def _word_index(lowered: str) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for match in _WORD_TOKEN.finditer(lowered):
        index.setdefault(match.group(), []).append(match.start())
    return index


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
