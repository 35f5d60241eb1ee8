"""What a file really is, from its first bytes; the extension only tells text kinds apart."""

from __future__ import annotations

import io
import zipfile
from enum import StrEnum
from pathlib import PurePath

from worldhire.ingest.errors import CorruptFileError, UnsupportedFileError


class FileKind(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    JSON = "json"
    CSV = "csv"
    TEXT = "text"


# Signatures of formats we refuse, so the reason names the format instead of "binary junk".
_FOREIGN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "a legacy Office file (.doc/.xls); save it as DOCX or PDF",
    ),
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
    (b"{\\rtf", "an RTF document; save it as DOCX or PDF"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}


def sniff(data: bytes, filename: str) -> FileKind:
    """Classify bytes as one of the kinds we parse, or raise with the reason we do not."""
    suffix = PurePath(filename).suffix.lower()
    head = data[:1024]
    if b"%PDF-" in head:
        return FileKind.PDF
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _sniff_zip(data, suffix)
    for magic, what in _FOREIGN_MAGIC:
        if data.startswith(magic):
            raise UnsupportedFileError(f"unsupported file type: {what}")
    if suffix == ".pdf":
        raise CorruptFileError("named .pdf but is not a PDF (no %PDF header)")
    if suffix == ".docx":
        raise CorruptFileError("named .docx but is not a DOCX (not a zip archive)")
    if suffix in {".json", ".csv", ".tsv"} | _TEXT_SUFFIXES:
        return _text_kind(head, suffix)
    raise UnsupportedFileError(
        f"unsupported file type {suffix!r}: expected PDF, DOCX, TXT/MD, JSON Resume or CSV"
    )


def _sniff_zip(data: bytes, suffix: str) -> FileKind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        what = "DOCX" if suffix == ".docx" else "zip archive"
        raise CorruptFileError(f"corrupt or truncated {what}: {exc}") from exc
    if "word/document.xml" in names:
        return FileKind.DOCX
    if "xl/workbook.xml" in names:
        raise UnsupportedFileError("unsupported file type: an Excel workbook; export it as CSV")
    if "content.xml" in names:
        raise UnsupportedFileError("unsupported file type: an OpenDocument file; save it as DOCX")
    if suffix == ".docx":
        raise CorruptFileError("corrupt DOCX: the archive has no word/document.xml")
    raise UnsupportedFileError("unsupported file type: a zip archive (unpack it first)")


def _text_kind(head: bytes, suffix: str) -> FileKind:
    stripped = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    if suffix == ".json" or stripped.startswith(b"{"):
        return FileKind.JSON
    if suffix in {".csv", ".tsv"}:
        return FileKind.CSV
    return FileKind.TEXT
