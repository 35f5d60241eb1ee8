"""Bulk ingest on every core: parse and skill extraction in worker processes, batched writes in
the parent.

Workers read, hash, parse and link each résumé (the CPU-bound part), one file at a time under
the per-document budget of worldhire.ingest.budget: a file that spends it has its worker killed
and replaced and is recorded as failed ("took too long to read"), and the batch goes on. The
parent, the only writer, saves a chunk of candidates in one transaction and then records each
file in the ledger, exactly as IngestService does one file at a time, so the guarantees are the
same: a re-run skips files in the ledger, a file whose candidates were written but whose ledger
row was not (a kill in between) is found by its hash and read again in place, and a file of a
person the pool already has becomes a new résumé version of that candidate. Role files are few
and go through IngestService in the parent, which has them read in a worker too. A CSV file is
one file to the ledger, but its rows are read and linked in blocks on every core, each block
under its own budget (a 20,000-row export is minutes of CPU, not one document's); a block over
budget fails its rows only.

    worldhire ingest FOLDER  ->  ingest_parallel(service, files, kind, on_file=...)
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from worldhire.core.models import Candidate, ResumeDocument
from worldhire.ingest.budget import WorkerPool
from worldhire.ingest.csv_bulk import CsvRow, row_blocks
from worldhire.ingest.errors import IngestError
from worldhire.ingest.parse import (
    csv_resume_rows,
    parse_resume_bytes,
    read_limited,
)
from worldhire.ingest.parser_pool import parser_pool
from worldhire.ingest.received import received_document
from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.ingest.service import (
    FileOutcome,
    IngestReport,
    IngestService,
    Kind,
    ReadResume,
    Status,
    joined_blocks,
    looks_like_role,
    read_csv_block,
)
from worldhire.skills.linker import SkillLinker, default_linker
from worldhire.store.protocol import IngestRecord

# Files per write: one transaction for the candidates of this many files.
TASK_FILES = 16


@dataclass
class Parsed:
    """What a worker hands back for one file."""

    path: str
    digest: str = ""
    candidates: list[Candidate] = field(default_factory=list)
    role_bytes: bytes | None = None
    error: str | None = None  # a file that could not be read or parsed
    unreadable: bool = False  # not even read: nothing goes to the ledger
    unchanged: bool = False
    row_errors: list[str] = field(default_factory=list)
    rows: list[CsvRow] = field(default_factory=list)  # a CSV's rows, still to read
    document: ResumeDocument | None = None


_linker: SkillLinker | None = None
_skip: frozenset[str] = frozenset()


def _init_worker(skip: frozenset[str]) -> None:
    global _linker, _skip
    _linker, _skip = default_linker(), skip


def parse_file(path: str, kind: Kind, max_bytes: int | None) -> Parsed:
    """Runs in a worker process."""
    assert _linker is not None, "worker not initialised"
    try:
        data = read_limited(Path(path), max_bytes)
    except IngestError as exc:
        return Parsed(path, error=exc.reason, unreadable=True)
    digest = hashlib.sha256(data).hexdigest()
    if digest in _skip:
        return Parsed(path, digest, unchanged=True)
    if kind is Kind.ROLE or (kind is Kind.AUTO and looks_like_role(data, path)):
        return Parsed(path, digest, role_bytes=data)
    row_errors: list[str] = []

    def skip_row(row: int, err: IngestError) -> None:
        row_errors.append(f"row {row}: {err.reason}")

    try:
        rows = csv_resume_rows(data, path, max_bytes=max_bytes, on_row_error=skip_row)
        if rows is not None:
            return Parsed(path, digest, row_errors=row_errors, rows=rows)
        candidates = parse_resume_bytes(data, path, max_bytes=max_bytes, on_row_error=skip_row)
    except IngestError as exc:
        return Parsed(path, digest, error=exc.reason)
    for candidate in candidates:
        link_skills(_linker, candidate)
    return Parsed(path, digest, candidates=candidates, row_errors=row_errors,
                  document=received_document(data, path, len(candidates)))


def _read_blocks(pool: WorkerPool, waiting: ThreadPoolExecutor, parsed: Parsed) -> Parsed:
    """A CSV file's rows cut into blocks here, the blocks read on every worker and put back
    together as the file's result."""
    if not parsed.rows:
        return parsed
    blocks = row_blocks(parsed.rows)
    futures: list[Future[tuple[list[Candidate], list[str]]]] = [
        waiting.submit(pool.run, read_csv_block, block, parsed.path) for block in blocks
    ]
    try:
        candidates, row_errors = joined_blocks(
            blocks, [future.result for future in futures], parsed.row_errors)
    except IngestError as exc:
        return Parsed(parsed.path, parsed.digest, error=exc.reason)
    return Parsed(parsed.path, parsed.digest, candidates=candidates, row_errors=row_errors)


