"""MiniLM's encoder written as an ONNX graph straight from the packaged weights, without torch.

The graph computes what embed.minilm's torch forward pass computes (BERT embeddings, post-norm
encoder layers with exact GELU, mean pooling over the text's tokens, L2 normalisation), in
standard ONNX operators at opset 20, so ONNX Runtime's own optimiser can fuse them. Written by
hand, like the torch pass, rather than exported by torch.onnx: building it needs only numpy and
the onnx package, so an install without torch can embed, and no first use pays for importing
torch and tracing the model.

Inputs: `ids` (int64, batch x length, 0 is [PAD]) and `mask` (float32, batch x length, 1 on a
text's tokens). Output: `vectors` (float32, batch x hidden, unit length).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from google.protobuf.message import Message
    from onnx import GraphProto, ModelProto

OPSET = 20  # LayerNormalization (17) and Gelu (20) are single operators from here on
# Added to the attention scores of padding. Not -inf: a softmax over a row of -inf is NaN, and
# exp(-1e9) is exactly 0 in float32, so a text's vector does not depend on its batch's padding.
PADDING_SCORE = -1e9

Weights = Mapping[str, npt.NDArray[np.float32]]


class _Graph:
    """Nodes written in order into `graph`, each output named after its node; initialisers
    serialized one at a time, for `_serialized` to put in the graph's place.

    Collected as messages and handed to helper.make_graph and make_model, the weights were
    copied by each, then serialized (twice over, for a moment): the build child held them four
    to six times over and peaked at 762 MB resident."""

    def __init__(self, graph: GraphProto) -> None:
        self.graph = graph
        self.initializers: list[bytes] = []

    def const(self, name: str, value: npt.ArrayLike, dtype: type = np.float32) -> str:
        from onnx import numpy_helper

        tensor = numpy_helper.from_array(np.ascontiguousarray(value, dtype=dtype), name)
        self.initializers.append(tensor.SerializeToString())
        return name

    def op(self, kind: str, inputs: list[str], name: str, **attributes: Any) -> str:
        from onnx import helper

        self.graph.node.append(helper.make_node(kind, inputs, [name], name=name, **attributes))
        return name


def bert_graph(weights: Weights, *, layers: int, heads: int, eps: float) -> bytes:
    """The encoder with mean pooling and normalisation, for `weights` named as in the packaged
    model.safetensors (BertModel's state dict), serialized and unchecked (`check` it). Each
    weight is read once or twice: a mapping that loads them on demand keeps one in memory at a
    time."""
    from onnx import TensorProto, helper

    hidden = weights["embeddings.word_embeddings.weight"].shape[1]
    head = hidden // heads
    # The graph is made empty inside its model, and its nodes added in place (see _Graph).
    model = helper.make_model(
        helper.make_graph(
            [], "minilm",
            [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", "length"]),
             helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["batch", "length"])],
            [helper.make_tensor_value_info("vectors", TensorProto.FLOAT, ["batch", hidden])]),
        opset_imports=[helper.make_opsetid("", OPSET)], producer_name="worldhire")
    model.ir_version = 10  # what ONNX Runtime 1.20 and later read
    g = _Graph(model.graph)

    # Shapes read from the input: every batch size and length is one graph.
    shape = g.op("Shape", ["ids"], "ids_shape")
    length = g.op("Slice", [shape, g.const("one", [1], np.int64), g.const("two", [2], np.int64)],
                  "length")
    embeddings = "embeddings."
    x = g.op("Gather", [g.const("words", weights[f"{embeddings}word_embeddings.weight"]), "ids"],
             "word_vectors")
    positions = g.op("Slice", [g.const("positions",
                                       weights[f"{embeddings}position_embeddings.weight"]),
                               g.const("zero", [0], np.int64), length], "positions_used")
    x = g.op("Add", [x, positions], "with_positions")
    # Every text is segment A.
    segment_a = weights[f"{embeddings}token_type_embeddings.weight"][0]
    x = g.op("Add", [x, g.const("segment_a", segment_a)], "embedded")
    x = g.op("LayerNormalization",
             [x, g.const("embedding_norm_w", weights[f"{embeddings}LayerNorm.weight"]),
              g.const("embedding_norm_b", weights[f"{embeddings}LayerNorm.bias"])],
             "embedding_normed", axis=-1, epsilon=eps)

    # 0 where a token is attended to, PADDING_SCORE on padding: (mask - 1) * -PADDING_SCORE,
    # batch x 1 x 1 x length.
    padding = g.op("Mul", [g.op("Sub", ["mask", g.const("one_f", 1.0)], "mask_minus_one"),
                           g.const("padding_score", -PADDING_SCORE)], "padding_scores")
    padding = g.op("Unsqueeze", [padding, g.const("head_axes", [1, 2], np.int64)], "score_bias")
    split_heads = g.const("split_heads", [0, 0, heads, head], np.int64)
    join_heads = g.const("join_heads", [0, 0, hidden], np.int64)
    scale = g.const("scale", 1.0 / np.sqrt(head))

    for i in range(layers):
        p = f"encoder.layer.{i}."

        def linear(name: str, inputs: str, tag: str, *, p: str = p, i: int = i) -> str:
            weight = g.const(f"l{i}_{tag}_w", weights[f"{p}{name}.weight"].T)
            product = g.op("MatMul", [inputs, weight], f"l{i}_{tag}_product")
            return g.op("Add", [product, g.const(f"l{i}_{tag}_b", weights[f"{p}{name}.bias"])],
                        f"l{i}_{tag}")

        def heads_of(name: str, tag: str, perm: list[int], *, i: int = i, x: str = x) -> str:
            projected = g.op("Reshape", [linear(f"attention.self.{name}", x, tag), split_heads],
                             f"l{i}_{tag}_heads")
            return g.op("Transpose", [projected], f"l{i}_{tag}_t", perm=perm)

        q = heads_of("query", "q", [0, 2, 1, 3])  # batch, head, length, head size
        k = heads_of("key", "k", [0, 2, 3, 1])  # batch, head, head size, length
        v = heads_of("value", "v", [0, 2, 1, 3])
        scores = g.op("Mul", [g.op("MatMul", [q, k], f"l{i}_qk"), scale], f"l{i}_scaled")
        scores = g.op("Add", [scores, padding], f"l{i}_scores")
        attention = g.op("Softmax", [scores], f"l{i}_attention", axis=-1)
        context = g.op("MatMul", [attention, v], f"l{i}_context_heads")
        context = g.op("Transpose", [context], f"l{i}_context_t", perm=[0, 2, 1, 3])
        context = g.op("Reshape", [context, join_heads], f"l{i}_context")
        x = g.op("LayerNormalization",
                 [g.op("Add", [x, linear("attention.output.dense", context, "attn_out")],
                       f"l{i}_attn_residual"),
                  g.const(f"l{i}_attn_norm_w", weights[f"{p}attention.output.LayerNorm.weight"]),
                  g.const(f"l{i}_attn_norm_b", weights[f"{p}attention.output.LayerNorm.bias"])],
                 f"l{i}_attn_normed", axis=-1, epsilon=eps)
        up = g.op("Gelu", [linear("intermediate.dense", x, "up")], f"l{i}_gelu")
        x = g.op("LayerNormalization",
                 [g.op("Add", [x, linear("output.dense", up, "down")], f"l{i}_out_residual"),
                  g.const(f"l{i}_out_norm_w", weights[f"{p}output.LayerNorm.weight"]),
                  g.const(f"l{i}_out_norm_b", weights[f"{p}output.LayerNorm.bias"])],
                 f"l{i}_out_normed", axis=-1, epsilon=eps)

    # Mean over the text's own tokens, then unit length.
    weights_3d = g.op("Unsqueeze", ["mask", g.const("last_axis", [-1], np.int64)], "token_weights")
    total = g.op("ReduceSum", [g.op("Mul", [x, weights_3d], "masked"), g.const("one_axis", [1],
                                                                               np.int64)],
                 "token_sum", keepdims=0)
    count = g.op("ReduceSum", [weights_3d, "one_axis"], "token_count", keepdims=0)
    count = g.op("Max", [count, g.const("min_count", 1e-9)], "token_count_safe")
    mean = g.op("Div", [total, count], "mean")
    norm = g.op("ReduceL2", [mean, g.const("feature_axis", [1], np.int64)], "norm", keepdims=1)
    norm = g.op("Max", [norm, g.const("min_norm", 1e-12)], "norm_safe")
    g.op("Div", [mean, norm], "vectors")
    return _serialized(model, g.initializers)


def _serialized(model: ModelProto, initializers: list[bytes]) -> bytes:
    """`model` with `initializers` (serialized TensorProtos) as its graph's, serialized as
    SerializeToString writes the whole (fields in number order): the weights are held in
    their pieces and in the result, not also as messages."""
    from onnx import GraphProto, ModelProto

    graph_field = ModelProto.DESCRIPTOR.fields_by_name["graph"].number
    initializer_field = GraphProto.DESCRIPTOR.fields_by_name["initializer"].number
    head = _fields(model.graph, lambda n: n < initializer_field)
    tail = _fields(model.graph, lambda n: n > initializer_field)
    entries = [(_key(initializer_field), _varint(len(t)), t) for t in initializers]
    size = len(head) + sum(len(k) + len(n) + len(t) for k, n, t in entries) + len(tail)
    pieces = [_fields(model, lambda n: n < graph_field), _key(graph_field), _varint(size), head]
    for entry in entries:
        pieces.extend(entry)
    pieces += [tail, _fields(model, lambda n: n > graph_field)]
    return b"".join(pieces)


def _fields(message: Message, keep: Callable[[int], bool]) -> bytes:
    """The serialized fields of `message` whose numbers `keep` takes."""
    part = type(message)()
    part.CopyFrom(message)
    for field, _ in message.ListFields():
        if not keep(field.number):
            part.ClearField(field.name)
    serialized: bytes = part.SerializeToString()
    return serialized


def _key(field: int) -> bytes:
    return _varint(field << 3 | 2)  # wire type 2: length-delimited


def _varint(value: int) -> bytes:
    out = bytearray()
    while value > 0x7F:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def check(serialized: bytes) -> None:
    """ONNX's full check (types and shapes) of a serialized graph: given the model itself, the
    checker serializes another copy of it."""
    from onnx import checker

    checker.check_model(serialized, full_check=True)
