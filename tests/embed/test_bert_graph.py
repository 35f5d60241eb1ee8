"""The graph writer on a small random encoder: its initialisers, serialized one at a time and
spliced into the graph, make the bytes ONNX itself writes for the whole model, and ONNX
Runtime runs them."""

from __future__ import annotations

import numpy as np
import onnxruntime
from onnx import ModelProto, numpy_helper

from worldhire.embed.bert_graph import bert_graph, check

HIDDEN, LAYERS, HEADS, VOCAB, POSITIONS, UP = 8, 2, 2, 30, 16, 16


def small_weights() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(7)
    shapes = {"embeddings.word_embeddings.weight": (VOCAB, HIDDEN),
              "embeddings.position_embeddings.weight": (POSITIONS, HIDDEN),
              "embeddings.token_type_embeddings.weight": (2, HIDDEN),
              "embeddings.LayerNorm.weight": (HIDDEN,), "embeddings.LayerNorm.bias": (HIDDEN,)}
    for i in range(LAYERS):
        p = f"encoder.layer.{i}."
        for name in ("attention.self.query", "attention.self.key", "attention.self.value",
                     "attention.output.dense"):
            shapes |= {f"{p}{name}.weight": (HIDDEN, HIDDEN), f"{p}{name}.bias": (HIDDEN,)}
        shapes |= {f"{p}intermediate.dense.weight": (UP, HIDDEN),
                   f"{p}intermediate.dense.bias": (UP,),
                   f"{p}output.dense.weight": (HIDDEN, UP), f"{p}output.dense.bias": (HIDDEN,)}
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            shapes |= {f"{p}{norm}.weight": (HIDDEN,), f"{p}{norm}.bias": (HIDDEN,)}
    return {k: rng.standard_normal(v).astype(np.float32) for k, v in shapes.items()}


def test_the_spliced_graph_is_what_onnx_writes_and_it_runs() -> None:
    weights = small_weights()
    written = bert_graph(weights, layers=LAYERS, heads=HEADS, eps=1e-12)
    check(written)
    model = ModelProto.FromString(written)
    assert model.SerializeToString() == written  # ONNX writes the same bytes for the whole
    stored = {t.name: numpy_helper.to_array(t) for t in model.graph.initializer}
    np.testing.assert_array_equal(stored["words"], weights["embeddings.word_embeddings.weight"])
    np.testing.assert_array_equal(stored["l1_up_w"],
                                  weights["encoder.layer.1.intermediate.dense.weight"].T)
    session = onnxruntime.InferenceSession(written, providers=["CPUExecutionProvider"])
    ids = np.array([[3, 5, 7, 0]], dtype=np.int64)
    [vectors] = session.run(["vectors"], {"ids": ids, "mask": (ids > 0).astype(np.float32)})
    assert vectors.shape == (1, HIDDEN)
    assert abs(float(np.linalg.norm(vectors[0])) - 1.0) < 1e-5
