"""Regressions from helper trial23c's user trial of issue 15: résumés written in the hiring
regions' own languages (Mexico, Brazil, Senegal, Ukraine, Vietnam, Nigeria), as people send them."""

from __future__ import annotations

from worldhire.core.models import Candidate, EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.residence import place_in_line


def _person(text: str) -> Candidate:
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    return person


def _jobs(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.title, e.organization) for e in _person(text).evidence
            if e.kind is EvidenceKind.JOB]


def test_an_address_that_opens_with_an_abbreviated_street_word_gives_the_country() -> None:
    # "Col." (colonia) ends no sentence: it opens the address
    line = "Col. Roma Norte, Cuauhtémoc, CDMX · 55 3184 2290 · mariana.reyes@example.mx"
    found = place_in_line(line)
    assert found is not None and found[1].country == "MX"
    person = _person(
        "Mariana Reyes Olvera\nAnalista de Datos | SQL · Python · Power BI\n" + line + "\n\n"
        "EXPERIENCIA\nKueski — Analista de Datos Sr.\nene. 2022 – actualidad\n"
        "- Tableros de cobranza en Looker Studio.\n"
    )
    assert (person.country, person.timezone) == ("MX", "America/Mexico_City")
    # a sentence still ends on its last word: no place is read from it
    assert place_in_line("Trabajo con equipos remotos. Busco rol en fintech") is None
