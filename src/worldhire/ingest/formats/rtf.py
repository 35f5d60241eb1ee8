"""RTF (.rtf): a text file that opens with "{\\rtf"; read by rtf_text, its links kept."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from worldhire.ingest.formats.base import ResumeFormat, readable

if TYPE_CHECKING:
    from worldhire.core.models import Candidate
    from worldhire.ingest.csv_bulk import RowErrorHandler
    from worldhire.ingest.rtf_text import RtfContent


# As a DOCX's (formats/docx.py): read once for the post check and the parser.
@lru_cache(maxsize=4)
def _content_once(data: bytes) -> RtfContent:
    from worldhire.ingest.rtf_text import rtf_text

    return rtf_text(data)


def _read(data: bytes, name: str, _: RowErrorHandler | None) -> list[Candidate]:
    from worldhire.ingest.resumes.resume_text import parse_text_resume

    content = _content_once(data)
    return [parse_text_resume(readable(content.text), name, extra_links=content.links)]


FORMAT = ResumeFormat(
    "rtf", "RTF", 28, {".rtf": "application/rtf"}, lambda data: _content_once(data).text, _read,
    holds_posts=True, opening=b"{\\rtf")
