"""JSON Resume (jsonresume.org): a text file that opens with "{"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from worldhire.ingest.formats.base import ResumeFormat, decoded

if TYPE_CHECKING:
    from worldhire.core.models import Candidate
    from worldhire.ingest.csv_bulk import RowErrorHandler


def _read(data: bytes, name: str, _: RowErrorHandler | None) -> list[Candidate]:
    from worldhire.ingest.resumes.jsonresume import load_json, parse_json_resume

    return [parse_json_resume(load_json(decoded(data)), name)]


FORMAT = ResumeFormat("json", "JSON Resume", 40, {".json": "application/json"}, decoded, _read,
                      opening=b"{")
