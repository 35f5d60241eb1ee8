"""Regressions from a user's trial of issue 15 with résumés in the hiring regions' languages (the
`trial24b-a` corpus batch): a Swiss tabular Lebenslauf, Portuguese, Ukrainian and Indonesian
jobs told in sentences, language levels in words."""

from __future__ import annotations

from datetime import date

from tests.ingest.conftest import job_rows, read_cv

from worldhire.core.models import EvidenceKind


def test_swiss_salary_words_cue_the_pay_asked() -> None:
    person = read_cv(
        "Corinne Meier\ncorinne.meier@example.ch\nBasel\n\nBerufserfahrung\n"
        "seit 2020 | Controllerin, Novamed AG, Basel\n\nWeiteres\n"
        "Lohnvorstellung: CHF 118'000 brutto p.a. zzgl. 13. Monatslohn\n"
        "Verfügbarkeit: nach Absprache\n"
    )
    assert person.pay_stated is not None
    assert (person.pay_stated.currency, person.pay_stated.low) == ("CHF", 118000.0)


def test_a_town_after_its_postal_code_is_the_town_though_it_is_also_a_word() -> None:
    # "Porto" alone may be a harbour; after "4150-174" it is the town
    person = read_cv(
        "Beatriz Lopes Moreira\nAvenida da Boavista, 1203, 2.º Dto., 4150-174 Porto\n"
        "Telemóvel: 915 220 431 | E-mail: beatriz.moreira@example.pt\n\n"
        "EXPERIÊNCIA PROFISSIONAL\nJan. 2020 – presente | Técnica de RH – Grupo Vale, Lda.\n"
    )
    assert (person.country, person.timezone) == ("PT", "Europe/Lisbon")


def test_a_sentence_run_onto_a_dated_job_line_is_the_jobs_evidence_not_its_employer() -> None:
    # a wrapped paragraph: the job's sentence ends mid-line and the next one starts on it
    ukrainian = read_cv(
        "Оксана Левченко\n+380 50 318 27 64\n\nДосвід роботи\n"
        "Травень 2016 – березень 2019 — касир в компанії Сільпо. Обслуговування\n"
        "покупців на касі, інкасація, робота з терміналами.\n"
    )
    assert job_rows(ukrainian) == [("касир", "Сільпо", date(2016, 5, 1), date(2019, 3, 1))]
    english = read_cv(
        "Grace Wanjiru\n+254 712 345 678\n\nExperience\n"
        "June 2015 – December 2016 — call centre agent at Airtel Kenya. Answered\n"
        "inbound calls and advised customers on data bundles.\n"
    )
    assert job_rows(english) == [
        ("call centre agent", "Airtel Kenya", date(2015, 6, 1), date(2016, 12, 1))
    ]
    [evidence] = [e for e in english.evidence if e.kind is EvidenceKind.JOB]
    assert evidence.text.startswith("Answered inbound calls")


def test_payroll_work_is_no_pay_asked() -> None:
    person = read_cv(
        "Sandra Vogt\nsandra.vogt@example.de\nKöln\n\nBerufserfahrung\n"
        "Lohnbuchhalterin, Rewe Group, Köln — seit 03/2020\n"
        "• Lohn- und Gehaltsabrechnung für rund 2.400 Mitarbeitende in DATEV LODAS\n"
    )
    assert person.pay_stated is None
