"""Hybrid retrieval: BM25 over profile text and dense vectors over profiles and evidence, fused
by reciprocal rank (RRF), so a profile found by both ranks above one found by either alone.

What is indexed for a candidate and a role is in texts.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from worldhire.core.models import Candidate
from worldhire.core.texts import PROFILE_CHARS, profile_text, role_text
from worldhire.embed.protocol import Embedder
from worldhire.embed.queries import query_vector
from worldhire.index.backends.exact import ExactIndex
from worldhire.index.lexical import LexicalIndex
from worldhire.index.vectors import Hit, Mask, VectorIndex

__all__ = [
    "PROFILE_CHARS", "HybridRetriever", "Retrieved", "fuse", "fused_ranking", "profile_text",
    "role_text",
]

RRF_K = 60


@dataclass
class Retrieved:
    key: str
    fused: float  # reciprocal-rank score, 0 when neither retriever found it
    dense_rank: int | None = None
    lexical_rank: int | None = None
    dense_score: float | None = None

    @property
    def relevance(self) -> float:
        """The fused score on 0..1: 1 is first in both lists."""
        return min(1.0, self.fused / (2.0 / (RRF_K + 1)))


def fuse(lists: Sequence[Sequence[Hit]], k: int = RRF_K) -> dict[str, float]:
    fused: dict[str, float] = {}
    for hits in lists:
        for rank, hit in enumerate(hits, start=1):
            fused[hit.key] = fused.get(hit.key, 0.0) + 1.0 / (k + rank)
    return fused


class HybridRetriever:
    """Both indexes over one pool. `vectors` may be a persisted or approximate index holding more
    keys than the pool: only the pool's keys are served. Profiles it lacks are embedded into it
    unless `embed_missing` is off (a shared persisted index is only read: those profiles are
    found by keywords until the embedding queue has done them)."""

    def __init__(
        self,
        candidates: Sequence[Candidate],
        embedder: Embedder,
        vectors: VectorIndex | None = None,
        *,
        embed_missing: bool = True,
    ) -> None:
        self.embedder = embedder
        self.keys = [c.id for c in candidates]
        texts = [profile_text(c) for c in candidates]
        self.lexical = LexicalIndex(self.keys, texts)
        if vectors is None:
            vectors = ExactIndex(embedder.dim)
            if texts:
                vectors.upsert(self.keys, embedder.embed(texts))
        missing = [i for i, key in enumerate(self.keys) if key not in vectors]
        if missing and embed_missing:
            vectors.upsert([self.keys[i] for i in missing],
                           embedder.embed([texts[i] for i in missing]))
        self.vectors = vectors
        self._pool_mask: Mask = vectors.row_mask(self.keys)

    def dense(self, query: str, k: int, allowed: set[str] | None = None) -> list[Hit]:
        mask = self._pool_mask
        if allowed is not None:
            mask = mask & self.vectors.row_mask(allowed)
        vector = query_vector(self.embedder, query)
        return self.vectors.search(vector, k, mask)

    def lexical_hits(self, query: str, k: int, allowed: set[str] | None = None) -> list[Hit]:
        mask = None
        if allowed is not None:
            mask = np.array([key in allowed for key in self.keys], dtype=bool)
        return self.lexical.search(query, k, mask)

    def retrieve(self, query: str, k: int, allowed: set[str] | None = None) -> list[Retrieved]:
        """The top `k` of the fused ranking (each list is fetched `k` deep)."""
        return fused_ranking(self.dense(query, k, allowed), self.lexical_hits(query, k, allowed), k)


def fused_ranking(dense: Sequence[Hit], lexical: Sequence[Hit], k: int) -> list[Retrieved]:
    """The top `k` of both lists fused, each with its rank in either list."""
    fused = fuse([dense, lexical])
    out = {key: Retrieved(key, score) for key, score in fused.items()}
    for rank, hit in enumerate(dense, start=1):
        out[hit.key].dense_rank, out[hit.key].dense_score = rank, hit.score
    for rank, hit in enumerate(lexical, start=1):
        out[hit.key].lexical_rank = rank
    ranked = sorted(out.values(), key=lambda r: (-r.fused, r.key))
    return ranked[:k]
