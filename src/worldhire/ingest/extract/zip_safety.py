"""The checks a zipped document (DOCX, OpenDocument) passes before any part of it is inflated."""

from __future__ import annotations

import io
import zipfile

from worldhire.ingest import limits
from worldhire.ingest.errors import CorruptFileError, UnsafeArchiveError

_RATIO_CHECK_MIN_BYTES = 1024 * 1024


def check_zip_safety(data: bytes, title: str, required: str) -> None:
    """Refuses an archive whose directory promises more than a résumé needs (a zip bomb), or
    that lacks the part a `title` file always holds."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise CorruptFileError(f"corrupt or truncated {title}: {exc}") from exc
    with archive:
        members = archive.infolist()
        if len(members) > limits.MAX_DOCX_ENTRIES:
            raise UnsafeArchiveError(f"{title} refused: {len(members)} zip entries (zip bomb?)")
        declared = sum(m.file_size for m in members)
        if declared > limits.MAX_DOCX_UNCOMPRESSED_BYTES:
            raise UnsafeArchiveError(
                f"{title} refused: declares {declared:,} bytes uncompressed (zip bomb?)"
            )
        for member in members:
            if inflates_like_a_bomb(member):
                ratio = member.file_size / max(member.compress_size, 1)
                raise UnsafeArchiveError(
                    f"{title} refused: {member.filename} compresses {ratio:,.0f}:1 (zip bomb?)"
                )
        if required not in archive.namelist():
            raise CorruptFileError(f"corrupt {title}: the archive has no {required}")


def inflates_like_a_bomb(member: zipfile.ZipInfo) -> bool:
    """A member of a megabyte or more that inflates more than MAX_DOCX_COMPRESSION_RATIO times
    its compressed size: no text compresses so well."""
    return member.file_size >= _RATIO_CHECK_MIN_BYTES and (
        member.file_size > limits.MAX_DOCX_COMPRESSION_RATIO * max(member.compress_size, 1))
