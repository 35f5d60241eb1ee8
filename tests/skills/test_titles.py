from __future__ import annotations

import csv
import gzip

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.comp.data import bundled_salary_path
from worldhire.core.models import Seniority
from worldhire.skills.titles import (
    FAMILIES,
    clean_title,
    family_label,
    normalize_title,
    role_title,
)


def _salary_titles() -> set[str]:
    with gzip.open(bundled_salary_path(), "rt", encoding="utf-8") as handle:
        return {row["job_title"] for row in csv.DictReader(handle)}


def test_every_salary_title_maps_to_a_known_family() -> None:
    titles = _salary_titles()
    assert len(titles) > 250
    unmapped = [t for t in titles if normalize_title(t).family not in FAMILIES]
    assert unmapped == []
    # Only genuinely non-titles ("Stage" is French for internship) may fall to "other".
    other = sorted(t for t in titles if normalize_title(t).family == "other")
    assert other == ["Stage"]


@pytest.mark.parametrize(
    ("title", "family", "seniority"),
    [
        ("Sr. ML Eng (LLMs)", "ai_engineer", Seniority.SE),
        ("Data Scientist II", "data_scientist", Seniority.MI),
        ("Head of AI", "ai_leadership", Seniority.EX),
        ("Machine Learning Engineer", "ml_engineer", None),
        ("Junior Data Analyst", "data_analyst", Seniority.EN),
        ("Data Engineering Intern", "data_engineer", Seniority.EN),
        ("Principal Data Engineer", "data_engineer", Seniority.SE),
        ("Lead Data Engineer", "data_engineer", Seniority.SE),
        ("Director of Machine Learning", "ai_leadership", Seniority.EX),
        ("Head of Data", "data_leadership", Seniority.EX),
        ("MLOps Engineer", "mlops_engineer", None),
        ("Computer Vision Engineer III", "computer_vision", Seniority.SE),
        ("NLP Engineer", "nlp", None),
        ("Staff SWE", "software_engineer", Seniority.SE),
        ("Power BI Developer", "bi_engineer", None),
        ("Data Architect", "data_architect", None),
        ("Analista de Datos", "data_analyst", None),
        ("VP Engineering", "engineering_manager", Seniority.EX),
        ("Research Scientist I", "research_scientist", Seniority.EN),
    ],
)
def test_free_text_titles(title: str, family: str, seniority: Seniority | None) -> None:
    result = normalize_title(title)
    assert (result.family, result.seniority) == (family, seniority)


def test_specialisms_are_extracted() -> None:
    assert "llm" in normalize_title("Sr. ML Eng (LLMs)").specialisms
    assert "computer_vision" in normalize_title("Computer Vision Engineer").specialisms


def test_unrecognised_title_is_other_with_low_confidence() -> None:
    result = normalize_title("Zookeeper")
    assert result.family == "other"
    assert result.confidence < 0.3


@given(st.text(max_size=60))
def test_any_text_normalizes_without_error(text: str) -> None:
    result = normalize_title(text)
    assert result.family in FAMILIES
    assert 0.0 <= result.confidence <= 1.0


@pytest.mark.parametrize(("family", "label"), [
    ("ml_engineer", "ML engineer"), ("mlops_engineer", "MLOps engineer"), ("nlp", "NLP"),
    ("data_scientist", "Data scientist"), ("computer_vision", "Computer vision"),
])
def test_family_labels_read_as_people_write_them(family: str, label: str) -> None:
    assert family_label(family) == label


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Senior Data Scientist", "data scientist"),
        ("Sr. ML Engineer", "machine learning engineer"),
        ("Lead Staff Software Engineer", "software engineer"),
        ("Data Scientist II", "data scientist"),
        ("Principal Application Delivery Consultant", "application delivery consultant"),
        ("Intern", "intern"),  # a title that is only a level keeps it
        ("Tech Lead", "tech lead"),  # "lead" names the role here, not its level
        ("Head of Data", "head of data"),
    ],
)
def test_role_title_drops_the_words_that_say_the_level(title: str, role: str) -> None:
    assert role_title(title) == role


@given(st.text(max_size=40))
def test_role_title_is_never_empty_unless_the_clean_title_is(text: str) -> None:
    assert bool(role_title(text)) == bool(clean_title(text))
