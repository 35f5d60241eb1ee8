"""RTF résumés, as Word and LibreOffice save them: the page header, body and table rows in
order, characters from the code page and from Unicode escapes, a link's target kept, the
document's tables of fonts, colours and styles never read as text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worldhire.ingest.errors import CorruptFileError, IngestError
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.rtf_text import rtf_text
from worldhire.ingest.sniff import sniff

OFFICE = Path(__file__).parent / "office"


def test_the_page_header_body_and_table_rows_are_read_in_order() -> None:
    content = rtf_text((OFFICE / "rahul.rtf").read_bytes())
    lines = content.text.splitlines()
    assert lines[0].startswith("RAHUL VERMA  |  rahul.verma88@rediffmail.com")
    assert "Bajaj Auto Ltd., Pune | Senior Accounts Executive | Aug 2019 – Till Date" in lines
    assert "LinkedIn: linkedin.com/in/rahulverma-ca" in lines
    assert content.links == ["https://www.linkedin.com/in/rahulverma-ca"]
    assert "Times New Roman" not in content.text and "Heading 1" not in content.text


def test_code_page_bytes_and_unicode_escapes_are_read_as_written() -> None:
    polish = (rb"{\rtf1\ansi\ansicpg1250{\fonttbl{\f0 Calibri;}}"
              rb"\pard Joanna W\'f3jcik\par Ksi\'eagowa, Krak\'f3w\par "
              rb"{\*\generator Writer;}\uc1 Jakub \u8212? \u379\'afycie\par}")
    assert rtf_text(polish).text.splitlines() == [
        "Joanna Wójcik", "Księgowa, Kraków", "Jakub — Życie"]


def test_an_rtf_resume_is_read_as_its_docx_would_be() -> None:
    data = (OFFICE / "rahul.rtf").read_bytes()
    assert sniff(data, "rahul.rtf") == sniff(data, "rahul.doc") == "rtf"
    [person] = parse_resume_bytes(data, "rahul.rtf")
    assert (person.name, person.email) == ("Rahul Verma", "rahul.verma88@rediffmail.com")
    jobs = [(e.title, e.organization) for e in person.evidence if e.kind.value == "job"]
    assert ("Senior Accounts Executive", "Bajaj Auto Ltd.") in jobs


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_after_the_header_give_text_or_a_clear_error(body: bytes) -> None:
    try:
        content = rtf_text(b"{\\rtf1\\ansi " + body)
    except IngestError:
        return
    assert isinstance(content.text, str)


def test_groups_nested_without_end_are_refused_not_followed() -> None:
    with pytest.raises(CorruptFileError, match="nested"):
        rtf_text(b"{\\rtf1\\ansi " + b"{" * 1_000_000 + b"Jane}")


def test_a_character_written_as_two_unicode_halves_is_one_and_a_half_alone_is_replaced() -> None:
    emoji = rtf_text(b"{\\rtf1\\ansi Jane \\u-10179?\\u-8704? Doe\\par Lone \\u-10179? half\\par}")
    assert emoji.text.splitlines() == ["Jane \U0001f600 Doe", "Lone \ufffd half"]
    emoji.text.encode("utf-8")  # storable


def test_a_link_to_a_place_in_the_document_is_no_link() -> None:
    """A field "HYPERLINK \\l "_Toc1"" jumps to a bookmark of the document itself: it was kept
    as the link "_Toc1"."""
    content = rtf_text(
        b'{\\rtf1\\ansi {\\field{\\*\\fldinst HYPERLINK \\\\l "_Toc1"}{\\fldrslt Experience}}\\par '
        b'{\\field{\\*\\fldinst HYPERLINK "https://github.com/jane"}{\\fldrslt GitHub}}\\par}'
    )
    assert content.links == ["https://github.com/jane"]
