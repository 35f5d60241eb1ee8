"""The ingest service: idempotent, resumable, and one bad file never stops the batch."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from worldhire.core.models import ResumeDocument
from worldhire.ingest.resumes.skill_linking import sentence_around
from worldhire.ingest.service import IngestService, Kind, Status, discover, read_resume
from worldhire.store.sql.repository import SqlRepository

T = TypeVar("T")

RESUME = """{name}
{email} | +48 600 100 {n:03d} | Kraków, Poland

Summary
Machine learning engineer, {years} years. Builds PyTorch models and ships them on Kubernetes.

Experience
ML Engineer, Vistula Data (2019 - present)
- Trained PyTorch ranking models serving 3M requests a day; cut p95 latency from 420 ms to 90 ms.
- Moved training pipelines to Airflow and Kubernetes.

Skills
Python, PyTorch, SQL, Docker

Languages
English (C1), Polish (native)
"""

ROLE = """{
  "title": "ML Engineer", "company": "Acme Robotics", "company_country": "DE",
  "description": "Ranking models.", "seniority": "MI",
  "requirements": [{"skill": "PyTorch", "must": true, "min_years": 2},
                   {"skill": "Kubernetes", "must": false, "min_years": null}],
  "timezone": "Europe/Berlin", "work_hours": {"start": 9, "end": 17},
  "min_overlap_hours": 3, "budget_usd_year": 90000, "remote_policy": "remote",
  "visa_sponsorship": false, "allowed_countries": []
}"""


def write_resumes(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"person-{n:03d}.txt"
        path.write_text(RESUME.format(name=f"Person Number{n}", email=f"p{n}@example.com", n=n,
                                      years=3 + n % 7))
        paths.append(path)
    return paths


@pytest.fixture
def service(repo: SqlRepository) -> IngestService:
    return IngestService(repo)


def test_same_file_twice_is_one_candidate(service: IngestService, tmp_path: Path) -> None:
    paths = write_resumes(tmp_path / "in", 2)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(paths[0].read_bytes())
    first = service.ingest_paths(paths)
    again = service.ingest_paths([*paths, copy])
    assert first.count(Status.ADDED) == 2
    assert again.count(Status.UNCHANGED) == 3
    assert len(service.repo.list_candidates()) == 2


def test_bad_files_are_reported_and_the_rest_lands(service: IngestService, tmp_path: Path) -> None:
    good = write_resumes(tmp_path / "in", 3)
    junk = tmp_path / "in" / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    huge = tmp_path / "in" / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    report = service.ingest_paths(discover([tmp_path / "in"]))
    errors = {Path(o.path).name: o.error for o in report.errors}
    assert set(errors) == {"junk.pdf", "huge.txt"}
    assert "limit" in (errors["huge.txt"] or "")
    assert report.count(Status.ADDED) == len(good)
    assert len(service.repo.list_candidates()) == 3


def test_half_written_file_is_not_duplicated(
    service: IngestService, repo: SqlRepository, tmp_path: Path
) -> None:
    """The candidate row landed but the ledger row did not (killed in between)."""
    [path] = write_resumes(tmp_path / "in", 1)
    service.ingest_paths([path])
    with sqlite3.connect(repo.engine.url.database or "") as conn:
        conn.execute("delete from ingest_log")
    report = service.ingest_paths([path])
    assert report.count(Status.ADDED) == 1
    assert len(service.repo.list_candidates()) == 1


def test_skills_are_linked_with_spans_into_their_evidence(
    service: IngestService, tmp_path: Path
) -> None:
    [path] = write_resumes(tmp_path / "in", 1)
    service.ingest_paths([path])
    [person] = service.repo.list_candidates()
    by_id = {e.id: e for e in person.evidence}
    pytorch = [m for m in person.skills if m.skill.label == "PyTorch" and m.evidence_id]
    assert pytorch
    for mention in pytorch:
        assert mention.span is not None
        start, end = mention.span
        assert by_id[mention.evidence_id or ""].text[start:end].lower() == "pytorch"
        assert "pytorch" in mention.snippet.lower()


def test_roles_resolve_requirements_to_the_taxonomy(service: IngestService, tmp_path: Path) -> None:
    path = tmp_path / "role.json"
    path.write_text(ROLE)
    outcome = service.ingest_file(path, Kind.AUTO)
    assert outcome.status is Status.ADDED and outcome.role_id
    role = service.repo.get_role(outcome.role_id)
    assert role is not None and role.company == "Acme Robotics"
    assert [r.skill.label for r in role.requirements] == ["PyTorch", "Kubernetes"]
    assert all(not r.skill.id.startswith("text:") for r in role.requirements)


def test_sentence_around_keeps_the_sentence() -> None:
    text = "Led a team. Built PyTorch models for fraud; cut losses 18%. Then left."
    start = text.index("PyTorch")
    assert sentence_around(text, (start, start + 7)) == (
        "Built PyTorch models for fraud; cut losses 18%."
    )


def children(pid: int) -> list[int]:
    """Children of every thread of the process (workers are forked by a pool thread)."""
    found = [c for task in Path(f"/proc/{pid}/task").iterdir()
             for c in (task / "children").read_text().split()]
    return [int(c) for c in found]


def running(pid: int) -> bool:
    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False


def wait_gone(pids: list[int], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(running(p) for p in pids):
            return True
        time.sleep(0.1)
    return False


# Enough files for many worker chunks, so the kill lands part-way however fast parsing is.
FILES = 240


@pytest.mark.slow
def test_killed_batch_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_resumes(folder, FILES)
    home = tmp_path / "home"
    cmd = [sys.executable, "-m", "worldhire", "--home", str(home), "ingest", str(folder)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    db = home / "worldhire.db"
    deadline = time.monotonic() + 120
    landed = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    landed = conn.execute("select count(*) from ingest_log").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if landed >= 5:
                workers = children(proc.pid)
                proc.send_signal(signal.SIGKILL)  # the CLI only: its workers must follow
                break
    proc.wait()
    assert 5 <= landed < FILES, "the batch should have been killed part-way"
    try:
        assert workers, "ingest parses in worker processes"
        assert wait_gone(workers, seconds=15), "parser workers outlived the killed CLI"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    subprocess.run(cmd, check=True, capture_output=True)
    repo = SqlRepository(f"sqlite:///{db}")
    people = repo.list_candidates()
    assert len(people) == FILES
    assert len({c.source_hash for c in people}) == FILES
    assert len(repo.ingested_hashes(None)) == FILES
    repo.close()


def test_an_upload_read_in_a_worker_keeps_its_file_and_capped_text(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18's 512 MB: the worker does not send the uploaded file back (the server holds
    it), and a text file's kept text stops at the text cap as a PDF's does (a 19 MB text file
    was kept, and carried from the worker, whole beside its 19 MB original: the server peaked
    at 640 MB)."""
    from worldhire.ingest import limits
    from worldhire.ingest.budget import Budget, WorkerPool

    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 2_000)  # the caps reach the worker
    data = (RESUME.format(name="Ola Nowak", email="ola@example.com", n=1, years=4)
            + "Built data pipelines in Python.\n" * 2_000).encode()
    sent_back: list[ResumeDocument | None] = []
    # A forked worker builds the linker for its first file: a budget that allows it.
    with WorkerPool(1, budget=Budget(cpu_s=120, wall_s=600, memory_bytes=1 << 30)) as pool:
        run = pool.run

        def kept_reply(fn: Callable[..., T], *args: object) -> T:
            reply = run(fn, *args)
            if fn is read_resume:
                sent_back.append(reply[2])  # type: ignore[index]
            return reply

        monkeypatch.setattr(pool, "run", kept_reply)
        outcome = IngestService(repo, pool=pool).ingest_bytes(data, "cv.txt")
    assert outcome.status is Status.ADDED, outcome.error
    [document] = sent_back
    assert document is not None and document.original is None
    [version] = repo.versions_of(outcome.candidate_ids[0], documents=True)
    assert version.document is not None and version.document.original == data
    assert version.document.text == data.decode()[:2_000]


def test_the_memory_a_large_file_freed_goes_back_to_the_system(
    service: IngestService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18: a server kept 30-70 MB more after each large upload (core.memory)."""
    from worldhire.ingest import service as service_module

    trims: list[int] = []

    def trim() -> bool:
        trims.append(1)
        return True

    monkeypatch.setattr(service_module, "hand_back_freed_memory", trim)
    small = service.ingest_bytes(b"\x00\x01" * 1_000, "small.txt")
    large = service.ingest_bytes(b"\x00\x01" * 600_000, "large.txt")
    assert small.status is large.status is Status.ERROR  # refused files too
    assert trims == [1]
