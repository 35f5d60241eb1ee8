"""Parallel bulk ingest keeps the serial path's guarantees."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from tests.ingest.test_service import write_resumes
from tests.security import hostile
from worldhire.batch.ingest import ingest_parallel
from worldhire.ingest import csv_bulk
from worldhire.ingest.budget import WorkerPool
from worldhire.ingest.service import IngestService, Status
from worldhire.store.sql.repository import SqlRepository

T = TypeVar("T")


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


def _people_csv(tmp_path: Path) -> Path:
    rows = ["Full Name,E-mail,Location,Skills"]
    rows += [f"Person {i},p{i}@example.com,\"Pune, India\",\"Python, PyTorch; RAG\""
             for i in range(6)]
    rows.insert(4, ",,Lagos,Kubernetes")  # row 5: nobody to file it under
    people = tmp_path / "people.csv"
    people.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return people


def _view(repo: SqlRepository) -> list[tuple[str, list[str | None]]]:
    return sorted((c.name, [m.snippet for m in c.skills]) for c in repo.list_candidates())


def test_a_csv_is_read_in_blocks_as_one_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(csv_bulk, "BLOCK_ROWS", 2)  # blocks are cut in the parent: 4 blocks
    people = _people_csv(tmp_path)
    parallel = SqlRepository(f"sqlite:///{tmp_path / 'p.db'}")
    serial = SqlRepository(f"sqlite:///{tmp_path / 's.db'}")
    report = ingest_parallel(IngestService(parallel), [people], workers=2)
    expected = IngestService(serial).ingest_paths([people])
    assert [o.row_errors for o in report.outcomes] == [o.row_errors for o in expected.outcomes]
    assert report.outcomes[0].row_errors == ["row 5: row 5: no name, email or phone"]
    assert len(_view(parallel)) == 6 and _view(parallel) == _view(serial)
    again = ingest_parallel(IngestService(parallel), [people], workers=2)
    assert again.count(Status.UNCHANGED) == 1 and len(parallel.list_candidates()) == 6
    parallel.close()
    serial.close()


def test_a_server_reads_an_uploaded_csv_a_block_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upload is read in the server's parser workers under one document's budget: a big
    export was refused whole ("took too long to read") before it was cut into blocks."""
    monkeypatch.setattr(csv_bulk, "BLOCK_ROWS", 2)
    people = _people_csv(tmp_path)
    served = SqlRepository(f"sqlite:///{tmp_path / 'p.db'}")
    serial = SqlRepository(f"sqlite:///{tmp_path / 's.db'}")
    calls: list[str] = []
    with WorkerPool(1) as pool:
        run = pool.run

        def counted(fn: Callable[..., T], *args: object) -> T:
            calls.append(fn.__name__)
            return run(fn, *args)

        monkeypatch.setattr(pool, "run", counted)
        outcome = IngestService(served, pool=pool).ingest_bytes(people.read_bytes(), "people.csv")
    expected = IngestService(serial).ingest_paths([people]).outcomes[0]
    assert calls == ["read_csv_rows"] + ["read_csv_block"] * 4
    assert outcome.row_errors == expected.row_errors
    assert len(_view(served)) == 6 and _view(served) == _view(serial)
    served.close()
    serial.close()


LOADED = textwrap.dedent("""
    import sys
    from pathlib import Path
    from worldhire.batch.ingest import ingest_parallel
    from worldhire.ingest.service import IngestService
    from worldhire.skills import linker
    from worldhire.store.sql.repository import SqlRepository

    repo = SqlRepository(f"sqlite:///{sys.argv[1]}")
    report = ingest_parallel(IngestService(repo), [Path(sys.argv[2])], workers=4)
    print(report.outcomes[0].status.value, bool(linker._linkers), "onnxruntime" in sys.modules,
          bool(list(Path(sys.argv[3]).glob("taxonomy-*.json"))))
""")


def test_ingesting_a_refused_file_loads_no_model_and_no_linker_in_the_writer(
    tmp_path: Path
) -> None:
    """`worldhire ingest` of a file the worker refuses: it has no job titles to match, so the
    writing process never loads the embedding model and the occupations' index (about 210 MB;
    it held 601 MB at its peak for the crafted PDF). Nor does it build the skill linker (about
    200 MB): the workers' forkserver builds it, and the writer holds the model for a kept file
    (both put `worldhire ingest` of a kept résumé at 600-630 MB). The forkserver reads and
    writes the taxonomy in the skills cache of the environment's settings."""
    crafted = tmp_path / "shared.pdf"
    crafted.write_bytes(hostile.shared_content_stream_pdf())
    root = Path(__file__).parents[2]
    (tmp_path / "skills").mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)]),
           "WORLDHIRE_SKILLS_CACHE": str(tmp_path / "skills")}
    done = subprocess.run([sys.executable, "-c", LOADED, str(tmp_path / "w.db"), str(crafted),
                           str(tmp_path / "skills")],
                          capture_output=True, text=True, env=env, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["error", "False", "False", "True"]
