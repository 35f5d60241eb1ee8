"""Regressions from the dev résumés of batch dev-resume-fr-pl-it (bench/data/extraction,
fr-*-81/82, pl-*-81/82, it-*-01...04): the title above its employer and the employer's town
("Alan" / "CDI · Paris", "DSV Road Sp. z o.o." / "Stryków, Polska"), a French title that opens
with "Responsable", a title that goes on after a comma, a "Firma:" label, Roman-numeral months,
the Italian European format, Italian headings, languages, pay and experience, Italian jobs told
in prose, and the person's contact line never read as a job."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.labelled_entries import labelled_jobs
from worldhire.ingest.resumes.prose import job_in_sentence
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.sections import heading_key
from worldhire.ingest.shared.dates import find_dates, find_range, parse_date
from worldhire.ingest.shared.geo import resolve_place
from worldhire.ingest.shared.pay import stated_pay
from worldhire.ingest.shared.spoken_languages import find_spoken_languages

D = date


def _jobs(text: str) -> list[tuple[str, str | None, date | None, date | None]]:
    return [(j.title, j.organization, j.start, j.end) for j in split_jobs(text.split("\n"))]


_TITLES = ["Data Scientist", "Specjalista ds. logistyki", "Magazynier", "Chef d'équipe",
           "Addetto al magazzino", "Kierownik sklepu"]  # fmt: skip
_EMPLOYERS = ["Alan", "Qonto", "DSV Road Sp. z o.o.", "Amazon Italia Logistica", "BlaBlaCar"]
_TOWNS = ["Paris", "Łódź", "Stryków, Polska", "Piacenza (PC)", "CDI · Paris",
          "Alternance · Lyon", "Kraków (zdalnie)"]  # fmt: skip


@given(
    st.lists(
        st.tuples(st.sampled_from(_TITLES), st.sampled_from(_EMPLOYERS), st.sampled_from(_TOWNS),
                  st.integers(2005, 2022)),
        min_size=1, max_size=3,
    )
)  # fmt: skip
def test_the_title_above_its_employer_and_town_is_the_jobs_title(
    jobs: list[tuple[str, str, str, int]],
) -> None:
    # A job-board export (Welcome to the Jungle, pracuj.pl): title, employer, town (and the
    # contract), then the dates.
    blocks = [f"{t}\n{e}\n{town}\n{y} - {y + 2}\n- Zadania i obowiązki" for t, e, town, y in jobs]
    read = _jobs("\n\n".join(blocks))
    assert [(t, o) for t, o, _, _ in read] == [(t, e.removesuffix(".")) for t, e, _, _ in jobs]
    assert [s.year if s else None for _, _, s, _ in read] == [y for _, _, _, y in jobs]


def test_an_employer_and_its_town_below_the_title() -> None:
    text = """Responsable d'exploitation logistique
XPO Logistics - Carquefou (44)
CDI - De 09/2019 à aujourd'hui (5 ans et 4 mois)
Missions : Pilotage d'une plateforme de 25 000 m2.

Addetto al magazzino
Amazon Italia Logistica – Castel San Giovanni (PC)
2019 – in corso · Contratto a tempo indeterminato"""
    assert _jobs(text) == [
        ("Responsable d'exploitation logistique", "XPO Logistics", D(2019, 9, 1), None),
        ("Addetto al magazzino", "Amazon Italia Logistica", D(2019, 1, 1), None),
    ]


def test_a_title_goes_on_after_a_comma_before_a_lower_case_word() -> None:
    text = "Conseillère principale, service à la clientèle\nDesjardins | Lévis\n2021 - présent"
    assert _jobs(text) == [
        ("Conseillère principale, service à la clientèle", "Desjardins", D(2021, 1, 1), None)
    ]
    assert _jobs("Ingénieure ML senior, Société Générale\n2019 - 2021")[0][:2] == (
        "Ingénieure ML senior", "Société Générale",
    )  # fmt: skip


def test_an_employer_label_is_not_the_employers_name() -> None:
    text = """### Machine Learning Engineer
Firma: Brainly, Kraków (zdalnie)
Okres: styczeń 2022 – obecnie, umowa B2B
- Modele klasyfikacji pytań

