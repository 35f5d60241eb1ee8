"""CSV bulk import: one candidate a row.

The first row is a header; column names are case-insensitive, spaces and dashes count as
underscores, unknown columns are ignored. Delimiter: comma, semicolon, tab or pipe (sniffed).
A row needs a `name`, an `email`, a `phone`, or a `resume_text` that yields one of them.

| column              | meaning                                                                |
|---------------------|------------------------------------------------------------------------|
| name                | full name                                                              |
| email, phone        | contact                                                                |
| location            | free text ("Pune, India"): country and time zone are derived from it   |
| country             | country name or alpha-2 code (overrides the one from location)         |
| timezone            | IANA zone (overrides the derived one)                                  |
| headline            | one-line title ("Senior ML Engineer")                                  |
| summary             | free text                                                              |
| skills              | free text list ("Python, PyTorch; RAG"), becomes the SKILLS evidence   |
| languages           | "English (C1); Hindi (native)"                                         |
| links               | URLs separated by spaces, commas or semicolons                         |
| years_experience    | a number                                                               |
| pay_expectation     | "USD 48,000/year", "₹30 LPA", or a bare number read as USD a year      |
| work_authorization  | alpha-2 codes or country names separated by ; or ,                     |
| needs_sponsorship   | yes/no/true/false/1/0                                                  |
| work_hours          | local hours "9-17" or "10:00-19:00"                                    |
| available_from      | ISO date (2025-09-01)                                                  |
| resume_text         | a whole text résumé, parsed like a .txt file; the columns above win    |
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

from worldhire.core.contact import mail_address
from worldhire.core.geo.zones import country_timezone, is_timezone
from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind
from worldhire.ingest import limits
from worldhire.ingest.errors import CorruptFileError, IngestError, NotAResumeError
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.shared import fields
from worldhire.ingest.shared.dates import parse_iso_date
from worldhire.ingest.shared.geo import country_code, resolve_place
from worldhire.ingest.shared.pay import parse_pay_usd_year
from worldhire.ingest.text import clean_field, clean_text

RowErrorHandler = Callable[[int, IngestError], None]
KNOWN_COLUMNS = {"name", "email", "phone", "location", "country", "timezone", "headline", "summary",
          "skills", "languages", "links", "years_experience", "pay_expectation",
          "work_authorization", "needs_sponsorship", "work_hours", "available_from",
          "resume_text"}  # fmt: skip
_ALIASES = {"full_name": "name", "e_mail": "email", "mail": "email", "time_zone": "timezone",
            "tz": "timezone", "title": "headline", "resume": "resume_text", "cv": "resume_text",
            "cv_text": "resume_text", "years": "years_experience", "salary": "pay_expectation",
            "expected_salary": "pay_expectation", "city": "location"}  # fmt: skip


CsvRow = tuple[int, dict[str, str]]  # the row's number in the file, its known non-empty cells

# CSV rows read and linked per parser call: well inside one document's CPU budget on a busy
# machine (about 5 ms a row of columns; a whole résumé in a cell counts by its length).
BLOCK_ROWS = 100
BLOCK_CHARS = 60_000


def row_blocks(rows: list[CsvRow]) -> list[list[CsvRow]]:
    """A big file's rows in blocks of at most BLOCK_ROWS rows and BLOCK_CHARS characters (a
    row longer than that is a block of its own), each read under one document's budget."""
    blocks: list[list[CsvRow]] = [[]]
    chars = 0
    for row in rows:
        size = sum(map(len, row[1].values()))
        if blocks[-1] and (len(blocks[-1]) == BLOCK_ROWS or chars + size > BLOCK_CHARS):
            blocks.append([])
            chars = 0
        blocks[-1].append(row)
        chars += size
    return [block for block in blocks if block]


def parse_csv(
    text: str, source_name: str, on_row_error: RowErrorHandler | None = None
) -> list[Candidate]:
    """Candidates of every valid row. Bad rows go to `on_row_error(row_number, error)` and are
    skipped; a file with no valid row at all raises."""
    errors: list[str] = []
    rows = csv_rows(text, lambda row, exc: _report(on_row_error, errors, row, exc))
    candidates = candidates_of_rows(
        rows, source_name, lambda row, exc: _report(on_row_error, errors, row, exc)
    )
    if not candidates:
        raise no_valid_row(errors)
    return candidates


def no_valid_row(errors: list[str]) -> NotAResumeError:
    detail = f": {errors[0]}" if errors else ""
    return NotAResumeError(f"CSV has no valid candidate row{detail}")


