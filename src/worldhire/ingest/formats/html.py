"""A web page (.html/.htm): a résumé saved from a résumé builder or a profile page, or a job post
saved from a careers site; read as the lines a browser shows (html_text), its links kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from worldhire.ingest.formats.base import ResumeFormat, decoded, readable

if TYPE_CHECKING:
    from worldhire.core.models import Candidate
    from worldhire.ingest.csv_bulk import RowErrorHandler


def _text(data: bytes) -> str:
    from worldhire.ingest.html_text import html_to_text

    return html_to_text(decoded(data))


def _read(data: bytes, name: str, _: RowErrorHandler | None) -> list[Candidate]:
    from worldhire.ingest.html_text import html_content
    from worldhire.ingest.resumes.resume_text import parse_text_resume

    text, links = html_content(decoded(data))
    return [parse_text_resume(readable(text), name, extra_links=links)]


# Word's "Save as Web Page" keeps the name résumé.doc: a page is read as one whatever its name.
_OPENINGS = (b"<!DOCTYPE html", b"<!doctype html", b"<!DOCTYPE HTML", b"<html", b"<HTML")

FORMAT = ResumeFormat("html", "web page", 35, {".html": "text/html", ".htm": "text/html"}, _text,
                      _read, holds_posts=True, opening=_OPENINGS)