### Junior Data Analyst
Firma: LPP S.A., Gdańsk
Okres: od czerwca 2017 do stycznia 2019"""
    assert _jobs(text) == [
        ("Machine Learning Engineer", "Brainly", D(2022, 1, 1), None),
        ("Junior Data Analyst", "LPP S.A", D(2017, 6, 1), D(2019, 1, 1)),
    ]


_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


@given(st.sampled_from([2, 3, 4, 6, 7, 8, 9, 11, 12]), st.integers(1960, 2030))
def test_a_roman_month_before_its_year_is_that_month(month: int, year: int) -> None:
    assert parse_date(f"{_ROMAN[month]} {year}") == D(year, month, 1)
    assert parse_date(f"{_ROMAN[month]}.{year}") == D(year, month, 1)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("IX 2019 – obecnie", D(2019, 9, 1), None),
        ("III 2016 – VIII 2019", D(2016, 3, 1), D(2019, 8, 1)),
        ("w okresie od maja 2013 r. do lutego 2016 r.", D(2013, 5, 1), D(2016, 2, 1)),
        ("od marca 2021 do teraz", D(2021, 3, 1), None),
        ("październik 2017 – luty 2021", D(2017, 10, 1), D(2021, 2, 1)),
        ("Da marzo 2016 ad oggi", D(2016, 3, 1), None),
        ("Da marzo 2021 a oggi", D(2021, 3, 1), None),
        ("Gennaio 2018 – Febbraio 2021", D(2018, 1, 1), D(2021, 2, 1)),
        ("2019 – in corso", D(2019, 1, 1), None),
    ],
)
def test_polish_and_italian_ranges(text: str, start: date, end: date | None) -> None:
    found = find_range(text)
    assert found is not None and (found.start, found.end) == (start, end)


def test_a_roman_numeral_after_a_word_is_no_month() -> None:
    assert [m.value for m in find_dates("Class XII 2013")] == [D(2013, 1, 1)]  # the year alone


def test_the_italian_european_format_reads_as_jobs() -> None:
    lines = """• Date (da – a) | Da marzo 2016 ad oggi
• Nome e indirizzo del datore di lavoro | Lavazza S.p.A., Via Bologna 32, 10152 Torino
• Tipo di azienda o settore | Industria alimentare
• Tipo di impiego | Impiegata amministrativa – contratto a tempo indeterminato
• Principali mansioni e responsabilità | Contabilità fornitori, riconciliazioni bancarie
• Date (da – a) | 01/09/2011 – 29/02/2016
• Nome e indirizzo del datore di lavoro | Studio Bianchi & Associati, Corso Francia 8, Torino
• Tipo di impiego | Addetta contabilità""".splitlines()
    jobs = labelled_jobs(lines)
    assert jobs is not None
    assert [(j.title, j.organization, j.start, j.end) for j in jobs] == [
        ("Impiegata amministrativa", "Lavazza S.p.A.", D(2016, 3, 1), None),
        ("Addetta contabilità", "Studio Bianchi & Associati", D(2011, 9, 1), D(2016, 2, 1)),
    ]


@pytest.mark.parametrize(
    ("heading", "key"),
    [("ESPERIENZE PROFESSIONALI", "experience"), ("Esperienza lavorativa", "experience"),
     ("ISTRUZIONE E FORMAZIONE", "education"), ("Lingue", "languages"),
     ("Competenze", "skills"), ("INFORMAZIONI PERSONALI", "contact"), ("Profilo", "summary"),
     ("Expérience de travail", "experience"), ("PATENTI", "other")],
)  # fmt: skip
def test_italian_and_quebec_headings(heading: str, key: str) -> None:
    assert heading_key(heading) == key


def test_italian_language_names_and_levels() -> None:
    text = "Italiano: madrelingua\nInglese: C1 (IELTS 7.5)\nSpagnolo – base\nTedesco: avanzato"
    assert [(x.name, x.level) for x in find_spoken_languages(text)] == [
        ("Italian", "native"), ("English", "C1"), ("Spanish", "basic"), ("German", "advanced"),
    ]  # fmt: skip


def test_italian_pay_and_towns() -> None:
    pay = stated_pay("Cerco un ruolo full remote, con una RAL intorno ai 75.000 € lordi.", "IT")
    assert pay is not None
    assert (pay.currency, pay.low, pay.period, pay.basis) == ("EUR", 75000, "year", "gross")
    place = resolve_place("Piacenza (PC)")
    assert place is not None and place.country == "IT"


def test_italian_jobs_told_in_prose() -> None:
    first = job_in_sentence("Dal 2020 lavoro in Bending Spoons come ML engineer: mi occupo di CV.")
    assert first is not None
    assert (first.title, first.organization, first.start) == (
        "ML engineer", "Bending Spoons", D(2020, 1, 1),
    )  # fmt: skip
    second = job_in_sentence("Prima, dal 2017 al 2020, sono stata data scientist in Satispay.")
    assert second is not None and (second.title, second.organization) == (
        "data scientist", "Satispay",
    )  # fmt: skip
    # "in" before a town is where, not for whom
    third = job_in_sentence("Dal 2017 al 2020 sono stata data scientist in Milano.")
    assert third is not None and third.organization is None


def test_experience_in_a_field_names_no_employer() -> None:
    told = "Inżynier ML z doświadczeniem w NLP i systemach rekomendacyjnych."
    assert job_in_sentence(told) is None


def test_the_contact_line_is_never_a_job() -> None:
    text = """Francesca Ferraro
