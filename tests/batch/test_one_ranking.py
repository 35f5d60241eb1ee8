"""One ranking path: the CLI, the HTTP API and batch rematch give a role the same shortlist,
with the same scores, ranked with the real embedding model over the persisted pool index."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from worldhire.api.app import create_app
from worldhire.api.settings import ApiSettings
from worldhire.batch.rematch import RankingSetup, rematch
from worldhire.batch.repository import stored_shortlist
from worldhire.cli.main import app
from worldhire.config import Settings
from worldhire.demo.service import world_dir
from worldhire.governance.audit import AuditLog
from worldhire.governance.principal import AccessRole
from worldhire.governance.store import Governance
from worldhire.store.sql.repository import SqlRepository

RESUMES = ["pl-katarzyna-nowak.pdf", "in-arjun-mehta.json", "ro-mihai-stan.md",
           "ke-faith-achieng.txt", "ua-olena-tkachenko.docx", "br-lucas-moreira.json",
           "vn-tran-minh-quan.json", "mx-daniela-torres.txt"]
ROLE = "01-senior-ml-engineer-llm-platform.json"


def cli(home: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--home", str(home), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def api_shortlist(settings: Settings, repo: SqlRepository, role_id: str) -> Any:
    """The role's top 5 as the HTTP API answers a recruiter of its company."""
    api = create_app(ApiSettings.load(settings, secret_key="test-secret"))
    ctx = api.state.ctx
    user = ctx.accounts.add_user(repo.list_tenants()[0].id, "r@acme.example", AccessRole.RECRUITER)
    token = ctx.accounts.issue_user_token(user)
    by_api = TestClient(api).get(f"/api/v1/roles/{role_id}/shortlist?top=5",
                                 headers={"Authorization": f"Bearer {token}"}).json()
    ctx.close()
    return by_api


def test_cli_api_and_batch_rank_a_role_alike(tmp_path: Path, ray_cluster: Any) -> None:
    home = tmp_path / "home"
    root = world_dir()
    cli(home, "ingest", "--tenant", "acme", str(root / "roles" / ROLE))
    # Ingest embeds the new profiles off the ranking path (the queue, drained after import).
    cli(home, "ingest", "--tenant", "acme", *(str(root / "candidates" / n) for n in RESUMES))
    settings = Settings.load(home)
    repo = SqlRepository(settings.database_url)
    assert repo.embedding_backlog() == 0
    role_id = repo.list_roles()[0].id

    by_cli = json.loads(cli(home, "shortlist", role_id, "--top", "5", "--json"))

    by_api = api_shortlist(settings, repo, role_id)

    rematch(repo, RankingSetup(settings.database_url, str(home), "minilm"), top=5)
    by_batch = [(cid, score) for cid, _, score in stored_shortlist(repo, role_id)]

    shown = [(r["candidate_id"], r["score"]) for r in by_cli["results"]]
    assert len(shown) >= 3  # the others fail the role's hard filters
    assert "relevance" in by_cli["results"][0]["criteria"]
    assert [(r["candidate_id"], r["score"]) for r in by_api["results"]] == shown
    assert by_batch == shown
    assert [r["explanation"] for r in by_api["results"]] == [
        r["explanation"] for r in by_cli["results"]]
    # Each of the three recorded its decision in the audit log the same way.
    log = AuditLog(Governance(repo, home))
    entries = [e for e in log.entries(everything=True) if e.action == "rank-candidates"]
    digests = {e.record["details"]["others_digest"] for e in entries}
    assert len(entries) == 3 and len(digests) == 1
    repo.close()


def test_cli_and_api_rank_alike_through_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same, where the pool counts as large: retrieval in the store (full-text and the
    persisted vectors under SQL predicates), then the top loaded and scored."""
    from worldhire.match import service

    monkeypatch.setattr(service, "RETRIEVE_ABOVE", 0)
    home = tmp_path / "home"
    root = world_dir()
    cli(home, "ingest", "--tenant", "acme", str(root / "roles" / ROLE))
    cli(home, "ingest", "--tenant", "acme", *(str(root / "candidates" / n) for n in RESUMES))
    settings = Settings.load(home)
    repo = SqlRepository(settings.database_url)
    role_id = repo.list_roles()[0].id

    by_cli = json.loads(cli(home, "shortlist", role_id, "--top", "5", "--json"))
    by_api = api_shortlist(settings, repo, role_id)

    shown = [(r["candidate_id"], r["score"]) for r in by_cli["results"]]
    assert len(shown) >= 3
    assert by_cli["results"][0]["explanation"]["criteria"][-1]["name"] == "relevance"
    assert [(r["candidate_id"], r["score"]) for r in by_api["results"]] == shown
    assert [r["explanation"] for r in by_api["results"]] == [
        r["explanation"] for r in by_cli["results"]]
    repo.close()
