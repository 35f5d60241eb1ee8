"""Regressions from batch trial26a-a (bench/data/extraction, ids 1612...1619) and the CV layouts
it stands for: a Thai job board's labelled post under the employer's line ("ตำแหน่ง: ...")."""

from __future__ import annotations

from datetime import date

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.resume_text import parse_text_resume

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