def csv_rows(text: str, on_row_error: RowErrorHandler) -> list[CsvRow]:
    """The rows of a CSV file with their known columns, not yet read as candidates (the cheap
    half: a big file's rows can then be read in blocks on every core). Rows the csv module
    cannot read go to `on_row_error`; a bad header or too many rows raise."""
    text = text.replace("\x00", "")
    sample = text[:8_192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            sample.split("\n", 1)[0], ",;\t|"
        )
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(limits.MAX_CSV_FIELD_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise CorruptFileError(f"unreadable CSV header: {exc}") from exc
    if not header:
        raise NotAResumeError("empty CSV file")
    columns = [column_name(h) for h in header]
    if not {"name", "email", "phone", "resume_text"} & set(columns):
        raise NotAResumeError(
            "CSV header lacks all of name, email, phone, resume_text (see the CSV format)"
        )
    rows: list[CsvRow] = []
    row_number = 1
    while True:
        row_number += 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            on_row_error(row_number, CorruptFileError(f"row {row_number}: {exc}"))
            continue
        if row_number - 1 > limits.MAX_CSV_ROWS:
            raise CorruptFileError(
                f"CSV has more than {limits.MAX_CSV_ROWS:,} rows: split the file"
            )
        if not any(cell.strip() for cell in row):
            continue
        values = {
            col: cell
            for col, cell in zip(columns, row, strict=False)
            if col in KNOWN_COLUMNS and cell.strip()
        }
        rows.append((row_number, values))
    return rows


def candidates_of_rows(
    rows: list[CsvRow], source_name: str, on_row_error: RowErrorHandler
) -> list[Candidate]:
    """The candidates of `csv_rows`' rows; a row that is not one goes to `on_row_error`."""
    candidates: list[Candidate] = []
    for row_number, values in rows:
        try:
            candidates.append(candidate_from_columns(values, source_name, row_number))
        except IngestError as exc:
            on_row_error(row_number, exc)
    return candidates


def _report(
    handler: RowErrorHandler | None, errors: list[str], row: int, error: IngestError
) -> None:
    errors.append(f"row {row}: {error.reason}")
    if handler is not None:
        handler(row, error)


def column_name(name: str) -> str:
    key = re.sub(r"[\s\-]+", "_", name.strip().lower().lstrip("\ufeff"))
    return _ALIASES.get(key, key)


def candidate_from_columns(values: dict[str, str], source_name: str, row_number: int) -> Candidate:
    """A row's candidate from its known columns (names as `column_name` gives them)."""
    source = f"{source_name}#row={row_number}"
    resume_text = clean_text(values.get("resume_text", ""))
    if resume_text:
        try:
            candidate = parse_text_resume(resume_text, source_name)
        except NotAResumeError:
            candidate = Candidate(name="", source_name=source_name)
        for item in candidate.evidence:
            item.source = source
    else:
        candidate = Candidate(name="", source_name=source_name)
    _apply_columns(candidate, values, source)
    if not candidate.name and not candidate.email and not candidate.phone:
        raise NotAResumeError(f"row {row_number}: no name, email or phone")
    return candidate


def _apply_columns(candidate: Candidate, values: dict[str, str], source: str) -> None:
    if "name" in values:
        candidate.name = clean_field(values["name"], 120)
    if "email" in values:
        emails = fields.find_emails(values["email"])
        candidate.email = next(filter(None, map(mail_address, emails)), candidate.email)
    if "phone" in values:
        candidate.phone = clean_field(values["phone"], 40) or candidate.phone
    if "headline" in values:
        candidate.headline = clean_field(values["headline"], 200)
    if "location" in values:
        candidate.location = clean_field(values["location"], 120)
        place = resolve_place(candidate.location, bare_town=True)
        if place is not None:
            candidate.country, candidate.timezone = place.country, place.timezone
    if "country" in values:
        raw = clean_field(values["country"], 60)
        code = country_code(raw.upper() if len(raw) == 2 else raw)
        if code is not None and code != candidate.country:
            candidate.country, candidate.timezone = code, country_timezone(code)
    if "timezone" in values and is_timezone(values["timezone"].strip()):
        candidate.timezone = values["timezone"].strip()
    if "summary" in values:
        candidate.summary = clean_text(values["summary"])[:4_000]
        candidate.evidence.insert(
            0, EvidenceItem(EvidenceKind.SUMMARY, "Summary", candidate.summary, source=source)
        )
    if "skills" in values:
        skills = clean_text(values["skills"])[:4_000]
        candidate.evidence.append(
            EvidenceItem(EvidenceKind.SKILLS, "Skills", skills, source=source)
        )
    if "languages" in values:
        candidate.languages = fields.find_languages(values["languages"]) or candidate.languages
    if "links" in values:
        links = [
            f"https://{u}" if not u.startswith("http") else u
            for u in re.split(r"[\s,;]+", values["links"])
            if "." in u
        ]
        candidate.links = list(
            dict.fromkeys([*candidate.links, *(clean_field(u, 300) for u in links)])
        )[:30]
    _apply_numbers(candidate, values)


def _apply_numbers(candidate: Candidate, values: dict[str, str]) -> None:
    if "years_experience" in values:
        candidate.years_experience = (
            _float(values["years_experience"], 0, 60) or candidate.years_experience
        )
    if "pay_expectation" in values:
        raw = values["pay_expectation"]
        number = _float(raw, 1_000, 5_000_000)
        candidate.pay_expectation_usd = number if number is not None else parse_pay_usd_year(raw)
    if "work_authorization" in values:
        codes = [
            country_code(p.strip().upper() if len(p.strip()) == 2 else p)
            for p in re.split(r"[;,]", values["work_authorization"])
        ]
        candidate.work_authorization = [c for c in dict.fromkeys(codes) if c]
    elif not candidate.work_authorization and candidate.country:
        candidate.work_authorization = [candidate.country]
    if "needs_sponsorship" in values:
        candidate.needs_sponsorship = values["needs_sponsorship"].strip().lower() in {
            "yes",
            "y",
            "true",
            "1",
        }
    if "work_hours" in values:
        hours = fields.working_hours(f"hours {values['work_hours']}")
        if hours is not None:
            candidate.work_start_hour, candidate.work_end_hour = hours
    if "available_from" in values:
        candidate.available_from = (
            parse_iso_date(values["available_from"]) or candidate.available_from
        )


def _float(text: str, low: float, high: float) -> float | None:
    try:
        value = float(text.strip().replace(",", ""))
    except ValueError:
        return None
    return value if low <= value <= high else None
