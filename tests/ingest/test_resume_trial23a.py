"""Regressions from helper trial23a's user trial of issues 15 and 20: Indeed résumé exports of
IT workers from India, Pakistan and Sri Lanka, as people send them."""

from __future__ import annotations

from worldhire.core.models import EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.shared.hours import find_stated_hours


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None]]:
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    return [
        (e.title, e.organization, e.start.isoformat()[:7] if e.start else None)
        for e in person.evidence
        if e.kind is EvidenceKind.JOB
    ]


def _export(place: str, under_dates: str = "") -> str:
    """An Indeed export's job: title, "Company -", "City, State -" and the dates on lines of
    their own."""
    return (
        "harish babu n\nOracle DBA - Mphasis\n\n"
        f"{place} - Email me on Indeed: indeed.com/r/harish-babu-n/7e3c0a9b5d1f2846\n\n"
        "WORK EXPERIENCE\n\nOracle DBA\n\nMphasis -\n\n"
        f"{place} -\n\nSeptember 2016 to Present\n\n{under_dates}"
        "• Taking RMAN full and incremental backups, restore and recovery.\n\n"
        "Junior DBA\n\nCybertech Systems -\n\n"
        f"{place}\n\nJune 2014 to August 2016\n\nMonitoring of databases using OEM.\n"
    )


EXPORTED_JOBS = [
    ("Oracle DBA", "Mphasis", "2016-09"), ("Junior DBA", "Cybertech Systems", "2014-06"),
]


def test_versions_glued_to_letters_are_no_working_hours() -> None:
    # "database upgrade from 11g to 12c" gave the DBA working hours 11:00-12:00
    assert find_stated_hours("Applying PSU patches, database upgrade from 11g to 12c.") == []
    hours = find_stated_hours("Available from 9am to 6pm IST")
    assert [(h.start, h.end) for h in hours] == [(9.0, 18.0)]
    assert [(h.start, h.end) for h in find_stated_hours("Làm việc 8g - 17g")] == [(8.0, 17.0)]


def test_a_sentence_that_says_the_person_communicates_in_languages_gives_them() -> None:
    # "I can communicate in English, Hindi and Telugu" under ADDITIONAL INFORMATION was lost
    text = (
        "ravi kumar\nJava Developer - Infosys\n\nPune, Maharashtra - Email me on Indeed: "
        "indeed.com/r/ravi-kumar/7e3c0a9b5d1f2846\n\nWORK EXPERIENCE\n\nJava Developer\n\n"
        "Infosys -\n\nJune 2016 to Present\n\nDeveloped REST APIs using Spring Boot.\n\n"
        "ADDITIONAL INFORMATION\n\nI can communicate in English, Hindi and Telugu.\n"
    )
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    assert person.languages == ["English", "Hindi", "Telugu"]
