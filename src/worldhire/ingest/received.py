"""A résumé file as received, kept beside what was read from it, so whoever corrects the parsed
fields reads the person's own words (and can download their file) while doing it."""

from __future__ import annotations

from pathlib import PurePath

from worldhire.core.models import ResumeDocument
from worldhire.ingest import limits
from worldhire.ingest.document import document_text
from worldhire.ingest.sniff import FileKind, sniff
from worldhire.ingest.text import decode_text

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_MEDIA_TYPES = {FileKind.PDF: "application/pdf", FileKind.DOCX: DOCX,
                FileKind.JSON: "application/json"}
_MARKDOWN = {".md", ".markdown"}


def received_document(data: bytes, filename: str, people: int) -> ResumeDocument | None:
    """The document one person's file is; None for a file of several people (a bulk CSV): it
    holds others' data, so it is kept with none of them. Call after the file parsed: a file
    that did not raises here as it did there."""
    kind = sniff(data, filename)
    if people != 1 or kind is FileKind.CSV:
        return None
    if kind is FileKind.TEXT:
        markdown = PurePath(filename).suffix.lower() in _MARKDOWN
        media_type = "text/markdown" if markdown else "text/plain"
    else:
        media_type = _MEDIA_TYPES[kind]
    text = decode_text(data) if kind is FileKind.JSON else document_text(data, kind)
    # A PDF's or a Word file's text stops at the cap as it is extracted; a text file's is the
    # whole file (19 MB of text was kept, and carried from the parser, beside the 19 MB file).
    return ResumeDocument(media_type, (text or "")[: limits.MAX_TEXT_CHARS], data)
