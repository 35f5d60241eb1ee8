"""Regressions from batch trial26a-a (bench/data/extraction, ids 1612...1619) and the CV layouts
it stands for: a Thai job board's labelled post under the employer's line ("ตำแหน่ง: ..."); pay
asked for in Arabic, Hungarian, Serbian and Thai with their own salary, period and basis words;
names in scripts without capitals under what the document calls itself ("السيرة الذاتية") or
after a Thai honorific ("นางสาว", with the name in Latin letters in brackets); the years of
experience an Arabic profile states ("بخبرة ٨ سنوات"); Thai legal forms ("บริษัท ... จำกัด
(มหาชน)")."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.core.models import EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.shared.experience import years_of_experience

D = date


def _jobs(text: str) -> list[tuple[str, str | None, date | None, date | None]]:
    candidate = parse_text_resume(text, "cv.txt")
    return [(e.title, e.organization, e.start, e.end) for e in candidate.evidence
            if e.kind is EvidenceKind.JOB]  # fmt: skip


THAI_JOBS = """นาย ธนากร ใจดี
โทรศัพท์: 081-111-2233

ประวัติการทำงาน

ม.ค. 2564 - ปัจจุบัน
บริษัท สยามโลจิสติกส์ จำกัด
ตำแหน่ง: วิศวกรซอฟต์แวร์
หน้าที่ความรับผิดชอบ:
- พัฒนาระบบติดตามพัสดุด้วย Java และ PostgreSQL

มี.ค. 2561 - ธ.ค. 2563
โรงพยาบาลเชียงใหม่ราม
ตำแหน่ง: Programmer
หน้าที่ความรับผิดชอบ:
- ดูแลระบบเวชระเบียนผู้ป่วย
"""


def test_a_thai_post_label_under_the_employer_gives_the_title() -> None:
    assert _jobs(THAI_JOBS) == [
        ("วิศวกรซอฟต์แวร์", "บริษัท สยามโลจิสติกส์ จำกัด", D(2021, 1, 1), None),
        ("Programmer", "โรงพยาบาลเชียงใหม่ราม", D(2018, 3, 1), D(2020, 12, 1)),
    ]


@pytest.mark.parametrize(
    ("line", "currency", "low", "high", "period", "basis"),
    [("الراتب المتوقع: ١٨٬٥٠٠ جنيه مصري صافي شهرياً", "EGP", 18_500, 18_500, "month", "net"),
     ("Bérigény: bruttó 720 000 Ft/hó", "HUF", 720_000, 720_000, "month", "gross"),
     ("Очекивана зарада: 2.800 € бруто месечно", "EUR", 2_800, 2_800, "month", "gross"),
     ("Očekivana zarada: 2.800 € neto mesečno", "EUR", 2_800, 2_800, "month", "net"),
     ("เงินเดือนที่ต้องการ: 30,000 - 38,000 บาท", "THB", 30_000, 38_000, "month", None)],
)  # fmt: skip
def test_pay_asked_for_in_the_regions_own_words(
    line: str, currency: str, low: float, high: float, period: str, basis: str | None
) -> None:
    text = f"Nadia Kovács\nnadia@example.com\n\n{line}\n"
    [candidate] = parse_resume_bytes(text.encode(), "cv.txt")
    pay = candidate.pay_stated
    assert pay is not None
    assert (pay.currency, pay.low, pay.high, pay.period, pay.basis) == (
        currency, low, high, period, basis
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [("السيرة الذاتية\nسارة خالد المصري\nمهندسة برمجيات\n"
      "البريد الإلكتروني: sara.k@example.com\n", "سارة خالد المصري"),
     ("ประวัติย่อ\nนางสาว มาลี สุขใจ (Miss Malee Sukjai)\nอีเมล: malee.s@example.com\n",
      "มาลี สุขใจ"),
     ("นาย สมชาย ดีมาก (Mr. Somchai Deemak)\nโทรศัพท์: 081-222-3344\n", "สมชาย ดีมาก")],
)  # fmt: skip
def test_a_name_in_a_script_without_capitals(text: str, name: str) -> None:
    [candidate] = parse_resume_bytes(text.encode(), "cv.txt")
    assert candidate.name == name


@pytest.mark.parametrize(
    ("text", "years"),
    [("مهندس شبكات بخبرة ٦ سنوات في تصميم الشبكات", 6.0),
     ("خبرة عملية ١٢ سنة في التدقيق الداخلي", 12.0),
     ("لدي ٤ سنوات خبرة في إدارة المشاريع", 4.0)],
)  # fmt: skip
def test_years_an_arabic_profile_states(text: str, years: float) -> None:
    [candidate] = parse_resume_bytes(
        f"ليلى حسن\nleila@example.com\n\n{text}\n".encode(), "cv.txt"
    )
    assert candidate.years_experience == years


def test_arabic_years_of_age_are_no_experience() -> None:
    assert years_of_experience("العمر: ٣٢ سنة") is None


def test_a_thai_company_is_known_by_its_legal_form() -> None:
    text = THAI_JOBS.replace("บริษัท สยามโลจิสติกส์ จำกัด", "บริษัท สยาม ฟู้ด เซอร์วิส จำกัด (มหาชน)")
    assert _jobs(text)[0][:2] == ("วิศวกรซอฟต์แวร์", "บริษัท สยาม ฟู้ด เซอร์วิส จำกัด (มหาชน)")