ML engineer · Milano
francesca.ferraro@example.com · +39 349 882 1044 · github.com/fferraro

Dal 2020 lavoro in Bending Spoons come ML engineer: mi occupo di modelli di computer vision.

Magazziniere con 8 anni di esperienza nella logistica."""
    person = parse_text_resume(text, "cv.txt")
    jobs = [(e.title, e.organization) for e in person.evidence if e.kind.value == "job"]
    assert jobs == [("ML engineer", "Bending Spoons")]
    assert person.years_experience == 8


def test_one_header_line_keeps_what_the_job_was_about_out_of_its_title() -> None:
    line = "2023/04 – present: Senior QA Engineer, e-commerce platform for a bank"
    title, _, _, _ = _jobs(line)[0]
    assert title == "Senior QA Engineer"


def test_a_contact_column_run_into_the_job_lines_is_left_out() -> None:
    # A two-column PDF copied line by line: the contact column beside the first job.
    text = """+57 310 552 8841
andres.gomez.dev@example.co Desarrollador Senior
github.com/afgomezr Bancolombia | Abril 2021 - Presente
- Desarrollo de microservicios en Java"""
    assert _jobs(text) == [("Desarrollador Senior", "Bancolombia", D(2021, 4, 1), None)]


def test_a_since_date_with_its_contract_anchors_beside_closed_ranges() -> None:
    text = """Ingénieure ML — Doctolib (Paris)
Depuis mars 2021 · CDI
Analyste de données — La Poste (Nantes)
De 2018 à 2020 · CDD"""
    assert _jobs(text) == [
        ("Ingénieure ML", "Doctolib", D(2021, 3, 1), None),
        ("Analyste de données", "La Poste", D(2018, 1, 1), D(2020, 1, 1)),
    ]


def test_french_and_italian_feminine_titles_are_titles() -> None:
    text = "2018 - 2021\nAdministratrice systèmes\nOrange Business Services, Rennes"
    assert _jobs(text)[0][0] == "Administratrice systèmes"
    employed = "Septembre 2016 - mai 2019 : Employée administrative à la Mutualité chrétienne"
    assert _jobs(employed)[0][:2] == ("Employée administrative", "Mutualité chrétienne")


@pytest.mark.parametrize(
    "heading", ["Centres d'intérêt", "Centres d’intérêt", "HOBBIES", "Interessi"]
)
def test_dates_under_interests_are_no_jobs(heading: str) -> None:
    text = f"""Léa Dubois
lea.dubois@example.fr

Expériences professionnelles
Consultante BI – Micropole, Levallois-Perret
Octobre 2019 – Présent

{heading}
Marathon de Paris 2019, bénévole aux Restos du Cœur (2017 - 2019)"""
    person = parse_text_resume(text, "cv.txt")
    jobs = [(e.title, e.organization) for e in person.evidence if e.kind.value == "job"]
    assert jobs == [("Consultante BI", "Micropole")]
