"""Résumé work entries left by earlier rounds (issue 15, helper resumefix30)."""

from __future__ import annotations

from datetime import date

from worldhire.ingest.resumes.entries import split_jobs


def test_a_bullet_closing_on_its_dates_and_a_remote_note_is_the_jobs_header() -> None:
    """"* **Title** @ Employer — abr. 2023 – atual (remoto)": the work arrangement in brackets
    after the dates, as a contract already may be, still closes the job's line; its nested
    bullets are its duties, not jobs."""
    lines = [
        "* **Engenheira de Dados** @ Brisamar Tech — mar. 2022 – atual (remoto)",
        "  * Pipelines em Airflow e dbt para o time de risco.",
        "  * Migração do data lake para Iceberg.",
        "* **Analista de BI** @ Loja Norte, Recife — 2019 – 2022",
        "  * Painéis de vendas em Power BI.",
    ]
    jobs = [(j.title, j.organization, j.start, j.end) for j in split_jobs(lines)]
    assert jobs == [
        ("Engenheira de Dados", "Brisamar Tech", date(2022, 3, 1), None),
        ("Analista de BI", "Loja Norte", date(2019, 1, 1), date(2022, 1, 1)),
    ]


def test_an_employer_named_before_its_employment_type_is_the_employer() -> None:
    """LinkedIn's line under a title, "Kaduna Electric · Internship": the employment type after
    the dot says the name before it is the employer's, bare as that name is (what the title keeps
    of its dash is another rule's, ad1572e7, reverted by d1e16a1f)."""
    lines = [
        "NYSC Corps Member - Mathematics Teacher",
        "Kaduna Electric · Internship",
        "Feb 2019 - Jan 2020 · 1 yr",
        "Taught algebra to senior classes.",
    ]
    assert [j.organization for j in split_jobs(lines)] == ["Kaduna Electric"]


def test_a_roles_skills_line_is_no_header_of_the_role_below() -> None:
    """LinkedIn sets "Skills: Go · PostgreSQL · Redis" at the end of a role: a list labelled
    with a section's name, not the employer of the role under it (which stays under the
    employer heading the group)."""
    lines = [
        "Paystack Ltd",
        "Full-time · 3 yrs 1 mo",
        "Backend Engineer",
        "Jan 2024 - Present · 2 yrs 1 mo",
        "Ran the payouts service in Go.",
        "Skills: Go · PostgreSQL · Redis",
        "Support Analyst",
        "Jan 2023 - Dec 2023 · 1 yr",
        "Answered merchant tickets about failed transfers.",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [("Backend Engineer", "Paystack Ltd"), ("Support Analyst", "Paystack Ltd")]
