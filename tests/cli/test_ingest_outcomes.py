"""`worldhire ingest` tells a script what happened: a non-zero exit when nothing was imported or a
named path does not exist, and the files left out for their type named (issue 15, item 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from worldhire.cli.main import app

runner = CliRunner()

RESUME = """Amara Okafor
amara.okafor@example.com · Lagos, Nigeria

Since 2021 I have been a machine learning engineer at Paystack, where I built a fraud model in
Python and PyTorch that reviews 2M payments a day.
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "scores.xlsx").write_bytes(b"PK\x03\x04")
    return root


def ingest(home: Path, *paths: Path) -> tuple[int, str]:
    result = runner.invoke(
        app, ["--home", str(home), "ingest", "--no-embed", *map(str, paths)],
        env={"COLUMNS": "400"},  # whole paths on one line
    )
    return result.exit_code, " ".join(result.output.split())


def test_every_file_failing_is_an_error_and_other_types_are_named(
    tmp_path: Path, folder: Path
) -> None:
    code, output = ingest(tmp_path / "home", folder)
    assert code == 2, output
    assert "every file failed" in output
    assert "broken.pdf" in output
    assert "2 files not read for their type (.png, .xlsx)" in output
    assert "photo.png" in output and "scores.xlsx" in output


def test_a_missing_path_is_an_error_but_the_rest_is_imported(
    tmp_path: Path, folder: Path
) -> None:
    (folder / "amara.txt").write_text(RESUME)
    code, output = ingest(tmp_path / "home", folder, tmp_path / "nope")
    assert code == 2, output
    assert "1 added" in output
    assert "no such file or folder" in output and "nope" in output


def test_a_good_import_with_one_bad_file_succeeds(tmp_path: Path, folder: Path) -> None:
    (folder / "amara.txt").write_text(RESUME)
    code, output = ingest(tmp_path / "home", folder)
    assert code == 0, output
    assert "1 added" in output and "1 failed" in output


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, output = ingest(tmp_path / "home", tmp_path / "empty")
    assert code == 2, output
    assert "no file to import" in output
