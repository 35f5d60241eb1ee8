"""Regressions from trial22a's trial of issue 15 as a user, with résumés from Latin America and
English-speaking Africa written as people send them (an application pasted in an e-mail, a
LinkedIn paste in Portuguese, a Nigerian Word CV, a Colombian "hoja de vida" without accents)."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.core.models import EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.resumes.labelled_entries import labelled_jobs
from worldhire.ingest.resumes.profile import pay_lines
from worldhire.ingest.resumes.prose import job_in_sentence
from worldhire.ingest.shared.fields import find_phones
from worldhire.ingest.shared.spoken_languages import find_spoken_languages


def _jobs(text: str) -> list[tuple[str, str | None, date | None, date | None]]:
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    return [(e.title, e.organization, e.start, e.end) for e in person.evidence
            if e.kind is EvidenceKind.JOB]


@pytest.mark.parametrize(
    ("sentence", "title", "org", "year"),
    [
        ("Empecé como practicante en el BCP en 2017.", "practicante", "BCP", 2017),
        ("I started out as a national service person at the Ghana Revenue Authority in 2018, "
         "mostly Excel and a bit of VBA.", "national service person", "Ghana Revenue Authority",
         2018),
        ("Comecei como estagiário no Itaú em 2017 e desde então passei por dados.", "estagiário",
         "Itaú", 2017),
        ("I was a data analyst at MTN in Lagos in 2019.", "data analyst", "MTN", 2019),
        ("I worked at Andela in 2019 as a developer.", "developer", "Andela", 2019),
    ],
)
def test_a_year_after_the_employer_is_when_the_job_was_held(
    sentence: str, title: str, org: str, year: int
) -> None:
    job = job_in_sentence(sentence)
    assert job is not None
    # the one year it was held: it began and ended then, it is no current job
    assert (job.title, job.organization, job.start, job.end) == (
        title, org, date(year, 1, 1), date(year, 1, 1)
    )


def test_a_year_after_joining_an_employer_is_only_when_the_job_began() -> None:
    job = job_in_sentence("I joined Andela in 2019 as a developer.")
    assert job is not None
    assert (job.organization, job.start, job.end) == ("Andela", date(2019, 1, 1), None)


@pytest.mark.parametrize(
    "sentence",
    ["I set up the dev environment at Paystack in 2021.",
     "We rebuilt the dev tooling at Flutterwave in 2020."],
)
def test_a_clause_whose_subject_does_something_at_an_employer_is_no_title(sentence: str) -> None:
    job = job_in_sentence(sentence)
    assert job is None or not job.title


def test_a_job_title_before_the_employer_is_still_read() -> None:
    job = job_in_sentence("Head of Data at Andela since 2021.")
    assert job is not None and job.title == "Head of Data"


def test_spanish_joins_an_employer_with_a() -> None:
    job = job_in_sentence(
        "Luego entré a KPMG en Perú como asistente de auditoría externa, de marzo 2017 a "
        "diciembre 2019, donde audité estados financieros."
    )
    assert job is not None
    assert (job.title, job.organization, job.start, job.end) == (
        "asistente de auditoría externa", "KPMG", date(2017, 3, 1), date(2019, 12, 1)
    )


def test_spoken_languages_in_lower_case_in_a_languages_list() -> None:
    found = find_spoken_languages(
        "español nativo, quechua (lo hablo con mi familia en Apurímac), inglés intermedio (B1)",
        listed=True,
    )
    assert [f.label for f in found] == ["Spanish (native)", "Quechua", "English (B1)"]


def test_a_two_letter_language_name_with_its_level_in_a_languages_list() -> None:
    found = find_spoken_languages("English (fluent), Twi (native), Ga (conversational).",
                                  listed=True)
    assert [f.label for f in found] == ["English (fluent)", "Twi (native)", "Ga (conversational)"]


@pytest.mark.parametrize(
    ("text", "names"),
    [("Python, java, sql", []), ("en el equipo, con los clientes", []),
     ("Salariu dorit: 7.500 lei net/lună", []), ("forklift (SIO aktif)", []),
     ("Sou bilíngue português-inglês", ["Portuguese", "English"])],
)
def test_words_that_are_no_spoken_language_stay_out_of_a_languages_list(
    text: str, names: list[str]
) -> None:
    assert [f.name for f in find_spoken_languages(text, listed=True)] == names


def test_a_period_labelled_from_and_until_on_one_line_dates_a_labelled_job() -> None:
    jobs = labelled_jobs([
        "Postobon S.A.",
        "Cargo: Asesor comercial TAT (tienda a tienda)",
        "Desde: Febrero 2019 hasta la fecha",
        "Funciones: venta y preventa en ruta de 180 clientes.",
        "Colombina S.A",
        "Cargo: Vendedor Junior / auxiliar de ventas",
        "Desde: Agosto 2016 Hasta: Enero 2019",
        "Funciones: toma de pedidos.",
    ])
    assert jobs is not None
    assert [(j.title, j.start, j.end) for j in jobs] == [
        ("Asesor comercial TAT (tienda a tienda)", date(2019, 2, 1), None),
        ("Vendedor Junior / auxiliar de ventas", date(2016, 8, 1), date(2019, 1, 1)),
    ]


def test_a_colombian_identity_number_is_no_phone() -> None:
    text = "C.C. 1.036.654.217 de Itagui\nCel: 311 567 8923 - correo: jhon@example.com"
    assert find_phones(text) == ["311 567 8923"]


def test_the_pay_asked_for_wins_over_the_current_pay_on_the_same_line() -> None:
    line = ("Current salary: ₦650,000 per month (gross). Expected: ₦900k – ₦1m monthly, "
            "negotiable.")
    [person] = parse_resume_bytes(
        f"Oluwaseun Adeyemi\nIkeja, Lagos\nseun@example.com.ng\n\n{line}\n".encode(), "cv.txt"
    )
    assert person.pay_stated is not None
    assert (person.pay_stated.low, person.pay_stated.high) == (900_000, 1_000_000)
    assert next(text for text, _, _ in pay_lines(line) if text).startswith("Expected")


def test_a_signature_with_an_initial_does_not_outweigh_the_full_name_the_letter_gives() -> None:
    [person] = parse_resume_bytes((
        "Buenas tardes:\n\n"
        "Mi nombre es Rosa Elvira Quispe Mamani, soy contadora pública colegiada y les escribo "
        "por el aviso de Analista Contable Senior.\n\n"
        "Desde enero de 2020 trabajo en Minera Las Bambas como analista contable senior.\n\n"
        "Saludos cordiales,\nRosa Quispe M.\nCel. 984 112 357\nrosa.quispe.cpc@example.pe\n"
    ).encode(), "cv.txt")
    assert person.name == "Rosa Elvira Quispe Mamani"


def test_linkedin_s_portuguese_employment_type_is_no_employer() -> None:
    jobs = _jobs(
        "Lucas Andrade\nSão Paulo, Brasil\nlucas@example.com.br\n\nExperiência\n\n"
        "Nubank\n4 anos 5 meses\n\n"
        "Senior Machine Learning Engineer\nTempo integral\njan de 2023 - o momento · 4 anos\n"
        "São Paulo, Brasil · Remota\n\n"
        "Machine Learning Engineer\nTempo integral\nago de 2022 - dez de 2022 · 5 meses\n"
    )
    assert [(title, org) for title, org, _, _ in jobs] == [
        ("Senior Machine Learning Engineer", "Nubank"), ("Machine Learning Engineer", "Nubank")
    ]


def test_referees_titles_and_employers_are_no_evidence_of_the_persons_skills() -> None:
    [person] = parse_resume_bytes((
        "Faith Wanjiru Kamau\nNairobi, Kenya\nfaith@example.co.ke\n\n"
        "WORK EXPERIENCE\nJune 2021 – To date: ICU Nurse, The Nairobi Hospital, Nairobi\n"
        "- Monitoring of critically ill patients and ventilator care.\n\n"
        "REFEREES\nEngr. Tunde Bakare, General Manager Operations, Dangote Sugar Refinery Plc, "
        "0802 000 1111\nMrs. Ngozi Okafor, HR Manager, DHL Supply Chain Nigeria Ltd\n"
    ).encode(), "cv.txt")
    assert not any("Dangote" in e.text or "Okafor" in e.text for e in person.evidence)
