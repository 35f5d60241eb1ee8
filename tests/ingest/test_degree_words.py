"""One list of degrees for every reader of study (ingest.lexicon.degrees): a degree that one
reader knew and another missed ("PGDM" was a degree line to the skill linker but no study to the
entry splitter, "Abitur" the other way round) is found by all of them, in any case."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.resumes.entries import Entry, is_education
from worldhire.ingest.resumes.prose import job_in_sentence
from worldhire.ingest.resumes.skill_linking import _degree_line_end

# As people write them: dotted or not, abbreviated or spelled out, in the hiring languages.
WRITTEN_DEGREES = [
    "B.Tech", "BTech", "B. Tech", "M.Tech", "B.E.", "M.Sc.", "MSc", "B.Sc", "B.Com", "BCom",
    "M.Com", "B.Pharm", "BCA", "MCA", "BBA", "MBA", "PGDM", "Ph.D.", "PhD", "Bachelor's",
    "Bachelor of", "Masters", "Master of", "Licenciatura", "Licenciado", "Licencjat", "Licență",
    "Magister", "Magistr", "Mestrado", "Bacharelado", "Diploma", "Diplôme", "Diplom", "Abitur",
    "Doctorate", "Doctorat", "Doutorado", "Degree", "Бакалавр", "Магістр", "Cử nhân", "Thạc sĩ",
    "Tiến sĩ", "Sarjana", "S1", "Studia magisterskie",
]  # fmt: skip


@st.composite
def any_case(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(WRITTEN_DEGREES))
    upper = draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    return "".join(c.upper() if u else c.lower() for c, u in zip(name, upper, strict=True))


@given(any_case())
def test_every_reader_of_study_knows_every_degree(degree: str) -> None:
    # a dated entry about study, not a job
    assert is_education(Entry(header=f"{degree} Economics, 2014 – 2017"))
    # the degree line of an education entry names a field of study, not a skill
    assert _degree_line_end(f"{degree} Economics\nThesis: demand forecasting") > 0
    # a sentence that tells a degree, not a job
    assert job_in_sentence(f"{degree} Economics at Acme Corp (2014-2017).") is None


@pytest.mark.parametrize("degree", ["BE", "ME"])
def test_bare_be_and_me_are_degrees_in_capitals(degree: str) -> None:
    assert is_education(Entry(header=f"{degree} Mechanical, 2012 – 2016"))
    assert _degree_line_end(f"{degree} Mechanical\nProject: gearbox design") > 0


@pytest.mark.parametrize(
    "words",
    [
        "Contractor to be confirmed, 2012 – 2016",  # "be", "me": words
        "Mastered Kubernetes at scale, 2019 – 2021",
        "Data Analyst, Mastercard, 2019 – 2021",
        "Career diplomat, 2010 – 2018",
    ],
)
def test_words_a_degree_name_opens_are_no_degree(words: str) -> None:
    assert not is_education(Entry(header=words))


def test_a_sentence_with_no_degree_tells_a_job() -> None:
    # what the degree sentences above would be without their degree
    for sentence in (
        "Banana Economics at Acme Corp (2014-2017).",
        "Mastered Kubernetes at Acme Corp (2019-2021).",
    ):
        assert job_in_sentence(sentence) is not None
