"""Regressions from a user's trial of issue 15 with résumés in the hiring regions' languages (the
`trial24b-a` corpus batch): a Swiss tabular Lebenslauf, Portuguese, Ukrainian and Indonesian
jobs told in sentences, language levels in words."""

from __future__ import annotations

from datetime import date

from worldhire.core.models import Candidate, EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes


def _read(text: str) -> Candidate:
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    return person


def _jobs(person: Candidate) -> list[tuple[str, str | None, date | None, date | None]]:
    return [(e.title, e.organization, e.start, e.end) for e in person.evidence
            if e.kind is EvidenceKind.JOB]


def test_swiss_salary_words_cue_the_pay_asked() -> None:
    person = _read(
        "Corinne Meier\ncorinne.meier@example.ch\nBasel\n\nBerufserfahrung\n"
        "seit 2020 | Controllerin, Novamed AG, Basel\n\nWeiteres\n"
        "Lohnvorstellung: CHF 118'000 brutto p.a. zzgl. 13. Monatslohn\n"
        "Verfügbarkeit: nach Absprache\n"
    )
    assert person.pay_stated is not None
    assert (person.pay_stated.currency, person.pay_stated.low) == ("CHF", 118000.0)


def test_a_town_after_its_postal_code_is_the_town_though_it_is_also_a_word() -> None:
    # "Porto" alone may be a harbour; after "4150-174" it is the town
    person = _read(
        "Beatriz Lopes Moreira\nAvenida da Boavista, 1203, 2.º Dto., 4150-174 Porto\n"
        "Telemóvel: 915 220 431 | E-mail: beatriz.moreira@example.pt\n\n"
        "EXPERIÊNCIA PROFISSIONAL\nJan. 2020 – presente | Técnica de RH – Grupo Vale, Lda.\n"
    )
    assert (person.country, person.timezone) == ("PT", "Europe/Lisbon")
