"""`worldhire ingest` and `worldhire candidates versions`: one person in two files."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.ingest.test_identity import NEW, OLD
from worldhire.cli.main import app


def test_ingest_names_the_candidate_a_file_joined_and_versions_lists_them(
    tmp_path: Path, home: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "ana-2019.txt").write_text(OLD.format(email="ana@example.pt", phone=""))
    (inbox / "ana-2024.txt").write_text(NEW.format(contact="ana@example.pt"))
    runner = CliRunner()
    done = runner.invoke(app, ["ingest", str(inbox), "--workers", "1"])
    assert done.exit_code == 0, done.output
    assert "1 added" in done.output and "1 merged" in done.output
    assert "same e-mail address" in done.output
    listed = json.loads(runner.invoke(app, ["candidates", "list", "--json"]).output)
    [person] = listed
    shown = runner.invoke(app, ["candidates", "versions", person["id"]])
    assert shown.exit_code == 0 and "ana-2019.txt" in shown.output and "2 versions" in shown.output
    full = json.loads(runner.invoke(app, ["candidates", "versions", person["id"], "--json"]).output)
    assert [Path(v["file_name"]).name for v in full] == ["ana-2019.txt", "ana-2024.txt"]
    missing = runner.invoke(app, ["candidates", "versions", "cand_nobody"])
    assert missing.exit_code == 3 and "no candidate" in missing.output  # not found
