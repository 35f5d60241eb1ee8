"""The self-assessment grid of the old European CV format: under a language ("Altre lingue |
Inglese", or "Francese" alone on its line) one row per use, each with its level ("• Capacità di
lettura | buono", "Writing skills: good"). The rows are the language's level, never skills."""

from __future__ import annotations

import re
from collections import Counter

from worldhire.ingest.shared.spoken_languages import (
    find_spoken_languages,
    language_level,
    states_level,
    states_use,
)

_ROW = re.compile(r"^[\s•·▪◦‣●○■□*-]*(?P<label>[^\W\d][\w '’-]{2,40}?)\s*[:|]\s*(?P<value>\S.*)$")
_ROWS = 2  # a grid asks at least two uses (reading, writing, speaking...)
_LEVEL_WORDS = 3


def grid_row(line: str) -> tuple[str, str] | None:
    """The level a grid row gives, as written and as read: a label telling a use of a language
    and naming none, a short level after it."""
    row = _ROW.match(line.strip())
    if row is None:
        return None
    label, value = row.group("label"), row.group("value").strip()
    if (not states_use(label) or states_level(label)
            or find_spoken_languages(label, listed=True)):
        return None
    level = language_level(value) if len(value.split()) <= _LEVEL_WORDS else None
    return (value, level) if level else None


def language_above_grid(line: str) -> str | None:
    """The one language a grid's heading line names: "ALTRE LINGUE | Inglese", "Francese"."""
    row = _ROW.match(line.strip())
    text = row.group("value") if row else line.strip()
    named = find_spoken_languages(text, listed=True)
    if len(named) != 1:
        return None
    start, end = named[0].span
    # the name fills its cell: "Inglese", not "Inglese (B2)" whose level the grid would overrule
    return text[start:end] if not text[:start].strip() and not text[end:].strip() else None


def _rows_under(lines: list[str], at: int) -> list[tuple[str, str]]:
    """The grid rows right under the line at `at`, as written and as read."""
    rows: list[tuple[str, str]] = []
    for below in range(at + 1, len(lines)):
        if (row := grid_row(lines[below])) is None:
            break
        rows.append(row)
    return rows


def read_language_grids(lines: list[str]) -> tuple[list[str], list[str]]:
    """The languages a section's grids state, written as a languages line ("Inglese: buono",
    or the name alone where the rows agree on no level), and the section's other lines."""
    languages: list[str] = []
    rest: list[str] = []
    at = 0
    while at < len(lines):
        rows = _rows_under(lines, at)
        name = language_above_grid(lines[at]) if len(rows) >= _ROWS else None
        if name is None:
            rest.append(lines[at])
            at += 1
            continue
        (most, count), *others = Counter(level for _, level in rows).most_common()
        # rows split evenly between two levels state neither
        agreed = not others or others[0][1] < count
        word = next(value for value, level in rows if level == most)
        languages.append(f"{name}: {word}" if agreed else name)
        at += 1 + len(rows)
    return languages, rest


def heads_grid(lines: list[str], at: int) -> bool:
    """Whether the line at `at` names the language of the grid rows right under it."""
    return (at + 1 < len(lines) and grid_row(lines[at + 1]) is not None
            and language_above_grid(lines[at]) is not None)
