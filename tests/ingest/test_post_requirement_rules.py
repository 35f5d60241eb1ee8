"""What a post's requirement lines do and do not ask for: a degree's subject is no skill, a
spoken language is a language requirement, "Secondary skills" are optional."""

from __future__ import annotations

import pytest

from worldhire.ingest.parse import parse_role_bytes
from worldhire.ingest.role import RoleSpec


def _read(text: str) -> RoleSpec:
    return parse_role_bytes(text.encode(), "post.md")


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
    role = _read(f"# Data Scientist\n\n## Requirements\n{degree}\n- Python and SQL\n")
    assert _labels(role, must=True) == {"python", "sql"}
    assert _labels(role, must=False) == set()


def test_a_degree_clause_in_a_sentence_ends_where_the_sentence_moves_on() -> None:
    role = _read(
        "# Data Scientist (w/m/d)\n\nSie bringen ein abgeschlossenes Studium der Statistik, "
        "Informatik oder Mathematik mit, haben mindestens 2 Jahre Berufserfahrung und "
        "beherrschen Python und SQL. Wir bieten ein Gehalt ab 56.000 €.\n"
    )
    names = {r.skill.lower() for r in role.requirements}
    assert {"python", "sql"} <= names
    assert not names & {"statistics", "computer science", "mathematics"}


def test_secondary_skills_of_a_pasted_paragraph_are_nice_to_haves() -> None:
    role = _read(
        "Data Engineer | 4-8 Yrs | Bangalore Exp: 4-8 yrs Mandatory Skills: Python, PySpark, SQL "
        "Secondary skills: Kafka, Snowflake. Work Mode: Hybrid. Salary: 18-28 LPA.\n"
    )
    assert {"python", "sql"} <= _labels(role, must=True)
    assert "apache kafka" in _labels(role, must=False) | {
        r.skill.lower() for r in role.requirements if "kafka" in r.skill.lower() and not r.must
    }
    assert not any("kafka" in r.skill.lower() for r in role.requirements if r.must)


def test_a_prose_post_asks_in_sentences_that_also_say_what_the_job_is() -> None:
    role = _read(
        "# Data Analyst\n\nThe person we want has at least two years of experience, writes clean "
        "SQL and builds dashboards. You should be able to use Python for the odd forecasting job, "
        "and you will be presenting findings to officials. If you have worked with Airflow, that "
        "would be a real advantage.\n"
    )
    assert {"sql", "python"} <= _labels(role, must=True)
    assert "apache airflow" in _labels(role, must=False) or "airflow" in _labels(role, must=False)


def test_a_permit_category_is_not_the_c_language() -> None:
    role = _read(
        "# Data Engineer\n\n## Requirements\n- Python\n- Eine Arbeitsbewilligung (Bewilligung "
        "B/C) ist Voraussetzung.\n"
    )
    assert "c" not in {r.skill.lower() for r in role.requirements}


def test_spoken_languages_are_language_requirements_in_any_language() -> None:
    role = _read("# Data Engineer\n\n## Anforderungen\n- Python\n- Deutsch fließend, Englisch gut")
    assert {"german", "english"} <= _labels(role, must=True)


def test_bullet_soup_without_a_requirements_heading_asks_for_what_its_bullets_name() -> None:
    role = _read(
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
    role = _read(f"{head}\nWe're hiring.\n\n## Requirements\n- Python\n- SQL\n")
    assert role.min_years == years


def test_a_sentence_ends_after_an_acronym() -> None:
    role = _read(
        "# Data Scientist\n\nSie bringen Erfahrung mit der Visualisierung in Power BI. Von Vorteil "
        "sind Kenntnisse in Databricks. Wir bieten ein Gehalt ab 56.000 €.\n"
    )
    assert "business intelligence" in _labels(role, must=True)
    assert "databricks" in _labels(role, must=False)
