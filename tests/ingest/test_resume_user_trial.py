"""Regressions from a user's trial of issue 15 with résumés written as people write them (no
headings, a tools line, a reference number, a name with a lower-case surname)."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.core.models import EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.skills.linker import default_linker


def test_a_labelled_tools_line_above_a_job_is_a_skill_list_not_its_employer() -> None:
    text = (
        "Tomás Ferreyra\nCórdoba, Argentina\ntomas.ferreyra.dev@mail.example\n\n"
        "Senior MLOps engineer for a fintech with 4 million users.\n\n"
        "Tools I use daily: Python, PyTorch, vLLM, Docker, Kubernetes, Terraform\n\n"
        "Mercado Pago — MLOps Engineer, ene. 2019 – actualidad\n"
        "Built the model-serving platform on GKE.\n"
    )
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    jobs = [(e.title, e.organization, e.start) for e in person.evidence
            if e.kind is EvidenceKind.JOB]
    assert jobs == [("MLOps Engineer", "Mercado Pago", date(2019, 1, 1))]
    assert any("Python, PyTorch, vLLM, Docker, Kubernetes" in e.text for e in person.evidence)


def test_a_lower_case_surname_is_the_name_where_the_profile_link_spells_it() -> None:
    # LinkedIn adds an initial and an id to the slug: "vamsi-krishna-g-4a1b2c"
    text = (
        "Vamsi krishna\nhttps://www.linkedin.com/in/vamsi-krishna-g-4a1b2c\n\n"
        "Experience\nPython Developer at Cognizant, Chennai (Jan 2021 - Present)\n"
        "- Django REST APIs for an insurance portal, PostgreSQL, Celery, Redis\n"
    )
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    assert person.name == "Vamsi krishna"
    # the employer's town in a dated job line is not where the person lives
    assert person.location is None


def test_a_currency_code_beside_its_amount_is_no_skill() -> None:
    [person] = parse_resume_bytes((
        "Joel Reyes\nQuezon City, Philippines · joel.reyes@mail.example\n\n"
        "I have been an AI engineer at Thinking Machines since 2021, building OCR for banks. "
        "Before that I wrote PHP 8 and Laravel at Accenture.\n\n"
        "Salary expectation: PHP 180,000 per month.\n"
    ).encode(), "cv.txt")
    link_skills(default_linker(), person)
    php = [m for m in person.skills if m.skill.label == "PHP"]
    assert [m.snippet for m in php] == [
        "Before that I wrote PHP 8 and Laravel at Accenture."
    ]


def test_an_anonymised_profile_keeps_a_neutral_label_and_its_reference_is_no_phone() -> None:
    text = (
        "CANDIDATE PROFILE – REF 2026-0412\n\n"
        "Location: Kraków, Poland (open to remote)\nNotice period: 1 month\n\n"
        "Profile\nComputer-vision engineer with 7 years in manufacturing inspection.\n\n"
        "Experience\n2021 – now: Lead CV Engineer, an automotive supplier (Tier 1), Kraków\n"
        "Trained YOLOv8 and segmentation models on 300k images.\n"
    )
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    assert person.name == ""  # shown under a neutral label, never a place or a heading
    assert person.phone is None and person.country == "PL"


def test_a_bare_pretensao_label_cues_the_pay_in_a_line_of_several_fields() -> None:
    text = (
        "Ana Beatriz Carvalho\nRecife, PE – Brasil\nana.bcarvalho@mail.example\n\n"
        "Sou cientista de dados há cinco anos. Desde março de 2020 trabalho na Nubank.\n\n"
        "Horário de trabalho: das 8h às 17h (BRT). Pretensão: US$ 95.000 por ano. Idiomas: "
        "português nativo, inglês avançado.\n"
    )
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    assert person.pay_stated is not None
    assert (person.pay_stated.currency, person.pay_stated.low, person.pay_stated.period) == (
        "USD", 95_000.0, "year")


_JOB_BOARD_EXPORT = (
    "Ravi Teja Kondapalli\nSenior Software Engineer - Infosys Limited\n\n"
    "Hyderabad, Telangana - Email me on Indeed: indeed.com/r/Ravi-Teja-Kondapalli/4b1e2c9d8a\n\n"
    "• 4.5 years of experience in design and development of Java/J2EE applications\n"
    "• Experience in working with Agile methodology\n\n"
    "WORK EXPERIENCE\n\nSenior Software Engineer\n\nInfosys Limited -  Hyderabad, Telangana -\n\n"
    "July 2019 to Present\n\nProject: Claims Processing System\nRole: Developer\n"
    "Responsibilities:\n• Developed REST APIs using Spring Boot and deployed them on AWS EC2.\n"
)


def test_experience_of_working_with_a_method_is_no_job_at_an_employer() -> None:
    [person] = parse_resume_bytes(_JOB_BOARD_EXPORT.encode(), "cv.txt")
    jobs = [(e.title, e.organization) for e in person.evidence if e.kind is EvidenceKind.JOB]
    assert jobs == [("Senior Software Engineer", "Infosys Limited")]


def test_a_role_label_inside_a_job_is_the_projects_not_the_persons_headline() -> None:
    [person] = parse_resume_bytes(_JOB_BOARD_EXPORT.encode(), "cv.txt")
    assert person.headline == "Senior Software Engineer - Infosys Limited"


@pytest.mark.parametrize(
    ("line", "location"),
    [
        ("Location: Lagos, Nigeria (open to remote)", "Lagos, Nigeria"),
        ("Ubicación: Bogotá (remoto)", "Bogotá"),
        ("Location: Cluj-Napoca (Romania)", "Cluj-Napoca (Romania)"),
    ],
)
def test_a_remark_in_brackets_after_a_labelled_place_is_no_part_of_it(
    line: str, location: str
) -> None:
    text = f"CANDIDATE PROFILE\n{line}\n\nExperience\nData Analyst at Endava (2020 - present)\n"
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    assert person.location == location


def test_undated_study_written_a_field_a_line_is_one_degree_each() -> None:
    text = (
        "Neha Verma\nneha.verma@mail.example\n\nEDUCATION\n\n"
        "MBA in Finance\n\nIndian Institute of Management Bangalore\n\n2015\n\n"
        "B.Com\n\nUniversity of Delhi - Delhi, Delhi\n\nMay 2012\n"
    )
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    studies = [
        (e.title, e.organization, e.end) for e in person.evidence
        if e.kind is EvidenceKind.EDUCATION
    ]
    assert studies == [
        ("MBA in Finance", "Indian Institute of Management Bangalore", date(2015, 1, 1)),
        ("B.Com", "University of Delhi", date(2012, 1, 1)),
    ]


@pytest.mark.parametrize(
    ("top", "location"),
    [
        ("Tomasz Wiśniewski, Gniezno", "Gniezno"),
        ("Ana Pérez | Lima, Perú", "Lima, Perú"),
        ("Tomasz Wiśniewski – Gniezno, Polska", "Gniezno, Polska"),
    ],
)
def test_a_place_on_the_name_s_line_is_the_location_without_the_name(
    top: str, location: str
) -> None:
    text = f"{top}\n\nOd 2019 pracuję w firmie Solaris jako księgowy.\nt.w@example.com\n"
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    assert (person.name, person.location) == (top.split(",")[0].split(" |")[0].split(" –")[0],
                                              location)


def test_a_since_said_in_passing_on_the_header_does_not_date_the_job_below_its_range() -> None:
    # the demo world's Kenyan MLOps engineer: his title was read as "Jan 2021", since 2022
    text = (
        "Brian Otieno\nbrian@example.com\n\n## Experience\n\n"
        "Mkopo Mobile Group, Nairobi (remote from Kisumu since 2022) - MLOps Engineer\n"
        "Jan 2021 - present\n\n- Operate the ML platform for 11 models.\n"
    )
    [person] = parse_resume_bytes(text.encode(), "cv.md")
    jobs = [(e.title, e.organization, e.start, e.end) for e in person.evidence
            if e.kind is EvidenceKind.JOB]
    assert jobs == [("MLOps Engineer", "Mkopo Mobile Group", date(2021, 1, 1), None)]
