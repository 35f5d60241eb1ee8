"""Bulk ingest of résumés and roles into the store: idempotent, resumable, one bad file never
stops the batch.

Each file is keyed by the SHA-256 of its bytes. The ledger (ingest_log) remembers every file that
landed, so a re-run skips them; a file whose candidate was written but whose ledger row was not (the
process was killed in between) is found by its hash on the candidate and updated in place, never
duplicated.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import partial
from pathlib import Path

from worldhire.core.memory import LARGE_FILE_BYTES, hand_back_freed_memory
from worldhire.core.models import (
    NO_TITLE_WARNING,
    Budget,
    Candidate,
    Consent,
    ConsentPurpose,
    RemotePolicy,
    ResumeDocument,
    Role,
    Seniority,
    SkillMention,
    ZoneBand,
)
from worldhire.identity.resolve import Person, Placement, PoolPlacer
from worldhire.ingest.archives import archive_members, is_archive
from worldhire.ingest.budget import WorkerPool
from worldhire.ingest.csv_bulk import CsvRow, no_valid_row, row_blocks
from worldhire.ingest.document import document_text
from worldhire.ingest.errors import IngestError
from worldhire.ingest.formats import format_of, suffixes
from worldhire.ingest.parse import (
    RoleSpec,
    candidates_of_csv_rows,
    csv_resume_rows,
    parse_resume_bytes,
    parse_role_bytes,
    read_limited,
)
from worldhire.ingest.posts.detection import looks_like_post
from worldhire.ingest.received import received_document
from worldhire.ingest.requirement_link import requirement_from_spec
from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.ingest.sniff import sniff
from worldhire.occupations.assign import assign_job_occupations, occupation_of
from worldhire.occupations.service import TitleMatcher
from worldhire.skills.linker import SkillLinker, default_linker
from worldhire.store.protocol import CandidateWrite, IngestRecord, Repository

UNNAMED_COMPANY = "Company not named"
# A CSV file's rows are read a block at a time in parser workers.
CSV_SUFFIXES = frozenset(format_of("csv").suffixes)
SUPPORTED_SUFFIXES = frozenset(suffixes())


class Kind(StrEnum):
    AUTO = "auto"
    RESUME = "resume"
    ROLE = "role"


class Status(StrEnum):
    ADDED = "added"
    MERGED = "merged"  # every person of the file was a candidate already: a new version each
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"  # the person is in the pool and joining was not allowed (signup)
    SUPPRESSED = "suppressed"  # the person had their data erased: not imported again
    ERROR = "error"


@dataclass
class FileOutcome:
    path: str
    status: Status
    candidate_ids: list[str] = field(default_factory=list)
    role_id: str | None = None
    error: str | None = None
    row_errors: list[str] = field(default_factory=list)  # bad rows a bulk file skipped
    joined: dict[str, str] = field(default_factory=dict)  # candidate id -> why it is them
    warnings: list[str] = field(default_factory=list)  # for the importer to check


@dataclass
class ReadResume:
    """A résumé file read and its skills linked, ready to be placed in the pool."""

    path: str
    digest: str
    candidates: list[Candidate]
    row_errors: list[str] = field(default_factory=list)
    document: ResumeDocument | None = None  # the file as received, where it is one person's


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def errors(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status is Status.ERROR]


def _folder_files(folder: Path) -> Iterator[Path]:
    for child in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in child.relative_to(folder).parts)
        if child.is_file() and not hidden:
            yield child


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and the supported files under folders and inside zip archives
    (`worldhire.ingest.archives`), in a stable order. An archive that cannot be opened is
    yielded itself: reading it says why."""
    for path in paths:
        found = [f for f in _folder_files(path)
                 if f.suffix.lower() in SUPPORTED_SUFFIXES or is_archive(f)
                 ] if path.is_dir() else [path]  # fmt: skip
        for file in found:
            members = archive_members(file) if is_archive(file) else []
            yield from (m for m in members if m.suffix.lower() in SUPPORTED_SUFFIXES)
            if not members:
                yield file


