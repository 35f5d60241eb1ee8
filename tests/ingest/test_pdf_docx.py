"""PDF and DOCX résumés, and the hostile files the issue lists: encrypted, truncated, image-only
PDFs; zip bombs and corrupt DOCX files."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from tests.ingest.conftest import DocxFactory, PdfFactory

from worldhire.core.models import EvidenceKind
from worldhire.ingest import limits
from worldhire.ingest.errors import (
    CorruptFileError,
    EncryptedFileError,
    NotAResumeError,
    UnsafeArchiveError,
)
from worldhire.ingest.parse import parse_resume_bytes


def _encrypted(pdf: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_resume_parses(pdf_factory: PdfFactory, resume_text: str) -> None:
    [candidate] = parse_resume_bytes(pdf_factory(resume_text), "priya.pdf")
    assert candidate.name == "Priya Raman"
    assert candidate.email == "priya.raman@example.com"
    assert candidate.country == "IN" and candidate.timezone == "Asia/Kolkata"
    assert candidate.source_name == "priya.pdf"
    jobs = [e for e in candidate.evidence if e.kind is EvidenceKind.JOB]
    assert [j.organization for j in jobs] == ["Flipkart", "Mu Sigma"]


def test_encrypted_pdf_is_refused(pdf_factory: PdfFactory, resume_text: str) -> None:
    with pytest.raises(EncryptedFileError, match="encrypted"):
        parse_resume_bytes(_encrypted(pdf_factory(resume_text), "secret"), "locked.pdf")


def test_pdf_with_only_an_owner_password_is_read(pdf_factory: PdfFactory, resume_text: str) -> None:
    [candidate] = parse_resume_bytes(_encrypted(pdf_factory(resume_text), ""), "owner.pdf")
    assert candidate.name == "Priya Raman"


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_truncated_pdf_is_corrupt(pdf_factory: PdfFactory, resume_text: str, keep: float) -> None:
    data = pdf_factory(resume_text)
    with pytest.raises((CorruptFileError, NotAResumeError)):
        parse_resume_bytes(data[: int(len(data) * keep)], "cut.pdf")


def test_pdf_without_text_is_refused() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)  # a drawing, no text: what a scanned page looks like to pypdf
    with pytest.raises(NotAResumeError, match="no extractable text"):
        parse_resume_bytes(bytes(pdf.output()), "scan.pdf")


def test_pdf_pages_are_bounded(pdf_factory: PdfFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 2)
    data = pdf_factory("Jane Doe\njane@example.com\nExperience\nfiller line", pages=5)
    [candidate] = parse_resume_bytes(data, "long.pdf")
    assert candidate.full_text().count("filler line") <= 2


def test_docx_resume_parses(docx_factory: DocxFactory) -> None:
    data = docx_factory(
        [
            ("Ana Popescu", "Title"),
            ("Cluj-Napoca, Romania | ana@example.ro | +40 721 000 111", None),
            ("Experience", "Heading 1"),
            ("ML Engineer at Bitdefender", None),
            ("2019 – 2023", None),
            ("Trained malware classifiers with LightGBM", "List Bullet"),
            ("Skills", "Heading 1"),
            ("Python, LightGBM, Airflow", None),
        ]
    )
    [candidate] = parse_resume_bytes(data, "ana.docx")
    assert candidate.name == "Ana Popescu"
    assert candidate.country == "RO" and candidate.timezone == "Europe/Bucharest"
    [job] = [e for e in candidate.evidence if e.kind is EvidenceKind.JOB]
    assert (job.title, job.organization) == ("ML Engineer", "Bitdefender")
    assert job.start is not None and job.start.year == 2019
    assert "LightGBM" in job.text
    assert any(e.kind is EvidenceKind.SKILLS for e in candidate.evidence)


def test_docx_zip_bomb_by_ratio_is_refused(docx_factory: DocxFactory) -> None:
    data = docx_factory([("Jane Doe", None)])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members["word/media/bomb.bin"] = b"\x00" * (20 * 1024 * 1024)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    with pytest.raises(UnsafeArchiveError, match="zip bomb"):
        parse_resume_bytes(buffer.getvalue(), "bomb.docx")


def test_docx_declaring_huge_sizes_is_refused(docx_factory: DocxFactory) -> None:
    data = bytearray(docx_factory([("Jane Doe", None)]))
    # Rewrite the uncompressed size of every central-directory entry to 1 GiB.
    offset = data.find(b"PK\x01\x02")
    while offset != -1:
        struct.pack_into("<I", data, offset + 24, 1 << 30)
        offset = data.find(b"PK\x01\x02", offset + 4)
    with pytest.raises(UnsafeArchiveError, match="declares"):
        parse_resume_bytes(bytes(data), "liar.docx")


def test_docx_understating_sizes_is_caught(docx_factory: DocxFactory) -> None:
    """A member that inflates past its declared size fails the real-size/CRC check."""
    data = bytearray(docx_factory([("Jane Doe " * 2000, None)]))
    offset = data.find(b"PK\x01\x02")
    while offset != -1:
        struct.pack_into("<I", data, offset + 24, 10)
        offset = data.find(b"PK\x01\x02", offset + 4)
    with pytest.raises((CorruptFileError, UnsafeArchiveError)):
        parse_resume_bytes(bytes(data), "understated.docx")


def test_truncated_docx_is_corrupt(docx_factory: DocxFactory) -> None:
    data = docx_factory([("Jane Doe", None)])
    with pytest.raises(CorruptFileError):
        parse_resume_bytes(data[: len(data) // 2], "cut.docx")


def test_docx_with_broken_xml_is_corrupt(docx_factory: DocxFactory) -> None:
    data = docx_factory([("Jane Doe", None)])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    members["word/document.xml"] = b"<w:document><unclosed>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    with pytest.raises(CorruptFileError, match="corrupt DOCX"):
        parse_resume_bytes(buffer.getvalue(), "broken.docx")
