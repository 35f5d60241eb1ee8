"""Word 97-2003 (.doc) résumés, as job boards export them and many people still save them: read
from the piece table with the page header, tables and text boxes; links kept from fields; a
password, a damaged file or another Office file refused with its reason. The files in office/
were saved as .doc by LibreOffice from DOCX files made here (tests/ingest/office/README.md)."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import olefile
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worldhire.ingest.doc_text import doc_text
from worldhire.ingest.errors import (
    CorruptFileError,
    EncryptedFileError,
    IngestError,
    UnsupportedFileError,
)
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.sniff import sniff

OFFICE = Path(__file__).parent / "office"


def office_file(name: str) -> bytes:
    return (OFFICE / name).read_bytes()


def test_the_page_header_body_and_table_rows_are_read_in_order() -> None:
    content = doc_text(office_file("rahul.doc"))
    lines = content.text.splitlines()
    assert lines[0].startswith("RAHUL VERMA  |  rahul.verma88@rediffmail.com")
    assert "Bajaj Auto Ltd., Pune | Senior Accounts Executive | Aug 2019 – Till Date" in lines
    assert "Kirloskar Brothers Ltd. | Accounts Assistant | Jun 2016 – Jul 2019" in lines
    assert "LinkedIn: linkedin.com/in/rahulverma-ca" in lines  # the field's result, not its code
    assert content.links == ["https://www.linkedin.com/in/rahulverma-ca"]


def test_list_items_keep_a_bullet_as_a_docx_s_do() -> None:
    # A .doc keeps a list item's marker in the paragraph's properties, not in its text: read
    # without it, the duties ran into the line above them as one paragraph.
    lines = doc_text(office_file("rahul.doc")).text.splitlines()
    assert lines[lines.index("Key Responsibilities:") + 1 :][:3] == [
        "- Month-end closing and GST returns (GSTR-1, GSTR-3B) filing",
        "- Vendor reconciliation in SAP FICO and MS Excel (VLOOKUP, Pivot Tables)",
        "- TDS computation and payment",
    ]
    assert "- Bajaj Auto Ltd., Pune | Senior Accounts Executive | Aug 2019 – Till Date" not in lines


def test_a_sidebar_in_a_text_box_is_read_after_the_body() -> None:
    text = doc_text(office_file("amani.doc")).text
    assert text.index("Amani Wanjiru") < text.index("Kiswahili (native)")
    assert "+254 712 555 019" in text and "PostgreSQL" in text


def test_a_doc_resume_is_read_as_its_docx_would_be() -> None:
    [person] = parse_resume_bytes(office_file("amani.doc"), "amani.doc")
    assert (person.name, person.email, person.country) == (
        "Amani Wanjiru", "amani.wanjiru@example.co.ke", "KE")
    jobs = [(e.title, e.organization) for e in person.evidence if e.kind.value == "job"]
    assert jobs[0] == ("Data Analyst", "Twiga Foods")
    assert person.languages == ["English (fluent)", "Swahili (native)"]


def _with_flags(data: bytes, flags: int) -> bytes:
    """The same file with the FIB's flags word set (olefile writes a stream of the same size)."""
    path = io.BytesIO(data)
    with olefile.OleFileIO(path, write_mode=True) as ole:
        document = bytearray(ole.openstream("WordDocument").read())
        struct.pack_into("<H", document, 0x0A, struct.unpack_from("<H", document, 0x0A)[0] | flags)
        ole.write_stream("WordDocument", bytes(document))
    return path.getvalue()


def _renamed(data: bytes, old: str, new: str) -> bytes:
    """The same file with one stream's directory entry renamed."""
    changed = bytearray(data)
    at = changed.find(old.encode("utf-16-le"))
    name = new.encode("utf-16-le")
    changed[at : at + 64] = name + b"\0" * (64 - len(name))
    struct.pack_into("<H", changed, at + 64, len(name) + 2)
    return bytes(changed)


def test_a_password_protected_doc_is_refused_as_encrypted() -> None:
    with pytest.raises(EncryptedFileError):
        doc_text(_with_flags(office_file("jane.doc"), 0x0100))


def test_another_office_file_is_refused_by_name() -> None:
    workbook = _renamed(office_file("jane.doc"), "WordDocument", "Workbook")
    assert sniff(workbook, "people.xls") == "doc"
    with pytest.raises(UnsupportedFileError, match="Excel 97-2003"):
        doc_text(workbook)


def test_a_truncated_doc_is_corrupt() -> None:
    with pytest.raises(CorruptFileError):
        doc_text(office_file("jane.doc")[:4096])


def test_a_stream_whose_directory_entry_is_damaged_is_a_corrupt_document() -> None:
    """One byte of the directory makes the table stream's entry another type: olefile refuses
    to open it as a stream with a TypeError, which is a corrupt file, not a crash (found by the
    property below)."""
    damaged = bytearray(office_file("jane.doc"))
    damaged[17858] = 0
    with pytest.raises(CorruptFileError, match="no 1Table stream"):
        doc_text(bytes(damaged))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_damaged_bytes_anywhere_give_a_clear_error_or_text(data: st.DataObject) -> None:
    original = bytearray(office_file("jane.doc"))
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(original) - 1))
        original[at] = data.draw(st.integers(0, 255))
    try:
        content = doc_text(bytes(original))
    except IngestError:
        return
    assert isinstance(content.text, str)
