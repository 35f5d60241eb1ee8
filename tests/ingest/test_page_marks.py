"""Page marks in running headers and footers ("Page 2 of 3", "Sayfa 2 / 3", "pág. 1 de 2"): the
PDF and DOCX readers take them off, and the header reader reads the name beside one, with the
same words in every language either of them knows."""

from __future__ import annotations

import pytest

from worldhire.ingest.extract.cleanup import is_page_number, without_page_number
from worldhire.ingest.resumes.header import read_header


@pytest.mark.parametrize("line", ["Sayfa 2 / 3", "Sayfa 2", "sayfa 1/2"])
def test_a_turkish_page_number_is_a_page_number(line: str) -> None:
    assert is_page_number(line)


def test_a_turkish_running_footer_loses_its_page_number() -> None:
    assert without_page_number("Ayşe Yılmaz – CV – Sayfa 2 / 3") == "Ayşe Yılmaz – CV"


@pytest.mark.parametrize(
    ("mark", "name"),
    [
        ("Ana Souza – Currículo – pág. 1 de 2", "Ana Souza"),
        ("Иван Петров – Резюме – страница 1 из 2", "Иван Петров"),
        ("Jan Kowalski – CV – pg. 1 of 2", "Jan Kowalski"),
    ],
)
def test_the_name_beside_a_document_word_and_a_page_mark_is_read(mark: str, name: str) -> None:
    lines = [mark, "contact@example.com", "EXPERIENCE", "Data analyst, Allegro, 2020 – now"]
    assert read_header(lines, 2, [], ["contact@example.com"]).name == name
