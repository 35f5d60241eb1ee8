from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind
from worldhire.ingest.errors import IngestError, NotAResumeError
from worldhire.ingest.parse import parse_resume_bytes


def _one(text: str, name: str = "cv.txt") -> Candidate:
    [candidate] = parse_resume_bytes(text.encode("utf-8"), name)
    return candidate


def test_text_resume_fields(resume_text: str) -> None:
    c = _one(resume_text)
    assert c.name == "Priya Raman"
    assert c.headline == "Senior Machine Learning Engineer"
    assert c.email == "priya.raman@example.com"
    assert c.phone == "+91 98450 12345"
    assert (c.country, c.timezone) == ("IN", "Asia/Kolkata")
    assert c.location == "Bengaluru, India"
    assert c.links == ["https://github.com/priyaraman"]
    assert c.languages == ["English (C1)", "Tamil (native)", "Hindi (fluent)"]
    assert c.pay_expectation_usd == 48_000
    assert (c.work_start_hour, c.work_end_hour) == (10.0, 19.0)
    assert c.needs_sponsorship is True
    assert c.skills == []  # skills are linked by the ingest service, not the parser
    assert c.source_name == "cv.txt"


def test_text_resume_evidence(resume_text: str) -> None:
    c = _one(resume_text)
    by_kind: dict[EvidenceKind, list[EvidenceItem]] = {}
    for item in c.evidence:
        by_kind.setdefault(item.kind, []).append(item)
    jobs = by_kind[EvidenceKind.JOB]
    assert [(j.title, j.organization) for j in jobs] == [
        ("Senior ML Engineer", "Flipkart"),
        ("Data Scientist", "Mu Sigma"),
    ]
    assert jobs[0].start == date(2020, 1, 1) and jobs[0].end is None
    assert jobs[1].start == date(2016, 7, 1) and jobs[1].end == date(2019, 12, 1)
    assert "two-tower retrieval" in jobs[0].text
    assert [p.title for p in by_kind[EvidenceKind.PROJECT]] == ["Tiny RAG", "Sanskrit OCR"]
    assert len(by_kind[EvidenceKind.REPOSITORY]) == 1
    assert len(by_kind[EvidenceKind.PUBLICATION]) == 1
    assert by_kind[EvidenceKind.EDUCATION][0].organization == "IIT Madras"
    assert "PyTorch" in by_kind[EvidenceKind.SKILLS][0].text
    assert by_kind[EvidenceKind.SUMMARY][0].text.startswith("ML engineer")
    assert all(item.source == "cv.txt" for item in c.evidence)


def test_years_from_history_do_not_double_count() -> None:
    text = """Ana Lima
ana@example.com
Experience
Data Engineer, Nubank
2015-01 – 2019-01
ML Engineer, Stone (part-time, overlapping)
2017-01 – 2020-01
"""
    assert _one(text).years_experience == pytest.approx(5.0, abs=0.05)


def test_stated_years_win_over_history() -> None:
    text = "Ana Lima\nana@example.com\nSummary\n12 years of experience in analytics.\n"
    assert _one(text).years_experience == 12.0


def test_markdown_layout() -> None:
    text = """# Mariam Fathy

Junior ML Engineer

Cairo, Egypt | mariam@example.com | github.com/mariam

## Experience

**ML Intern**, Valeo Egypt — Jun 2023 – Dec 2023
- Lane detection with PyTorch.

## Skills
Python, PyTorch
"""
    c = _one(text, "mariam.md")
    assert c.name == "Mariam Fathy"
    assert c.headline == "Junior ML Engineer"
    assert (c.country, c.timezone) == ("EG", "Africa/Cairo")
    [job] = [e for e in c.evidence if e.kind is EvidenceKind.JOB]
    assert (job.title, job.organization) == ("ML Intern", "Valeo Egypt")
    assert (job.start, job.end) == (date(2023, 6, 1), date(2023, 12, 1))


def test_all_caps_name_is_title_cased() -> None:
    assert _one("JELENA JOVANOVIĆ\njelena@example.rs\nNovi Sad, Serbia").name == "Jelena Jovanović"


def test_explicit_zone_gives_the_country() -> None:
    c = _one("Jorge Hernández\njorge@example.mx\nTime zone: America/Monterrey")
    assert (c.country, c.timezone) == ("MX", "America/Monterrey")


def test_email_only_resume_is_accepted_without_inventing_a_name() -> None:
    c = _one("contact: someone@example.org")
    assert (c.name, c.email) == ("", "someone@example.org")
    assert c.display_name.startswith("Candidate ")


@pytest.mark.parametrize(
    "text", ["Lorem ipsum dolor sit amet, consectetur.\nMore words here, no contact."]
)
def test_no_name_or_contact_is_refused(text: str) -> None:
    with pytest.raises(NotAResumeError, match="not a résumé"):
        _one(text)


def test_hostile_strings_are_cleaned() -> None:
    text = "Ja\u202ene\u0000 Doe\u200b\njane@example.com\n" + "A" * 1_000_000 + "\n"
    c = _one(text)
    assert c.name == "Jane Doe"
    assert all("\u202e" not in e.text and "\x00" not in e.text for e in c.evidence)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=3_000))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    try:
        candidates = parse_resume_bytes(text.encode("utf-8"), "any.txt")
    except IngestError:
        return
    for c in candidates:
        assert "\x00" not in c.name and "\u202e" not in c.name


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Experience", "## Projects", "Skills:", "- bullet", "Jan 2020 – Present", "2019",
             "Engineer at Acme", "Pune, India", "a@b.co", "", "EDUCATION", "—", "|", "(",
             "Languages: English (C1)", "USD 40,000/year", "# Title"]
        ),
        max_size=40,
    )
)  # fmt: skip
def test_arbitrary_layouts_never_crash(lines: list[str]) -> None:
    with contextlib.suppress(IngestError):
        parse_resume_bytes("\n".join(lines).encode(), "layout.md")


def test_pay_under_its_own_heading_needs_no_cue_word() -> None:
    text = "Le Hoang Phuc\nphuc@example.vn\nDa Nang, Vietnam\nEXPECTED SALARY\nUSD 1,500/month\n"
    assert _one(text).pay_expectation_usd == 18_000


def test_org_line_above_title_and_wrapped_headers() -> None:
    text = """Rafael Souza
rafael@example.com
EXPERIENCE
Amazonas Eletrônicos Ltda. (Polo Industrial de Manaus)
Junior ML Engineer - Feb 2024 to now
 * Trained a YOLOv8 model to detect solder defects.

Lead CV Engineer, Terraframe Analytics (geospatial AI, 60 people)
— 2020–2023
• Built damage assessment from satellite imagery.
"""
    jobs = [e for e in _one(text).evidence if e.kind is EvidenceKind.JOB]
    assert [(j.title, j.organization, j.start) for j in jobs] == [
        (
            "Junior ML Engineer",
            "Amazonas Eletrônicos Ltda. (Polo Industrial de Manaus)",
            date(2024, 2, 1),
        ),
        ("Lead CV Engineer", "Terraframe Analytics (geospatial AI, 60 people)", date(2020, 1, 1)),
    ]


def test_pay_said_as_what_the_person_expects_in_a_sentence() -> None:
    text = ("Amina Wanjiru\namina@example.org\nNairobi, Kenya\n\nI'm a data engineer. "
            "Expecting around USD 5,000 a month. Happy to work 8:00-17:00 EAT.\n")
    assert _one(text).pay_expectation_usd == 60_000
