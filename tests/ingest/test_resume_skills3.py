"""Regressions from the dev résumés of batches resume-skills3-a/-b (bench/data/extraction,
*-788...811): an Indian job-board résumé whose work is written under "PROJECT DETAILS" and whose
jobs are one sentence a line, a sidebar skills list wrapped inside a bracket, a project's fields
joined on one line, Spanish and Indonesian job titles, and the office, warehouse and nursing
duties written in the hiring regions' languages."""

from __future__ import annotations

import pytest

from worldhire.ingest.resumes.labelled_entries import split_dated_jobs
from worldhire.ingest.resumes.prose import jobs_in_sentence
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.sections import heading_key
from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.ingest.resumes.skill_lists import listed_names, tools_lines
from worldhire.skills.linker import default_linker

NAUKRI = """Sai Kiran Reddy
Mobile: +91-9849012736
E-Mail: saikiran.r@example.in

Work Experience:
* Currently working as Senior Software Engineer in Tech Mahindra Ltd, Hyderabad from Aug-2021 to till date.
* Worked as Software Engineer in Cognizant Technology Solutions, Chennai from Sep-2018 to Jul-2021.

PROJECT DETAILS:

Project #1
Client       : Vodafone Idea Ltd
Environment  : Java 8, Spring Boot, Kafka, Oracle
Duration     : Aug 2021 - Till date

Roles & Responsibilities:
* Containerised the services with Docker and deployed through Jenkins pipelines.
"""  # noqa: E501


@pytest.mark.parametrize(
    "heading", ["PROJECT DETAILS", "Project Details:", "PROJECT PROFILE", "Projects Handled"]
)
def test_an_indian_job_boards_project_headings_open_projects(heading: str) -> None:
    # "details" alone is a contact heading ("Personal details"); the projects are the work
    assert heading_key(heading) == "projects"


def test_a_naukri_resume_keeps_its_projects_and_its_one_line_jobs() -> None:
    candidate = parse_text_resume(NAUKRI, "cv.txt")
    jobs = [(i.title, i.organization) for i in candidate.evidence if i.kind.value == "job"]
    assert jobs == [("Senior Software Engineer", "Tech Mahindra Ltd"),
                    ("Software Engineer", "Cognizant Technology Solutions")]
    link_skills(default_linker(), candidate)
    labels = {m.skill.label for m in candidate.skills}
    assert {"Docker", "Jenkins", "Apache Kafka"} <= labels


def test_a_sentence_that_tells_a_whole_job_is_read_as_one() -> None:
    [job] = jobs_in_sentence(
        "Currently working as Senior Software Engineer in Tech Mahindra Ltd, Hyderabad from "
        "Aug-2021 to till date.")
    assert (job.title, job.organization) == ("Senior Software Engineer", "Tech Mahindra Ltd")


@pytest.mark.parametrize(
    ("row", "title", "organization"),
    [
        ("Ene 2020 – a la fecha | Ternium México, Ejecutivo de Ventas (acero) | Prospección.",
         "Ejecutivo de Ventas (acero)", "Ternium México"),
        ("Ago 2014 – Jun 2016 | OXXO (FEMSA Comercio), Encargado de tienda | Manejo de caja.",
         "Encargado de tienda", "OXXO (FEMSA Comercio)"),
    ],
)  # fmt: skip
def test_spanish_titles_after_the_employer(row: str, title: str, organization: str) -> None:
    [entry] = split_dated_jobs([row])
    assert (entry.title, entry.organization) == (title, organization)


def test_an_indonesian_title_after_sebagai() -> None:
    [job] = jobs_in_sentence(
        "Sebelumnya, dari Januari 2015 sampai Juni 2018, saya mengajar di SMP Swasta Methodist 3 "
        "Medan sebagai guru honorer.")
    assert (job.title, job.organization) == ("guru honorer", "SMP Swasta Methodist 3 Medan")


