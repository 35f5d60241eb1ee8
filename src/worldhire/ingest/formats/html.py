"""A web page (.html/.htm): a résumé saved from a résumé builder or a profile page, or a job post
saved from a careers site; read as the lines a browser shows (html_text), its links kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from worldhire.ingest.formats.base import decoded, linked_text_format

if TYPE_CHECKING:
    from worldhire.ingest.extract.content import LinkedText


def _linked_text(data: bytes) -> LinkedText:
    from worldhire.ingest.extract.content import LinkedText
    from worldhire.ingest.html_text import html_content

    return LinkedText(*html_content(decoded(data)))


# Word's "Save as Web Page" keeps the name résumé.doc: a page is read as one whatever its name.
_OPENINGS = (b"<!DOCTYPE html", b"<!doctype html", b"<!DOCTYPE HTML", b"<html", b"<HTML")

FORMAT = linked_text_format("html", "web page", 35, {".html": "text/html", ".htm": "text/html"},
                            _linked_text, opening=_OPENINGS)
