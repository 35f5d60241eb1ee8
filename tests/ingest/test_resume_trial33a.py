"""Regressions from helper trial33a's user trial of issue 15: national CV forms (Bdjobs,
Nigerian, Egyptian, Thai JobsDB, Kenyan, Serbian Infostud) as people send them."""

from __future__ import annotations

from worldhire.core.models import Candidate, EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.resumes.sections import heading_key


def _person(text: str) -> Candidate:
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    return person


def _jobs(person: Candidate) -> list[tuple[str | None, str | None]]:
    return [(e.title, e.organization) for e in person.evidence if e.kind is EvidenceKind.JOB]


_BDJOBS = (
    "TANVIR AHMED CHOWDHURY\n\n"
    "Mobile No : 01812-334455\ne-mail : tanvir.ac@example.com.bd\n\n"
    "Career Objective:\nTo work as an accounts professional in a growing company.\n\n"
    "Employment History:\n\n"
    "Accounts Executive\nMeghna Cement Mills Ltd.\nMarch 2019 - Continuing\n"
    "- Prepared bank reconciliations and VAT returns in Tally.\n\n"
    "Academic Qualification:\n"
    "Exam Title | Concentration/Major | Institute | Result | Pas.Year\n"
    "Bachelor of Business Administration (BBA) | Accounting | Jagannath University | "
    "CGPA:3.30 out of 4 | 2017\n\n"
    "Training Summary:\n"
    "Training Title | Topic | Institute | Year\n"
    "Income Tax Practical | Return filing | BIAM Foundation | 2021\n\n"
    "Language Proficiency:\n"
    "Language | Reading | Writing | Speaking\n"
    "English | High | Medium | Medium\n\n"
    "Personal Details :\nFather's Name | : | Abdul Jalil Chowdhury\nReligion | : | Islam\n\n"
    "Reference (s):\n"
    "Name | : Shafiqul Alam Bhuiyan\n"
    "Organization | : | Meghna Cement Mills Ltd.\n"
    "Mobile | : | 01911-765432\n"
)


def test_the_sections_of_a_bdjobs_cv_hold_no_jobs_and_the_referee_is_not_the_candidate() -> None:
    # Bdjobs heads its sections "Academic Qualification:", "Training Summary:", "Language
    # Proficiency:" and "Reference (s):"; a referee's labelled "Name" and mobile are the
    # referee's, never the candidate's
    person = _person(_BDJOBS)
    assert person.name == "Tanvir Ahmed Chowdhury"
    assert person.phone == "01812-334455" and person.other_phones == []
    assert _jobs(person) == [("Accounts Executive", "Meghna Cement Mills Ltd")]
    assert person.languages == ["English"]
    for heading, key in [("Academic Qualification:", "education"),
                         ("Training Summary:", "certifications"),
                         ("Language Proficiency:", "languages"),
                         ("Specialization:", "skills"),
                         ("Reference (s):", "other"),
                         ("Career and Application Information:", "availability")]:
        assert heading_key(heading) == key
