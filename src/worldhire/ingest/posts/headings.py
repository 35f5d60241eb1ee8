"""A job post's section headings: the kind of section a heading opens, read as written or typed
with a slip of the fingers, and the heading that opens a job board's list of other posts."""

from __future__ import annotations

import re
from functools import cache

from worldhire.ingest.lexicon.post_sections import HEADINGS, OTHER_POSTS, SectionKind
from worldhire.ingest.shared.edit_distance import edit_distance
from worldhire.ingest.shared.folded_text import fold, phrase_pattern


@cache
def heading_kinds() -> dict[str, SectionKind]:
    """Folded heading phrase -> the section it opens. A phrase listed under several kinds takes
    the first (nice before must: "nice to have skills" is optional)."""
    table: dict[str, SectionKind] = {}
    for kind, phrases in HEADINGS.items():
        for phrase in phrases:
            table.setdefault(fold(phrase), kind)
    return table


def known_heading(folded: str) -> str | None:
    """The heading phrase a folded heading is, as written or typed with a slip of the fingers
    ("requirment", "responsabilites", "qualifcations", "nice to hav", "requsitos"): an exact
    phrase, else the one phrase of as many words within a bounded edit distance."""
    table = heading_kinds()
    if folded in table:
        return folded
    return _typo_of(folded)


# A typo changes a letter or two, and rarely the first one; a short word one letter away is often
# another word ("profiles", "process"), so short headings are only read exactly.
_TYPO_MIN_LETTERS = 7
_TYPO_LONG_LETTERS = 11


@cache
def _typo_of(folded: str) -> str | None:
    letters = len(folded.replace(" ", ""))
    if letters < _TYPO_MIN_LETTERS or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){0,3}", folded):
        return None
    limit = 1 if letters < _TYPO_LONG_LETTERS else 2
    words = folded.count(" ")
    near = sorted(
        (edit_distance(folded, phrase, limit), phrase)
        for phrase in _phrases_by_start().get(folded[0], ())
        if phrase.count(" ") == words and abs(len(phrase) - len(folded)) <= limit
    )
    near = [(distance, phrase) for distance, phrase in near if distance == near[0][0] <= limit]
    # Phrases of two kinds as near say the line is neither.
    kinds = {heading_kinds()[phrase] for _, phrase in near}
    return near[0][1] if len(kinds) == 1 else None


@cache
def _phrases_by_start() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for phrase in heading_kinds():
        out.setdefault(phrase[:1], []).append(phrase)
    return {first: tuple(phrases) for first, phrases in out.items()}


@cache
def heading_pattern() -> re.Pattern[str]:
    return phrase_pattern(tuple(heading_kinds()))


@cache
def _other_posts() -> re.Pattern[str]:
    body = "|".join(re.escape(fold(p)) for p in sorted(OTHER_POSTS, key=len, reverse=True))
    return re.compile(rf"^\W*(?:{body})\b\s*(?::|$)")


def other_posts_line(line: str) -> bool:
    """The line opens a job board's list of other posts: "Similar jobs" alone, or as a label."""
    return bool(_other_posts().match(fold(line.strip())))
