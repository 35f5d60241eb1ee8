"""Regressions from the dev résumés of batch dev-resume-cv-layouts (bench/data/extraction,
*-71...*-75): the employer first, in capitals or with its legal form, then the post, then the
dates; a job within one year ("2015 (8 mois)", "Stage de 6 mois - 2018"); contract words beside
the title; a consultant's missions inside one job; a label before the dates ("Thoi gian:");
and one fact a line after "Education: ..."."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.resumes.entries import find_range, split_jobs
from worldhire.ingest.resumes.labelled_entries import labelled_jobs
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.sections import split_sections


def _jobs(text: str) -> list[tuple[str, str | None, date | None, date | None]]:
    return [(j.title, j.organization, j.start, j.end) for j in split_jobs(text.split("\n"))]


def test_an_employer_in_capitals_heads_its_post_and_dates() -> None:
    text = """GEODIS LOGISTICS – Saran (45)
Chef d'équipe préparation de commandes – CDI
Janvier 2019 à ce jour
- Encadrement d'une équipe de 12 préparateurs
DHL SUPPLY CHAIN
Mozo de almacén / carretillera
De 2017 a 2021
- Carga y descarga de camiones"""
    assert _jobs(text) == [
        ("Chef d'équipe préparation de commandes", "GEODIS LOGISTICS", date(2019, 1, 1), None),
        ("Mozo de almacén / carretillera", "DHL SUPPLY CHAIN", date(2017, 1, 1), date(2021, 1, 1)),
    ]


def test_an_employer_in_capitals_is_no_section_heading() -> None:
    text = (
        "EXPERIENCIA LABORAL\nINDITEX\nCoordinadora de turno\nDesde marzo de 2021\n\nFORMACIÓN\nIES"
    )
    split = split_sections(text)
    assert [s.key for s in split.sections] == ["experience", "education"]
    assert split.sections[0].lines[0] == "INDITEX"


def test_a_heading_in_capitals_without_dates_below_is_still_a_border() -> None:
    split = split_sections("Experience\nAcme, 2019 - 2021\nENGAGEMENTS BÉNÉVOLES\nCroix-Rouge")
    assert [s.key for s in split.sections] == ["experience", "other"]


@pytest.mark.parametrize(
    ("line", "year"),
    [("2015 (8 mois)", 2015), ("Stage de 6 mois - 2018", 2018), ("Summer 2018 (3 months)", 2018),
     ("SOCIETE GENERALE\t\tStage de 6 mois - 2018", 2018)],
)  # fmt: skip
def test_one_date_with_its_duration_is_a_job_within_that_year(line: str, year: int) -> None:
    found = find_range(line)
    assert found is not None and found.start == found.end == date(year, 1, 1)


@pytest.mark.parametrize(
    "line",
    ["Python (3 years), used daily since 2019 in every project I led", "2019", "6 mois"],
)
def test_a_sentence_or_a_bare_date_is_no_one_year_job(line: str) -> None:
    found = find_range(line)
    assert found is None or found.start != found.end


def test_a_job_within_one_year_is_read_with_its_employer() -> None:
    text = "INTERMARCHÉ – Fleury\nEmployé libre-service (CDD)\n2015 (8 mois)\nMise en rayon."
    assert _jobs(text) == [
        ("Employé libre-service", "INTERMARCHÉ", date(2015, 1, 1), date(2015, 1, 1))
    ]


def test_contract_words_are_neither_title_nor_employer() -> None:
    text = "DECATHLON BORDEAUX LAC\nStage de 6 mois – Assistante RH\nJanvier – Juin 2021"
    assert _jobs(text) == [
        ("Assistante RH", "DECATHLON BORDEAUX LAC", date(2021, 1, 1), date(2021, 6, 1))
    ]


def test_a_consultants_missions_stay_inside_the_job() -> None:
    text = """CAPGEMINI\t\tSept. 2020 - aujourd'hui
Consultant developpeur Java (CDI)
Mission chez BNP Paribas via Capgemini (depuis janvier 2022)
- Micro-services Spring Boot
Mission chez Enedis (2020-2021)
- Maintenance d'une application Angular"""
    (job,) = split_jobs(text.split("\n"))
    assert (job.title, job.organization) == ("Consultant developpeur Java", "CAPGEMINI")
    assert "Enedis" in job.text


