"""Requirements written as a compound of two names and words that name a tool only with its
capital (issue 15: an invented must-have filters and ranks candidates and cannot be removed).
"ML algorithms" asks for machine learning, not software programming; "a cloud data platform"
for a data platform, not cloud computing; "at the helm of an incident" for no Kubernetes."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import must_skills, read_post


def _must(lines: str) -> set[str]:
    return {s.lower() for s in must_skills(read_post(f"Data Scientist\n\nRequirements:\n{lines}"))}


def test_a_user_trials_agency_paragraph_asks_for_machine_learning_not_programming() -> None:
    role = read_post(
        "Urgent opening for Data Scientist with our MNC client in Pune. Exp 3-6 yrs. Candidate "
        "must have hands-on experience in Python and SQL, TensorFlow or PyTorch is mandatory. "
        "Azure ML or AWS Sagemaker will be an added advantage. Should be strong in ML "
        "algorithms and statistics. Share CV at hr@talentbridge.in\n"
    )
    skills = {s.lower() for s in must_skills(role)}
    assert {"machine learning", "statistics", "python"} <= skills
    assert "software programming" not in skills


@pytest.mark.parametrize(
    ("line", "asked", "not_asked"),
    [
        # the narrower name stays, whichever side of the compound it is on
        ("- Strong in ML algorithms (regression, clustering)", "machine learning",
         "software programming"),
        # names as deep as each other: the head of the compound
        ("- 5+ years in data engineering, 2 of them on a cloud data platform",
         "data engineering", "cloud computing"),
    ],
)
def test_a_compound_of_two_names_is_one_requirement(
    line: str, asked: str, not_asked: str
) -> None:
    skills = _must(f"- Python\n{line}\n")
    assert asked in skills
    assert not_asked not in skills


def test_names_typed_without_commas_stay_each_a_requirement() -> None:
    skills = _must("- pandas numpy airflow\n")
    assert {"pandas", "numpy", "apache airflow"} <= skills


def test_the_kind_of_work_done_in_a_tool_is_the_tool() -> None:
    skills = _must("- Strong programming in Python\n- SQL\n")
    assert "python" in skills
    assert "software programming" not in skills


@pytest.mark.parametrize(
    ("line", "tool"),
    [
        ("- You keep a cool head at the helm of an incident", "kubernetes"),
        ("- Capacité à garder une vue d'ensemble sur plusieurs projets", "vue.js"),
    ],
)
def test_a_tools_name_in_lower_case_in_a_post_that_capitalises_names_is_the_word(
    line: str, tool: str
) -> None:
    skills = _must(f"- Python and PostgreSQL\n- Docker, Terraform\n- BigQuery\n{line}\n")
    assert {"python", "postgresql", "docker"} <= skills
    assert tool not in skills


def test_a_writer_who_types_every_name_in_lower_case_keeps_them() -> None:
    skills = _must("- python, sql, pyspark, helm\n- kafka\n")
    assert {"python", "kubernetes"} <= skills


def test_a_gerund_before_a_name_is_a_verb_and_its_object_not_a_compound() -> None:
    role = read_post(
        "Team Leader\n\nQualifications:\n- Zendesk or Salesforce Service Cloud\n"
        "- Experience coaching agents and running daily huddles\n- MS Excel\n"
    )
    assert "mentoring" in {s.lower() for s in must_skills(role)}


@pytest.mark.parametrize(("line", "tool"), [("- k8s in production", "kubernetes"),
                                            ("- git and code review", "git")])
def test_a_lower_case_name_that_is_no_everyday_word_stays_a_name(line: str, tool: str) -> None:
    skills = _must(f"- Python and PostgreSQL\n- Docker, Terraform\n- BigQuery\n{line}\n")
    assert tool in skills
