"""Text embedders behind one small interface."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Maps texts to L2-normalised float32 rows, so a dot product is a cosine similarity."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> Vectors: ...
