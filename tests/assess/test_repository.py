"""Evidence from code: real git repositories built in temporary folders, and a host export."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.factories import make_candidate
from worldhire.assess.repository import (
    EvidenceError,
    attach_evidence,
    host_export_evidence,
    summarise_clone,
)
from worldhire.bootstrap import build
from worldhire.cli.main import app
from worldhire.config import Settings
from worldhire.core.models import EvidenceKind
from worldhire.store.sql.repository import SqlRepository

ME = "ada@example.com"


def git(root: Path, *args: str, email: str = ME, when: str = "2024-01-10T10:00:00") -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "x", "GIT_AUTHOR_EMAIL": email,
           "GIT_COMMITTER_NAME": "x", "GIT_COMMITTER_EMAIL": email,
           "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    subprocess.run(["git", "-C", str(root), *args], check=True, env=env, capture_output=True)


def commit(root: Path, files: dict[str, str], email: str = ME, when: str = "2024-01-10") -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    git(root, "add", "-A", email=email)
    git(root, "commit", "-qm", "change", email=email, when=f"{when}T10:00:00")


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    root = tmp_path / "ragkit"
    root.mkdir()
    git(root, "init", "-q")
    commit(root, {
        "README.md": "# ragkit\n\nRetrieval for PyTorch models, used by 3 teams in production. "
                     "Serves 40k queries a day.\n\n```\npip install ragkit\n```\n",
        "ragkit/core.py": "import torch\n\n\ndef embed(x):\n    return x\n",
        "ragkit/serve.ts": "export const x = 1;\n",
    }, when="2024-01-10")
    commit(root, {"tests/test_core.py": "def test_x():\n    assert True\n"}, when="2024-02-14")
    commit(root, {".github/workflows/ci.yml": "on: push\n"}, email="bot@ci.dev",
           when="2024-02-20")
    commit(root, {"ragkit/extra.py": "A = 1\nB = 2\n"}, email="ADA@example.com",
           when="2024-03-01")
    commit(root, {"node_modules/dep/index.js": "x\n" * 500}, when="2024-03-02")
    return root


def test_a_clone_is_summarised_from_the_candidates_own_commits(clone: Path) -> None:
    summary = summarise_clone(clone, [ME])
    assert summary.lines_by_language == {"Python": 9, "TypeScript": 1}
    assert summary.commits_total == 5 and len(summary.own_commits) == 4
    assert summary.test_files == 1 and summary.ci == ["GitHub Actions"]
    assert summary.readme_claims and "used by 3 teams in production" in summary.readme_claims[0]
    item = summary.evidence("git:test")
    assert item.kind is EvidenceKind.REPOSITORY and str(item.start) == "2024-01-10"
    assert "4 of 5 commits" in item.text and "Python 9 lines (90%)" in item.text


def test_someone_elses_clone_shows_no_own_commits(clone: Path) -> None:
    summary = summarise_clone(clone, ["other@example.com"])
    assert summary.own_commits == [] and "None of its 5 commits" in summary.describe()


def test_a_folder_that_is_not_a_clone_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EvidenceError, match="failed"):
        summarise_clone(tmp_path, [ME])
    with pytest.raises(EvidenceError, match="not a folder"):
        summarise_clone(tmp_path / "missing", [ME])


def test_attached_evidence_backs_skills_and_replaces_itself(
    clone: Path, repo: SqlRepository
) -> None:
    person = make_candidate(email=ME)
    repo.save_candidate(person)
    item = summarise_clone(clone, [ME]).evidence("git:ragkit")
    attach_evidence(repo, person.id, [item])
    again = attach_evidence(repo, person.id, [summarise_clone(clone, [ME]).evidence("git:ragkit")])
    stored = repo.get_candidate(person.id)
    assert stored is not None and again.id == person.id
    repos = [e for e in stored.evidence if e.kind is EvidenceKind.REPOSITORY]
    assert len(repos) == 1
    backed = {m.skill.label for m in stored.skills if m.evidence_id == repos[0].id}
    assert "Python" in backed


HOST_EXPORT = [
    {"name": "ragkit", "full_name": "ada/ragkit", "html_url": "https://github.com/ada/ragkit",
     "description": "Retrieval toolkit for PyTorch", "language": "Python",
     "stargazers_count": 412, "forks_count": 37, "fork": False, "topics": ["rag", "llm"],
     "created_at": "2022-05-01T10:00:00Z", "pushed_at": "2024-06-01T10:00:00Z", "owner": {}},
    {"name": "transformers", "full_name": "ada/transformers", "fork": True,
     "stargazers_count": 0, "forks_count": 0},
]


def test_host_export_skips_forks_and_keeps_the_facts() -> None:
    items = host_export_evidence(json.dumps(HOST_EXPORT).encode(), "host:repos.json")
    assert len(items) == 1
    assert "412 GitHub stars" in items[0].text and "Topics: rag, llm" in items[0].text
    assert items[0].url == "https://github.com/ada/ragkit" and str(items[0].end) == "2024-06-01"


@pytest.mark.parametrize(("data", "reason"), [
    (b"{not json", "not JSON"), (b'{"name": "x"}', "JSON array"),
    (b'[{"name": "x", "stargazers_count": "many"}]', "repository #1 has a bad stargazers_count"),
])
def test_bad_host_exports_say_why(data: bytes, reason: str) -> None:
    with pytest.raises(EvidenceError, match=reason):
        host_export_evidence(data, "host:x.json")


def test_cli_adds_a_repo_and_a_host_export(clone: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    runner = CliRunner()
    repo = build(Settings.load(home)).repo
    person = make_candidate(email=ME)
    repo.save_candidate(person)
    repo.close()
    result = runner.invoke(app, ["--home", str(home), "evidence", "add-repo", person.id,
                                 str(clone)])
    assert result.exit_code == 0, result.output
    assert "Repository ragkit" in result.output
    export = tmp_path / "repos.json"
    export.write_text(json.dumps(HOST_EXPORT))
    result = runner.invoke(app, ["--home", str(home), "evidence", "add-host-export", person.id,
                                 str(export)])
    assert result.exit_code == 0 and "added 1 repositories" in result.output
    missing = runner.invoke(app, ["--home", str(home), "evidence", "add-repo", "cand_nope",
                                  str(clone)])
    assert missing.exit_code == 3 and "no candidate" in missing.output  # not found
