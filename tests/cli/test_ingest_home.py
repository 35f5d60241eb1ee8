"""`worldhire --home H ingest`: the parser workers' forkserver reads the skill taxonomy from H's
skills cache (and writes it there once), though H is given on the command line only: before, it
knew only the environment and built the taxonomy on every ingest (twice the CPU of reading it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

RESUME = ("Jan Kowalczyk\njan.kowalczyk@poczta.example\nWarsaw, Poland\n\nExperience\n"
          "ML Engineer, Allegro, 2019-2024\nBuilt ranking models in PyTorch on Kubernetes.\n")


def test_the_parsers_forkserver_keeps_the_taxonomy_in_the_command_lines_home(
        tmp_path: Path) -> None:
    home, elsewhere = tmp_path / "home", tmp_path / "user"
    elsewhere.mkdir()
    resume = tmp_path / "jan.txt"
    resume.write_text(RESUME, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORLDHIRE_")}
    env.update(HOME=str(elsewhere), HF_HUB_OFFLINE="1",
               PYTHONPATH=str(Path(__file__).parents[2] / "src"))
    done = subprocess.run(
        [sys.executable, "-m", "worldhire", "--home", str(home), "ingest", str(resume),
         "--no-embed", "--workers", "1"],
        capture_output=True, text=True, env=env, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "1 added" in done.stdout
    # The command itself never builds the linker: the file is the forkserver's.
    assert list((home / "cache" / "skills").glob("taxonomy-*.json"))
    assert not (elsewhere / ".worldhire").exists()
