"""PDFs as the programs people use write them, read as a person reads them.

`pdfs/chrome_sidebar.pdf` is `pdfs/chrome_sidebar.html` printed by headless Chromium
(`chromium --headless --no-pdf-header-footer --print-to-pdf=...`): Skia, which also writes Google
Docs' and most résumé builders' PDFs, starts a text object at every kerning step and draws each
letter of a letter-spaced line (CSS `letter-spacing`) on its own, so a word comes in pieces whose
boxes touch or overlap. The file is committed; the tests need no Chromium.
"""

from __future__ import annotations

from pathlib import Path

from worldhire.ingest.extract.cleanup import join_wrapped_addresses
from worldhire.ingest.pdf_text import pdf_text

CHROME = Path(__file__).parent / "pdfs" / "chrome_sidebar.pdf"


def lines_of(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_kerned_words_from_chrome_are_read_whole_and_once() -> None:
    lines = lines_of(pdf_text(CHROME.read_bytes()))
    assert "PostgreSQL · Airflow" in lines
    assert "Excel · Terraform" in lines
    assert "Analista de Datos — Yerba Verde S.A." in lines
    assert "Tableros en Power BI y cargas nocturnas con" in lines
    assert "Rosario, Argentina" in lines


def test_letter_spaced_headings_and_name_from_chrome_are_words() -> None:
    lines = lines_of(pdf_text(CHROME.read_bytes()))
    assert {"CONTACTO", "HERRAMIENTAS", "EXPERIENCIA", "TOMASA", "FERREYRA"} <= set(lines)


def test_a_long_email_that_chrome_wrapped_at_the_column_edge_is_read_whole() -> None:
    lines = lines_of(pdf_text(CHROME.read_bytes()))
    assert "tomasa.ferreyra.valdivieso@example.com" in lines


def test_an_address_wrapped_in_its_domain_or_path_is_joined_and_words_are_not() -> None:
    blocks = [
        ["✉ oyelaran.babatunde.dev@outlook.c", "om"],
        ["kwame.mensah.payroll@gmail.", "com", "Accra, Ghana"],
        ["linkedin.com/in/marisol-quintero-analitica-d", "e-datos"],
        ["Write to ana.lima@example.com", "today"],
        ["Contact me at", "ana.lima@example.com"],
    ]
    assert join_wrapped_addresses(blocks) == [
        ["✉ oyelaran.babatunde.dev@outlook.com"],
        ["kwame.mensah.payroll@gmail.com", "Accra, Ghana"],
        ["linkedin.com/in/marisol-quintero-analitica-de-datos"],
        ["Write to ana.lima@example.com", "today"],
        ["Contact me at", "ana.lima@example.com"],
    ]



def test_a_big_line_drawn_a_glyph_at_a_time_keeps_its_words_whole() -> None:
    lines = lines_of(pdf_text(CHROME.read_bytes()))
    assert lines[lines.index("FERREYRA") + 1 :][:2] == ["Joana Pereira", "Cavalcanti"]
