"""Word 97-2003 (.doc): an OLE compound file holding a "WordDocument" stream; read by doc_text,
its links kept. Job boards still export résumés this way, and many people still save them so."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from worldhire.ingest.formats.base import ResumeFormat, readable

if TYPE_CHECKING:
    from worldhire.core.models import Candidate
    from worldhire.ingest.csv_bulk import RowErrorHandler
    from worldhire.ingest.doc_text import DocContent

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# As a DOCX's (formats/docx.py): read once for the post check and the parser.
@lru_cache(maxsize=4)
def _content_once(data: bytes) -> DocContent:
    from worldhire.ingest.doc_text import doc_text

    return doc_text(data)


def _read(data: bytes, name: str, _: RowErrorHandler | None) -> list[Candidate]:
    from worldhire.ingest.resumes.resume_text import parse_text_resume

    content = _content_once(data)
    return [parse_text_resume(readable(content.text), name, extra_links=content.links)]


FORMAT = ResumeFormat(
    "doc", "Word 97-2003 document", 25, {".doc": "application/msword"},
    lambda data: _content_once(data).text, _read, holds_posts=True, magic=_OLE_SIGNATURE)
