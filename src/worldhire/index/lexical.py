"""Lexical search over profiles and evidence with BM25 (bm25s).

Built in memory from the pool in one pass (tens of thousands of profiles a second); it keeps only
the pseudonymous ids and token statistics. Tool names matter here, so tokens keep "+" and "#"
("C++", "C#") and one-letter names ("R", "C").
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from worldhire.core.texts import search_tokens as tokens
from worldhire.index.vectors import Hit, Mask

__all__ = ["LexicalIndex", "tokens"]


class LexicalIndex:
    def __init__(self, keys: Sequence[str], texts: Sequence[str]) -> None:
        import bm25s

        if len(keys) != len(texts):
            raise ValueError(f"{len(keys)} keys for {len(texts)} texts")
        self.keys = list(keys)
        self.rows = {k: i for i, k in enumerate(self.keys)}
        corpus = [tokens(t) or ["∅"] for t in texts]
        self._bm25 = bm25s.BM25()
        if corpus:
            self._bm25.index(corpus, show_progress=False)
        self._vocab: dict[str, int] = dict(getattr(self._bm25, "vocab_dict", {}) or {})

    def __len__(self) -> int:
        return len(self.keys)

    def scores(self, query: str) -> np.ndarray:
        """The BM25 score of every row for the query (0 where nothing matches)."""
        wanted = [t for t in tokens(query) if t in self._vocab]
        if not self.keys or not wanted:
            return np.zeros(len(self.keys), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(wanted), dtype=np.float32)

    def search(self, query: str, k: int, allowed: Mask | None = None) -> list[Hit]:
        scores = self.scores(query)
        usable = scores > 0
        if allowed is not None:
            usable &= allowed
        rows = np.flatnonzero(usable)
        if len(rows) > k:
            rows = rows[np.argpartition(-scores[rows], k - 1)[:k]]
        rows = rows[np.lexsort((rows, -scores[rows]))]
        return [Hit(self.keys[r], float(scores[r])) for r in rows]
