"""Zip archives of résumés (an agency's batch, a job board's export of selected CVs): each file
inside is read as if named on its own ("cvs.zip/april/marta.txt"), nothing unpacked to disk; a
Mac's extra files skipped, other types and archives inside archives named as left out, a zip
bomb, an encrypted or oversized member refused with the rest of the batch read."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from worldhire.ingest import limits
from worldhire.ingest.errors import CorruptFileError, FileTooLargeError, UnsafeArchiveError
from worldhire.ingest.parse import read_limited
from worldhire.ingest.service import IngestService, Status, discover, unsupported
from worldhire.store.sql.repository import SqlRepository

ANA = "Ana Souza\nana.souza@example.com.br\n\nExperience\n2019 - 2023 Data Engineer, Nubank\n"
KOFI = "Kofi Mensah\nkofi.mensah@example.com\n\nExperience\n2020 - 2024 Analyst, Hubtel, Accra\n"


def make_archive(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    return make_archive(tmp_path / "cvs.zip", {
        "kofi.txt": KOFI.encode(), "april/ana.md": ANA.encode(),
        "__MACOSX/april/._ana.md": b"\x00\x05\x16\x07", ".DS_Store": b"\x00",
        "photo.jpg": b"\xff\xd8\xff\xe0", "older.zip": b"PK\x05\x06" + b"\x00" * 18,
    })


def test_the_files_inside_are_discovered_by_name_and_the_rest_named_as_left_out(
    batch: Path,
) -> None:
    assert list(discover([batch])) == [batch / "april" / "ana.md", batch / "kofi.txt"]
    assert list(discover([batch.parent])) == list(discover([batch]))  # in a folder too
    assert unsupported([batch]) == [batch / "older.zip", batch / "photo.jpg"]


def test_each_file_inside_is_ingested_once_under_its_name_in_the_archive(
    batch: Path, repo: SqlRepository,
) -> None:
    service = IngestService(repo)
    report = service.ingest_paths(discover([batch]))
    assert [(o.path, o.status) for o in report.outcomes] == [
        (str(batch / "april" / "ana.md"), Status.ADDED), (str(batch / "kofi.txt"), Status.ADDED)]
    again = service.ingest_paths(discover([batch]))
    assert {o.status for o in again.outcomes} == {Status.UNCHANGED}


def test_an_archive_that_cannot_be_opened_is_read_as_a_file_and_says_why(
    tmp_path: Path, repo: SqlRepository,
) -> None:
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 this is no archive")
    assert list(discover([broken])) == [broken]
    [outcome] = IngestService(repo).ingest_paths(discover([broken])).outcomes
    assert outcome.status is Status.ERROR and "zip" in (outcome.error or "")


def test_an_oversized_or_bomb_member_is_refused_alone(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    archive = make_archive(tmp_path / "cvs.zip", {
        "big.txt": b"x" * 5_000, "bomb.txt": b"\x00" * (3 * 1024 * 1024), "ok.txt": KOFI.encode()})
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 4 * 1024 * 1024)
    with pytest.raises(FileTooLargeError):
        read_limited(archive / "big.txt", max_bytes=1_000)
    with pytest.raises(UnsafeArchiveError, match="zip bomb"):
        read_limited(archive / "bomb.txt")
    assert read_limited(archive / "ok.txt") == KOFI.encode()


def test_an_encrypted_member_is_refused_with_a_reason(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "cvs.zip", {"kofi.txt": KOFI.encode()})
    data = bytearray(archive.read_bytes())
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 0x01  # the "encrypted" flag of the central directory entry
    archive.write_bytes(bytes(data))
    with pytest.raises(CorruptFileError, match=r"kofi\.txt"):
        read_limited(archive / "kofi.txt")


def test_a_member_named_outside_the_archive_is_never_read_from_this_machine(
    tmp_path: Path,
) -> None:
    """A member named "/etc/…" made `archive / name` that machine's own file: ingest would have
    read it into the pool."""
    secret = tmp_path / "secret.txt"
    secret.write_text(KOFI)
    archive = make_archive(tmp_path / "cvs.zip", {
        str(secret): b"x", "../secret.txt": b"x", "kofi.txt": KOFI.encode()})
    assert list(discover([archive])) == [archive / "kofi.txt"]