def unsupported(paths: Iterable[Path]) -> list[Path]:
    """The files under the folders and inside the archives that `discover` leaves out for their
    type (a spreadsheet, an image, an archive inside an archive), so that an import can name
    what it did not read."""
    left_out = []
    for path in paths:
        for file in _folder_files(path) if path.is_dir() else [path]:
            if is_archive(file):
                left_out += [m for m in archive_members(file)
                             if m.suffix.lower() not in SUPPORTED_SUFFIXES]
            elif path.is_dir() and file.suffix.lower() not in SUPPORTED_SUFFIXES:
                left_out.append(file)
    return left_out


def looks_like_role(data: bytes, filename: str) -> bool:
    """Role files are JSON with requirements, or job posts (text, Markdown, PDF, DOCX) whose
    text as a whole reads like one, in any of the hiring regions' languages."""
    if filename.lower().endswith(".json"):
        head = data[:20000].decode("utf-8", errors="ignore").lower()
        return '"requirements"' in head and '"title"' in head
    try:
        text = document_text(data, sniff(data, filename))
    except IngestError:
        return False  # the résumé parser says what is wrong with the file
    return text is not None and looks_like_post(text)


def read_resume(
    data: bytes, filename: str, max_bytes: int | None
) -> tuple[list[Candidate], list[str], ResumeDocument | None]:
    """A résumé file's candidates with their skills linked (by the default linker), the rows a
    bulk file skipped, and the document kept with a one-person file, without the file itself:
    the work a parser worker does for one upload. The caller sent the file and puts it back
    (`with_original`): sent back too, a 19 MB upload was two more copies in the server."""
    row_errors: list[str] = []

    def skip_row(row: int, error: IngestError) -> None:
        row_errors.append(f"row {row}: {error.reason}")

    parsed = parse_resume_bytes(data, filename, max_bytes=max_bytes, on_row_error=skip_row)
    linker = default_linker()
    for candidate in parsed:
        link_skills(linker, candidate)
    return parsed, row_errors, with_original(received_document(data, filename, len(parsed)),
                                             None)


def with_original(document: ResumeDocument | None, data: bytes | None
                  ) -> ResumeDocument | None:
    return None if document is None else replace(document, original=data)


def read_csv_rows(
    data: bytes, filename: str, max_bytes: int | None
) -> tuple[list[CsvRow], list[str]] | None:
    """A parser worker's first step with a bulk CSV: its rows, not yet read, and the rows it
    skipped; None when the bytes are not a CSV after all."""
    row_errors: list[str] = []

    def skip_row(row: int, error: IngestError) -> None:
        row_errors.append(f"row {row}: {error.reason}")

    rows = csv_resume_rows(data, filename, max_bytes=max_bytes, on_row_error=skip_row)
    return None if rows is None else (rows, row_errors)


def read_csv_block(rows: list[CsvRow], filename: str) -> tuple[list[Candidate], list[str]]:
    """A parser worker reading one block of a CSV's rows: the candidates, skills linked (by
    the default linker), and the rows skipped. A 20,000-row export is minutes of CPU, not one
    document's budget, so it is read a block at a time, each block under its own budget."""
    row_errors: list[str] = []

    def skip_row(row: int, error: IngestError) -> None:
        row_errors.append(f"row {row}: {error.reason}")

    people = candidates_of_csv_rows(rows, filename, skip_row)
    linker = default_linker()
    for candidate in people:
        link_skills(linker, candidate)
    return people, row_errors


BlockRead = Callable[[], tuple[list[Candidate], list[str]]]


def joined_blocks(
    blocks: Sequence[list[CsvRow]], reads: Iterable[BlockRead], row_errors: list[str]
) -> tuple[list[Candidate], list[str]]:
    """A CSV's blocks put back together in order, each read by calling its `reads` entry
    (read_csv_block in a worker): a block over its budget loses its rows, not the file. The
    rows skipped follow `row_errors` (those of the file's first read); raises when no row gave
    a candidate."""
    people: list[Candidate] = []
    errors = list(row_errors)
    for block, read in zip(blocks, reads, strict=True):
        try:
            found, skipped = read()
        except IngestError as exc:
            found, skipped = [], [f"rows {block[0][0]}-{block[-1][0]}: {exc.reason}"]
        people += found
        errors += skipped
    if not people:
        raise no_valid_row(errors)
    return people, errors


