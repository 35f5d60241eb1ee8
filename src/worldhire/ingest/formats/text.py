"""Plain text and Markdown: what a file with no other signature is read as; a job post's page
text is its readable text (html_text: a saved web page reads as its words)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from worldhire.ingest.formats.base import ResumeFormat, decoded, readable

if TYPE_CHECKING:
    from worldhire.core.models import Candidate
    from worldhire.ingest.csv_bulk import RowErrorHandler


def _read(data: bytes, name: str, _: RowErrorHandler | None) -> list[Candidate]:
    from worldhire.ingest.extract.spaced_table import spaced_table_rows
    from worldhire.ingest.resumes.resume_text import parse_text_resume

    # the spaces between a typed table's cells go when the text is cleaned: read them first
    return [parse_text_resume(readable(spaced_table_rows(decoded(data))), name)]


def _page_text(data: bytes) -> str:
    from worldhire.ingest.html_text import readable_text

    return readable_text(decoded(data))


FORMAT = ResumeFormat("text", "text/Markdown", 30,
                      {".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown",
                       ".markdown": "text/markdown"},
                      _page_text, _read, holds_posts=True)
