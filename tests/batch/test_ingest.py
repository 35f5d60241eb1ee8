"""Parallel bulk ingest keeps the serial path's guarantees."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.test_service import write_resumes
from worldhire.batch.ingest import ingest_parallel
from worldhire.ingest.service import IngestService, Status
from worldhire.store.sql.repository import SqlRepository


def test_parallel_ingest_equals_the_serial_one(tmp_path: Path) -> None:
    paths = write_resumes(tmp_path / "in", 20)
    copy = tmp_path / "in" / "zz-copy.txt"
    copy.write_bytes(paths[0].read_bytes())
    broken = tmp_path / "in" / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    files = sorted((tmp_path / "in").iterdir())
    parallel = SqlRepository(f"sqlite:///{tmp_path / 'p.db'}")
    serial = SqlRepository(f"sqlite:///{tmp_path / 's.db'}")
    seen: list[str] = []
    report = ingest_parallel(IngestService(parallel), files, workers=2,
                             on_file=lambda o: seen.append(o.path))
    IngestService(serial).ingest_paths(files)
    assert report.count(Status.ADDED) == 21 and report.count(Status.ERROR) == 1
    assert len(seen) == 22
    mine = {c.source_hash: c for c in parallel.list_candidates()}
    theirs = {c.source_hash: c for c in serial.list_candidates()}
    assert len(mine) == 20 and mine.keys() == theirs.keys()
    for key, person in mine.items():
        assert [(m.skill.id, m.span, m.snippet) for m in person.skills] == [
            (m.skill.id, m.span, m.snippet) for m in theirs[key].skills]
        assert person.name == theirs[key].name and len(person.consents) == 1
    again = ingest_parallel(IngestService(parallel), files, workers=2)
    assert again.count(Status.UNCHANGED) == 21 and len(parallel.list_candidates()) == 20
    parallel.close()
    serial.close()
