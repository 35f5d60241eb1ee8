"""Bulk-loaded profiles wait for their assessment; `worldhire batch assess` and `worldhire
embed` work off the same backlog through one call."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

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
