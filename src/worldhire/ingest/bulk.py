"""Bulk loading: profiles from a CSV or JSON Lines file, or any iterable of them (the Python
API), written to the store thousands to a transaction. Nothing slow runs per profile: no
embedding (each profile is queued for the embedding queue as it is written), no skill linking
of prose, no ESCO occupation matching.

A row has the columns of a CSV import (csv_bulk.py: name, email, location, country, headline,
summary, skills, languages, pay_expectation, work_authorization, needs_sponsorship, work_hours,
...), plus `experience`, the work someone did in their own words (a job item of evidence). A
JSON Lines record has the same keys; a list may stand where a column holds several values.
`skills` are names or ids of the skill taxonomy (ESCO labels and aliases, "wh:" ids), resolved
once per distinct name; a name the taxonomy lacks is kept in its own words. A skill named in
`experience` counts as shown there, otherwise as claimed in the skills list. A `resume_text`
column is parsed as a text résumé (slower; `worldhire ingest` links its prose too).

A bad row is reported with its number and skipped; the rest of the file loads. So is a row
naming a person the pool's suppression list holds (they had their data erased): a bulk file
never brings them back, as an import or upload never does (identity/suppression.py).
"""

from __future__ import annotations

import csv
import gc
import io
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

from worldhire.core.cores import forked_map, usable_cores
from worldhire.core.heap import collecting, young_collections_only
from worldhire.core.models import (
    Candidate,
    Consent,
    ConsentPurpose,
    EvidenceItem,
    EvidenceKind,
    Skill,
    SkillMention,
)
from worldhire.identity.keys import Identity
from worldhire.identity.suppression import REASON, SuppressionList
from worldhire.ingest import limits
from worldhire.ingest.csv_bulk import KNOWN_COLUMNS, candidate_from_columns, column_name
from worldhire.ingest.errors import IngestError
from worldhire.ingest.text import clean_text
from worldhire.skills.text import free_text_id
from worldhire.store.protocol import BulkWriter, PreparedProfiles, Repository

COLUMNS = KNOWN_COLUMNS | {"experience"}
MAX_REPORTED = 100
_SPLIT = re.compile(r"\s*[;,|\n]\s*")

Resolver = Callable[[str], Skill | None]
# A JSON Lines file repeats its keys on every line.
_column = cache(column_name)


class BulkFormatError(IngestError):
    """A file the bulk path cannot read at all (neither CSV nor JSON Lines)."""

    code = "bulk-format"


@dataclass
class LoadReport:
    loaded: int = 0
    skipped: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)  # (row, why), the first 100
    seconds: float = 0.0

    @property
    def per_second(self) -> float:
        return self.loaded / self.seconds if self.seconds else 0.0

    def skip(self, row: int, reason: str) -> None:
        self.skipped += 1
        if len(self.errors) < MAX_REPORTED:
            self.errors.append((row, reason))



def rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, known columns with text values) of a .csv or .jsonl file, read as a
    stream. A JSON line that does not parse comes back as an empty row (reported, skipped)."""
    for number, raw in _raw_rows(path):
        yield number, _columns(raw)


Raw = str | dict[str, str]  # a JSON line as read, or a CSV row's known columns


def _raw_rows(path: Path) -> Iterator[tuple[int, Raw]]:
    """(row number, the row) of a .csv or .jsonl file, a JSON line not yet parsed."""
    suffix = path.suffix.lower()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        if suffix in {".jsonl", ".ndjson"}:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, line
        elif suffix in {".csv", ".tsv"}:
            yield from _csv_rows(handle, suffix)
        else:
            raise BulkFormatError(f"{path.name}: bulk loading reads .csv, .tsv or .jsonl files")


def _columns(raw: Raw) -> dict[str, str]:
    return _json_row(raw) if isinstance(raw, str) else raw


def _csv_rows(handle: io.TextIOBase, suffix: str) -> Iterator[tuple[int, dict[str, str]]]:
    csv.field_size_limit(limits.MAX_CSV_FIELD_CHARS)
    reader = csv.reader(handle, delimiter="\t" if suffix == ".tsv" else ",")
    header = next(reader, None)
    if not header:
        raise BulkFormatError("empty file: the first row must name the columns")
    columns = [column_name(h) for h in header]
    if not {"name", "email", "phone", "resume_text"} & set(columns):
        raise BulkFormatError("the header lacks all of name, email, phone, resume_text")
    for number, row in enumerate(reader, start=2):
        yield number, {c: v for c, v in zip(columns, row, strict=False)
                       if c in COLUMNS and v.strip()}


def _json_row(line: str) -> dict[str, str]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return {}
    if not isinstance(record, dict):
        return {}
    out = {}
    for key, value in record.items():  # a JSON object's keys are strings
        name = _column(key)
        if name in COLUMNS and value not in (None, "", []):
            # Most values are strings already: no call to find it out.
            out[name] = value if value.__class__ is str else _as_text(value)
    return out


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def profile(
    values: dict[str, str], source: str, number: int, resolve: Resolver
) -> Candidate:
    """One row's profile: the CSV import's reading of the columns, then the experience item and
    the skills resolved against the taxonomy."""
    candidate = candidate_from_columns(values, source, number)
    where = f"{source}#row={number}"
    shown = None
    if "experience" in values:
        shown = EvidenceItem(EvidenceKind.JOB, candidate.headline or "Experience",
                             clean_text(values["experience"])[:4_000], source=where)
        candidate.evidence.append(shown)
    listed = next((e for e in candidate.evidence if e.kind is EvidenceKind.SKILLS), None)
    if listed is not None:
        seen: set[str] = set()
        in_shown = shown.text.lower() if shown is not None else ""
        in_listed = listed.text.lower()
        for name in _SPLIT.split(listed.text):
            skill = resolve(name) if name else None
            if skill is None or skill.id in seen:
                continue
            seen.add(skill.id)
            folded = name.lower()
            start = in_shown.find(folded) if shown is not None else -1
            item = shown if shown is not None and start >= 0 else listed
            if item is listed:
                start = in_listed.find(folded)
            span = (start, start + len(name)) if start >= 0 else None
            candidate.skills.append(SkillMention(skill, 1.0, item.id, span, name))
    return candidate


def taxonomy_resolver() -> Resolver:
    """Names and ids to skills of the taxonomy, each distinct name looked up once (resolving a
    name the taxonomy lacks is a fuzzy search); unknown names stay in their own words."""
    from worldhire.skills.taxonomy_cache import load_taxonomy

    taxonomy = load_taxonomy()
    known: dict[str, Skill | None] = {}

    def resolve(name: str) -> Skill | None:
        key = name.strip()[:120]
        if not key:
            return None
        if key not in known:
            if key in taxonomy:
                known[key] = taxonomy.get(key)
            else:
                known[key] = taxonomy.resolve(key) or Skill(free_text_id(key), key)
        return known[key]

    return resolve


def profiles(
    numbered_rows: Iterable[tuple[int, dict[str, str]]],
    source: str,
    report: LoadReport,
    *,
    resolve: Resolver,
    tenant_id: str | None = None,
    consent_source: str | None = None,
) -> Iterator[tuple[int, Candidate]]:
    """The profiles of the rows, with their row numbers; a bad row is counted in `report` and
    skipped. With `consent_source`, each profile records consent to matching from there (who
    loads the file vouches for it)."""
    for number, values in numbered_rows:
        if not values:
            report.skip(number, "not a JSON object with known columns")
            continue
        try:
            candidate = profile(values, source, number, resolve)
        except IngestError as exc:
            report.skip(number, str(exc))
            continue
        candidate.tenant_id = tenant_id
        if consent_source:
            candidate.consents.append(Consent(ConsentPurpose.MATCHING, True, consent_source))
        yield number, candidate


def not_suppressed(
    numbered: Iterable[tuple[int, Candidate]],
    suppression: SuppressionList,
    report: LoadReport,
    *,
    chunk: int = 1000,
) -> Iterator[Candidate]:
    """The profiles whose e-mail, phone and links are on no erased person's suppression entry;
    the others are counted in `report` as skipped, with why. One lookup per `chunk` rows."""
    rows_left = iter(numbered)
    while batch := list(islice(rows_left, chunk)):
        keys = {number: Identity.of(candidate, named=False).stored_keys()
                for number, candidate in batch}
        erased = suppression.matching(k for row_keys in keys.values() for k in row_keys)
        for number, candidate in batch:
            if erased.intersection(keys[number]):
                report.skip(number, REASON)
            else:
                yield candidate


def load(
    repo: Repository,
    path: Path,
    *,
    tenant_id: str | None = None,
    consent_source: str | None = None,
    chunk: int = 5000,
    resolve: Resolver | None = None,
    workers: int | None = None,
) -> LoadReport:
    """Load a CSV or JSON Lines file into the store; embeddings are queued, not computed.

    With `workers` of 2 or more (by default one per core this process may run on) and a store
    that splits its bulk path (Repository.bulk_writer), rows are read, linked and turned into
    the store's rows by that many worker processes while this one checks them against the
    suppression list and writes them: the same profiles, in the file's order, at about twice
    the rate on two cores (the writer's share of a profile's CPU is a third)."""
    report = LoadReport()
    started = time.perf_counter()
    resolve = resolve or taxonomy_resolver()
    suppression = SuppressionList(repo, tenant_id)
    writer = repo.bulk_writer()
    workers = usable_cores() if workers is None else workers
    with young_collections_only():
        if writer is None or workers < 2:
            numbered = profiles(rows(path), path.name, report, resolve=resolve,
                                tenant_id=tenant_id, consent_source=consent_source)
            stream = not_suppressed(numbered, suppression, report)
            report.loaded = repo.load_candidates(collecting(stream), chunk=chunk)
        else:
            task = _Task(writer, suppression, resolve, path.name, tenant_id, consent_source)
            prepared = _prepared_in_workers(task, _raw_rows(path), workers, report)
            report.loaded = writer.write(prepared, chunk=chunk)
    report.seconds = time.perf_counter() - started
    return report


# Rows a worker reads, links and prepares per task: the writer gets work every few
# milliseconds, and pickling the task and its rows stays a small part of it.
TASK_ROWS = 500


@dataclass(frozen=True)
class _Task:
    """What every worker needs, inherited when it is forked (nothing of it is pickled)."""

    writer: BulkWriter
    suppression: SuppressionList  # its salt read before the workers start
    resolve: Resolver
    source: str
    tenant_id: str | None
    consent_source: str | None


@dataclass(frozen=True)
class _Prepared:
    """A task's answer: the prepared rows of its profiles, each profile's salted suppression
    hashes (by profile id, with its row number), and its rows skipped."""

    rows: PreparedProfiles
    digests: list[tuple[int, str, list[str]]]
    skipped: list[tuple[int, str]]


class _Skips(LoadReport):
    """A task's report: every row it skipped (at most TASK_ROWS), for the load's report."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[int, str]] = []

    def skip(self, row: int, reason: str) -> None:
        self.rows.append((row, reason))


