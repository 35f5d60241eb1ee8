"""What a post's requirement lines do and do not ask for: a degree's subject is no skill, a
spoken language is a language requirement, "Secondary skills" are optional."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import read_markdown_post

from worldhire.ingest.posts.fields import years_in
from worldhire.ingest.posts.role import RoleSpec


def _labels(role: RoleSpec, *, must: bool) -> set[str]:
    return {r.skill.lower() for r in role.requirements if r.must is must}


@pytest.mark.parametrize(
    "degree",
    [
        "- PhD or MS in Statistics, Computer Science or a related quantitative field",
        "- B.Sc. in Computer Science, Engineering or a related field",
        "- Bac+5 en statistiques, mathématiques appliquées ou école d'ingénieur",
        "- Grado en Ingeniería Informática, Telecomunicaciones o similar",
        "- Abgeschlossenes Studium der Informatik oder vergleichbare Ausbildung",
    ],
)
def test_a_degree_line_asks_for_no_skill(degree: str) -> None:
    role = read_markdown_post(f"# Data Scientist\n\n## Requirements\n{degree}\n- Python and SQL\n")
    assert _labels(role, must=True) == {"python", "sql"}
    assert _labels(role, must=False) == set()


def test_a_degree_clause_in_a_sentence_ends_where_the_sentence_moves_on() -> None:
    role = read_markdown_post(
        "# Data Scientist (w/m/d)\n\nSie bringen ein abgeschlossenes Studium der Statistik, "
        "Informatik oder Mathematik mit, haben mindestens 2 Jahre Berufserfahrung und "
        "beherrschen Python und SQL. Wir bieten ein Gehalt ab 56.000 €.\n"
    )
    names = {r.skill.lower() for r in role.requirements}
    assert {"python", "sql"} <= names
    assert not names & {"statistics", "computer science", "mathematics"}


def test_secondary_skills_of_a_pasted_paragraph_are_nice_to_haves() -> None:
    role = read_markdown_post(
        "Data Engineer | 4-8 Yrs | Bangalore Exp: 4-8 yrs Mandatory Skills: Python, PySpark, SQL "
        "Secondary skills: Kafka, Snowflake. Work Mode: Hybrid. Salary: 18-28 LPA.\n"
    )
    assert {"python", "sql"} <= _labels(role, must=True)
    assert "apache kafka" in _labels(role, must=False) | {
        r.skill.lower() for r in role.requirements if "kafka" in r.skill.lower() and not r.must
    }
    assert not any("kafka" in r.skill.lower() for r in role.requirements if r.must)


def test_a_prose_post_asks_in_sentences_that_also_say_what_the_job_is() -> None:
    role = read_markdown_post(
        "# Data Analyst\n\nThe person we want has at least two years of experience, writes clean "
        "SQL and builds dashboards. You should be able to use Python for the odd forecasting job, "
        "and you will be presenting findings to officials. If you have worked with Airflow, that "
        "would be a real advantage.\n"
    )
    assert {"sql", "python"} <= _labels(role, must=True)
    assert "apache airflow" in _labels(role, must=False) or "airflow" in _labels(role, must=False)


def test_a_permit_category_is_not_the_c_language() -> None:
    role = read_markdown_post(
        "# Data Engineer\n\n## Requirements\n- Python\n- Eine Arbeitsbewilligung (Bewilligung "
        "B/C) ist Voraussetzung.\n"
    )
    assert "c" not in {r.skill.lower() for r in role.requirements}


def test_spoken_languages_are_language_requirements_in_any_language() -> None:
    role = read_markdown_post(
        "# Data Engineer\n\n## Anforderungen\n- Python\n- Deutsch fließend, Englisch gut"
    )
    assert {"german", "english"} <= _labels(role, must=True)


def test_bullet_soup_without_a_requirements_heading_asks_for_what_its_bullets_name() -> None:
    role = read_markdown_post(
        "Bookkeeper | Remote | Philippines only\nCompany: Ledgerfield Pty Ltd (Melbourne)\n\n"
        "- Xero and Excel (pivot tables)\n- 2+ yrs bookkeeping for small businesses\n"
        "- nice: MYOB\n- pay: USD 900–1,200/month\n"
    )
    assert "microsoft excel" in _labels(role, must=True)
    assert role.min_years == 2


@pytest.mark.parametrize(
    ("head", "years"),
    [("Senior Data Engineer\nFull-time · 5-8 Years\n", 5), ("Java Developer\nExp: 3-5 yrs\n", 3)],
)
def test_years_stated_in_the_opening_lines(head: str, years: float) -> None:
    role = read_markdown_post(f"{head}\nWe're hiring.\n\n## Requirements\n- Python\n- SQL\n")
    assert role.min_years == years


def test_a_sentence_ends_after_an_acronym() -> None:
    role = read_markdown_post(
        "# Data Scientist\n\nSie bringen Erfahrung mit der Visualisierung in Power BI. Von Vorteil "
        "sind Kenntnisse in Databricks. Wir bieten ein Gehalt ab 56.000 €.\n"
    )
    assert "business intelligence" in _labels(role, must=True)
    assert "databricks" in _labels(role, must=False)


def _skill_ids(role: RoleSpec, *, must: bool) -> set[str | None]:
    return {r.skill_id for r in role.requirements if r.must is must}


@pytest.mark.parametrize(
    "item",
    [
        "- must be solid with SQL (2+ yrs)",
        "- must be solid with SQL",
        "- SQL (at least 2 years)",
        "- AWS (Lambda, DynamoDB)",
        "- Python, AWS (Lambda, DynamoDB)",
    ],
)
def test_brackets_after_an_acronym_that_do_not_spell_it_out_keep_it(item: str) -> None:
    role = read_markdown_post(f"# Data Engineer\n\n## Requirements\n{item}\n- Python\n")
    acronym = "wh:sql" if "SQL" in item else "wh:aws"
    assert {acronym, "wh:python"} <= _skill_ids(role, must=True)


def test_the_years_in_brackets_after_an_acronym_are_its_years() -> None:
    role = read_markdown_post(
        "# Data Analyst\n\n## Requirements\n- must be solid with SQL (2+ yrs)\n- Python\n"
    )
    sql = next(r for r in role.requirements if r.skill_id == "wh:sql")
    assert sql.min_years == 2


def test_an_acronym_in_running_text_keeps_brackets_that_list_its_parts() -> None:
    role = read_markdown_post(
        "# Backend Engineer\n\nYou have experience with AWS (Lambda, DynamoDB) and Python, and "
        "you must be solid with SQL (2+ yrs).\n"
    )
    assert {"wh:aws", "wh:sql", "wh:python"} <= _skill_ids(role, must=True)


def test_brackets_that_spell_out_another_sense_still_drop_the_acronym() -> None:
    role = read_markdown_post(
        "# Nurse\n\n## Requirements\n- CBT (NMC computer-based test) passed\n- English B2\n"
    )
    assert "cognitive behavioural therapy" not in {r.skill.lower() for r in role.requirements}


def test_react_native_is_a_mobile_framework_not_react() -> None:
    role = read_markdown_post(
        "# Frontend Engineer\n\n## Requirements\n- React (3+ years)\n- TypeScript\n\n"
        "## Nice to have\n- React Native\n"
    )
    assert "wh:react" in _skill_ids(role, must=True)
    native = next(r for r in role.requirements if r.quote == "React Native")
    assert native.skill_id != "wh:react"
    assert not native.must


def test_brackets_that_spell_out_the_acronyms_own_name_keep_it() -> None:
    role = read_markdown_post(
        "# Data Analyst\n\n## Requirements\n- SQL (Structured Query Language)\n- Python\n"
    )
    assert "wh:sql" in _skill_ids(role, must=True)


@pytest.mark.parametrize(("text", "years"), [
    ("- WINDOWS 10/11 Y OFFICE 365", None),  # versions, and the Spanish "and"
    ("Experiencia de entre 5 y 6 años en soporte", 5),
    ("entre 3 e 5 anos de experiência", 3),
    ("5y of Python in production", 5),
    ("3-5 years with SQL", 3),
])
def test_years_are_not_read_from_versions_or_a_spanish_and(text: str, years: float | None) -> None:
    assert years_in(text) == years


@pytest.mark.parametrize(("text", "years"), [
    ("College level (at least 2 years)", None),
    ("Diploma in Accounting (3 years)", None),
    ("Ukończone studia (min. 3 lata)", None),
    ("2 years of college or a vocational course", None),
    # experience asked for beside the degree still counts
    ("Bachelor's degree in Finance 3+ years of experience", 3),
    ("Degree, 4 years in payroll", 4),
    ("Diploma with 2 years of experience in a clinic", 2),
])
def test_the_years_of_a_course_of_study_are_no_experience(text: str, years: float | None) -> None:
    assert years_in(text) == years
