"""PDFs as the programs people use write them, read as a person reads them.

`pdfs/chrome_sidebar.pdf` is `pdfs/chrome_sidebar.html` printed by headless Chromium
(`chromium --headless --no-pdf-header-footer --print-to-pdf=...`): Skia, which also writes Google
Docs' and most résumé builders' PDFs, starts a text object at every kerning step and draws each
letter of a letter-spaced line (CSS `letter-spacing`) on its own, so a word comes in pieces whose
boxes touch or overlap. The file is committed; the tests need no Chromium.
"""

from __future__ import annotations

from pathlib import Path

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


def test_a_long_email_from_chrome_keeps_every_letter() -> None:
    text = pdf_text(CHROME.read_bytes())
    assert "tomasa.ferreyra.valdivies\no@example.com" in text



def test_a_big_line_drawn_a_glyph_at_a_time_keeps_its_words_whole() -> None:
    lines = lines_of(pdf_text(CHROME.read_bytes()))
    assert lines[lines.index("FERREYRA") + 1 :][:2] == ["Joana Pereira", "Cavalcanti"]
