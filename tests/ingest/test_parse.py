"""The public entry points: size limits, unknown files, and 'nothing but IngestError escapes'."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worldhire.ingest import limits
from worldhire.ingest.errors import FileTooLargeError, IngestError, NotAResumeError
from worldhire.ingest.parse import parse_resume, parse_resume_bytes


def test_50mb_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as handle:  # sparse: 50 MB on paper, no disk used
        handle.truncate(50 * 1024 * 1024)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr("builtins.open", no_reading)
    with pytest.raises(FileTooLargeError, match="too large"):
        parse_resume(path)


def test_size_limit_is_overridable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cv.txt"
    path.write_text("Jane Doe\njane@example.com\n" + "x" * 2_000)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1_000)
    with pytest.raises(FileTooLargeError):
        parse_resume(path)
    assert parse_resume(path, max_bytes=10_000)[0].name == "Jane Doe"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="cannot read"):
        parse_resume(tmp_path / "nope.pdf")
    with pytest.raises(IngestError):
        parse_resume(tmp_path)


@pytest.mark.parametrize("data", [b"", b"   \n\t", b"\x00" * 100])
def test_empty_or_null_files(data: bytes) -> None:
    with pytest.raises(IngestError):
        parse_resume_bytes(data, "empty.txt")


def test_binary_junk_named_txt() -> None:
    import random

    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(5_000))
    with pytest.raises(IngestError, match=r"binary|unreadable|undecodable"):
        parse_resume_bytes(junk, "cv.txt")


def test_a_resume_in_bengali_script_is_text_not_junk() -> None:
    """Bengali words are one in three combining marks ("সিনিয়র"): letters, not symbols."""
    text = (
        "মোঃ তানভীর হাসান\nমিরপুর-১০, ঢাকা\nমোবাইল: 01712-486305\n"
        "সিনিয়র অফিসার, হিসাব ও অর্থ বিভাগ\nTally ERP 9 এ দৈনিক ভাউচার এন্ট্রি ও লেজার হালনাগাদ করা।\n"
    )
    [c] = parse_resume_bytes(text.encode("utf-8"), "cv.txt")
    assert c.phones == ["01712-486305"]


def test_cp1252_text_resume() -> None:
    text = "José Müller\njose@example.com\nSão Paulo, Brasil\nExperiência\n"
    [c] = parse_resume_bytes(text.encode("cp1252"), "jose.txt")
    assert c.name == "José Müller" and c.country == "BR"


def test_utf16_resume() -> None:
    [c] = parse_resume_bytes("Ana Lima\nana@example.com".encode("utf-16"), "ana.txt")
    assert c.name == "Ana Lima"


def test_text_with_no_resume() -> None:
    with pytest.raises(NotAResumeError):
        parse_resume_bytes(b"just some words without anything else", "notes.txt")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.binary(max_size=4_000),
    st.sampled_from(["cv.pdf", "cv.docx", "cv.txt", "cv.md", "cv.json", "cv.csv", "cv", "cv.exe"]),
)
def test_arbitrary_bytes_raise_only_ingest_error(data: bytes, filename: str) -> None:
    try:
        candidates = parse_resume_bytes(data, filename)
    except IngestError as exc:
        assert exc.reason
        return
    assert candidates and all(c.name for c in candidates)


@settings(max_examples=100, deadline=None)
@given(
    st.binary(max_size=2_000),
    st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"{", b"\xef\xbb\xbf"]),
)
def test_arbitrary_bytes_behind_real_magic(data: bytes, magic: bytes) -> None:
    with contextlib.suppress(IngestError):
        parse_resume_bytes(magic + data, "cv.bin")
