"""Public entry points: a file (or its bytes) to candidates, a job post to a RoleSpec.

Every failure is an `IngestError` with a reason a person can act on; nothing else escapes.
Candidates come back without skills (the ingest service links them) and with `source_name` set to
the file name.
"""

from __future__ import annotations

import os
from pathlib import Path

from worldhire.core.contact import web_link
from worldhire.core.models import Candidate
from worldhire.ingest import limits
from worldhire.ingest.archives import member_archive, read_member
from worldhire.ingest.csv_bulk import CsvRow, RowErrorHandler, candidates_of_rows, csv_rows
from worldhire.ingest.errors import FileTooLargeError, IngestError, NotAResumeError
from worldhire.ingest.formats import format_of
from worldhire.ingest.posts.role import RequirementSpec, RoleSpec, WorkHours, parse_role_document
from worldhire.ingest.sniff import sniff
from worldhire.ingest.text import decode_text
from worldhire.skills.linker import SkillLinker

__all__ = [
    "IngestError",
    "RequirementSpec",
    "RoleSpec",
    "WorkHours",
    "parse_resume",
    "parse_resume_bytes",
    "parse_role",
    "parse_role_bytes",
    "read_limited",
]


def read_limited(path: Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes, refusing one over the limit from its size alone (before reading it); a
    path under a zip archive is that member's bytes (`worldhire.ingest.archives`)."""
    limit = limits.MAX_FILE_BYTES if max_bytes is None else max_bytes
    inside = None if path.exists() else member_archive(path)
    if inside is not None:
        return read_member(*inside, limit)
    try:
        size = os.stat(path).st_size
        if size > limit:
            raise FileTooLargeError(f"file too large: {size:,} bytes (limit {limit:,})")
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)  # the file may grow after stat
    except IngestError:
        raise
    except IsADirectoryError as exc:
        raise IngestError(f"{path} is a directory") from exc
    except OSError as exc:
        raise IngestError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise FileTooLargeError(f"file too large: over {limit:,} bytes")
    return data


def parse_resume(
    path: Path, *, max_bytes: int | None = None, on_row_error: RowErrorHandler | None = None
) -> list[Candidate]:
    data = read_limited(path, max_bytes)
    return parse_resume_bytes(data, path.name, max_bytes=max_bytes, on_row_error=on_row_error)


def parse_resume_bytes(
    data: bytes,
    filename: str,
    *,
    max_bytes: int | None = None,
    on_row_error: RowErrorHandler | None = None,
) -> list[Candidate]:
    """One candidate per résumé; several for a CSV (bad rows go to `on_row_error`, skipped).
    Only web links are kept, whatever the format carried (a DOCX hyperlink or a JSON Résumé
    profile may be `javascript:` or `file:`)."""
    people = _parse_resume_bytes(data, filename, max_bytes=max_bytes, on_row_error=on_row_error)
    return _web_links_only(people)


def csv_resume_rows(
    data: bytes, filename: str, *, max_bytes: int | None, on_row_error: RowErrorHandler
) -> list[CsvRow] | None:
    """A CSV résumé file's rows, not yet read as candidates (`candidates_of_csv_rows` reads
    them, a block at a time if need be); None when the file is not a CSV."""
    name = _checked_name(data, filename, max_bytes)
    if sniff(data, name) != "csv":  # formats/csv_table.py
        return None
    return csv_rows(decode_text(data), on_row_error)


def candidates_of_csv_rows(
    rows: list[CsvRow], filename: str, on_row_error: RowErrorHandler
) -> list[Candidate]:
    """What parse_resume_bytes gives for these rows of a CSV file."""
    name = Path(filename).name or "upload"
    return _web_links_only(candidates_of_rows(rows, name, on_row_error))


def _web_links_only(people: list[Candidate]) -> list[Candidate]:
    for person in people:
        person.links = [link for link in map(web_link, person.links) if link]
    return people


def _checked_name(data: bytes, filename: str, max_bytes: int | None) -> str:
    limit = limits.MAX_FILE_BYTES if max_bytes is None else max_bytes
    if len(data) > limit:
        raise FileTooLargeError(f"file too large: {len(data):,} bytes (limit {limit:,})")
    if not data.strip():
        raise NotAResumeError("empty file")
    return Path(filename).name or "upload"


def _parse_resume_bytes(
    data: bytes, filename: str, *, max_bytes: int | None, on_row_error: RowErrorHandler | None,
) -> list[Candidate]:
    name = _checked_name(data, filename, max_bytes)
    return format_of(sniff(data, name)).read(data, name, on_row_error)


def parse_role(path: Path, *, max_bytes: int | None = None) -> RoleSpec:
    return parse_role_bytes(read_limited(path, max_bytes), path.name, max_bytes=max_bytes)


def parse_role_bytes(
    data: bytes, filename: str, *, max_bytes: int | None = None,
    linker: SkillLinker | None = None,
) -> RoleSpec:
    """A role from JSON or a job post; `linker` links its requirements (literal names only by
    default; a semantic linker also settles ambiguous names and suggests links)."""
    limit = limits.MAX_FILE_BYTES if max_bytes is None else max_bytes
    if len(data) > limit:
        raise FileTooLargeError(f"file too large: {len(data):,} bytes (limit {limit:,})")
    if not data.strip():
        raise NotAResumeError("empty file")
    return parse_role_document(data, Path(filename).name or "upload", linker)
