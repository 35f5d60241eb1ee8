"""The bundled demo world: résumés from thirteen countries and roles from US and EU companies."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from worldhire.ingest.service import IngestReport, IngestService, Kind, discover
from worldhire.store.protocol import Repository


def world_dir() -> Path:
    return Path(str(files("worldhire.demo") / "world"))


@dataclass
class DemoWorld:
    candidates: IngestReport
    roles: IngestReport

    @property
    def main_role_id(self) -> str:
        """The first role file (they are numbered) is the one the demo shortlists."""
        return next(o.role_id for o in self.roles.outcomes if o.role_id)


def load_demo_world(repo: Repository) -> DemoWorld:
    root = world_dir()
    service = IngestService(repo)
    roles = service.ingest_paths(discover([root / "roles"]), Kind.ROLE)
    candidates = service.ingest_paths(discover([root / "candidates"]), Kind.RESUME)
    return DemoWorld(candidates=candidates, roles=roles)
