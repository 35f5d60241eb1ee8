from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from worldhire.cli.main import app
from worldhire.occupations import service
from worldhire.occupations.service import TitleMatcher

runner = CliRunner()


@pytest.fixture
def hash_backed(monkeypatch: pytest.MonkeyPatch, hash_matcher: TitleMatcher) -> None:
    """The CLI on a hash-embedding matcher: the contract, not the model, is under test here."""
    monkeypatch.setattr(service, "default_matcher", lambda: hash_matcher)


def test_esco_writes_one_ranked_line_per_title(tmp_path: Path, hash_backed: None) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in [
        {"id": 1, "title": "Welder - 2nd Shift"},
        {"id": "b", "title": "Bricklayer", "extra": "kept out"},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["titles", "esco", str(source), str(out), "--top", "4"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == [1, "b"]
    assert all(len(line["occupations"]) == 4 for line in lines)
    first = lines[0]["occupations"][0]
    assert set(first) == {"uri", "label", "score"} and first["label"] == "welder"
    assert first["uri"].startswith("http://data.europa.eu/esco/occupation/")


def test_bad_lines_are_reported_and_the_good_ones_still_written(tmp_path: Path,
                                                                hash_backed: None) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "title": "Plumber"}\nnot json\n{"id": 2}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["titles", "esco", str(source), str(out)])
    assert result.exit_code == 1
    assert ":2:" in result.output and ":3:" in result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [1]


def test_a_missing_input_file_is_a_clear_error(tmp_path: Path, hash_backed: None) -> None:
    result = runner.invoke(app, ["titles", "esco", str(tmp_path / "nope.jsonl"),
                                 str(tmp_path / "out.jsonl")])
    assert result.exit_code != 0 and "cannot read" in result.output
    assert not (tmp_path / "out.jsonl").exists()


def test_normalize_prints_json_with_isco_groups(hash_backed: None) -> None:
    result = runner.invoke(app, ["titles", "normalize", "Forklift Driver (m/w/d)", "--json",
                                 "--top", "2"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["cleaned"] == "forklift driver"
    assert payload["occupations"][0]["label"] == "forklift operator"
    assert payload["occupations"][0]["isco_code"] == "8344"


def test_normalize_prints_a_table(hash_backed: None) -> None:
    result = runner.invoke(app, ["titles", "normalize", "Welder"])
    assert result.exit_code == 0 and "welder" in result.output
