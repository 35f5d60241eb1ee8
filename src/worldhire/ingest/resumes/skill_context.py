"""Where a skill's name in a résumé is no skill of the person: their own name ("Julia Becker"
is not the Julia language), their pastimes ("Hobiler: kitap okumak, yoga") and their job titles
("Data Scientist" is an occupation, not the skill data science).

ESCO lists leisure activities as occupational skills (yoga, photography, cooking, chess), so a
hobbies line would otherwise give a data analyst the skill of teaching yoga. Only the extension's
concepts (tools, languages, methods of the trades it covers) still count there: "Hobbies: Kaggle
competitions in PyTorch" shows PyTorch.
"""

from __future__ import annotations

import re

from worldhire.ingest.lexicon.headings import INTERESTS
from worldhire.ingest.resumes.title_words import has_title_word
from worldhire.ingest.shared.folded_text import fold

_LABELS = "|".join(re.escape(fold(h)) for h in sorted(INTERESTS, key=len, reverse=True))
# The label opens a line ("Hobbies - chess") or, followed by a colon, a run of text where a
# résumé's lines were joined into one paragraph ("... SPSS Hobiler: kitap okumak, yoga").
_LEISURE_LABEL = re.compile(
    rf"(?:^[\s•·▪➢*\-–]*(?:{_LABELS})\s*[:：\-–]|(?<!\S)(?:{_LABELS})\s*[:：])",
    re.IGNORECASE | re.MULTILINE,
)
# Where such a list ends: the line's end, or the next "Label:" of a joined paragraph.
_NEXT_LABEL = re.compile(r"\n|(?<!\S)[^\W\d_][^\W\d_'’]*\s?[:：]")


def leisure_lines(text: str) -> list[tuple[int, int]]:
    """The character ranges that list pastimes ("Hobbies: ...", "Хобі - ...")."""
    folded = fold(text)  # one character for one: offsets hold in `text`
    out = []
    for m in _LEISURE_LABEL.finditer(folded):
        end = _NEXT_LABEL.search(folded, m.end())
        out.append((m.start(), len(text) if end is None else end.start()))
    return out


def in_ranges(position: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in ranges)


def names_the_person(quote: str, person: str) -> bool:
    """The linked words are words of the person's own name ("Julia" in "Julia Becker")."""
    name_words = set(person.split())
    words = quote.split()
    return bool(words) and all(w in name_words for w in words)


# Between a headline's fields: "Data Scientist | Python · NLP", "Data Analyst – BI, SQL".
_HEADLINE_FIELD = re.compile(r"[|·•,;/]|\s[–—-]\s")


def title_fields(headline: str) -> list[tuple[int, int]]:
    """The character ranges of a headline's fields that are job titles ("Data Scientist" and
    "Full Stack Developer" in "Data Scientist | Full Stack Developer | Python"). A title alone
    shows no skill: "Data Scientist" does not give the skill data science (the job's occupation
    comes from the title), so what is read there is no evidence; "Python" beside it still is."""
    out = []
    position = 0
    for m in [*_HEADLINE_FIELD.finditer(headline), None]:
        end = len(headline) if m is None else m.start()
        if has_title_word(headline[position:end]):
            out.append((position, end))
        position = end if m is None else m.end()
    return out
