"""Where worldhire keeps its data, and which database it talks to."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "WORLDHIRE_HOME"
DATABASE_URL_ENV = "WORLDHIRE_DATABASE_URL"


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str

    @classmethod
    def load(cls, home: Path | str | None = None) -> Settings:
        """`home` (the CLI's --home) beats WORLDHIRE_HOME, which beats ~/.worldhire."""
        root = Path(home or os.environ.get(HOME_ENV) or Path.home() / ".worldhire").expanduser()
        url = os.environ.get(DATABASE_URL_ENV) or f"sqlite:///{root / 'worldhire.db'}"
        return cls(home=root, database_url=url)

    @property
    def index_dir(self) -> Path:
        return self.home / "index"
