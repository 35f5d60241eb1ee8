"""`worldhire serve` is wired into the CLI and hands uvicorn the app on the asked address."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from worldhire.cli.main import app


def test_serve_runs_uvicorn_with_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    seen: dict[str, Any] = {}

    def run(api: Any, **kwargs: Any) -> None:
        seen["app"] = api
        seen.update(kwargs)
        api.state.ctx.close()

    monkeypatch.setattr(uvicorn, "run", run)
    monkeypatch.setenv("WORLDHIRE_SECRET_KEY", "test")
    result = CliRunner().invoke(app, ["--home", str(tmp_path), "serve", "--port", "8123",
                                      "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    assert seen["app"].openapi()["info"]["title"] == "worldhire"
