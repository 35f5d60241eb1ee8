"""OpenDocument text (.odt) résumés, as LibreOffice saves them: the page header, the body in
order (headings, bullets, table rows on one line, a text box where it is anchored), links
kept; another OpenDocument kind, a damaged archive or a zip bomb refused with its reason."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from worldhire.ingest.errors import CorruptFileError, UnsafeArchiveError, UnsupportedFileError
from worldhire.ingest.odt_text import odt_text
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.sniff import sniff

OFFICE = Path(__file__).parent / "office"


def office_file(name: str) -> bytes:
    return (OFFICE / name).read_bytes()


def _rezipped(data: bytes, changes: dict[str, bytes | None]) -> bytes:
    """The same archive with some members replaced (None: removed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename in changes:
                if (replaced := changes[item.filename]) is not None:
                    target.writestr(item.filename, replaced, zipfile.ZIP_DEFLATED)
            else:
                target.writestr(item, source.read(item.filename))
    return out.getvalue()


def test_the_page_header_body_and_table_rows_are_read_in_order() -> None:
    content = odt_text(office_file("rahul.odt"))
    lines = content.text.splitlines()
    assert lines[0].startswith("RAHUL VERMA  |  rahul.verma88@rediffmail.com")
    assert "Bajaj Auto Ltd., Pune | Senior Accounts Executive | Aug 2019 – Till Date" in lines
    assert "- TDS computation and payment" in lines
    assert content.links == ["https://www.linkedin.com/in/rahulverma-ca"]


def test_a_sidebar_shape_is_read_as_lines_where_it_is_anchored() -> None:
    lines = odt_text(office_file("amani.odt")).text.splitlines()
    assert lines.index("CONTACT") < lines.index("+254 712 555 019") < lines.index("Amani Wanjiru")
    assert "## Experience" in lines


def test_an_odt_resume_is_read_as_its_docx_would_be() -> None:
    assert sniff(office_file("amani.odt"), "amani.odt") == "odt"
    [person] = parse_resume_bytes(office_file("amani.odt"), "amani.odt")
    assert (person.name, person.email, person.country) == (
        "Amani Wanjiru", "amani.wanjiru@example.co.ke", "KE")
    jobs = [(e.title, e.organization) for e in person.evidence if e.kind.value == "job"]
    assert jobs[0] == ("Data Analyst", "Twiga Foods")
    assert person.languages == ["English (fluent)", "Swahili (native)"]


def test_a_spreadsheet_is_refused_by_name() -> None:
    sheet = _rezipped(office_file("jane.odt"),
                      {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"})
    with pytest.raises(UnsupportedFileError, match="OpenDocument spreadsheet"):
        odt_text(sheet)


def test_a_damaged_or_partless_archive_is_corrupt() -> None:
    with pytest.raises(CorruptFileError, match=r"content\.xml"):
        odt_text(_rezipped(office_file("jane.odt"), {"content.xml": None}))
    with pytest.raises(CorruptFileError):
        odt_text(_rezipped(office_file("jane.odt"), {"content.xml": b"<office:document-content"}))


def test_a_zip_bomb_is_refused_before_it_is_inflated() -> None:
    bomb = _rezipped(office_file("jane.odt"), {"content.xml": b"<a>" + b" " * 70_000_000 + b"</a>"})
    with pytest.raises(UnsafeArchiveError):
        odt_text(bomb)


def _odt(body: str) -> bytes:
    """A minimal OpenDocument text holding `body` (content.xml's office:text)."""
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return out.getvalue()


def test_a_job_row_whose_cell_breaks_its_lines_is_read_as_a_dated_job_and_its_work() -> None:
    # LibreOffice writes a Word cell's line breaks as text:line-break: the title, the employer
    # and the duties stay lines, the heads beside the dates as a DOCX's job row reads.
    row = (
        "<table:table><table:table-row>"
        "<table:table-cell><text:p>05/2017 – 09/2021</text:p></table:table-cell>"
        "<table:table-cell><text:p>Lagerist<text:line-break/>Nordkai Spedition GmbH, Kiel"
        "<text:line-break/>– Wareneingang prüfen und Inventur zählen</text:p></table:table-cell>"
        "</table:table-row></table:table>"
    )
    lines = odt_text(_odt(row)).text.splitlines()
    assert "05/2017 – 09/2021 | Lagerist, Nordkai Spedition GmbH, Kiel" in lines
    assert "- Wareneingang prüfen und Inventur zählen" in lines
