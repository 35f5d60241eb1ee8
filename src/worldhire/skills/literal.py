"""Exact label and alias matching on word boundaries, in one pass over the text's tokens.

Every name of every concept becomes a token tuple in one dictionary; a scan tries, at each token,
the longest names starting there, stopping as soon as the tokens read so far are no name's prefix.
That keeps a whole résumé to a few thousand dictionary probes.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from worldhire.skills.taxonomy import Concept, Taxonomy
from worldhire.skills.text import Token, tokenize, words

# How much a literal hit says, by where the name comes from. Extension names are curated, so they
# beat ESCO's; ESCO alternative labels are looser synonyms than preferred labels.
SCORE_WH_LABEL = 0.95
SCORE_WH_ALIAS = 0.92
SCORE_ESCO_LABEL = 0.9
SCORE_ESCO_ALIAS = 0.8
SCORE_SHARED_ALIAS = 0.7  # an ESCO alternative label that several concepts share
SCORE_WEAK = 0.75  # a one-word name that is also an everyday word ("Spark", "communication")
CONTAINED_FACTOR = 0.8  # "SQL" inside "SQL Server" still counts, for less
REPEAT_BONUS = 0.02


@dataclass(frozen=True, slots=True)
class _Pattern:
    concept_id: str
    score: float
    # Raw tokens the text must show verbatim (for "Go", "R"); None: any case.
    cased: tuple[str, ...] | None
    # Accepted only when the text also names some extension concept unambiguously, so that
    # "Hive" counts in a data-stack sentence but not in a beekeeping one.
    needs_context: bool


@dataclass(frozen=True, slots=True)
class LiteralHit:
    concept_id: str
    start: int  # char offsets into the text
    end: int
    score: float


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Everyday English words (the whole-word entries of the BERT uncased vocabulary)."""
    blob = resources.files("worldhire").joinpath("skills", "data", "common_words.txt.gz")
    return frozenset(gzip.decompress(blob.read_bytes()).decode().split())


class LiteralMatcher:
    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._common = common_words()
        table: dict[tuple[str, ...], dict[str, _Pattern]] = defaultdict(dict)
        alias_owners: dict[tuple[str, ...], int] = defaultdict(int)
        for concept in taxonomy.concepts.values():
            if concept.source == "esco":
                for alias in concept.aliases:
                    alias_owners[tuple(w.lower() for w in words(alias))] += 1
        for concept in taxonomy.concepts.values():
            for key, pattern in self._patterns(concept, alias_owners):
                current = table[key].get(concept.id)
                if current is None or pattern.score > current.score:
                    table[key][concept.id] = pattern
        self._table = {key: tuple(patterns.values()) for key, patterns in table.items()}
        self._prefixes = {key[:n] for key in self._table for n in range(1, len(key))}
        self._max_len = max(len(key) for key in self._table)

    def _patterns(
        self, concept: Concept, alias_owners: dict[tuple[str, ...], int]
    ) -> list[tuple[tuple[str, ...], _Pattern]]:
        # A name listed as cased ("Go", "Prophet") counts only in that case, label or not.
        named = [(concept.label, "label"), *((a, "alias") for a in concept.aliases)]
        named = [(n, role) for n, role in named if n not in concept.cased_aliases]
        named += [(a, "cased") for a in concept.cased_aliases]
        out = []
        for name, role in named:
            raw = tuple(words(name))
            if not raw:
                continue
            key = tuple(w.lower() for w in raw)
            # Very short names ("R", "Go", "C") are only trusted exactly as written.
            cased = role == "cased" or len("".join(key)) <= 2
            everyday = len(key) == 1 and key[0] in self._common
            if concept.source == "wh":
                # A curated preferred label ("Python", "Docker") stands on its own; a one-word
                # everyday alias ("Hive", "agents") needs a technical context to count.
                score = SCORE_WH_LABEL if role == "label" else SCORE_WH_ALIAS
                needs_context = cased or (everyday and role != "label")
            elif role == "label":
                score = SCORE_WEAK if everyday else SCORE_ESCO_LABEL
                needs_context = cased
            else:
                if everyday or cased:
                    continue  # ESCO one-word everyday synonyms ("light", "guide") are noise
                score = SCORE_SHARED_ALIAS if alias_owners[key] > 1 else SCORE_ESCO_ALIAS
                needs_context = False
            out.append((key, _Pattern(concept.id, score, raw if cased else None, needs_context)))
        return out

    def hits(self, text: str, tokens: list[Token] | None = None) -> list[LiteralHit]:
        """Every occurrence of every name, with names inside longer names kept at a discount
        and a generic ESCO concept dropped where an extension concept names the same words."""
        tokens = tokenize(text) if tokens is None else tokens
        lowered = [t.lower for t in tokens]
        found: list[tuple[int, int, _Pattern]] = []
        for i in range(len(tokens)):
            for j in range(i + 1, min(i + self._max_len, len(tokens)) + 1):
                key = tuple(lowered[i:j])
                patterns = self._table.get(key)
                if patterns:
                    raw = tuple(t.raw for t in tokens[i:j])
                    found += [(i, j, p) for p in patterns if p.cased is None or p.cased == raw]
                if key not in self._prefixes:
                    break
        has_context = any(
            p.concept_id.startswith("wh:") and not p.needs_context for _, _, p in found
        )
        found = [f for f in found if has_context or not f[2].needs_context]
        wh_spans = {(i, j) for i, j, p in found if p.concept_id.startswith("wh:")}
        found = [
            (i, j, p)
            for i, j, p in found
            if p.concept_id.startswith("wh:") or (i, j) not in wh_spans
        ]
        spans = {(i, j) for i, j, _ in found}
        hits = []
        for i, j, p in found:
            inside = any(a <= i and j <= b and (a, b) != (i, j) for a, b in spans)
            score = p.score * CONTAINED_FACTOR if inside else p.score
            hits.append(LiteralHit(p.concept_id, tokens[i].start, tokens[j - 1].end, score))
        return hits


def best_per_concept(hits: list[LiteralHit]) -> list[LiteralHit]:
    """One hit per concept: its strongest (earliest on ties), nudged up when repeated."""
    by_concept: dict[str, list[LiteralHit]] = defaultdict(list)
    for hit in hits:
        by_concept[hit.concept_id].append(hit)
    best = []
    for concept_hits in by_concept.values():
        top = max(concept_hits, key=lambda h: (h.score, -h.start))
        bonus = REPEAT_BONUS * (len(concept_hits) - 1)
        best.append(LiteralHit(top.concept_id, top.start, top.end, min(1.0, top.score + bonus)))
    return sorted(best, key=lambda h: (-h.score, h.start))
