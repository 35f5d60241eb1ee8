"""Tokens with character offsets, shared by the taxonomy's name keys and the literal linker.

One tokenizer for both sides makes alias matching case- and punctuation-insensitive yet exact on
word boundaries: "Scikit-Learn", "scikit learn" and "scikit_learn" all become ("scikit", "learn").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A word, optionally closed by "++" or "#" (C++, C#, F#); or a word glued to a leading dot (.NET)
# when the dot does not follow another word ("node.js" is "node", "js"). Underscores split words.
_TOKEN = re.compile(r"(?<![^\W_])\.[^\W_]+|[^\W_]+(?:(?:\+\+|#)(?![^\W_]))?")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    raw: str
    lower: str


def tokenize(text: str) -> list[Token]:
    return [
        Token(m.start(), m.end(), m.group(), m.group().lower()) for m in _TOKEN.finditer(text)
    ]


def words(text: str) -> list[str]:
    """The tokens' raw strings only: the fast path for the taxonomy's 100k short names."""
    return _TOKEN.findall(text)


def name_key(name: str) -> str:
    """The lookup key of a label or alias: its lowercased tokens joined by single spaces."""
    return " ".join(words(name)).lower()


def slugify(name: str) -> str:
    """A readable id fragment: "C++" -> "cplusplus", "Hugging Face" -> "hugging-face"."""
    spelled = name.lower().replace("++", "plusplus").replace("#", "sharp")
    return re.sub(r"[^a-z0-9]+", "-", spelled).strip("-") or "x"
