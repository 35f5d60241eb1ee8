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
from worldhire.store.protocol import Repository

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
    suffix = path.suffix.lower()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        if suffix in {".jsonl", ".ndjson"}:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, _json_row(line)
        elif suffix in {".csv", ".tsv"}:
            yield from _csv_rows(handle, suffix)
        else:
            raise BulkFormatError(f"{path.name}: bulk loading reads .csv, .tsv or .jsonl files")


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
    for key, value in record.items():
        name = _column(str(key))
        if name in COLUMNS and value not in (None, "", []):
            out[name] = _as_text(value)
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
                known[key] = taxonomy.resolve(key) or Skill(f"text:{key.lower()}", key)
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
) -> LoadReport:
    """Load a CSV or JSON Lines file into the store; embeddings are queued, not computed."""
    report = LoadReport()
    started = time.perf_counter()
    numbered = profiles(rows(path), path.name, report, resolve=resolve or taxonomy_resolver(),
                        tenant_id=tenant_id, consent_source=consent_source)
    stream = not_suppressed(numbered, SuppressionList(repo, tenant_id), report)
    with young_collections_only():
        report.loaded = repo.load_candidates(collecting(stream), chunk=chunk)
    report.seconds = time.perf_counter() - started
    return report
