"""Many texts through an embedder in batches, shortest first: texts of similar length in one
batch waste less padding."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from worldhire.embed.protocol import Embedder

Progress = Callable[[int, int], None]  # (texts embedded so far, texts in all)


def embed_shortest_first(embedder: Embedder, texts: Sequence[str], batch: int,
                         progress: Progress | None = None) -> npt.NDArray[np.float32]:
    """The vectors of `texts`, one row per text in the order given (not normalised)."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for start in range(0, len(texts), batch):
        rows = order[start:start + batch]
        vectors[rows] = embedder.embed([texts[i] for i in rows])
        if progress:
            progress(min(start + batch, len(texts)), len(texts))
    return vectors