def test_a_bracket_wrapped_by_a_narrow_sidebar_still_lists_names() -> None:
    text = "Indicadores logísticos (OTIF,\nlead time)\nExcel avançado (PROCV,\ntabela dinâmica)"
    assert [n.text for n in listed_names(text)] == [
        "Indicadores logísticos", "OTIF", "lead time", "Excel", "PROCV", "tabela dinâmica"]
    # a bracket that never closes nearby is no list across lines
    assert [n.text for n in listed_names("JUnit (1 year\nMaven")] == ["JUnit", "Maven"]


def test_a_tools_line_ends_at_the_next_field() -> None:
    text = "Environment : Java, Spring MVC, Oracle 11g Duration : Sep 2018 - Jul 2021"
    [(start, end)] = tools_lines(text)
    assert [n.text for n in listed_names(text, start, end)] == ["Java", "Spring MVC", "Oracle 11g"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Controle de estoque no SAP WM e inventário rotativo.", "manage warehouse inventory"),
        ("Depo operasyonunda stok yönetimi ve mal kabul.", "manage warehouse inventory"),
        ("Negociação de fretes com 14 transportadoras.", "negotiate prices for transport of cargo"),
        ("Conciliaciones bancarias y cuentas por pagar en SAP FI.",
         "accounting department processes"),
        ("Pansamente și îngrijirea plăgilor chirurgicale.", "carry out wound care"),
        ("Kê khai thuế GTGT hàng tháng, quyết toán thuế cuối năm.", "prepare tax returns forms"),
        ("Manejo de caja menor y comprobantes de egreso.", "handle petty cash"),
    ],
)  # fmt: skip
def test_office_warehouse_and_nursing_duties_in_the_regions_languages(
    sentence: str, label: str
) -> None:
    assert label in {m.skill.label for m in default_linker().link(sentence)}


@pytest.mark.parametrize(
    ("top", "name"),
    [
        ("Valentina Osorio Restrepo\nContadora Pública\n", "Valentina Osorio Restrepo"),
        ("Camila Rocha Nogueira\nAssistente Administrativa\n", "Camila Rocha Nogueira"),
        ("Dewi Lestari\nStaf Administrasi Gudang\n", "Dewi Lestari"),
    ],
)  # fmt: skip
def test_the_title_under_a_name_is_no_part_of_it(top: str, name: str) -> None:
    text = (f"{top}Bekasi | 0812-8835-4107 | someone@example.co.id\n\nEXPERIENCE\n"
            "Admin — PT Maju Jaya\n2019 – 2023\n- Input data stok harian\n")
    assert parse_text_resume(text, "cv.txt").name == name


def test_a_markdown_subheading_under_experience_heads_a_job() -> None:
    text = ("# Ramesh Iyer\nramesh@example.in | +91 98450 33127\n\n## Experience\n"
            "### Senior DevOps Engineer — Swiggy, Bengaluru\nAug 2021 – Present\n"
            "- Migrated 40+ microservices to EKS.\n\n"
            "### DevOps Engineer — Mphasis, Bengaluru\nJun 2018 – Jul 2021\n"
            "- Jenkins pipelines for Maven builds.\n\n## Awards\nBest newcomer 2019\n")
    candidate = parse_text_resume(text, "cv.md")
    jobs = [(i.title, i.organization) for i in candidate.evidence if i.kind.value == "job"]
    assert jobs == [("Senior DevOps Engineer", "Swiggy"), ("DevOps Engineer", "Mphasis")]


@pytest.mark.parametrize(
    ("sentence", "linked"),
    [
        ("Cleaned meter reading data in Excel and assisted with a report.", {"wh:excel"}),
        ("Built batch jobs on Spark for the billing team.", {"wh:spark"}),
        ("She hopes to excel in sports.", set()),
        ("Opened accounts at Access Bank in Lagos.", set()),
    ],
)  # fmt: skip
def test_a_tools_everyday_name_after_in_or_on_is_the_tool(sentence: str, linked: set[str]) -> None:
    assert {m.skill.id for m in default_linker().link(sentence)} == linked
