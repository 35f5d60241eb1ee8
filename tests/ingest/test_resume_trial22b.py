"""Regressions from a user's trial of issue 15 with résumés from France, Morocco and Central and
Eastern Europe (the `trial22b-a` corpus batch): German tabular rows, French employer-first lines
with the dates at the line's end, Polish prose, wrapped language lines and Europass grids."""

from __future__ import annotations

from datetime import date

from worldhire.core.models import Candidate, EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.sentences import sentences


def _read(text: str) -> Candidate:
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    return person


def _jobs(person: Candidate) -> list[tuple[str, str | None, date | None, date | None]]:
    return [(e.title, e.organization, e.start, e.end) for e in person.evidence
            if e.kind is EvidenceKind.JOB]


def test_a_legal_forms_full_stop_ends_no_table_cells_head() -> None:
    person = _read(
        "Markus Brandt\nm.brandt@example.de\n\nBERUFSERFAHRUNG\n"
        "03/2019 – heute | Rohde & Schwarz GmbH & Co. KG, München – Senior Embedded Software "
        "Engineer\n"
        "Firmware für Messgeräte in C und C++ auf ARM Cortex-M, Treiber für SPI und I2C\n"
        "04/2013 – 09/2014 | Werkstudent Softwaretest, Siemens AG, Erlangen – "
        "Testautomatisierung mit Python und Jenkins\n"
    )
    assert _jobs(person)[0] == (
        "Senior Embedded Software Engineer", "Rohde & Schwarz GmbH & Co. KG", date(2019, 3, 1),
        None,
    )


def test_about_and_category_abbreviations_end_no_sentence() -> None:
    found = sentences("Planuję trasy dla floty ok. 40 ciągników. Mam prawo jazdy kat. B i ADR.")
    assert [s.text for s in found] == [
        "Planuję trasy dla floty ok. 40 ciągników.", "Mam prawo jazdy kat. B i ADR."
    ]
