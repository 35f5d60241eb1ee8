"""Jobs written as labelled fields (the old Europass template, job-board exports, one-fact-a-line
CVs): issue 15 dev misses where such jobs came out as 'Perioada' or 'Stanowisko' titles."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.resumes.labelled_entries import labelled_jobs
from worldhire.ingest.resumes.resume_text import parse_text_resume

EUROPASS = """Perioada | 2017 – prezent
Funcția sau postul ocupat | Electrician întreținere
Activități și responsabilități principale | Întreținerea instalațiilor electrice.
Numele și adresa angajatorului | Continental Automotive Systems SRL, Timișoara
Perioada | 2008 – 2017
Funcția sau postul ocupat | Electrician în construcții
Numele și adresa angajatorului | Electro Instal Banat SRL, Timișoara"""

JOB_BOARD = """Stanowisko: Samodzielna księgowa
Pracodawca: Biuro Rachunkowe "Bilans" s.c.
Okres zatrudnienia: 02.2018 - obecnie
Obowiązki:
- prowadzenie pełnej księgowości 25 spółek z o.o.

Stanowisko: Młodsza księgowa
""" + "Pracodawca: Solaris Bus & Coach sp. z o.o. | Lokalizacja: Bolechowo | " + (
    "Okres zatrudnienia: 07.2012 - 01.2018"
)


def test_europass_rows_are_jobs() -> None:
    jobs = labelled_jobs(EUROPASS.split("\n"))
    assert jobs is not None
    assert [(j.title, j.organization, j.start) for j in jobs] == [
        ("Electrician întreținere", "Continental Automotive Systems SRL", date(2017, 1, 1)),
        ("Electrician în construcții", "Electro Instal Banat SRL", date(2008, 1, 1)),
    ]
    assert jobs[0].end is None and jobs[1].end == date(2017, 1, 1)
    assert jobs[0].body == ["Întreținerea instalațiilor electrice."]


def test_several_fields_on_one_line() -> None:
    jobs = labelled_jobs(JOB_BOARD.split("\n"))
    assert jobs is not None
    assert [(j.title, j.organization) for j in jobs] == [
        ("Samodzielna księgowa", 'Biuro Rachunkowe "Bilans" s.c.'),
        ("Młodsza księgowa", "Solaris Bus & Coach sp. z o.o."),
    ]
    assert jobs[1].start == date(2012, 7, 1) and jobs[1].end == date(2018, 1, 1)


def test_a_whole_job_in_one_value() -> None:
    lines = [
        "Poste actuel : Comptable, Cabinet Ndiaye & Associés (Dakar), depuis 2019",
        "Poste précédent : Assistante comptable, Sonatel (Dakar), 2017 - 2019",
        "Current position: Senior Accounts Officer",
        "Company: Pran-RFL Group",
        "Since: January 2020",
    ]
    jobs = labelled_jobs(lines)
    assert jobs is not None
    assert [(j.title, j.organization, j.start) for j in jobs] == [
        ("Comptable", "Cabinet Ndiaye & Associés (Dakar)", date(2019, 1, 1)),
        ("Assistante comptable", "Sonatel (Dakar)", date(2017, 1, 1)),
        ("Senior Accounts Officer", "Pran-RFL Group", date(2020, 1, 1)),
    ]


def test_ordinary_entries_are_not_labelled_jobs() -> None:
    assert labelled_jobs(["Senior ML Engineer | Acme", "Jan 2020 - Present", "- built"]) is None
    assert labelled_jobs(["Role: Data Scientist", "Built churn models."]) is None


def test_a_europass_resume_gets_its_jobs() -> None:
    text = f"Stoica Florin\nflorin@example.ro\n\nEXPERIENȚA PROFESIONALĂ\n{EUROPASS}\n"
    jobs = [e for e in parse_text_resume(text, "cv.txt").evidence if e.kind.value == "job"]
    assert [j.title for j in jobs] == ["Electrician întreținere", "Electrician în construcții"]


@given(st.lists(st.text(max_size=80), max_size=30))
def test_any_lines_give_jobs_with_a_title_or_an_employer(lines: list[str]) -> None:
    jobs = labelled_jobs(lines)
    for job in jobs or []:
        assert job.title or job.organization


def test_labelled_details_under_dated_entries_stay_classic() -> None:
    lines = ["Senior Developer — Infosys", "Jan 2019 – Present", "Project: Billing",
             "Role: Tech lead", "Duration: 6 months", "Team Lead — TCS", "2015 – 2018"]
    assert labelled_jobs(lines) is None
