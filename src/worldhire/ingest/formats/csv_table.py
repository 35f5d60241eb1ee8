"""CSV and TSV: a table of many people, one a row (csv_bulk), never kept as a résumé."""

from __future__ import annotations

from typing import TYPE_CHECKING

from worldhire.ingest.formats.base import ResumeFormat, decoded

if TYPE_CHECKING:
    from worldhire.core.models import Candidate
    from worldhire.ingest.csv_bulk import RowErrorHandler


def _read(data: bytes, name: str, on_row_error: RowErrorHandler | None) -> list[Candidate]:
    from worldhire.ingest.csv_bulk import parse_csv

    return parse_csv(decoded(data), name, on_row_error)


FORMAT = ResumeFormat("csv", "CSV", 50,
                      {".csv": "text/csv", ".tsv": "text/tab-separated-values"},
                      decoded, _read, several_people=True)
