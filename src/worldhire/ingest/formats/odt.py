"""OpenDocument text (.odt): a zip archive that always holds content.xml; read by odt_text, its
links kept. LibreOffice saves in it by default."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from worldhire.ingest.formats.base import ResumeFormat, readable

if TYPE_CHECKING:
    from worldhire.core.models import Candidate
    from worldhire.ingest.csv_bulk import RowErrorHandler
    from worldhire.ingest.odt_text import OdtContent


# As a DOCX's (formats/docx.py): read once for the post check and the parser.
@lru_cache(maxsize=4)
def _content_once(data: bytes) -> OdtContent:
    from worldhire.ingest.odt_text import odt_text

    return odt_text(data)


def _read(data: bytes, name: str, _: RowErrorHandler | None) -> list[Candidate]:
    from worldhire.ingest.resumes.resume_text import parse_text_resume

    content = _content_once(data)
    return [parse_text_resume(readable(content.text), name, extra_links=content.links)]


FORMAT = ResumeFormat(
    "odt", "OpenDocument text", 22, {".odt": "application/vnd.oasis.opendocument.text"},
    lambda data: _content_once(data).text, _read, holds_posts=True, zip_part="content.xml")
