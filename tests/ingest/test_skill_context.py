"""Skill names that are no skill of the person: their own name and their pastimes (issue 15)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.skill_context import leisure_lines, names_the_person, title_fields
from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.ingest.resumes.title_words import names_a_job
from worldhire.skills.linker import default_linker


def _labels(text: str) -> set[str]:
    candidate = parse_text_resume(text, "cv.txt")
    link_skills(default_linker(), candidate)
    return {m.skill.label for m in candidate.skills}


def test_leisure_lines_are_found_in_the_hiring_regions_languages() -> None:
    text = ("Tools: SQL, Python\nHobiler: kitap okumak, yoga\n• Hobbies - chess\n"
            "Centres d'intérêt : photo, cuisine\nSPSS Хобі: біг Мови: англійська")
    assert [text[a:b].strip() for a, b in leisure_lines(text)] == [
        "Hobiler: kitap okumak, yoga", "• Hobbies - chess", "Centres d'intérêt : photo, cuisine",
        "Хобі: біг",
    ]


def test_a_word_about_hobbies_inside_a_sentence_opens_no_leisure_list() -> None:
    assert leisure_lines("I built a recommender for hobbies and interests of shoppers.") == []


@given(st.text(max_size=200))
def test_leisure_ranges_lie_inside_the_text(text: str) -> None:
    for start, end in leisure_lines(text):
        assert 0 <= start < end <= len(text)


def test_pastimes_are_no_skills_but_tools_named_there_still_are() -> None:
    text = ("Zeynep Arslan\nzeynep.arslan@example.com\n\n"
            "Veri analisti olarak SQL ve Power BI ile raporlar hazırlıyorum.\n"
            "Hobiler: yoga, fotoğrafçılık, Kaggle yarışmaları (PyTorch)\n")
    found = _labels(text)
    assert "yoga" not in found
    assert "PyTorch" in found and "SQL" in found


def test_the_persons_own_name_is_no_skill() -> None:
    assert names_the_person("Julia", "Julia Becker")
    assert not names_the_person("Python", "Julia Becker")
    text = ("Julia Becker\nData Scientist · Berlin · julia.becker@example.de\n\n"
            "BERUFSERFAHRUNG\nData Scientist, Zalando SE, Berlin — seit 03/2020\n"
            "- Prognosemodelle in Python und SQL für den Einkauf.\n\n"
            "Julia Becker · Lebenslauf · Seite 1 von 1\n")
    found = _labels(text)
    assert "Julia" not in found and "Python" in found


def test_a_job_title_alone_shows_no_skill() -> None:
    text = ("Ana Silva\nData Scientist | Python\nana.silva@example.com\n\n"
            "Summary\nData Engineer with 6 years of experience; I build dashboards in Tableau.")
    labels = _labels(text)
    assert "Python" in labels
    assert not labels & {"data science", "data engineering"}


def test_title_fields_are_the_headline_fields_that_name_a_job() -> None:
    headline = "Desenvolvedora Full Stack | React · Node.js"
    assert [headline[a:b].strip() for a, b in title_fields(headline)] == [
        "Desenvolvedora Full Stack"]
    assert title_fields("Python, SQL, Power BI") == []


@given(st.text(max_size=120))
def test_title_fields_lie_inside_the_headline(headline: str) -> None:
    for start, end in title_fields(headline):
        assert 0 <= start <= end <= len(headline)


def test_a_whole_job_title_names_a_job_and_a_field_does_not() -> None:
    for title in ("Data Scientist", "analityk danych", "analista de datos", "team leader"):
        assert names_a_job(title)
    for field in ("data science", "ciencia de datos", "machine learning", "Postman"):
        assert not names_a_job(field)


def test_a_skill_named_beside_a_title_that_names_it_too_still_counts() -> None:
    text = ("Martina Gómez\nmartina@example.com\n\nPerfil\nData Scientist. Licenciada en Economía "
            "con 5 años de experiencia en ciencia de datos aplicada a riesgo crediticio.")
    assert "data science" in _labels(text)
