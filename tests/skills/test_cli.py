from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from worldhire.cli.main import app
from worldhire.embed import HashEmbedder
from worldhire.skills import service
from worldhire.skills.ranker import RankModel, SkillRanker
from worldhire.skills.semantic import build_index
from worldhire.skills.taxonomy import Taxonomy, esco_labels

runner = CliRunner()


@pytest.fixture
def hash_backed(
    monkeypatch: pytest.MonkeyPatch, taxonomy: Taxonomy, lexical_model: RankModel
) -> None:
    """The CLI on a hash-embedding ranker: the contract, not the model, is under test here."""
    embedder = HashEmbedder(dim=128)
    ranker = SkillRanker(taxonomy, embedder, build_index(taxonomy, embedder),
                         literal=service.default_matcher(), model=lexical_model)
    monkeypatch.setattr(service, "default_ranker", lambda progress=None, cache_dir=None: ranker)


def test_rank_writes_one_line_per_input_with_exact_esco_labels(
    tmp_path: Path, hash_backed: None
) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    text = "Strong SQL and Python."
    rows: list[dict[str, str | int]] = [{"id": "a", "text": text}, {"id": 7, "text": "Serve wine."}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = runner.invoke(app, ["skills", "rank", "--taxonomy", "esco", "--top", "4",
                                 str(src), str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["a", 7]
    labels = set(esco_labels())
    for line in lines:
        assert len(line["skills"]) == 4
        scores = [s["score"] for s in line["skills"]]
        assert scores == sorted(scores, reverse=True)
        assert all(s["label"] in labels for s in line["skills"])
    first = {s["label"]: s["span"] for s in lines[0]["skills"]}
    start, end = first["SQL"]
    assert text[start:end] == "SQL"


def test_rank_over_the_worldhire_taxonomy_uses_extension_labels(
    tmp_path: Path, hash_backed: None
) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "1", "text": "Fine-tuned Llama 3 with QLoRA on k8s"}) + "\n")
    result = runner.invoke(app, ["skills", "rank", "--taxonomy", "worldhire", "--top", "10",
                                 str(src), str(out)])
    assert result.exit_code == 0, result.output
    labels = [s["label"] for s in json.loads(out.read_text())["skills"]]
    assert {"LoRA", "Kubernetes", "Llama"} <= set(labels)


def test_rank_rejects_a_bad_line_and_writes_nothing(
    tmp_path: Path, hash_backed: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a short path: the error panel cuts a long one at its width
    src, out = Path("in.jsonl"), Path("out.jsonl")
    src.write_text('{"id": "1", "text": "ok"}\n{"id": "2"}\n')
    result = runner.invoke(app, ["skills", "rank", str(src), str(out)])
    assert result.exit_code != 0
    assert "in.jsonl:2" in result.output
    assert not out.exists()


def test_rank_rejects_an_unknown_taxonomy(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "1", "text": "ok"}\n')
    result = runner.invoke(app, ["skills", "rank", "--taxonomy", "onet", str(src),
                                 str(tmp_path / "o.jsonl")])
    assert result.exit_code != 0
