"""Where a person may work and would move to, in the ten hiring-region languages.

`relocation` reads "Willing to relocate to: Delhi", "open to relocation", "gotowy do relokacji",
"disponível para mudança", "umzugsbereit", "bersedia ditempatkan di seluruh Indonesia" as a
preference with the places it names. It is never where the person lives: a reader looking for
the person's location must skip its span (`Relocation.span`).

`authorization_phrases` reads sponsorship and citizenship statements written in the other nine
languages ("não preciso de visto", "bez konieczności sponsorowania wizy", "cetățean UE");
fields.work_authorization combines them with its English patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from worldhire.core.texts import fold
from worldhire.ingest.lexicon import (
    NOT_LETTER_AFTER,
    alternation,
    first_words,
    lower_keeping_length,
    word_positions,
)
from worldhire.ingest.lexicon import mobility as words
from worldhire.ingest.shared.geo import resolve_place


def _phrases(phrases: tuple[str, ...] | list[str]) -> tuple[re.Pattern[str], frozenset[str]]:
    pattern = re.compile(rf"(?<!\w)(?:{alternation(phrases)}){NOT_LETTER_AFTER}")
    return pattern, first_words(phrases)


_NO_SPONSORSHIP = _phrases(words.NO_SPONSORSHIP)
_NEEDS_SPONSORSHIP = _phrases(words.NEEDS_SPONSORSHIP)
_EU_CITIZEN = _phrases(words.EU_CITIZEN)
_CITIZENSHIP = _phrases(list(words.CITIZENSHIP))
_CITIZENSHIP_LOOKUP = {fold(k): v for k, v in words.CITIZENSHIP.items()}
_RELOCATION = _phrases(words.RELOCATION)
_REFUSAL = re.compile(rf"(?<!\w)(?:{alternation(words.RELOCATION_REFUSALS)})\s+(?:\w+\s+){{0,2}}$")
_TO_WORD = rf"(?:{alternation(words.RELOCATION_TO)}){NOT_LETTER_AFTER}"
_TO = re.compile(rf"\s*(?::|-|–)?\s*(?:{_TO_WORD}\s*)?(?::\s*)?(?P<places>[^\n.;()]{{0,120}})")
_LEADING_TO = re.compile(rf"^(?:(?:yes|sí|sim|tak|так|da|oui|ja|có|ya)\b[\s,]*)?(?:{_TO_WORD}\s+)?")
_PLACE_SPLIT = re.compile(
    r"\s*(?:,|/|\bor\b|\band\b|\bo\b|\bou\b|\blub\b|\bsau\b|\boder\b|\batau\b|\bhoặc\b|&)\s*"
)
_NEGATIVE_ANSWER = re.compile(r"\s*[:\-–]\s*(?:no|nie|não|не|nu|non|nein|không|tidak)\b")


@dataclass(frozen=True)
class Relocation:
    willing: bool  # False: "not open to relocation", "Relocation: no"
    places: list[str] = field(default_factory=list)  # as written ("Delhi", "Germany")
    countries: list[str] = field(default_factory=list)  # alpha-2 of the places that resolve
    span: tuple[int, int] = (0, 0)


def relocation(text: str) -> Relocation | None:
    """The person's relocation preference, or None when the text says nothing about it."""
    text = text[:20_000]
    lowered = lower_keeping_length(text)
    pattern, starts = _RELOCATION
    for position in word_positions(lowered, starts):
        match = pattern.match(lowered, position)
        if match is None:
            continue
        line_start = lowered.rfind("\n", 0, match.start()) + 1
        head = lowered[max(line_start, match.start() - 30) : match.start()]
        refused = bool(_REFUSAL.search(head)) or bool(_NEGATIVE_ANSWER.match(lowered, match.end()))
        target = _TO.match(text, match.end())
        places = [] if refused or target is None else _places(target.group("places"))
        end = target.end() if target is not None and places else match.end()
        countries = []
        for place in places:
            found = resolve_place(place, bare_town=True)
            if found is not None and found.country and found.country not in countries:
                countries.append(found.country)
        return Relocation(not refused, places, countries, (match.start(), end))
    return None


def _places(written: str) -> list[str]:
    """The places named, each as written: "Bangalore, Pune or Hyderabad", "yes, to Germany",
    "di seluruh Indonesia" (the last words when the whole part is not a place)."""
    places = []
    for part in _PLACE_SPLIT.split(written.strip()):
        part = _LEADING_TO.sub("", part.strip(" .:-–")).strip()
        tokens = part.split()
        for size in range(len(tokens), 0, -1):
            candidate = " ".join(tokens[-size:])
            if len(candidate) <= 60 and resolve_place(candidate, bare_town=True) is not None:
                places.append(candidate)
                break
    return places


def authorization_phrases(text: str) -> tuple[list[str], bool | None]:
    """(countries from citizenship statements, needs sponsorship or None) in the nine non-English
    languages; a "no visa needed" phrase wins over a "visa needed" one in the same text."""
    lowered = lower_keeping_length(text[:20_000])
    countries: list[str] = []
    if _found(lowered, _EU_CITIZEN):
        countries.append("EU")
    pattern, starts = _CITIZENSHIP
    for position in word_positions(lowered, starts):
        match = pattern.match(lowered, position)
        if match is not None:
            code = _CITIZENSHIP_LOOKUP.get(fold(" ".join(match.group(0).split())))
            if code and code not in countries:
                countries.append(code)
    needs: bool | None = None
    if _found(lowered, _NO_SPONSORSHIP):
        needs = False
    elif _found(lowered, _NEEDS_SPONSORSHIP):
        needs = True
    return countries, needs


def mentions_relocation(text: str) -> bool:
    """A relocation phrase in any of the languages ("Готовий переїхати: Київ, Польща")."""
    return _found(text.lower(), _RELOCATION)


def _found(lowered: str, phrases: tuple[re.Pattern[str], frozenset[str]]) -> bool:
    pattern, starts = phrases
    return any(pattern.match(lowered, p) for p in word_positions(lowered, starts))
