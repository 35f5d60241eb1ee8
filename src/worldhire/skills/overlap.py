"""Soft lexical evidence: how much of a concept's name (weighted by rarity) a text contains.

Literal matching needs every word in order; this counts partial, reordered and inflected matches
("managing the staff of a restaurant" against "manage restaurant staff"), which dense vectors of a
small model often miss. Words are cut to their first five letters, a crude stemmer that is good
enough for English morphology ("analyse", "analysis", "analytics").
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from worldhire.skills.taxonomy import Concept
from worldhire.skills.text import words

STEM_LENGTH = 5
MAX_NAMES = 5  # label and the first synonyms: the later ones are often loose
_STOP = frozenset((
    "a", "an", "and", "or", "of", "the", "to", "in", "on", "for", "with", "by", "at", "from", "as",
    "is", "are", "be", "use", "using", "into", "its", "it", "this", "that", "other", "such", "via",
    "per", "etc", "e", "g", "i",
))


def stems(text: str) -> set[str]:
    return {w.lower()[:STEM_LENGTH] for w in words(text) if w.lower() not in _STOP}


class OverlapScorer:
    def __init__(self, concepts: Iterable[Concept]) -> None:
        stemmed: dict[str, list[frozenset[str]]] = {}
        df: Counter[str] = Counter()
        for concept in concepts:
            names = [frozenset(stems(n)) for n in concept.names[:MAX_NAMES]]
            names = [n for n in names if n]
            stemmed[concept.id] = names
            for stem in set().union(*names) if names else ():
                df[stem] += 1
        total = max(1, len(stemmed))
        idf = {s: math.log(1 + total / n) for s, n in df.items()}
        # Per name: each stem with its share of the name's weight, worked out once here because
        # scoring runs for every candidate of every sentence.
        self._names: dict[str, list[tuple[tuple[str, float], ...]]] = {}
        for concept_id, names in stemmed.items():
            shares = []
            for name in names:
                weight = sum(idf[s] for s in name)
                shares.append(tuple((s, idf[s] / weight) for s in name))
            self._names[concept_id] = shares

    def score(self, text_stems: set[str], concept_id: str) -> float:
        """In [0, 1]: the best share of one name's word weight that the text covers."""
        best = 0.0
        for name in self._names.get(concept_id, ()):
            covered = sum(share for stem, share in name if stem in text_stems)
            if covered > best:
                best = covered
        return best
