"""MiniLM on ONNX Runtime: the torch pass's vectors, from a graph written once and cached."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from tests.embed.test_minilm import TEXTS
from worldhire.embed import minilm_onnx
from worldhire.embed.minilm import MiniLMEmbedder
from worldhire.embed.minilm_onnx import OnnxMiniLMEmbedder, source_digest
from worldhire.embed.model_files import ModelFiles

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def graphs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one graph this module builds, cached in a folder its tests read it back from."""
    folder = tmp_path_factory.mktemp("models")
    OnnxMiniLMEmbedder(cache=folder)
    return folder


@pytest.fixture(scope="module")
def onnx(graphs: Path) -> OnnxMiniLMEmbedder:
    return OnnxMiniLMEmbedder(cache=graphs, batch_size=4)


def test_vectors_equal_the_torch_pass(onnx: OnnxMiniLMEmbedder) -> None:
    expected = MiniLMEmbedder(device="cpu", batch_size=4).embed(TEXTS)
    got = onnx.embed(TEXTS)
    assert got.dtype == np.float32 and got.shape == (len(TEXTS), 384)
    np.testing.assert_allclose(got, expected, atol=1e-5, rtol=0)
    assert float(np.min(np.sum(got * expected, axis=1))) > 1 - 1e-5
    assert onnx.name == "all-MiniLM-L6-v2" and onnx.embed([]).shape == (0, 384)


def test_a_text_embeds_the_same_alone_and_in_a_padded_batch(onnx: OnnxMiniLMEmbedder) -> None:
    together = onnx.embed(TEXTS)
    alone = np.vstack([onnx.embed([text]) for text in TEXTS[:4]])
    np.testing.assert_allclose(alone, together[:4], atol=1e-5, rtol=0)
    onnx.use_threads(2)
    np.testing.assert_allclose(onnx.embed(TEXTS[:4]), together[:4], atol=1e-5, rtol=0)
    onnx.use_threads(1)


def test_the_graph_is_read_back_not_built_again(graphs: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    [cached] = graphs.glob("minilm-*.onnx")
    assert cached.name == f"minilm-{source_digest(ModelFiles())}.onnx"

    def no_build(files: ModelFiles) -> bytes:
        raise AssertionError("the cached graph was built again")

    monkeypatch.setattr(minilm_onnx, "_build", no_build)
    assert OnnxMiniLMEmbedder(cache=graphs).embed(["ok"]).shape == (1, 384)


def test_a_damaged_graph_is_built_again_and_replaced(graphs: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    [cached] = graphs.glob("minilm-*.onnx")
    good = cached.read_bytes()
    damaged = tmp_path / cached.name
    damaged.write_bytes(good[: len(good) // 3])
    (tmp_path / "minilm-0123456789abcdef01234567.onnx").write_bytes(b"an older build's graph")
    built: list[ModelFiles] = []

    def build(files: ModelFiles) -> bytes:  # the real build's bytes, without building again
        built.append(files)
        return good

    monkeypatch.setattr(minilm_onnx, "_build", build)
    monkeypatch.setattr(minilm_onnx, "_write_apart", lambda files, path: False)
    vector = OnnxMiniLMEmbedder(cache=tmp_path).embed(["ok"])
    assert len(built) == 1 and damaged.read_bytes() == good
    assert [p.name for p in tmp_path.glob("minilm-*.onnx")] == [cached.name]
    # A folder that cannot be written: the graph is used from memory.
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    np.testing.assert_array_equal(OnnxMiniLMEmbedder(cache=blocked).embed(["ok"]), vector)
    assert len(built) == 2


def test_the_graph_is_built_in_a_process_of_its_own(graphs: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A build holds the weights several times over (a server went from 390 MB to 1,070 MB
    resident) and the allocator keeps part of it: the process that embeds only reads the
    graph the child wrote, the same bytes as a build here, so the same vectors."""
    built_here = minilm_onnx._build(ModelFiles())

    def no_build(files: ModelFiles) -> bytes:
        raise AssertionError("the graph was built in the embedding process")

    monkeypatch.setattr(minilm_onnx, "_build", no_build)
    [cached] = graphs.glob("minilm-*.onnx")
    fresh = OnnxMiniLMEmbedder(cache=tmp_path)
    assert (tmp_path / cached.name).read_bytes() == built_here
    np.testing.assert_array_equal(fresh.embed(TEXTS[:2]),
                                  OnnxMiniLMEmbedder(cache=graphs).embed(TEXTS[:2]))


def test_another_model_configuration_is_another_graph(tmp_path: Path) -> None:
    shipped = ModelFiles()
    copy = tmp_path / "model"
    shutil.copytree(shipped.folder, copy, ignore=shutil.ignore_patterns("model.safetensors"))
    (copy / "model.safetensors").symlink_to(shipped.weights_file)
    assert source_digest(ModelFiles(copy)) == source_digest(shipped)
    config = (copy / "config.json").read_text(encoding="utf-8")
    (copy / "config.json").write_text(config.replace('"layer_norm_eps": 1e-12',
                                                     '"layer_norm_eps": 1e-06'), encoding="utf-8")
    assert source_digest(ModelFiles(copy)) != source_digest(shipped)


PROGRAM = textwrap.dedent("""
    import sys
    from pathlib import Path
    from worldhire.embed import minilm
    from worldhire.embed.minilm import keep_models_in
    from worldhire.skills.precision import fast_inference

    keep_models_in(Path(sys.argv[1]))
    with fast_inference():
        vector = minilm(threads=1).embed(["Python developer in Lagos"])
    print(vector.shape, "torch" in sys.modules)
""")


def test_embedding_on_the_default_runtime_never_imports_torch(graphs: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    done = subprocess.run([sys.executable, "-c", PROGRAM, str(graphs)], capture_output=True,
                          text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["(1,", "384)", "False"]


BUILD_PEAK = textwrap.dedent("""
    import resource, sys
    from pathlib import Path
    from worldhire.embed.model_files import ModelFiles
    from worldhire.embed.minilm_onnx import _write_apart

    assert _write_apart(ModelFiles(), Path(sys.argv[1]))
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
""")
BUILD_PEAK_MB = 450  # 762 when the build held every weight at once, several times over


def test_the_graph_build_child_holds_the_weights_about_twice(tmp_path: Path) -> None:
    """The child that builds the graph reads one weight at a time and serializes it as it goes:
    its peak resident memory is under BUILD_PEAK_MB (the weights are 87 MB)."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    done = subprocess.run([sys.executable, "-c", BUILD_PEAK, str(tmp_path / "g.onnx")],
                          capture_output=True, text=True, env=env, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) < BUILD_PEAK_MB
