"""Tokens with character offsets, shared by the taxonomy's name keys and the literal linker.

One tokenizer for both sides makes alias matching case- and punctuation-insensitive yet exact on
word boundaries: "Scikit-Learn", "scikit learn" and "scikit_learn" all become ("scikit", "learn").
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from worldhire.core.texts import fold

# A word, optionally closed by "++", "+" or "#" (C++, C#, F#, Security+); or a word glued to a
# leading dot (.NET) when the dot does not follow another word ("node.js" is "node", "js").
# Underscores split words.
_TOKEN = re.compile(r"(?<![^\W_])\.[^\W_]+|[^\W_]+(?:(?:\+\+?|#)(?![^\W_]))?")
# HTML character references left in exported text ("Roaming &amp; Mobility"): never words.
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Links name a site, not a skill ("github.com/ana", a badge served from vercel.app): never words.
# A bare host counts as a link only with a lower-case top-level domain and a path, so "ASP.NET"
# and "Socket.IO" stay names.
_LINK = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')\]]+"
    r"|(?<![\w.@-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|io|co|dev|app|me|ai|net|edu"
    r"|in|ph|ng|ke|za|pl|ua|ru|ro|br|mx|ar|vn|id|tr|de|fr|es|it|uk|ca|au)"
    r"(?:\.[a-z]{2})?/[^\s<>\"')\]]*")
# Where a sentence or list line starts: after a line break, a bullet, or a full stop,
# question or exclamation mark followed by a space. "Node.js" and "3.5" do not end a sentence.
# Experience durations that job boards append to each skill: "Java (Less than 1 year)".
_DURATION = re.compile(
    r"\(\s*(?:less than|more than|over|under|about|approx\.?|<|>)?\s*[\d.,+]*\s*"
    r"(?:years?|yrs?|months?|mos?)\s*\)", re.I)
_SENTENCE_BREAK = re.compile(r"\n|[•|▪●◦]|[.!?](?=\s)")


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which made building
# a text's tokens cost twice as much; tokens are still never changed, and hash as values.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    start: int
    end: int
    raw: str
    lower: str


def tokenize(text: str) -> list[Token]:
    if "&" in text:
        text = _ENTITY.sub(lambda m: " " * len(m.group()), text)  # same offsets, no words
    if "/" in text or "www." in text:
        text = _LINK.sub(lambda m: " " * len(m.group()), text)
    # (most words are ASCII: folding them is lower-casing, without a call per word)
    return [
        Token(m.start(), m.end(), word, word.lower() if word.isascii() else fold(word))
        for m in _TOKEN.finditer(text)
        for word in (m.group(),)
    ]


def sentence_starts(text: str) -> list[int]:
    """Offsets where each sentence or list line starts (0 first), in order."""
    return [0, *(m.end() for m in _SENTENCE_BREAK.finditer(text))]


def words(text: str) -> list[str]:
    """The tokens' raw strings only: the fast path for the taxonomy's 100k short names."""
    return _TOKEN.findall(text)


def name_key(name: str) -> str:
    """The lookup key of a label or alias: the tokens of its folded text joined by single spaces
    (folded first, since a letter may fold to more than a letter: "¼" is "1⁄4", two tokens)."""
    return " ".join(words(fold(name)))


def free_text_id(name: str) -> str:
    """The id of a skill kept in its own words ("text:sage-300", "text:1с-бухгалтерія"): its
    words, case and accents folded. Résumés, posts, typed requirements and bulk loads all make
    their ids here, since a requirement is met by the skill with the same id."""
    return "text:" + (name_key(name).replace(" ", "-") or "skill")[:80]


def slugify(name: str) -> str:
    """A readable id fragment: "C++" -> "cplusplus", "Hugging Face" -> "hugging-face"."""
    spelled = name.lower().replace("++", "plusplus").replace("#", "sharp")
    return re.sub(r"[^a-z0-9]+", "-", spelled).strip("-") or "x"


def readable(text: str) -> str:
    """Text as a sentence model should read it: HTML character references decoded ("&amp;"),
    job-board durations dropped ("(Less than 1 year)"), spaces inside brackets and runs of
    whitespace closed up. Offsets change, so this is for embedding, never for spans."""
    if "&" in text:
        text = html.unescape(text)
    text = _DURATION.sub(" ", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    text = re.sub(r"\s+([)\],;])", r"\1", text)
    return " ".join(text.split())
