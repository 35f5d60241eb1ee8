"""Verified erasure: ingest a résumé carrying a unique marker, rank it, export it, erase it, and
find neither the marker nor the e-mail address in any file under WORLDHIRE_HOME."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.factories import PYTORCH, make_candidate, make_role
from worldhire.bootstrap import erasure_purgers
from worldhire.cli.main import app
from worldhire.config import Settings
from worldhire.core.models import EvidenceKind, Requirement, Skill
from worldhire.governance.audit import AuditLog
from worldhire.governance.decisions import audited_shortlist
from worldhire.governance.erasure import erase_candidate
from worldhire.governance.export import subject_access
from worldhire.governance.store import Governance
from worldhire.ingest.service import IngestService, Status
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.service import PipelineService
from worldhire.store.protocol import PoolFilter
from worldhire.store.sql.regional import RegionalRepository
from worldhire.store.sql.repository import SqlRepository

RESUME = """Zofia {marker}
{email} | +48 600 555 123 | Kraków, Poland

Summary
Machine learning engineer, 7 years. Known for the {marker} ranking service in PyTorch.

Experience
Senior ML Engineer, Vistula Data (2018 - present)
- Trained PyTorch ranking models ({marker} project) serving 3M requests a day on Kubernetes.

Skills
Python, PyTorch, Kubernetes

