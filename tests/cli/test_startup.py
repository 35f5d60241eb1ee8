"""`worldhire --help` and the light commands load only what they use: the sub-apps are imported
when one of their commands runs, and the help lists them from main.SUB_APPS."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from typer.testing import CliRunner

from worldhire.cli.main import SUB_APPS, app, sub_app

PROGRAM = textwrap.dedent("""
    import sys
    from typer.testing import CliRunner
    from worldhire.cli.main import SUB_APPS, app

    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0, result.output
    loaded = {name.split(".")[0] for name in sys.modules}
    print(sorted(loaded & {"numpy", "sqlalchemy", "torch", "fastapi", "alembic", "ray"}))
    print(sorted(n for n in SUB_APPS if f"worldhire.cli.{n}" in sys.modules))
""")


def test_each_sub_app_is_listed_with_its_own_help() -> None:
    for name, line in SUB_APPS.items():
        assert sub_app(name).info.help == line, name
    listed = CliRunner().invoke(app, ["--help"]).stdout
    assert all(name in listed for name in SUB_APPS)


def test_a_sub_app_runs_and_shows_its_help_when_asked() -> None:
    result = CliRunner().invoke(app, ["comp", "--help"])
    assert result.exit_code == 0 and "estimate" in result.stdout


def test_help_imports_no_sub_app_and_nothing_heavy() -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    done = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True,
                          env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["[]", "[]"]


def test_help_texts_name_the_registrys_formats() -> None:
    from worldhire.ingest.formats import FORMATS

    for command, formats in ((["ingest", "--help"], FORMATS),
                             (["skills", "extract", "--help"],
                              [f for f in FORMATS if not f.several_people])):
        said = " ".join(CliRunner().invoke(app, command, env={"COLUMNS": "300"}).stdout.split())
        assert all(f.title in said for f in formats), said
