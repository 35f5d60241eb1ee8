"""The fields of work a requirement names after the words that ask for experience in them
("ideally in insurance, logistics or aviation", "Experience in payments or lending", "une
expérience dans le tourisme ou la grande distribution", "preferencialmente em agronegócio"):
each field is a requirement in the post's own words, though its word is a common one
("insurance", "lending"), which free text otherwise keeps only as a name.
"""

from __future__ import annotations

import re

from worldhire.ingest.posts.requirement_names import Found
from worldhire.ingest.posts.words import OR_WORDS, pattern
from worldhire.ingest.shared.folded_text import fold

# The words that welcome a field ("ideally in", "idéalement dans le", "de preferência em"),
# folded: any field they name counts.
_WELCOME_IN = (
    r"(?:ideally|preferably|idealmente|preferiblemente|preferentemente|preferencialmente|"
    r"de preferencia|idealement|de preference|najlepiej|idealerweise|bevorzugt)\s+"
    r"(?:in|en|em|no|na|dans|w|im|aus\s+dem|aus\s+der)"
)
# The words that ask for experience in a field ("experience in", "expérience dans le",
# "experiência no"), folded: only a choice of fields counts ("payments or lending"), since one
# lone word after them is as often a setting ("experience in production").
_EXPERIENCE_IN = (
    r"(?:experience|background|experiencia|doswiadczenie|erfahrung)\s+(?:in|en|em|no|na|dans|w|im)"
)
_CUE = re.compile(rf"\b(?:(?P<welcome>{_WELCOME_IN})|{_EXPERIENCE_IN})\s+")
# An article a Romance language sets before the field ("dans le e-commerce", "no setor").
_ARTICLE = re.compile(r"(?:le|la|les|l'|el|los|las|o|os|em|en|no|na|dans)\s+|l'")
# What ends the fields: punctuation (a line break only wraps the item), or a verb that goes
# on to say the field is welcome or required ("... serait un plus", "... is a plus"), or a
# comma that no further field follows.
_END = re.compile(
    r"[.;:!?()]|,(?!\s*(?:[^\W\d_][\w&-]*\s+)?[^\W\d_][\w&-]*\s*(?:,|\b(?:or|ou|o|lub)\b))|"
    r"\s(?:is|are|would|will|serait|sera|est|sont|será|sería|seria|es|é|jest|ist|to|as)\b"
)
_GAP = re.compile(rf"\s*(?:,|/|\s(?:{OR_WORDS}|and|y|e|et|i|und)\s)\s*(?:{_ARTICLE.pattern})?")
# A field is one or two words, lower case or an acronym ("BPO"), never a place's capitalised
# name ("the UAE"), a clause ("building teams") or a person ("in person").
_FIELD = re.compile(r"[a-zà-ÿ][\w&-]*(?:\s+[a-zà-ÿ][\w&-]*)?|[A-Z]{2,6}")
# (A lone word in "-ing" is a field, "lending", "banking"; one with an object is a clause.)
_NO_FIELD = re.compile(
    r"^(?:[a-z]+ing\s|(?:person|house|office|the|an?|our|your|any|another|"
    r"other|similar|relevant|this|that)\b)"
)


def fields_of_work(text: str, found: list[Found]) -> list[tuple[Found, bool]]:
    """The fields `text` asks for experience in that no name in `found` covers, each with
    whether it is welcome rather than required: after a welcome ("ideally in"), or in an item
    that welcomes ("... serait un plus"), though a line break keeps the welcome's words from
    reaching it ("najlepiej w sektorze / bankowym")."""
    folded = fold(text)
    if len(folded) != len(text):
        return []
    out: list[tuple[Found, bool]] = []
    welcomes = bool(pattern("nice").search(folded))
    for cue in _CUE.finditer(folded):
        start = cue.end()
        article = _ARTICLE.match(folded, start)
        if article:
            start = article.end()
        end_mark = _END.search(folded, start)
        end = end_mark.start() if end_mark else len(text)
        parts: list[tuple[int, int]] = []
        cursor = start
        for gap in _GAP.finditer(folded, start, end):
            parts.append((cursor, gap.start()))
            cursor = gap.end()
        parts.append((cursor, end))
        fields = [(a, b) for a, b in parts if _is_field(text[a:b])]
        if len(fields) != len(parts) or (not cue.group("welcome") and len(fields) < 2):
            continue
        welcome = welcomes or bool(cue.group("welcome"))
        out += [
            (Found(None, a, b, 1.0, label=text[a:b]), welcome)
            for a, b in fields
            if not any(f.start < b and a < f.end for f in found)
        ]
    return out


def _is_field(words: str) -> bool:
    return bool(_FIELD.fullmatch(words)) and not _NO_FIELD.match(words)
