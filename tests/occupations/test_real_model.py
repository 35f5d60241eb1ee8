"""The product path: the offline MiniLM model with the shipped occupation index and model."""

from __future__ import annotations

import pytest

from worldhire.occupations.service import default_matcher

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("title", "label"), [
    ("Sr. Software Engineer II (Backend, Go) - Remote US", "software developer"),
    ("CDL-A Truck Driver - Home Weekly $1,800/wk", "cargo vehicle driver"),
    ("Forklift Operator - 2nd Shift", "forklift operator"),
    ("Kierowca kat. C+E – trasy krajowe", "cargo vehicle driver"),
    ("Pflegefachkraft (m/w/d)", "nurse responsible for general care"),
    ("Machine Learning Engineer", "ICT intelligent systems designer"),
    ("LLM Engineer", "ICT intelligent systems designer"),
    ("Інженер з машинного навчання", "ICT intelligent systems designer"),
])
def test_common_titles_map_to_their_occupation_within_the_top_three(title: str,
                                                                   label: str) -> None:
    [matches] = default_matcher().match([title], top=3)
    assert label in [m.label for m in matches]


def test_a_head_word_before_a_comma_is_read_with_its_field() -> None:
    """"Director, Analytics and Data Science" read "director" alone: a film director (0.64)."""
    [[best]] = default_matcher().match(["Director, Analytics and Data Science"], top=1)
    assert best.label == "chief data officer"


@pytest.mark.parametrize(("title", "label"), [
    ("Head of Machine Learning", "chief data officer"),
    ("Chief AI Officer", "chief data officer"),
    ("VP of Engineering", "chief technology officer"),
    ("Engineering Manager, ML Platform", "software manager"),
    ("ML Lead", "ICT intelligent systems designer"),
    ("Site Reliability Engineer (SRE)", "ICT system administrator"),
    ("Full Stack Engineer (React + Python)", "software developer"),
    ("Data Entry Operator", "data entry clerk"),
])
def test_tech_titles_the_industry_writes_rank_their_occupation_first(title: str,
                                                                     label: str) -> None:
    """Leadership and stack titles that ESCO spells otherwise: "Head of Machine Learning" was
    a head sommelier, "VP of Engineering" an engineering lecturer, "ML Lead" a machinery
    assembly supervisor, "Data Entry Operator" a data centre operator."""
    [[best]] = default_matcher().match([title], top=1)
    assert best.label == label
