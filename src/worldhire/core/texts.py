"""The text a profile or a role is searched by, shared by the in-memory indexes and the store's
full-text index (no heavy imports: the store writes it with every profile).

The text indexed for a candidate is what they did (headline, summary, evidence), never their
name, contact details or where they live. The candidate list's word filter has its own, narrow
index: the terms of the name, the headline and the skills' labels (listing_terms).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from worldhire.core.models import Candidate, Role

# Evidence beyond this many characters adds little to a 256-token model and slows embedding.
PROFILE_CHARS = 2000


def profile_text(candidate: Candidate) -> str:
    parts = [candidate.headline, candidate.summary]
    parts += [f"{e.title}. {e.text}" for e in candidate.evidence]
    return "\n".join(p for p in parts if p)[:PROFILE_CHARS]


# A searched word: tool names keep "+" and "#" ("C++", "C#") and one-letter names ("R", "C") stay
# words; the commonest function words are none. The in-memory BM25 index reads profiles and
# queries by it, the store's keyword stage queries (store/sql/impacts.py reads profiles by
# `terms`, as FTS5's tokenizer does).
SEARCH_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#]*")
SEARCH_STOP = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "i", "in",
    "is", "it", "its", "of", "on", "or", "our", "that", "the", "their", "this", "to", "was", "we",
    "were", "will", "with", "you", "your",
})


def search_tokens(text: str) -> list[str]:
    return [w for w in SEARCH_TOKEN.findall(text.lower()) if w not in SEARCH_STOP]


def role_text(role: Role) -> str:
    wanted = ", ".join(r.label for r in role.requirements)
    return f"{role.title}. Requirements: {wanted}. {role.description}"[:PROFILE_CHARS]


# A term: letters and digits, with "+" and "#" kept as the lexical index keeps them ("c++", "c#").
TERM = re.compile(r"(?:[^\W_]|[+#])+")
# TERM over lower-case ASCII, where letters and digits are all it matches besides "+" and "#":
# a plain class, three times faster than TERM's Unicode categories (every profile a bulk load
# writes has its list terms read so).
ASCII_TERM = re.compile(r"[a-z0-9+#]+")
# Latin letters Unicode does not decompose into a letter and an accent ("Łukasz" is "lukasz"),
# and the typographic apostrophe, which word lists write as "'" ("d’Ivoire").
UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t",
                              "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "’": "'"})


def terms(text: str) -> list[str]:
    """The words of `text` as a list filter compares them: case and accents folded ("José" and
    "jose" are one term), split at anything but letters, digits, "+" and "#"."""
    if text.isascii():  # nothing to fold but the case (most of a bulk load's terms)
        return ASCII_TERM.findall(text.lower())
    return TERM.findall(fold(text))


def fold(text: str) -> str:
    """Lower case without accents, as words, names and keys are compared everywhere: "Łódź" is
    "lodz", "Øresund" "oresund", "Đà Nẵng" "da nang", "Straße" "strasse", "Învățare" (Romanian
    is often typed without diacritics) "invatare", "PM²" "pm2". A letter may fold to two ("ß"),
    so offsets into the folded text need not hold in the original: `ingest.shared.folded_text.fold`
    keeps them."""
    if text.isascii():  # nothing to fold but the case (most words)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text).casefold()  # "℠" is "SM", then "sm"
    # (then the letters: an accent may sit on one, "ǣ" is "æ" and a macron)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(UNDECOMPOSED)


def listing_terms(candidate: Candidate) -> str:
    """What the candidate list's word filter matches: the terms of the name shown, the headline
    and every skill's label (stored with the profile and indexed as they are; a searched word
    matches the terms it begins)."""
    return joined_terms([candidate.display_name, candidate.headline,
                         *(m.skill.label for m in candidate.skills)])


def joined_terms(texts: Iterable[str]) -> str:
    """The terms of `texts`, each once, separated by single spaces."""
    return " ".join(dict.fromkeys(terms(" ".join(texts))))


def shortened(text: str, limit: int, *, keeping: str = "") -> str:
    """`text` with its spaces collapsed, cut to at most `limit` characters where it is longer:
    at its last clause boundary, else its last word boundary in the second half, then "…". A quote
    cut inside a word or a number ("4 w", "over 1.") misquotes the person. Where the words
    `keeping` (what the quote is cited for) would be cut off, the quote starts nearer them
    instead, after "…", at a clause or word boundary: a skill cited from the end of a long
    sentence is shown, not its opening."""
    whole = " ".join(text.split())
    if len(whole) <= limit:
        return whole
    head = _cut(whole, limit)
    at = whole.casefold().find(keeping.casefold()) if keeping.strip() else -1
    if at < 0 or keeping.casefold() in head.casefold() or len(keeping) > limit // 4:
        return head
    # Some words before them, from a clause boundary where one leaves a few words of context.
    start = max(0, at - limit // 2)
    for boundary, end in (("; ", at - limit // 6), (", ", at - limit // 6), (" ", at)):
        found = whole.find(boundary, start, max(start, end))
        if found >= 0:
            start = found + len(boundary)
            break
    tail = whole[start:]
    if len(tail) <= limit - 1:
        return "…" + tail
    cut = "…" + _cut(tail, limit - 1, after=at + len(keeping) - start)
    # A boundary is cut with the commas and stops around it: never the cited words themselves.
    return cut if keeping.casefold() in cut.casefold() else "…" + tail[:limit - 2] + "…"


def _cut(whole: str, limit: int, after: int = 0) -> str:
    """Cut at the last clause, else word, boundary past half the limit and past `after`."""
    window = whole[:limit]  # a boundary at its last character still leaves room for "…"
    for boundary in ("; ", ", ", " "):
        cut = window.rfind(boundary)
        if cut > max(limit // 2, after - 1):
            return whole[:cut].rstrip(" ,;") + "…"
    return whole[: limit - 1].rstrip() + "…"


def text_fingerprint(text: str) -> str:
    """What tells an index that a text it embedded has changed."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]
