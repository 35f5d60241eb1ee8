"""What a file really is, from its first bytes; the extension only tells text kinds apart. The
formats read, and how each is told apart, are the table of `worldhire.ingest.formats`."""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePath

from worldhire.ingest.errors import CorruptFileError, UnsupportedFileError
from worldhire.ingest.formats import FORMATS, FileKind, ResumeFormat, format_named, format_names

__all__ = ["FileKind", "sniff"]

# Signatures of formats we refuse, so the reason names the format instead of "binary junk".
_FOREIGN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def sniff(data: bytes, filename: str) -> FileKind:
    """Classify bytes as one of the kinds we parse, or raise with the reason we do not."""
    suffix = PurePath(filename).suffix.lower()
    named = format_named(suffix)
    head = data[:1024]
    for known in FORMATS:
        if known.magic is not None and known.magic in head:
            return known.kind
    if data.startswith(_ZIP_MAGIC):
        return _sniff_zip(data, named)
    for magic, what in _FOREIGN_MAGIC:
        if data.startswith(magic):
            raise UnsupportedFileError(f"unsupported file type: {what}")
    opened = _opened_as(head)
    if opened is not None:
        return opened  # Word's RTF saved as "résumé.doc": what it is, whatever its name
    if named is not None and named.magic is not None:
        shown = f" (no {named.magic.decode()} header)" if named.magic.isascii() else ""
        raise CorruptFileError(f"named {suffix} but is not a {named.title}{shown}")
    if named is not None and named.zip_part is not None:
        raise CorruptFileError(f"named {suffix} but is not a {named.title} (not a zip archive)")
    if named is None and suffix:
        raise UnsupportedFileError(f"unsupported file type {suffix!r}: expected "
                                   f"{format_names()}")
    # a text file opening as no format: the one its suffix names; no suffix: plain text
    return named.kind if named is not None else "text"  # formats/text.py


def _sniff_zip(data: bytes, named: ResumeFormat | None) -> FileKind:
    zipped = named if named is not None and named.zip_part is not None else None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        what = zipped.title if zipped is not None else "zip archive"
        raise CorruptFileError(f"corrupt or truncated {what}: {exc}") from exc
    for known in FORMATS:
        if known.zip_part is not None and known.zip_part in names:
            return known.kind
    if "xl/workbook.xml" in names:
        raise UnsupportedFileError("unsupported file type: an Excel workbook; export it as CSV")
    if zipped is not None:
        raise CorruptFileError(f"corrupt {zipped.title}: the archive has no {zipped.zip_part}")
    raise UnsupportedFileError("unsupported file type: a zip archive (unpack it first)")


def _opened_as(head: bytes) -> FileKind | None:
    """The format a text file opens as ("{\\rtf", "{" of JSON), if any."""
    stripped = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    for known in FORMATS:
        if known.opening is not None and stripped.startswith(known.opening):
            return known.kind
    return None



