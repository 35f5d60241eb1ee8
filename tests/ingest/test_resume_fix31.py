"""Résumé layouts left by earlier rounds (issue 15, helper resumefix31)."""

from __future__ import annotations

from datetime import date

from worldhire.ingest.resumes.entries import split_jobs


def test_a_bullet_whose_dates_open_it_before_a_colon_is_a_job_however_many_its_words() -> None:
    """"- 2019 - 2022: Nhan vien kho tai Cong ty ...": the colon after the dates says the
    rest is what was done then, and a Vietnamese header without its marks runs past twelve
    words (one a syllable); the line indented under it is that job's work, not a job."""
    lines = [
        "- 03/2022 - nay: Nhan vien kinh doanh tai Cong ty TNHH Thuong mai Dich vu Hoa Binh An",
        "  Cham soc khach hang dai ly, lap bao gia va theo doi don hang",
        "- 2019 - 2022: Nhan vien kho van hanh xe nang tai Cong ty TNHH Hoang Long Logistics",
        "  Kiem ke hang hoa, nhap xuat kho tren phan mem Fast",
    ]
    jobs = [(j.header, j.start, j.end) for j in split_jobs(lines)]
    assert jobs == [
        ("Nhan vien kinh doanh tai Cong ty TNHH Thuong mai Dich vu Hoa Binh An",
         date(2022, 3, 1), None),
        ("Nhan vien kho van hanh xe nang tai Cong ty TNHH Hoang Long Logistics",
         date(2019, 1, 1), date(2022, 1, 1)),
    ]
