"""Thai résumés: a job dated by bare Buddhist-era years on a line of its own, and spoken languages
listed without the word "ภาษา" (language)."""

from __future__ import annotations

from datetime import date

from worldhire.ingest.resumes.resume_text import parse_text_resume

_RESUME = """นางสาวสุดารัตน์ ใจดี
โทร 081-555-0199 | sudarat.j@example.com

ประสบการณ์ทำงาน
พนักงานบัญชี
บริษัท สยามการค้า จำกัด
2561 - 2564
บันทึกบัญชีรายรับรายจ่ายและจัดทำรายงานภาษีประจำเดือน
"""


def test_bare_buddhist_years_on_a_line_without_thai_letters_are_common_era() -> None:
    candidate = parse_text_resume(_RESUME, "cv.txt")
    jobs = [e for e in candidate.evidence if e.kind == "job"]
    assert [(j.start, j.end) for j in jobs] == [(date(2018, 1, 1), date(2021, 1, 1))]


def test_thai_languages_listed_without_the_word_for_language() -> None:
    text = _RESUME + "\nภาษา\nไทย - ภาษาแม่\nอังกฤษ - พอใช้\n"
    candidate = parse_text_resume(text, "cv.txt")
    assert candidate.languages == ["Thai (native)", "English (basic)"]
