"""A résumé file as received, kept beside what was read from it, so whoever corrects the parsed
fields reads the person's own words (and can download their file) while doing it."""

from __future__ import annotations

from pathlib import PurePath

from worldhire.core.models import ResumeDocument
from worldhire.ingest import limits
from worldhire.ingest.formats import format_of
from worldhire.ingest.sniff import sniff


def received_document(data: bytes, filename: str, people: int) -> ResumeDocument | None:
    """The document one person's file is; None for a file of several people (a bulk CSV): it
    holds others' data, so it is kept with none of them. Call after the file parsed: a file
    that did not raises here as it did there."""
    known = format_of(sniff(data, filename))
    if people != 1 or known.several_people:
        return None
    media_type = known.media_type(PurePath(filename).suffix.lower())
    text = known.text(data)
    # A PDF's or a Word file's text stops at the cap as it is extracted; a text file's is the
    # whole file (19 MB of text was kept, and carried from the parser, beside the 19 MB file).
    return ResumeDocument(media_type, text[: limits.MAX_TEXT_CHARS], data)