Languages
English (C1), Polish (native)
"""


class FileIndex:
    """A stand-in for the vector/lexical indexes to come: a file under home keyed by id."""

    name = "test-index"

    def __init__(self, home: Path) -> None:
        self.home = home

    def path(self, home: Path | None) -> Path:
        assert home is not None
        return home / "index" / "lexical.jsonl"

    def add(self, home: Path, candidate_id: str, text: str) -> None:
        self.path(home).parent.mkdir(parents=True, exist_ok=True)
        with self.path(home).open("a") as handle:
            handle.write(json.dumps({"id": candidate_id, "text": text}) + "\n")

    def purge(self, candidate_id: str) -> int:
        lines = self.path(self.home).read_text().splitlines()
        keep = [line for line in lines if json.loads(line)["id"] != candidate_id]
        self.path(self.home).write_text("".join(line + "\n" for line in keep))
        return len(lines) - len(keep)


@pytest.fixture
def index(tmp_path: Path) -> FileIndex:
    return FileIndex(tmp_path / "home")


def _hits(home: Path, needles: list[str]) -> list[str]:
    found = []
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {n}" for n in needles if n.encode() in data]
    return found


def _ingest(gov: Governance, folder: Path) -> tuple[str, str, str]:
    marker = f"ZQX{uuid.uuid4().hex[:12]}"
    email = f"{marker.lower()}@mail.example"
    folder.mkdir(parents=True)
    resume = folder / f"{marker}.txt"
    resume.write_text(RESUME.format(marker=marker, email=email))
    outcome = IngestService(gov.repo).ingest_file(resume)
    assert outcome.status is Status.ADDED, outcome.error
    return outcome.candidate_ids[0], marker, email


def _role(gov: Governance) -> str:
    tenant = gov.repo.ensure_tenant("acme")
    role = make_role(tenant_id=tenant.id, requirements=[
        Requirement(Skill("wh:pytorch", "PyTorch")),
    ])
    gov.repo.save_role(role)
    return role.id


@pytest.mark.parametrize("regional", [False, True], ids=["one-database", "by-region"])
def test_nothing_of_an_erased_person_is_left_in_any_file(
    tmp_path: Path, index: FileIndex, regional: bool
) -> None:
    home = tmp_path / "home"
    url = f"sqlite:///{home / 'worldhire.db'}"
    home.mkdir()
    repo = RegionalRepository(url, home / "regions") if regional else SqlRepository(url)
    gov = Governance(repo, home, purgers=erasure_purgers(Settings.load(home), index))
    candidate_id, marker, email = _ingest(gov, tmp_path / "inbox")
    index.add(home, candidate_id, f"{marker} pytorch")
    role_id = _role(gov)
    result, _ = audited_shortlist(gov, role_id, actor="recruiter:test", top=5)
    assert candidate_id in [r.candidate.id for r in result.results]
    pipeline = PipelineService(gov.repo, SqlPipelineStore.on(gov.repo))
    application = pipeline.add(candidate_id, role_id, actor="recruiter:test")
    pipeline.note(application.id, f"Call {marker} on Tuesday", author="recruiter:test")

    exported = subject_access(gov, candidate_id).document()
    assert marker in exported and email in exported
    assert _hits(home, [marker, email])  # the scan finds what is there

    report = erase_candidate(gov, candidate_id)
    assert report.profile_deleted and report.key_destroyed and report.ledger_rows == 1
    assert report.hooks["test-index"] == 1
    assert SqlPipelineStore.on(gov.repo).find_application(candidate_id, role_id) is None
    gov.repo.close()
    assert _hits(home, [marker, email]) == []
    reopened = Governance(RegionalRepository(url, home / "regions") if regional
                          else SqlRepository(url), home)
    assert reopened.repo.get_candidate(candidate_id) is None
    assert AuditLog(reopened).verify().ok  # shredding left the chain intact
    assert AuditLog(reopened).about(candidate_id) == []
    reopened.repo.close()


def test_the_cli_exports_and_erases(tmp_path: Path, home: Path) -> None:
    runner = CliRunner()
    inbox = tmp_path / "inbox"
    home.mkdir(parents=True)
    gov = Governance(SqlRepository(f"sqlite:///{home / 'worldhire.db'}"), home)
    candidate_id, marker, email = _ingest(gov, inbox)
    audited_shortlist(gov, _role(gov), actor="recruiter:test", top=5)
    gov.repo.close()

    out = tmp_path / "export.json"
    done = runner.invoke(app, ["--home", str(home), "privacy", "export", candidate_id, str(out)])
    assert done.exit_code == 0, done.output
    document = json.loads(out.read_text())
    assert document["resume"]["basics"]["email"] == email
    assert document["decisions"][0]["about_you"]["outcome"] == "shortlisted"
    assert document["skills"][0]["span"] and document["evidence"]
    assert document["consents"][0]["purpose"] == "matching"
    assert document["ingest"][0]["file"].endswith(f"{marker}.txt")

    done = runner.invoke(app, ["--home", str(home), "privacy", "erase", candidate_id,
                                "--yes"])
    assert done.exit_code == 0, done.output
    assert _hits(home, [marker, email]) == []
    again = runner.invoke(app, ["--home", str(home), "privacy", "export", candidate_id,
                                str(out)])
    assert again.exit_code == 3 and "no candidate" in again.output
    verified = runner.invoke(app, ["--home", str(home), "audit", "verify"])
    assert verified.exit_code == 0 and "intact" in verified.output


def test_erasure_empties_the_in_memory_assessments(tmp_path: Path) -> None:
    """Both: those computed in the request and those read from the store."""
    from worldhire.assess import rubric, stored

    home = tmp_path / "home"
    home.mkdir()
    repo = SqlRepository(f"sqlite:///{home / 'worldhire.db'}")
    repo.assess_on_write(stored.assessor)
    gov = Governance(repo, home, purgers=erasure_purgers(Settings.load(home)))
    candidate_id, _, _ = _ingest(gov, tmp_path / "inbox")
    candidate = repo.get_candidate(candidate_id)
    assert candidate is not None
    rubric.assess(candidate)
    assert stored.general_assessments(repo, [candidate]).keys() == {candidate_id}
    report = erase_candidate(gov, candidate_id)
    assert report.hooks["assessment-cache"] == 2
    assert rubric.forget(candidate_id) == stored.forget(candidate_id) == 0
    repo.close()


def test_the_full_text_index_keeps_no_token_of_an_erased_person(tmp_path: Path) -> None:
    """FTS5 records a deletion as a tombstone in a newer segment: the word stays in the older
    segment's blocks (and so in the file) until the segments are merged."""
    repo = SqlRepository(f"sqlite:///{tmp_path / 'w.db'}")
    gov = Governance(repo, tmp_path)
    people = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"Person {i}") for i in range(120)]
    people[47].summary = "Built the Zqvistulatron ranking service"
    for start in range(0, len(people), 20):  # several segments, as imports over days make
        repo.save_candidates(people[start:start + 20])
    assert _hits(tmp_path, ["zqvistulatron"])

    erase_candidate(gov, people[47].id)
    assert [cid for cid, _ in repo.search_profiles(PoolFilter(None), ["pytorch"], 200)]
    repo.close()
    lowered = b"".join(p.read_bytes().lower() for p in tmp_path.iterdir() if p.is_file())
    assert b"zqvistulatron" not in lowered
