"""Bulk-loaded profiles wait for their assessment; `worldhire batch assess` and `worldhire
embed` work off the same backlog through one call."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from worldhire.cli import ingest as ingest_command
from worldhire.cli.main import app

runner = CliRunner()


def test_batch_assess_stores_what_a_bulk_load_left_and_then_finds_none(tmp_path: Path) -> None:
    rows = tmp_path / "people.csv"
    rows.write_text("name,email,country,headline\n"
                    "Ana Souza,ana@example.com,BR,Data engineer\n"
                    "Jan Kowal,jan@example.com,PL,ML engineer\n", encoding="utf-8")
    home = ["--home", str(tmp_path / "home")]
    loaded = runner.invoke(app, [*home, "load", str(rows)])
    assert loaded.exit_code == 0, loaded.output

    first = runner.invoke(app, [*home, "batch", "assess", "--json"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["assessed"] == 2
    again = runner.invoke(app, [*home, "batch", "assess", "--json"])
    assert json.loads(again.stdout)["assessed"] == 0


def test_ingest_stores_the_assessments_a_bulk_load_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = tmp_path / "people.csv"
    rows.write_text("name,email,country,headline,skills\n"
                    "Ana Souza,ana@example.com,BR,Data engineer,Python; Spark\n", encoding="utf-8")
    resume = tmp_path / "incoming" / "jan.txt"
    resume.parent.mkdir()
    resume.write_text("Jan Kowal\njan@example.com\nML engineer\n\nExperience\n"
                      "Built PyTorch training pipelines at Allegro, 2021-2024.\n", encoding="utf-8")
    home = ["--home", str(tmp_path / "home")]
    assert runner.invoke(app, [*home, "load", str(rows)]).exit_code == 0
    # The embedding model is not loaded here: the queue stays as it is.
    monkeypatch.setattr(ingest_command, "embed_queued", lambda ctx: None)

    ingested = runner.invoke(app, [*home, "ingest", str(resume.parent)])
    assert ingested.exit_code == 0, ingested.output
    assert "1 profiles assessed" in ingested.output
    left = runner.invoke(app, [*home, "batch", "assess", "--json"])
    assert json.loads(left.stdout)["assessed"] == 0


@pytest.mark.parametrize(("per_second", "shown"), [(240.4, "240"), (12.0, "12"), (0.345, "0.3")])
def test_the_embedding_rate_of_a_few_profiles_is_not_zero(per_second: float, shown: str) -> None:
    assert ingest_command.rate_text(per_second) == shown
