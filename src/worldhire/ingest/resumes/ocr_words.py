"""Label words and date words as OCR misreads them in a scanned résumé: "Narne :", "0ct 2021",
"ti11 date".

OCR confuses O with 0, l with 1 and m with rn. A word is read through those confusions only when
it is not a word as written and its repaired form is one of a closed set: the personal-detail
labels and the date words (month names, "present" words, range words). Names, numbers, e-mail
addresses and every other word are left as written.
"""

from __future__ import annotations

import re

from worldhire.ingest.lexicon.dates import MONTHS, OPEN_END, RANGE_JOINERS, SINCE
from worldhire.ingest.lexicon.personal_fields import PERSONAL_FIELDS

_KNOWN_WORDS = frozenset(
    word
    for phrase in (
        *(form for forms in MONTHS.values() for form in forms),
        *OPEN_END,
        *RANGE_JOINERS,
        *SINCE,
        *(label for labels in PERSONAL_FIELDS.values() for label in labels),
    )
    for word in phrase.split()
    if word.isascii() and word.isalpha() and len(word) >= 3
)
# A word of letters with a 0 or 1 in it, or with "rn"; not part of an e-mail address or a link.
_SUSPECT = re.compile(
    r"(?<![\w@./])(?=[a-z01]*[a-z])(?=[a-z01]*(?:[01]|rn))[a-z01]{3,}(?![\w@]|\.\w)",
    re.IGNORECASE,
)


def read_through_ocr_confusions(text: str) -> str:
    """The text with its OCR-misread label and date words repaired."""
    return _SUSPECT.sub(_repaired, text)


def _repaired(match: re.Match[str]) -> str:
    written = match.group()
    if written.lower() in _KNOWN_WORDS:
        return written
    digits_read = written.replace("0", "o").replace("1", "l")
    for candidate in (digits_read, digits_read.replace("rn", "m")):
        if candidate.lower() in _KNOWN_WORDS:
            return _cased_as(candidate, written)
    return written


def _cased_as(word: str, written: str) -> str:
    letters = [c for c in written if c.isalpha()]
    if all(c.isupper() for c in letters) and len(letters) > 1:
        return word.upper()
    if written[0].isupper() or written[0] == "0":
        return word[0].upper() + word[1:].lower()
    return word.lower()
