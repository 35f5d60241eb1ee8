"""A document's text, whatever its format: the text a job post is recognised in (a résumé's
format says whether a post may come in it; `worldhire.ingest.formats`)."""

from __future__ import annotations

from worldhire.ingest.formats import FileKind, format_of


def document_text(data: bytes, kind: FileKind) -> str | None:
    """The text of a file of a format a job post may come in (text, PDF, DOCX); None for other
    kinds. Raises the IngestError of a damaged or unreadable file."""
    known = format_of(kind)
    return known.text(data) if known.holds_posts else None
