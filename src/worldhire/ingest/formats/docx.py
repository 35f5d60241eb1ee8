"""Word (DOCX): a zip archive that always holds word/document.xml; read by docx_text, its
links kept."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from worldhire.ingest.formats.base import ResumeFormat, readable

if TYPE_CHECKING:
    from worldhire.core.models import Candidate
    from worldhire.ingest.csv_bulk import RowErrorHandler
    from worldhire.ingest.docx_text import DocxContent


# As a PDF's (formats/pdf.py): read once for the post check and the parser.
@lru_cache(maxsize=4)
def _content_once(data: bytes) -> DocxContent:
    from worldhire.ingest.docx_text import docx_text

    return docx_text(data)


def _read(data: bytes, name: str, _: RowErrorHandler | None) -> list[Candidate]:
    from worldhire.ingest.resumes.resume_text import parse_text_resume

    content = _content_once(data)
    return [parse_text_resume(readable(content.text), name, extra_links=content.links)]


FORMAT = ResumeFormat(
    "docx", "DOCX", 20,
    {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    lambda data: _content_once(data).text, _read, holds_posts=True, zip_part="word/document.xml")
