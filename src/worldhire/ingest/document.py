"""A document's text, whatever its format, read once.

Deciding whether a file is a job post needs its text before the post or résumé parser runs; the
last few PDFs and DOCX files read are kept, so the parser does not extract them a second time.
"""

from __future__ import annotations

from functools import lru_cache

from worldhire.ingest.docx_text import DocxContent, docx_text
from worldhire.ingest.html_text import readable_text
from worldhire.ingest.pdf_text import pdf_text
from worldhire.ingest.sniff import FileKind
from worldhire.ingest.text import decode_text


@lru_cache(maxsize=4)
def pdf_text_once(data: bytes) -> str:
    return pdf_text(data)


@lru_cache(maxsize=4)
def docx_content_once(data: bytes) -> DocxContent:
    return docx_text(data)


def document_text(data: bytes, kind: FileKind) -> str | None:
    """The text of a text, PDF or DOCX file; None for other kinds. Raises the IngestError of a
    damaged or unreadable file."""
    if kind is FileKind.PDF:
        return pdf_text_once(data)
    if kind is FileKind.DOCX:
        return docx_content_once(data).text
    if kind is FileKind.TEXT:
        return readable_text(decode_text(data))
    return None