def relinked_skills(candidate: Candidate) -> list[SkillMention]:
    """A profile's skills linked again by the default linker: what a parser worker does for a
    profile a new résumé version merged into."""
    link_skills(default_linker(), candidate)
    return candidate.skills


def read_role(data: bytes, filename: str, max_bytes: int | None) -> RoleSpec:
    return parse_role_bytes(data, filename, max_bytes=max_bytes)


class IngestService:
    """Files into the store. With a `pool` (a server, `worldhire ingest`) and no `linker`, every
    file is parsed and linked in one of its worker processes under the per-document budget,
    with the default skill linker, and so is a profile a new résumé version merged into;
    otherwise in this process with `linker` (the default one when none is given)."""

    def __init__(
        self,
        repo: Repository,
        *,
        tenant_id: str | None = None,
        linker: SkillLinker | None = None,
        record_consent: bool = True,
        max_bytes: int | None = None,
        occupations: TitleMatcher | None = None,
        pool: WorkerPool | None = None,
    ) -> None:
        self.repo = repo
        self.tenant_id = tenant_id
        self._linker = linker
        self._occupations = occupations
        self.record_consent = record_consent
        self.max_bytes = max_bytes
        self.pool = pool

    def reading_in(self, pool: WorkerPool) -> IngestService:
        """This service with its files read, and its merged profiles linked, in `pool`'s
        workers."""
        return IngestService(self.repo, tenant_id=self.tenant_id, linker=self._linker,
                             record_consent=self.record_consent, max_bytes=self.max_bytes,
                             occupations=self._occupations, pool=pool)

    # candidates ----------------------------------------------------------------------------------

    @property
    def linker(self) -> SkillLinker:
        """`linker`, or the default one, loaded on first use: with a pool, files and merged
        profiles are linked in the workers, and this process never loads one (about 200 MB)."""
        if self._linker is None:
            self._linker = default_linker()
        return self._linker

    def link_skills(self, candidate: Candidate) -> None:
        if self.pool is not None and self._linker is None:
            candidate.skills = self.pool.run(relinked_skills, candidate)
        else:
            link_skills(self.linker, candidate)

    def occupation_matcher(self) -> TitleMatcher:
        """Job titles to ESCO occupations; the offline model is loaded on first use."""
        if self._occupations is None:
            from worldhire.occupations.service import default_matcher

            self._occupations = default_matcher()
        return self._occupations

    def placer(self, *, join: bool = True, returning: bool = False, into: str | None = None
               ) -> PoolPlacer:
        who = "the platform" if self.tenant_id is None else f"tenant {self.tenant_id}"

        def consent(candidate: Candidate, path: str) -> None:
            if self.record_consent and not candidate.consents:
                candidate.consents.append(
                    Consent(ConsentPurpose.MATCHING, True, f"import of {path} by {who}")
                )

        return PoolPlacer(self.repo, self.tenant_id, relink=self.link_skills,
                          source=f"import by {who}", on_new=consent, join=join,
                          returning=returning, into=into)

    def place_resumes(
        self, files: Sequence[ReadResume], *, join: bool = True, returning: bool = False,
        into: str | None = None,
    ) -> tuple[list[CandidateWrite], list[FileOutcome]]:
        """Everything but the write: each person of each file becomes a new candidate or a new
        résumé version of the candidate they already are (worldhire.identity). A file's people
        are keyed by its hash (a bulk file's rows by the hash of file and row), so a file read
        again lands where it landed before. Skills must be linked already; each job's ESCO
        occupation is set here."""
        assign_job_occupations([c for read in files for c in read.candidates],
                               self.occupation_matcher)
        people: list[Person] = []
        owner: list[int] = []
        for number, read in enumerate(files):
            for index, candidate in enumerate(read.candidates):
                key = (read.digest if len(read.candidates) == 1
                       else _sha256(f"{read.digest}:{index}".encode()))
                people.append(Person(candidate, key, read.path, read.document))
                owner.append(number)
        placer = self.placer(join=join, returning=returning, into=into)
        writes, placements = placer.place(people)
        by_file: list[list[Placement]] = [[] for _ in files]
        for number, placement in zip(owner, placements, strict=True):
            by_file[number].append(placement)
        return writes, [_outcome(read, done) for read, done in zip(files, by_file, strict=True)]

    def _store_candidates(self, read: ReadResume, *, join: bool, returning: bool,
                          into: str | None) -> FileOutcome:
        writes, [outcome] = self.place_resumes([read], join=join, returning=returning, into=into)
        self.repo.save_ingested(writes)
        return outcome

    # roles ---------------------------------------------------------------------------------------

    def role_from_spec(self, spec: RoleSpec, tenant_id: str) -> Role:
        role = Role(
            tenant_id=tenant_id,
            title=spec.title,
            company=spec.company,
            description=spec.description,
            seniority=Seniority(spec.seniority),
            requirements=[requirement_from_spec(r) for r in spec.requirements],
            min_years=spec.min_years,
            budget=Budget(**spec.budget.model_dump()) if spec.budget else None,
            timezone=spec.timezone,
            work_start_hour=spec.work_hours.start,
            work_end_hour=spec.work_hours.end,
            min_overlap_hours=spec.min_overlap_hours,
            overlap_timezone=spec.overlap_timezone,
            zone_band=ZoneBand(**spec.zone_band.model_dump()) if spec.zone_band else None,
            budget_usd_year=spec.budget_usd_year,
            remote_policy=RemotePolicy(spec.remote_policy),
            visa_sponsorship=spec.visa_sponsorship,
            allowed_countries=list(spec.allowed_countries),
            location_country=spec.company_country,
        )
        role.occupation = occupation_of(role.title, self.occupation_matcher())
        return role

    def _store_role(self, spec: RoleSpec, digest: str) -> tuple[str, Status]:
        # A post that names no company, imported without --tenant, still lands somewhere visible.
        tenant_id = self.tenant_id or self.repo.ensure_tenant(spec.company or UNNAMED_COMPANY).id
        existing = self.repo.find_role_by_hash(tenant_id, digest)
        if existing is not None:
            # The same post sent again says nothing new: reading it over the role would undo
            # the recruiter's edits and reopen a role they closed or archived.
            return existing.id, Status.UNCHANGED
        role = self.role_from_spec(spec, tenant_id)
        role.source_hash = digest
        self.repo.save_role(role)
        return role.id, Status.ADDED

    # files ---------------------------------------------------------------------------------------

    def _read_resume(
        self, data: bytes, filename: str
    ) -> tuple[list[Candidate], list[str], ResumeDocument | None]:
        if self.pool is not None:
            return self._read_in_workers(self.pool, data, filename)
        row_errors: list[str] = []

        def skip_row(row: int, error: IngestError) -> None:
            row_errors.append(f"row {row}: {error.reason}")

        parsed = parse_resume_bytes(data, filename, max_bytes=self.max_bytes,
                                    on_row_error=skip_row)
        for candidate in parsed:
            self.link_skills(candidate)
        return parsed, row_errors, received_document(data, filename, len(parsed))

    def _read_in_workers(
        self, pool: WorkerPool, data: bytes, filename: str
    ) -> tuple[list[Candidate], list[str], ResumeDocument | None]:
        read = (None if Path(filename).suffix.lower() not in CSV_SUFFIXES
                else pool.run(read_csv_rows, data, filename, self.max_bytes))
        if read is None:
            parsed, row_errors, document = pool.run(read_resume, data, filename, self.max_bytes)
            return parsed, row_errors, with_original(document, data)
        rows, row_errors = read
        blocks = row_blocks(rows)
        people, row_errors = joined_blocks(
            blocks, [partial(pool.run, read_csv_block, block, filename) for block in blocks],
            row_errors)
        return people, row_errors, None  # a file of several people is kept with none of them

    def _read_role(self, data: bytes, filename: str) -> RoleSpec:
        if self.pool is not None and self._linker is None:
            return self.pool.run(read_role, data, filename, self.max_bytes)
        return parse_role_bytes(data, filename, max_bytes=self.max_bytes, linker=self.linker)

    def ingest_bytes(
        self, data: bytes, filename: str, kind: Kind = Kind.AUTO, *, join: bool = True,
        returning: bool = False, into: str | None = None,
    ) -> FileOutcome:
        """One file into the pool. `join` False refuses a person the pool already has
        (Status.DUPLICATE) instead of adding a version to them. A person who had their data
        erased is refused (Status.SUPPRESSED) unless `returning`: they sign up again themselves
        and say so (worldhire.identity.suppression). `into` names the candidate a résumé is a
        new version of (the person uploading their own); a file with several people, or one
        naming someone else of the pool, is refused."""
        digest = _sha256(data)
        row_errors: list[str] = []
        try:
            is_role = kind is Kind.ROLE or (kind is Kind.AUTO and looks_like_role(data, filename))
            if is_role:
                spec = self._read_role(data, filename)
                role_id, status = self._store_role(spec, digest)
                outcome = FileOutcome(filename, status, role_id=role_id,
                                      warnings=[NO_TITLE_WARNING] if spec.title_missing else [])
            else:
                parsed, row_errors, document = self._read_resume(data, filename)
                if into is not None and len(parsed) != 1:
                    raise IngestError("a new version holds one person's résumé")
                read = ReadResume(filename, digest, parsed, document=document)
                outcome = self._store_candidates(read, join=join, returning=returning,
                                                 into=into)
        except IngestError as exc:
            self.repo.record_ingest(
                IngestRecord(filename, digest, "error", self.tenant_id, error=exc.reason)
            )
            return FileOutcome(filename, Status.ERROR, error=exc.reason)
        finally:
            if len(data) >= LARGE_FILE_BYTES:
                # Its copies (sent to a worker, written to the store) are freed by now: a server
                # that kept them grew with every large upload (issue 18: 512 MB a process).
                hand_back_freed_memory()
        outcome.row_errors += row_errors
        if not outcome.candidate_ids and outcome.role_id is None:
            return outcome  # nothing landed: the ledger must not name the file
        self.repo.record_ingest(
            IngestRecord(
                filename, digest, "ok", self.tenant_id,
                candidate_id=",".join(outcome.candidate_ids) or None, role_id=outcome.role_id,
            )
        )
        return outcome

    def ingest_file(
        self, path: Path, kind: Kind = Kind.AUTO, *, skip: set[str] | None = None
    ) -> FileOutcome:
        try:
            # Refuses an oversized file from its size alone: a 50 MB upload is never pulled in.
            data = read_limited(path, self.max_bytes)
        except IngestError as exc:
            return FileOutcome(str(path), Status.ERROR, error=exc.reason)
        if skip is not None and _sha256(data) in skip:
            return FileOutcome(str(path), Status.UNCHANGED)
        return self.ingest_bytes(data, str(path), kind)

    def ingest_paths(
        self,
        paths: Iterable[Path],
        kind: Kind = Kind.AUTO,
        on_file: Callable[[FileOutcome], None] | None = None,
    ) -> IngestReport:
        done = self.repo.ingested_hashes(self.tenant_id)
        report = IngestReport()
        for path in paths:
            outcome = self.ingest_file(path, kind, skip=done)
            report.outcomes.append(outcome)
            if on_file is not None:
                on_file(outcome)
        return report


def _outcome(read: ReadResume, placements: list[Placement]) -> FileOutcome:
    ids = list(dict.fromkeys(p.candidate_id for p in placements if p.candidate_id))
    outcome = FileOutcome(
        read.path, Status.ADDED, candidate_ids=ids, row_errors=list(read.row_errors),
        joined={p.candidate_id: p.joined for p in placements if p.candidate_id and p.joined},
        warnings=[w for p in placements for w in p.warnings],
    )
    refused = [p.refused for p in placements if p.refused]
    if not ids and refused:
        erased = any(p.suppressed for p in placements)
        outcome.status = Status.SUPPRESSED if erased else Status.DUPLICATE
        outcome.error = refused[0]
    elif refused:
        outcome.row_errors += [f"skipped: {why}" for why in refused]
    elif ids and len(outcome.joined) == len(placements):
        outcome.status = Status.MERGED
    return outcome


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


