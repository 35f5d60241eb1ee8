from __future__ import annotations

import io
import zipfile

import pytest
from tests.ingest.conftest import DocxFactory, PdfFactory

from worldhire.ingest.errors import CorruptFileError, UnsupportedFileError
from worldhire.ingest.sniff import FileKind, sniff


def test_pdf_is_sniffed_whatever_the_extension(pdf_factory: PdfFactory) -> None:
    assert sniff(pdf_factory("Jane Doe"), "resume.txt") == "pdf"


def test_docx_is_sniffed_from_its_zip_content(docx_factory: DocxFactory) -> None:
    assert sniff(docx_factory([("Jane Doe", None)]), "resume.bin") == "docx"


def test_a_word_97_2003_file_is_sniffed_by_its_ole_signature() -> None:
    """Refused as "a legacy Office file" before .doc was read (doc_text)."""
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, "resume.pdf") == "doc"


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b'{"basics": {}}', "r.json", "json"),
        (b'  {"basics": {}}', "r.txt", "json"),
        (b"name,email\nA,a@b.co", "people.csv", "csv"),
        (b"Jane Doe\njane@x.io", "jane.md", "text"),
        (b"Jane Doe\njane@x.io", "jane", "text"),
    ],
)
def test_text_kinds(data: bytes, name: str, kind: FileKind) -> None:
    assert sniff(data, name) == kind


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG"),
        (b"\x7fELF\x02\x01", "executable"),
        (b"\x1f\x8b\x08\x00", "gzip"),
    ],
)
def test_foreign_formats_are_named(data: bytes, reason: str) -> None:
    with pytest.raises(UnsupportedFileError, match=reason):
        sniff(data, "resume.pdf")


def test_extension_that_lies_is_corrupt() -> None:
    with pytest.raises(CorruptFileError, match="not a PDF"):
        sniff(b"just some text", "resume.pdf")


def test_unknown_extension_is_unsupported() -> None:
    with pytest.raises(UnsupportedFileError, match="unsupported"):
        sniff(b"Jane Doe", "resume.pages")


def test_other_zip_is_unsupported() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<x/>")
    with pytest.raises(UnsupportedFileError, match="Excel"):
        sniff(buffer.getvalue(), "people.xlsx")
