"""PDF: told apart by its signature anywhere in the first KB; its text read by pdf_text."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from worldhire.ingest.formats.base import ResumeFormat, readable

if TYPE_CHECKING:
    from worldhire.core.models import Candidate
    from worldhire.ingest.csv_bulk import RowErrorHandler


# Deciding whether a file is a job post needs its text before the post or résumé parser runs;
# the last few files read are kept, so the parser does not extract them again.
@lru_cache(maxsize=4)
def _text_once(data: bytes) -> str:
    from worldhire.ingest.pdf_text import pdf_text

    return pdf_text(data)


def _read(data: bytes, name: str, _: RowErrorHandler | None) -> list[Candidate]:
    from worldhire.ingest.resumes.resume_text import parse_text_resume

    return [parse_text_resume(readable(_text_once(data)), name)]


FORMAT = ResumeFormat("pdf", "PDF", 10, {".pdf": "application/pdf"}, _text_once, _read,
                      holds_posts=True, magic=b"%PDF-")
