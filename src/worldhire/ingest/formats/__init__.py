"""The résumé formats read, one module each in this package: a module whose `FORMAT` is a
`ResumeFormat` (base.py) says how a file of it is told apart, read into candidates and kept. The
sniffer, the parser, the original kept, the folder walk, the upload check, the upload forms'
`accept` lists and every prose list of formats read the table made of them here, so a new
format is one module (and its sample in tests/ingest/test_formats.py)."""

from __future__ import annotations

import importlib
import pkgutil

from worldhire.ingest.formats.base import FileKind, ResumeFormat

__all__ = ["FORMATS", "FileKind", "ResumeFormat", "format_named", "format_names", "format_of",
           "post_accept", "suffixes"]

# A format's reader imports its libraries when a file is read, not with the table: the help of
# the CLI, the upload forms and the API's descriptions name the formats from it without loading
# the PDF, DOCX and text-encoding libraries (`worldhire --help` stays light:
# tests/cli/test_startup.py).


def _formats() -> tuple[ResumeFormat, ...]:
    found = []
    for module in pkgutil.iter_modules(__path__):
        entry = getattr(importlib.import_module(f"{__name__}.{module.name}"), "FORMAT", None)
        if isinstance(entry, ResumeFormat):
            found.append(entry)
    return tuple(sorted(found, key=lambda f: (f.order, f.kind)))


# In their order (ResumeFormat.order) the sniffer tries their signatures and a refusal lists
# what is read.
FORMATS: tuple[ResumeFormat, ...] = _formats()
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