_TASK: _Task | None = None  # the load's, while its workers run (they inherit it)


def _prepare(block: list[tuple[int, Raw]]) -> _Prepared:
    task = _TASK
    assert task is not None  # set before the workers were forked
    skips = _Skips()
    with young_collections_only():
        numbered = list(profiles(((n, _columns(raw)) for n, raw in block), task.source, skips,
                                 resolve=task.resolve, tenant_id=task.tenant_id,
                                 consent_source=task.consent_source))
        digests = [(n, c.id, list(task.suppression.digests(
            Identity.of(c, named=False).stored_keys()).values())) for n, c in numbered]
        answer = _Prepared(task.writer.prepare([c for _, c in numbered]), digests,
                           skips.rows)
    gc.collect(1)
    return answer


def _prepared_in_workers(
    task: _Task, raw: Iterable[tuple[int, Raw]], workers: int, report: LoadReport
) -> Iterator[PreparedProfiles]:
    """The rows' prepared profiles, in order, less those the suppression list holds (counted in
    `report` with the rows skipped). The workers are forked, so they inherit the task, the
    taxonomy and the resolver's names as this process holds them."""
    global _TASK
    task.suppression.digests([])  # the salt, read here: a worker never opens the store
    raw_rows = iter(raw)
    blocks = iter(lambda: list(islice(raw_rows, TASK_ROWS)), [])
    _TASK = task
    try:
        for answer in forked_map(_prepare, blocks, workers):
            yield _unsuppressed(answer, task.suppression, report)
    finally:
        _TASK = None


def _unsuppressed(
    answer: _Prepared, suppression: SuppressionList, report: LoadReport
) -> PreparedProfiles:
    for number, reason in answer.skipped:
        report.skip(number, reason)
    held = suppression.held(d for _, _, digests in answer.digests for d in digests)
    erased = [(n, cid) for n, cid, digests in answer.digests if held.intersection(digests)]
    for number, _ in erased:
        report.skip(number, REASON)
    return answer.rows.without({cid for _, cid in erased})
