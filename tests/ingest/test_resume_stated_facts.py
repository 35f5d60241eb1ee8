"""Regressions from the dev runs of bench/resume_skills.py and bench/extraction.py: a labelled line
of spoken languages outside a Languages section (which became the ESCO skills English and Hindi),
years stated as a field of the headline, and levels written before a language's name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.sections import spoken_languages_line
from worldhire.ingest.shared.experience import headline_years
from worldhire.ingest.shared.spoken_languages import find_spoken_languages

_RESUME = """Priyanka Sharma
Customer Care Executive
priyanka.sharma@example.com

WORK EXPERIENCE
Senior Customer Care Executive, Teleperformance - Jaipur
Jan 2018 to Present
- Handled inbound calls for a telecom client.

SKILLS
CUSTOMER SERVICE (5 years), ZENDESK (2 years)
{skills_line}

{heading}
• Excellent communication skills, good listener
• Languages: English, Hindi, Rajasthani
"""


@pytest.mark.parametrize(
    "heading", ["ADDITIONAL INFORMATION", "Other information", "PERSONAL DETAILS"]
)
def test_a_labelled_languages_line_gives_languages_not_evidence(heading: str) -> None:
    candidate = parse_text_resume(_RESUME.format(heading=heading, skills_line=""), "cv.txt")
    assert candidate.languages == ["English", "Hindi", "Rajasthani"]
    # Evidence is what skills are linked from: the languages must not be in it.
    assert not any("Hindi" in item.text for item in candidate.evidence)


def test_a_languages_line_in_the_skills_section_gives_languages() -> None:
    text = _RESUME.format(heading="HOBBIES", skills_line="Languages known: English, Kannada")
    candidate = parse_text_resume(text, "cv.txt")
    assert "Kannada" in candidate.languages
    (skills,) = [i for i in candidate.evidence if i.kind is EvidenceKind.SKILLS]
    assert "ZENDESK" in skills.text and "Kannada" not in skills.text


@pytest.mark.parametrize(
    ("skills_line", "language"),
    [
        ("Angielski: B2", "English (B2)"),
        ("Tiếng Anh: giao tiếp cơ bản (TOEIC 550)", "English (basic)"),
        ("Inglés – intermedio", "English (intermediate)"),
        ("• Hindi: native", "Hindi (native)"),
    ],
)
def test_a_language_named_as_a_label_with_its_level_in_the_skills_section(
    skills_line: str, language: str
) -> None:
    candidate = parse_text_resume(_RESUME.format(heading="HOBBIES", skills_line=skills_line),
                                  "cv.txt")
    assert language in candidate.languages
    (skills,) = [i for i in candidate.evidence if i.kind is EvidenceKind.SKILLS]
    assert "ZENDESK" in skills.text and skills_line not in skills.text


@pytest.mark.parametrize(
    "line",
    [
        "Python: advanced",  # a skill's level, not a language's
        "Java – expert",
        "Go: B2",
        "English: Cambridge Assessment",  # a language named, no level
        "• Languages: C#, VB.NET",  # programming languages stay skills
        "Languages : Core Java, J2EE, SQL",
        "Languages/Libraries: Python, scikit-learn, pandas",
        "Languages: Python, English",  # not every item is a spoken language
        "Subjects taught: English, Mathematics",  # a teaching subject, not a label of languages
        "• Typing speed 40 wpm, MS Office",
    ],
)
def test_lines_that_are_not_spoken_languages(line: str) -> None:
    assert spoken_languages_line(line) == ""


def test_programming_languages_line_stays_a_skill() -> None:
    text = _RESUME.format(heading="HOBBIES", skills_line="• Languages: C#, VB.NET")
    candidate = parse_text_resume(text, "cv.txt")
    (skills,) = [i for i in candidate.evidence if i.kind is EvidenceKind.SKILLS]
    assert "VB.NET" in skills.text


@pytest.mark.parametrize(
    ("headline", "years"),
    [
        ("Quality Analyst | BPO | 7 years", 7.0),
        ("Quality Analyst | 7+ yrs exp", 7.0),
        ("Data Engineer · 5+ yrs", 5.0),
        ("Data Engineer - 5 years of experience", 5.0),
        ("Python 3 years", None),  # a figure inside a field
        ("Nurse | 2019 | 3 years", None),  # dates on the line: a job's length
        ("Quality Analyst | BPO | 7 years in Manila", None),
        ("Team Lead | 10 members", None),
        ("Quality Analyst", None),
    ],
)
def test_years_as_a_field_of_the_headline(headline: str, years: float | None) -> None:
    assert headline_years(headline) == years


@given(st.text(max_size=80))
def test_headline_years_are_a_working_life(headline: str) -> None:
    years = headline_years(headline)
    assert years is None or 0 < years <= 50


def test_headline_years_win_over_job_dates_after_a_sidebar() -> None:
    # A sidebar PDF's text puts the sidebar (contact, skills, languages) before the name.
    text = (
        "CONTACT\nBacoor, Cavite\n0917 845 2210\njessa.delacruz@example.ph\n\n"
        "SKILLS\nCustomer Service\nZendesk\n\nLANGUAGES\nEnglish - Fluent\nFilipino - Native\n\n"
        "Jessa Mae Dela Cruz\nQuality Analyst | BPO | 7 years\n\n"
        "WORK EXPERIENCE\nQuality Analyst | Nov 2012 - Present\nConcentrix Philippines, Makati\n"
        "Audit voice and chat interactions against the client's scorecard.\n"
    )
    candidate = parse_text_resume(text, "cv.pdf")
    assert candidate.years_experience == 7.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("English (fluent), Hindi (native), a little French",
         ["English (fluent)", "Hindi (native)", "French (basic)"]),
        ("English, some Spanish", ["English", "Spanish (basic)"]),
        ("English, Hindi, basic knowledge of German", ["English", "Hindi", "German (basic)"]),
        # A level before a name is that name's, not the list's.
        ("Basic German, English, Polish", ["German (basic)", "English", "Polish"]),
        ("English, basic German, Polish", ["English", "German (basic)", "Polish"]),
        ("English and some Spanish", ["English", "Spanish (basic)"]),
        ("Idiomas: español (nativo), un poco de inglés", ["Spanish (native)", "English (basic)"]),
        ("Langues : français, un peu d'anglais", ["French", "English (basic)"]),
        # ... but before two names joined by "and" it is both names'
        ("Fluent English and French", ["English (fluent)", "French (fluent)"]),
        ("Native Hindi & English", ["Hindi (native)", "English (native)"]),
        ("basic German and Polish", ["German (basic)", "Polish (basic)"]),
        ("Fluent English and basic French", ["English (fluent)", "French (basic)"]),
        ("a little French and English", ["French (basic)", "English"]),
    ],
)  # fmt: skip
def test_a_level_before_the_name_in_a_languages_section(text: str, expected: list[str]) -> None:
    assert [f.label for f in find_spoken_languages(text, listed=True)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I speak English fluently and a little French.", ["English (fluent)", "French (basic)"]),
        ("I speak English, Hindi and some Spanish", ["English", "Hindi", "Spanish (basic)"]),
        ("Fluent in English and French", ["English (fluent)", "French (fluent)"]),
        ("Worked with some Spanish clients on a migration.", []),  # "some" alone states nothing
    ],
)  # fmt: skip
def test_a_level_before_the_name_in_prose(text: str, expected: list[str]) -> None:
    assert [f.label for f in find_spoken_languages(text)] == expected
