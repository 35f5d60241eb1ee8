"""What a résumé format is (one module of `worldhire.ingest.formats` each), and the text checks
its readers share."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from worldhire.core.models import Candidate
    from worldhire.ingest.csv_bulk import RowErrorHandler
    from worldhire.ingest.extract.content import LinkedText

# A format's name for itself ("pdf", "csv"): what the sniffer says a file is.
FileKind: TypeAlias = str
Reader: TypeAlias = "Callable[[bytes, str, RowErrorHandler | None], list[Candidate]]"


@dataclass(frozen=True)
class ResumeFormat:
    kind: FileKind
    title: str  # as a person names it, in the reason a file is refused
    # Where it stands among the formats: the sniffer tries their signatures in this order, and
    # a refusal lists what is read in it.
    order: int
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
    # how a text file of it starts, whatever its suffix (one way or several)
    opening: bytes | tuple[bytes, ...] | None = None

    @property
    def suffixes(self) -> tuple[str, ...]:
        return tuple(self.media_types)

    def media_type(self, suffix: str) -> str:
        return self.media_types.get(suffix, next(iter(self.media_types.values())))


_MIN_READABLE_SHARE = 0.85


def readable(raw: str) -> str:
    """The text a reader extracted, refused when nothing or mostly symbols is left."""
    from worldhire.ingest.errors import NotAResumeError
    from worldhire.ingest.text import clean_text, readable_share

    text = clean_text(raw)
    if not text:
        raise NotAResumeError("no text left after removing control characters")
    if readable_share(text) < _MIN_READABLE_SHARE:
        raise NotAResumeError("text is mostly unreadable symbols (binary data or a wrong encoding)")
    return text


def decoded(data: bytes) -> str:
    from worldhire.ingest.text import decode_text

    return decode_text(data)


def linked_text_format(
    kind: FileKind, title: str, order: int, media_types: Mapping[str, str],
    reader: Callable[[bytes], LinkedText], *, magic: bytes | None = None,
    zip_part: str | None = None, opening: bytes | tuple[bytes, ...] | None = None,
) -> ResumeFormat:
    """A format of one person's marked-up document (DOCX, .doc, OpenDocument, RTF): `reader`
    (which imports its libraries when called) gives its text and links; a job post may come in
    it. Deciding whether a file is a post needs the text before the parser runs: the last few
    files read are kept, so the parser does not read them again."""
    read_once = lru_cache(maxsize=4)(reader)

    def read(data: bytes, name: str, _: RowErrorHandler | None) -> list[Candidate]:
        from worldhire.ingest.resumes.resume_text import parse_text_resume

        content = read_once(data)
        return [parse_text_resume(readable(content.text), name, extra_links=content.links)]

    return ResumeFormat(kind, title, order, media_types, lambda data: read_once(data).text, read,
                        holds_posts=True, magic=magic, zip_part=zip_part, opening=opening)
