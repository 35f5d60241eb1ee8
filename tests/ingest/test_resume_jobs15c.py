"""Regressions from the dev résumés of batch jobs15c-a (bench/data/extraction, *-884...906): a
LinkedIn profile page pasted as text (logos' alt text, "Full-time · 4 yrs 2 mos", a "Skills:"
line under each role, languages with their level on the next line), promotions at one employer
written one role a line, parts of a year as dates ("Q3 2021", "mid-2020 to early 2022"), a job
board's "Continuing", how long a placement lasted before its year ("3 bulan, 2016"), a note on a
gap in brackets, the pay asked for below the pay earned now, an initial before a South Asian
name, and two roles at one employer told in one sentence."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind
from worldhire.ingest.resumes.entries import find_range
from worldhire.ingest.resumes.header import read_header
from worldhire.ingest.resumes.prose import jobs_in_sentence
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.shared.spoken_languages import find_spoken_languages


def _jobs(candidate: Candidate) -> list[EvidenceItem]:
    return [e for e in candidate.evidence if e.kind is EvidenceKind.JOB]


LINKEDIN_PASTE = """Pranav Kulkarni
Senior Data Engineer at Persistent Systems | Spark | Databricks
Pune, Maharashtra, India · Contact info

Experience
Persistent Systems logo
Persistent Systems
Full-time · 4 yrs 2 mos
Pune, Maharashtra, India · Hybrid

Senior Data Engineer
Apr 2023 - Present · 1 yr 11 mos
Migrated 40+ Informatica workflows to PySpark jobs on Azure Databricks.
Skills: PySpark · Azure Databricks · Delta Lake

Data Engineer
Jan 2021 - Mar 2023 · 2 yrs 3 mos
Built ingestion from Oracle into ADLS Gen2 with Azure Data Factory.

Mphasis logo
Associate Software Engineer
Mphasis · Full-time
Jul 2018 - Dec 2020 · 2 yrs 6 mos
Bengaluru, Karnataka, India
Wrote ETL mappings in Informatica PowerCenter.

Languages
English
Full professional proficiency
Marathi
Native or bilingual proficiency
"""


def test_a_pasted_linkedin_profile_keeps_every_role_and_its_employer() -> None:
    candidate = parse_text_resume(LINKEDIN_PASTE, "profile.txt")
    jobs = [(j.title, j.organization, j.start, j.end) for j in _jobs(candidate)]
    assert jobs == [
        ("Senior Data Engineer", "Persistent Systems", date(2023, 4, 1), None),
        ("Data Engineer", "Persistent Systems", date(2021, 1, 1), date(2023, 3, 1)),
        ("Associate Software Engineer", "Mphasis", date(2018, 7, 1), date(2020, 12, 1)),
    ]
    assert candidate.languages == ["English (professional)", "Marathi (native)"]


def test_a_skills_heading_in_capitals_still_opens_its_section() -> None:
    text = (
        "Jane Mwangi\njane@example.com\n\nExperience\nData Analyst\nSafaricom\n"
        "Jan 2021 - Present\nSKILLS: SQL, Python, Power BI, Excel\nEducation\nBSc Statistics\n"
    )
    candidate = parse_text_resume(text, "cv.txt")
    assert [e.text for e in candidate.evidence if e.kind is EvidenceKind.SKILLS] == [
        "SQL, Python, Power BI, Excel"
    ]


@pytest.mark.parametrize(
    "employer",
    ["PT Indomarco Prismatama – DC Cikarang", "Itaú Unibanco — São Paulo/SP (híbrido)"],
)
def test_roles_one_a_line_under_their_employer_are_all_its(employer: str) -> None:
    text = (
        f"Jane Doe\njane@example.com\n\nExperience\n{employer}\n"
        "Supervisor Gudang · Agt 2021 – skrg\nStaff Gudang · Feb 2018 – Jul 2021\n"
        "- Stock opname bulanan.\n\nKurir – Shopee Xpress, Bekasi\n2017 – 2018\n"
    )
    jobs = _jobs(parse_text_resume(text, "cv.txt"))
    assert [j.title for j in jobs] == ["Supervisor Gudang", "Staff Gudang", "Kurir"]
    assert jobs[0].organization == jobs[1].organization != jobs[2].organization


def test_a_role_under_a_two_line_header_gives_its_employer_to_no_note() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nWork History\nCashier — Jollibee Foods Corp.\n"
        "2017 – 2019\n\n(2019–2021: took care of my father and finished my degree online)\n"
    )
    jobs = _jobs(parse_text_resume(text, "cv.txt"))
    assert [(j.title, j.organization) for j in jobs] == [("Cashier", "Jollibee Foods Corp")]


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("Q3 2021 – Q1 2023", date(2021, 7, 1), date(2023, 1, 1)),
        ("mid-2020 to early 2022", date(2020, 6, 1), date(2022, 1, 1)),
        ("2018 – mid-2020", date(2018, 1, 1), date(2020, 6, 1)),
        ("early 2022 – now", date(2022, 1, 1), None),
        ("July 1, 2022 - Continuing", date(2022, 7, 1), None),
        ("3 bulan, 2016 (praktik kerja industri)", date(2016, 1, 1), date(2016, 1, 1)),
    ],
)  # fmt: skip
def test_parts_of_a_year_date_a_range(written: str, start: date, end: date | None) -> None:
    found = find_range(written)
    assert found is not None
    assert (found.start, found.end) == (start, end)


def test_the_pay_asked_for_wins_over_the_pay_earned_in_one_section() -> None:
    text = (
        "Jane Doe\njane@example.com\nLahore, Pakistan\n\nJob Preferences\n"
        "Current Salary: PKR 185,000\nExpected Salary: PKR 250,000 - 300,000 /month\n"
    )
    pay = parse_text_resume(text, "cv.txt").pay_stated
    assert pay is not None
    assert (pay.currency, pay.low, pay.high) == ("PKR", 250_000, 300_000)


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["M. Usman Qureshi", "Senior Accountant", "usman.q@example.pk"], "M. Usman Qureshi"),
        (["M. Rahman", "Dhaka", "rahman.m@example.com"], "M. Rahman"),
        (["M. Jean DUPONT", "Comptable", "jean.dupont@example.fr"], "Jean Dupont"),
        (["Nguyễn Thị", "Lan Anh", "lananh@example.vn"], "Nguyễn Thị Lan Anh"),
    ],
)  # fmt: skip
def test_an_initial_is_part_of_the_name_and_a_town_below_is_not(
    lines: list[str], name: str
) -> None:
    emails = [line for line in lines if "@" in line]
    assert read_header(lines, len(lines), [], emails).name.casefold() == name.casefold()


def test_two_roles_at_one_employer_told_in_one_sentence() -> None:
    text = (
        "I started out at the Kenya Tea Development Agency in Kericho, first as a graduate "
        "trainee (2017) and then as an assistant data officer until 2020."
    )
    told = [(j.title, j.organization, j.start, j.end) for j in jobs_in_sentence(text)]
    assert told == [
        ("graduate trainee", "Kenya Tea Development Agency", date(2017, 1, 1), date(2017, 1, 1)),
        ("assistant data officer", "Kenya Tea Development Agency", date(2017, 1, 1),
         date(2020, 1, 1)),
    ]  # fmt: skip


def test_a_level_under_a_language_is_its_level_a_name_under_a_name_is_not() -> None:
    found = find_spoken_languages("English\nC1\nHindi\nMarathi\nNative", listed=True)
    assert [(f.name, f.level) for f in found] == [
        ("English", "C1"),
        ("Hindi", None),
        ("Marathi", "native"),
    ]
