"""A deterministic bag-of-words hash embedder. For fast unit tests only, never the product."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

from worldhire.embed.protocol import Vectors

_TOKEN = re.compile(r"[a-z0-9+#]+")


class HashEmbedder:
    name = "hash-test-only"

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim

    def embed(self, texts: Sequence[str]) -> Vectors:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in _TOKEN.findall(text.lower()):
                digest = hashlib.blake2b(token.encode(), digest_size=8).digest()
                out[row, int.from_bytes(digest[:4], "little") % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return (out / np.where(norms == 0, 1.0, norms)).astype(np.float32)
