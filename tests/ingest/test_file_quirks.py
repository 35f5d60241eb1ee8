"""What real résumé files carry and a reader must not see: letter-spaced headings, icon-font
glyphs before contacts, Symbol-font bullets, ligature glyphs, soft hyphens, no-break spaces."""

from __future__ import annotations

import io

import docx
import pytest
from fpdf import FPDF
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.docx_text import docx_text
from worldhire.ingest.extract.cleanup import without_page_number
from worldhire.ingest.pdf_text import pdf_text
from worldhire.ingest.text import clean_text, is_letter_spaced, unspaced_letters

WORDS = st.lists(
    st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVWXYZÉÓŁỆ", min_size=2, max_size=12),
    min_size=1,
    max_size=4,
).filter(lambda words: sum(map(len, words)) >= 4)  # "C R" or "A B C" is no heading


@given(WORDS)
def test_letter_spaced_words_read_as_the_words(words: list[str]) -> None:
    spaced = "   ".join(" ".join(word) for word in words)
    assert unspaced_letters(spaced) == " ".join(words)


@given(WORDS)
def test_a_letter_spaced_heading_in_a_document_reads_as_its_words(words: list[str]) -> None:
    spaced = "   ".join(" ".join(word) for word in words)
    assert clean_text(f"Jane Doe\n{spaced}\nPython") == f"Jane Doe\n{' '.join(words)}\nPython"


@pytest.mark.parametrize(
    "line",
    ["C R", "A B C", "Python, C, R", "I O S", "1 2 3 4 5", "Jan 2020 - Present", "A/B testing"],
)
def test_short_letter_lists_and_ordinary_lines_stay(line: str) -> None:
    assert not is_letter_spaced(line)
    assert unspaced_letters(line) == line


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80))
def test_unspacing_never_adds_or_loses_a_letter(line: str) -> None:
    out = unspaced_letters(line)
    assert "".join(out.split()) == "".join(line.split())


def test_icons_part_contact_items_and_go_at_a_line_start() -> None:
    text = "Jan Kowalski\n\uf095 +48 600 100 200   \uf0e0 jan@example.pl   \uf041 Kraków, Polska"
    assert clean_text(text).splitlines()[1] == "+48 600 100 200 | jan@example.pl | Kraków, Polska"


def test_an_icon_after_a_label_or_separator_adds_no_separator() -> None:
    assert clean_text("x\nTel: \uf095 600 100 200 · \uf0e0 a@b.pl").splitlines()[1] == (
        "Tel: 600 100 200 · a@b.pl"
    )


def test_an_icon_that_ends_its_line_or_field_parts_nothing() -> None:
    assert clean_text("jan@example.pl \uf0e0") == "jan@example.pl"
    assert clean_text("Jan\nKraków \uf041  \nx").splitlines()[1] == "Kraków"


def test_symbol_font_bullets_stay_bullets() -> None:
    text = "Duties\n\uf0b7\tKept the ledger\n\uf0a7 Closed the month"
    assert clean_text(text).splitlines()[1:] == ["• Kept the ledger", "• Closed the month"]


@given(st.text(alphabet=st.characters(min_codepoint=0xE000, max_codepoint=0xF8FF), max_size=5),
       st.sampled_from(["+48 600 100 200", "jan@example.pl", "Kraków"]))
def test_no_private_use_character_survives(icons: str, item: str) -> None:
    out = clean_text(f"Jan\n{icons}{item}{icons} x")
    assert not any(0xE000 <= ord(ch) <= 0xF8FF for ch in out)
    assert item in out


def test_ligatures_soft_hyphens_and_no_break_spaces_read_plain() -> None:
    text = (
        "Jan\nOf\ufb01ce work\ufb02ow, e\ufb00ort\ndevelop\u00adment\n"
        "+48\u00a0600\u00a0100\u00a0200"
    )
    assert clean_text(text).splitlines()[1:] == [
        "Office workflow, effort", "development", "+48 600 100 200",
    ]


def test_a_letter_spaced_pdf_heading_keeps_its_word_gaps() -> None:
    # PDFium reads the three spaces between two words as one; the letters' boxes still part them.
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(20, 30, "W O R K   E X P E R I E N C E")
    pdf.set_font("Helvetica", "", 10)
    pdf.text(20, 40, "Data Engineer - Allegro, 2021 - Present")
    text = clean_text(pdf_text(bytes(pdf.output())))
    assert text.splitlines()[0] == "WORK EXPERIENCE"


def test_a_letter_spaced_pdf_heading_with_character_spacing_reads_whole() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_char_spacing(4)
    pdf.text(20, 30, "EXPERIENCE")
    pdf.set_char_spacing(0)
    pdf.set_font("Helvetica", "", 10)
    pdf.text(20, 40, "Data Engineer - Allegro, 2021 - Present")
    assert clean_text(pdf_text(bytes(pdf.output()))).splitlines()[0] == "EXPERIENCE"


NAMES = st.text(alphabet="abcdefghijklmnoprstuvwyzęółŁÉ ", min_size=3, max_size=30).filter(
    lambda name: name.strip() and not name.strip().lower().startswith(("page", "str", "s "))
)


@given(NAMES, st.sampled_from(["Page {n} of {m}", "Page {n}/{m}", "strona {n} z {m}",
                               "Trang {n}/{m}", "Página {n} de {m}", "page {n}"]),
       st.integers(1, 9), st.integers(1, 9), st.sampled_from([" – ", " | ", " - ", ", "]))
def test_a_running_line_loses_its_page_number(
    name: str, page: str, n: int, m: int, joint: str
) -> None:
    line = f"{name.strip()} – CV{joint}{page.format(n=n, m=m)}"
    assert without_page_number(line) == f"{name.strip()} – CV"


@pytest.mark.parametrize("line", ["Jane Doe", "Pages of history", "Str. 5 Mai 12, Cluj", "Page 2"])
def test_lines_without_a_trailing_page_number_stay(line: str) -> None:
    assert without_page_number(line) == line


def test_a_pdf_running_header_with_page_numbers_is_kept_once_without_them() -> None:
    pdf = FPDF()
    for number in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        pdf.text(15, 10, f"Jane Doe - CV - Page {number} of 2")
        pdf.set_font("Helvetica", "", 10)
        for line in range(4):
            pdf.text(15, 40 + 6 * line, f"Work on page {number}, line {line}")
    lines = [line for line in pdf_text(bytes(pdf.output())).splitlines() if line.strip()]
    assert lines[0] == "Jane Doe - CV"
    assert not any("Page" in line for line in lines)
    assert len(lines) == 9


def test_a_docx_header_contact_block_reads_without_icons_and_page_numbers() -> None:
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].add_run("Оксана Мельник – CV – Page 1")
    header.add_paragraph("\uf095 +380 67 345 12 89 \uf0e0 oksana@example.com.ua \uf041 Львів")
    document.add_paragraph("W O R K   E X P E R I E N C E")
    document.add_paragraph("\uf0b7\tГоловний бухгалтер, 2019 – 2024")
    buffer = io.BytesIO()
    document.save(buffer)
    lines = [line for line in clean_text(docx_text(buffer.getvalue()).text).splitlines() if line]
    assert lines == [
        "Оксана Мельник – CV",
        "+380 67 345 12 89 | oksana@example.com.ua | Львів",
        "WORK EXPERIENCE",
        "• Головний бухгалтер, 2019 – 2024",
    ]
