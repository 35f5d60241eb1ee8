"""Zip archives of résumés, as agencies send them and job boards export a selection of CVs: each
file inside is read as if it were named on its own, under the name "archive.zip/inner/name.pdf".

Nothing is unpacked to disk. The archive's directory is checked first (how many entries, how
much it declares); a member is read only when its turn comes, streamed with the same size limit
as any file and refused if it inflates far beyond its compressed size (a zip bomb). An archive
inside an archive, folders, and the files a Mac adds ("__MACOSX/", "._name", ".DS_Store") are
not read; a member of a type no format reads is named as left out, as in a folder.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Collection
from pathlib import Path, PurePosixPath

from worldhire.ingest import limits
from worldhire.ingest.errors import (
    CorruptFileError,
    FileTooLargeError,
    IngestError,
    UnsafeArchiveError,
)
from worldhire.ingest.extract.zip_safety import inflates_like_a_bomb

ARCHIVE_SUFFIX = ".zip"


def is_archive(path: Path) -> bool:
    return path.suffix.lower() == ARCHIVE_SUFFIX and path.is_file()


def archive_members(archive: Path) -> list[Path]:
    """The files inside an archive, as paths under it, in name order; an archive that cannot be
    opened or that holds more entries than any batch of résumés has none (reading it as a file
    then says why)."""
    try:
        with zipfile.ZipFile(archive) as opened:
            entries = opened.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return []
    if len(entries) > limits.MAX_ARCHIVE_ENTRIES:
        return []
    return sorted(archive / entry.filename for entry in entries if _readable_entry(entry))


def _readable_entry(entry: zipfile.ZipInfo) -> bool:
    """A file of the archive's own: not a folder, not a Mac's extra file, and not a name that
    reaches outside the archive ("/etc/passwd", "../../.ssh/id_rsa": as a path under the
    archive, such a name would be the file it names on this machine)."""
    name = PurePosixPath(entry.filename.replace("\\", "/"))
    hidden = any(part.startswith((".", "__MACOSX")) for part in name.parts)
    return not entry.is_dir() and not hidden and bool(name.parts) and not name.is_absolute()


def member_archive(path: Path) -> tuple[Path, str] | None:
    """The archive a path names a member of, and the member's name in it; None for a path that
    is not inside an archive."""
    for parent in path.parents:
        if parent.suffix.lower() == ARCHIVE_SUFFIX and parent.is_file():
            return parent, path.relative_to(parent).as_posix()
    return None


def read_member(archive: Path, name: str, max_bytes: int) -> bytes:
    """One member's bytes, refused over `max_bytes` or when it inflates like a zip bomb."""
    try:
        with zipfile.ZipFile(archive) as opened:
            entry = opened.getinfo(name)
            _refuse_beyond_limits(entry, max_bytes)
            with opened.open(entry) as stream:
                data = stream.read(max_bytes + 1)
    except IngestError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError, RuntimeError) as exc:
        # RuntimeError: a member encrypted with a password
        raise CorruptFileError(f"cannot read {name} in {archive.name}: {exc}") from exc
    if len(data) > max_bytes:
        raise FileTooLargeError(f"file too large: over {max_bytes:,} bytes")
    return data


def _refuse_beyond_limits(entry: zipfile.ZipInfo, max_bytes: int) -> None:
    """A member over the size limit of any file, or inflating like a zip bomb, is refused before
    it is read."""
    if entry.file_size > max_bytes:
        raise FileTooLargeError(f"file too large: {entry.file_size:,} bytes (limit {max_bytes:,})")
    if inflates_like_a_bomb(entry):
        raise UnsafeArchiveError(f"{entry.filename} inflates {entry.file_size:,} bytes from "
                                 f"{entry.compress_size:,} (zip bomb?)")


def uploaded_members(
    data: bytes, name: str, max_bytes: int, suffixes: Collection[str], max_files: int
) -> list[tuple[str, bytes]]:
    """An uploaded archive's files of the `suffixes` read, as ("archive.zip/member", bytes); an
    upload is answered at once, so a member over the limits refuses the archive."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as opened:
            entries = sorted((e for e in opened.infolist() if _readable_entry(e)
                              and _suffix(e) in suffixes and _suffix(e) != ARCHIVE_SUFFIX),
                             key=lambda e: e.filename)
            if len(entries) > max_files:
                raise UnsafeArchiveError(
                    f"{len(entries)} résumés in one archive, at most {max_files} per upload "
                    "(`worldhire ingest` reads any number)")
            members = []
            for entry in entries:
                _refuse_beyond_limits(entry, max_bytes)
                with opened.open(entry) as stream:
                    members.append((f"{name}/{entry.filename}", stream.read(max_bytes + 1)))
            return members
    except IngestError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
        raise CorruptFileError(f"corrupt zip archive: {exc}") from exc


def _suffix(entry: zipfile.ZipInfo) -> str:
    return PurePosixPath(entry.filename).suffix.lower()
