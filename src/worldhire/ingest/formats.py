"""The résumé formats read, one entry each: how a file of it is told apart, read into candidates
and kept. The sniffer, the parser, the original kept, the folder walk, the upload check and the
upload forms' `accept` lists all read this table, so a new format is a reader module and an
entry here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from worldhire.core.models import Candidate
    from worldhire.ingest.csv_bulk import RowErrorHandler
    from worldhire.ingest.docx_text import DocxContent

# The readers are imported when a file is read, not with the table: the help of the CLI, the
# upload forms and the API's descriptions name the formats from it without loading the PDF, DOCX
# and text-encoding libraries (`worldhire --help` stays light: tests/cli/test_startup.py).


class FileKind(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    JSON = "json"
    CSV = "csv"
    TEXT = "text"


Reader: TypeAlias = "Callable[[bytes, str, RowErrorHandler | None], list[Candidate]]"


@dataclass(frozen=True)
class ResumeFormat:
    kind: FileKind
    title: str  # as a person names it, in the reason a file is refused
    # Its suffixes, each with the media type its original is kept and served as; the first is
    # the type of a file of this format named otherwise (a PDF named résumé.txt).
    media_types: Mapping[str, str]
    # The document's text: the résumé kept beside the original, a job post's text.
    text: Callable[[bytes], str]
    read: Reader
    holds_posts: bool = False  # a job post may come in it (the role form's upload)
    several_people: bool = False  # one file, many people: not kept, not a single résumé
    magic: bytes | None = None  # in its first KB whatever its name (a PDF may start with junk)
    zip_part: str | None = None  # the part a zip archive of this format always holds
    opening: bytes | None = None  # how a text file of it starts, whatever its suffix

    @property
    def suffixes(self) -> tuple[str, ...]:
        return tuple(self.media_types)

    def media_type(self, suffix: str) -> str:
        return self.media_types.get(suffix, next(iter(self.media_types.values())))


_MIN_READABLE_SHARE = 0.85


def _readable(raw: str) -> str:
    from worldhire.ingest.errors import NotAResumeError
    from worldhire.ingest.text import clean_text, readable_share

    text = clean_text(raw)
    if not text:
        raise NotAResumeError("no text left after removing control characters")
    if readable_share(text) < _MIN_READABLE_SHARE:
        raise NotAResumeError("text is mostly unreadable symbols (binary data or a wrong encoding)")
    return text


def _decoded(data: bytes) -> str:
    from worldhire.ingest.text import decode_text

    return decode_text(data)


# Deciding whether a file is a job post needs its text before the post or résumé parser runs;
# the last few PDFs and DOCX files read are kept, so the parser does not extract them again.
@lru_cache(maxsize=4)
def _pdf_text_once(data: bytes) -> str:
    from worldhire.ingest.pdf_text import pdf_text

    return pdf_text(data)


@lru_cache(maxsize=4)
def _docx_once(data: bytes) -> DocxContent:
    from worldhire.ingest.docx_text import docx_text

    return docx_text(data)


def _read_pdf(data: bytes, name: str, _: RowErrorHandler | None) -> list[Candidate]:
    from worldhire.ingest.resume_text import parse_text_resume

    return [parse_text_resume(_readable(_pdf_text_once(data)), name)]


def _read_docx(data: bytes, name: str, _: RowErrorHandler | None) -> list[Candidate]:
    from worldhire.ingest.resume_text import parse_text_resume

    content = _docx_once(data)
    return [parse_text_resume(_readable(content.text), name, extra_links=content.links)]


def _read_json(data: bytes, name: str, _: RowErrorHandler | None) -> list[Candidate]:
    from worldhire.ingest.jsonresume import load_json, parse_json_resume

    return [parse_json_resume(load_json(_decoded(data)), name)]


def _read_csv(data: bytes, name: str, on_row_error: RowErrorHandler | None) -> list[Candidate]:
    from worldhire.ingest.csv_bulk import parse_csv

    return parse_csv(_decoded(data), name, on_row_error)


def _read_text(data: bytes, name: str, _: RowErrorHandler | None) -> list[Candidate]:
    from worldhire.ingest.resume_text import parse_text_resume

    return [parse_text_resume(_readable(_decoded(data)), name)]


def _page_text(data: bytes) -> str:
    from worldhire.ingest.html_text import readable_text

    return readable_text(_decoded(data))


# In this order the sniffer tries their signatures and a refusal lists what is read.
FORMATS: tuple[ResumeFormat, ...] = (
    ResumeFormat(FileKind.PDF, "PDF", {".pdf": "application/pdf"}, _pdf_text_once, _read_pdf,
                 holds_posts=True, magic=b"%PDF-"),
    ResumeFormat(
        FileKind.DOCX, "DOCX",
        {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        lambda data: _docx_once(data).text, _read_docx,
        holds_posts=True, zip_part="word/document.xml"),
    ResumeFormat(FileKind.TEXT, "text/Markdown",
                 {".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown",
                  ".markdown": "text/markdown"},
                 _page_text, _read_text, holds_posts=True),
    ResumeFormat(FileKind.JSON, "JSON Resume", {".json": "application/json"}, _decoded,
                 _read_json, opening=b"{"),
    ResumeFormat(FileKind.CSV, "CSV", {".csv": "text/csv", ".tsv": "text/tab-separated-values"},
                 _decoded, _read_csv, several_people=True),
)
_BY_KIND = {f.kind: f for f in FORMATS}
_BY_SUFFIX = {suffix: f for f in FORMATS for suffix in f.suffixes}


def format_of(kind: FileKind) -> ResumeFormat:
    return _BY_KIND[kind]


def format_named(suffix: str) -> ResumeFormat | None:
    """The format a (lower-case) suffix names, if any."""
    return _BY_SUFFIX.get(suffix)


def suffixes(*, several_people: bool = True) -> list[str]:
    """The suffixes read (the folder walk, the upload check, the upload forms' `accept`), with
    or without those of files of many people."""
    return sorted(s for f in FORMATS if several_people or not f.several_people
                  for s in f.suffixes)


def post_accept() -> list[str]:
    """The `accept` list of a job post's upload: the suffixes and media types of the formats a
    post may come in."""
    posts = [f for f in FORMATS if f.holds_posts]
    types = dict.fromkeys(t for f in posts for t in f.media_types.values())
    return sorted(s for f in posts for s in f.suffixes) + list(types)


def format_names(*, several_people: bool = True, posts: bool = False) -> str:
    """The formats read, as prose lists them ("PDF, DOCX, text/Markdown, JSON Resume or CSV"),
    for the help texts and upload hints: without those of files of many people, or only those a
    job post may come in."""
    titles = [f.title for f in FORMATS
              if (several_people or not f.several_people) and (f.holds_posts or not posts)]
    return titles[0] if len(titles) == 1 else f"{', '.join(titles[:-1])} or {titles[-1]}"