def _parse_bounded(pool: WorkerPool, path: str, kind: Kind, max_bytes: int | None) -> Parsed:
    """parse_file in a worker; a file over its budget is failed here, with the digest its
    ledger row needs."""
    try:
        return pool.run(parse_file, path, kind, max_bytes)
    except IngestError as exc:
        try:
            digest = hashlib.sha256(read_limited(Path(path), max_bytes)).hexdigest()
        except IngestError:
            return Parsed(path, error=exc.reason, unreadable=True)
        return Parsed(path, digest, error=exc.reason)


def _chunks(items: Iterator[Parsed], size: int) -> Iterator[list[Parsed]]:
    chunk: list[Parsed] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _store(service: IngestService, chunk: Sequence[Parsed]) -> list[FileOutcome]:
    """One transaction for the chunk's candidates, then one for the ledger rows of its files.
    Who is who is decided for the whole chunk at once (IngestService.place_resumes): a second
    copy of a file, or a second file of one person, joins the candidate the first one made."""
    repo, tenant = service.repo, service.tenant_id
    outcomes: dict[int, FileOutcome] = {}
    resumes: list[tuple[int, ReadResume]] = []
    ledger: list[IngestRecord] = []
    for number, parsed in enumerate(chunk):
        if parsed.unreadable:
            outcomes[number] = FileOutcome(parsed.path, Status.ERROR, error=parsed.error)
        elif parsed.unchanged:
            outcomes[number] = FileOutcome(parsed.path, Status.UNCHANGED)
        elif parsed.role_bytes is not None:
            outcomes[number] = service.ingest_bytes(parsed.role_bytes, parsed.path, Kind.ROLE)
        elif parsed.error is not None:
            ledger.append(IngestRecord(parsed.path, parsed.digest, "error", tenant,
                                       error=parsed.error))
            outcomes[number] = FileOutcome(parsed.path, Status.ERROR, error=parsed.error)
        else:
            resumes.append((number, ReadResume(parsed.path, parsed.digest, parsed.candidates,
                                               parsed.row_errors, parsed.document)))
    writes, placed = service.place_resumes([read for _, read in resumes])
    if writes:
        repo.save_ingested(writes)
    for (number, read), outcome in zip(resumes, placed, strict=True):
        if outcome.candidate_ids:
            ledger.append(IngestRecord(read.path, read.digest, "ok", tenant,
                                       candidate_id=",".join(outcome.candidate_ids)))
        outcomes[number] = outcome
    repo.record_ingests(ledger)
    return [outcomes[number] for number in range(len(chunk))]


def ingest_parallel(
    service: IngestService,
    paths: Iterable[Path],
    kind: Kind = Kind.AUTO,
    on_file: Callable[[FileOutcome], None] | None = None,
    *,
    workers: int | None = None,
    skills_cache: Path | None = None,
) -> IngestReport:
    """IngestService.ingest_paths on `workers` processes (all cores by default). `skills_cache`:
    the settings' (Settings.skills_cache_dir), which the workers' forkserver reads the taxonomy
    from; None: the environment's settings decide there."""
    files = [str(p) for p in paths]
    skip = frozenset(service.repo.ingested_hashes(service.tenant_id))
    report = IngestReport()
    count = workers or os.cpu_count() or 1
    # The workers are forked from a forkserver that built the skill linker: they share it, one
    # that replaces a worker killed over budget is a fork away from reading, and this process,
    # which matches job titles and embeds with the model, never holds the linker too (issue 18:
    # 512 MB a process). Roles and merged profiles are read and linked in the workers as well.
    with (
        parser_pool(count, skills_cache=skills_cache, initializer=_init_worker,
                    initargs=(skip,)) as pool,
        ThreadPoolExecutor(count, thread_name_prefix="worldhire-ingest") as waiting,
    ):
        service = service.reading_in(pool)
        # One thread per worker waits on it (no GIL held while a file is read elsewhere).
        results = (
            _read_blocks(pool, waiting, parsed)
            for parsed in waiting.map(
                lambda path: _parse_bounded(pool, path, kind, service.max_bytes), files
            )
        )
        for chunk in _chunks(results, TASK_FILES):
            for outcome in _store(service, chunk):
                report.outcomes.append(outcome)
                if on_file is not None:
                    on_file(outcome)
    return report