def test_a_label_before_the_dates_names_no_employer() -> None:
    text = (
        "CONG TY CP BAN LE KY THUAT SO FPT (FPT SHOP)\nNhan vien ban hang\nThoi gian: 2017 - 2020"
    )
    assert _jobs(text) == [
        ("Nhan vien ban hang", "CONG TY CP BAN LE KY THUAT SO FPT (FPT SHOP)",
         date(2017, 1, 1), date(2020, 1, 1)),
    ]  # fmt: skip


def test_an_employer_line_opens_the_labelled_fields_below_it() -> None:
    lines = [
        "BIURO RACHUNKOWE BILANS SP. Z O.O.", "Stanowisko: Księgowa", "Okres: 02.2018 - obecnie",
        "- Księgi przychodów i rozchodów", "ROSSMANN", "Stanowisko: Kasjerka", "Okres: 2015 - 2018",
    ]  # fmt: skip
    jobs = labelled_jobs(lines)
    assert jobs is not None
    assert [(j.title, j.organization) for j in jobs] == [
        ("Księgowa", "BIURO RACHUNKOWE BILANS SP. Z O.O."), ("Kasjerka", "ROSSMANN"),
    ]  # fmt: skip


def test_facts_after_an_education_line_are_not_education() -> None:
    text = """Name: Farhana Akter
Email: farhana@example.com
Education: M.Com (Accounting), University of Dhaka
Software: Tally ERP 9, SAP FICO
Work: month-end closing, bank reconciliation, payroll for 1,200 staff"""
    person = parse_text_resume(text, "cv.txt")
    education = [e for e in person.evidence if e.kind.value == "education"]
    assert [e.title for e in education] == ["M.Com (Accounting), University of Dhaka"]
    assert any("Tally ERP 9" in e.text for e in person.evidence if e.kind.value == "skills")


@given(st.sampled_from(["CDI", "CDD", "CDD puis CDI", "umowa o pracę", "kontrak", "CDD de 6 mois"]))
def test_a_contract_in_brackets_leaves_the_title(contract: str) -> None:
    (job,) = split_jobs(["ACME SOLUTIONS", f"Conseillère clientèle ({contract})", "2019 - 2021"])
    assert (job.title, job.organization) == ("Conseillère clientèle", "ACME SOLUTIONS")


@pytest.mark.parametrize(
    ("text", "title", "organization"),
    [
        # the post above its dates, the employer below them (Work.ua)
        ("Електрик\nз 09.2008 по 02.2015 (6 років 6 місяців)\nПАТ «Інтерпайп НТЗ», Дніпро",
         "Електрик", "ПАТ «Інтерпайп НТЗ»"),
        # the job in a cell of its own after "seit"
        ("seit 08/2018 | **Fachkraft für Lagerlogistik**\nDACHSER SE, Niederlassung Dortmund\n"
         "Wareneingangskontrolle.\n09/2013 – 07/2018 | Lagerhelfer\nRhenus Logistics GmbH",
         "Fachkraft für Lagerlogistik", "DACHSER SE"),
        # a header wrapped inside its brackets
        ("Customer Service Officer — PT Bank Central Asia Tbk (Halo\nBCA), Surabaya\n"
         "Februari 2022 – Sekarang", "Customer Service Officer",
         "PT Bank Central Asia Tbk (Halo BCA)"),
        # the employer between a dated title and its bullets
        ("09/2019 – 05/2021 | **Tester (Fresher)**\nFPT Software Đà Nẵng – dự án khách hàng Nhật\n"
         "- Thực hiện test theo checklist", "Tester (Fresher)", "FPT Software Đà Nẵng"),
        # a table row: the employer, the post, then what was done
        ("02.2019 – теперішній час | ТОВ «Епіцентр К», розподільчий центр; водій навантажувача. "
         "Навантаження та розвантаження фур.", "водій навантажувача", "ТОВ «Епіцентр К»"),
    ],
)  # fmt: skip
def test_the_first_job_of_other_layouts(text: str, title: str, organization: str) -> None:
    job = split_jobs(text.split("\n"))[0]
    assert (job.title, job.organization) == (title, organization)


def test_the_document_s_title_and_a_profile_link_are_no_part_of_the_summary() -> None:
    text = ("CURRICULUM VITAE\n\nOLUWASEUN ADEBAYO\nLagos, Nigeria | seun@example.ng\n"
            "LinkedIn: linkedin.com/in/seunadebayo\nGitHub: github.com/seunadebayo\n\n"
            "CAREER OBJECTIVE\nA data scientist seeking a remote role.\n")
    candidate = parse_text_resume(text, "cv.txt")
    assert candidate.summary == "A data scientist seeking a remote role."
    assert "https://linkedin.com/in/seunadebayo" in candidate.links
