"""Résumé fields left by earlier rounds (issue 15, helper resumefix36)."""

from __future__ import annotations

import pytest

from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.labelled_entries import labelled_jobs
from worldhire.ingest.resumes.skill_lists import listed_names
from worldhire.ingest.shared.fields import find_languages, find_phones
from worldhire.ingest.shared.pay import stated_pay


def test_an_identity_number_in_a_label_colon_value_row_is_no_phone() -> None:
    """Job-board exports set personal details as "Label | : | value" rows: the bar, the colon
    and the bar between "National Id No." and its number still label it an identity number."""
    text = (
        "Mobile No : 01822-190455\n"
        "National Id No. | : | 7301946285\n"
        "NIN | : | 52718394061\n"
    )
    assert find_phones(text) == ["01822-190455"]


def test_a_specialization_tables_header_cells_are_no_skills() -> None:
    """Job-board exports head the candidate's specialization table with "Fields of
    Specialization | Description": header words joined by "of" name no skill."""
    text = (
        "Fields of Specialization | Description\n"
        "Payroll, Sage 300 | Month-end payroll runs for 400 staff\n"
        "Area of Specialisation | Description\n"
    )
    assert [n.text for n in listed_names(text)] == ["Payroll", "Sage 300"]


def test_a_name_at_its_town_under_a_title_under_the_dates_is_the_employer() -> None:
    """Dates on a line of their own, the title, then the employer at its town with no legal
    form, its country in its name and its brand in brackets ("Univerexport Srbija (Roda
    market), Subotica"): the third line is the job's employer, as "Milšped d.o.o., Beograd"
    is."""
    lines = [
        "okt 2017. – mar. 2021.",
        "Prodavac – kasir",
        "Univerexport Srbija (Roda market), Subotica",
        "- Rad na kasi i prijem robe.",
        "05/2014 – 09/2017",
        "Delivery Driver",
        "Shoprite Checkers Hyper Stores, Durban",
        "- Delivered stock to 9 stores a day.",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Prodavac – kasir", "Univerexport Srbija (Roda market)"),
        ("Delivery Driver", "Shoprite Checkers Hyper Stores"),
    ]


def test_pay_offered_in_brackets_as_an_alternative_is_no_asking_pay() -> None:
    """"GHS 9,000 per month (or USD 15 per hour for weekend lessons)": the bracket's "or" offers
    a rate for other work; the person asks the figure before it. A bracket that restates the
    figure in dollars ("≈ USD 45/hour") still gives the person's own dollars."""
    asked = stated_pay("GHS 9,000 per month (or USD 15 per hour for weekend lessons)")
    assert asked is not None and (asked.currency, asked.low) == ("GHS", 9_000)
    asked = stated_pay("6 000 zł netto/mies. (lub 40 USD za godzinę przy korepetycjach)")
    assert asked is not None and (asked.currency, asked.low) == ("PLN", 6_000)
    restated = stated_pay("180 PLN/hour (≈ USD 45/hour)")
    assert restated is not None and restated.currency == "USD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ไทย - ภาษาแม่\nอังกฤษ - ดีมาก\nภาษาจีน - ปานกลาง\nภาษาญี่ปุ่น - ดี",
         ["Thai (native)", "English (C1)", "Chinese (intermediate)", "Japanese (B2)"]),
        ("Deutsch (Muttersprache), Spanisch (Schulkenntnisse)",
         ["German (native)", "Spanish (basic)"]),
        ("Русский — родной, татарский — разговорный",
         ["Russian (native)", "Tatar (conversational)"]),
        ("Українська — рідна; німецька — розмовна.",
         ["Ukrainian (native)", "German (conversational)"]),
    ],
)
def test_level_words_of_the_corpus_languages_are_read(text: str, expected: list[str]) -> None:
    """Thai job boards grade a language ดีมาก (very good), ดี (good), ปานกลาง (moderate) or
    พอใช้ (fair); German CVs write "Schulkenntnisse" (what school taught), Russian and
    Ukrainian ones "разговорный" / "розмовна" (conversational)."""
    assert find_languages(text) == expected


def test_colombian_tiempo_laborado_labels_the_period_of_a_labelled_job() -> None:
    """Colombian CVs label each job's period "Tiempo laborado:" (time worked) under "Empresa:"
    and "Cargo:": each job keeps its employer, an employer with a dash in its name too."""
    lines = [
        "Empresa: Cementos del Valle S.A.",
        "Cargo: Analista de Costos",
        "Tiempo laborado: Marzo 2020 – Actualmente",
        "Funciones:",
        "- Cierre mensual de costos de producción.",
        "Empresa: Sociedad Portuaria de Buenaventura – SPB",
        "Cargo: Practicante de Contaduría",
        "Tiempo laborado: Enero 2019 – Junio 2019",
        "Funciones:",
        "- Conciliaciones bancarias.",
    ]
    jobs = labelled_jobs(lines)
    assert jobs is not None
    assert [(j.title, j.organization, j.start is not None) for j in jobs] == [
        ("Analista de Costos", "Cementos del Valle S.A.", True),
        ("Practicante de Contaduría", "Sociedad Portuaria de Buenaventura – SPB", True),
    ]


def test_romanian_practica_as_a_label_is_a_placement() -> None:
    """"Practică: Spitalul Județean Cluj · 2014": Romanian "practică" (alone also "practical")
    written as a line's label is the student placement, held at the name after it that year."""
    lines = [
        "Farmacia Tei, Cluj-Napoca",
        "Asistent farmacist: 2016 – 2019",
        "Practică: Spitalul Județean Cluj · 2014",
    ]
    jobs = [(j.title, j.organization, j.start.year if j.start else None)
            for j in split_jobs(lines)]
    assert jobs[-1] == ("Practică", "Spitalul Județean Cluj", 2014)


def test_a_swahili_languages_line_is_read() -> None:
    """Kenyan CVs in Swahili list "Lugha:" (languages) with Swahili names ("Kiingereza" is
    English, "Kifaransa" French), "kwa ufasaha" (fluently) and "lugha ya mama" (mother
    tongue)."""
    text = "Lugha: Kiingereza kwa ufasaha, Kifaransa, Ekegusii (lugha ya mama)."
    assert find_languages(text, listed=False) == [
        "English (fluent)", "French", "Gusii (native)"]


def test_a_swahili_cv_title_beside_the_name_is_no_part_of_it() -> None:
    """"Wasifu Binafsi — Amani Wanjiru Kamau": Swahili "wasifu" (binafsi) is the CV's title."""
    text = (
        "Wasifu Binafsi — Amani Wanjiru Kamau\n"
        "Nakuru, Kenya · 0733 214 908 · amani.kamau@example.co.ke\n"
        "Tangu 2019 ni mhasibu katika Nakuru Water Company.\n"
    )
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    assert person.name == "Amani Wanjiru Kamau"
