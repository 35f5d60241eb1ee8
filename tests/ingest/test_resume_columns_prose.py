"""Regressions from the dev résumés of batch dev-resume-columns (bench/data/extraction): jobs told
in prose in the hiring regions' languages, Europass self-assessment rows, hours explained in
brackets, a person's own "Contacto:" line, and addresses wrapped by a narrow sidebar."""

from __future__ import annotations

import pytest

from worldhire.ingest.resumes.prose import job_in_sentence
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.shared.hours import find_stated_hours
from worldhire.ingest.shared.spoken_languages import find_spoken_languages, language_level


@pytest.mark.parametrize(
    ("sentence", "title", "organization"),
    [
        ("Desde febrero de 2022 trabajo en Teleperformance como agente bilingüe de soporte para "
         "una empresa de software.", "agente bilingüe de soporte", "Teleperformance"),
        ("Sejak Agustus 2020 saya bekerja sebagai staf keuangan di PT Sido Muncul Tbk, menangani "
         "rekonsiliasi bank.", "staf keuangan", "PT Sido Muncul Tbk"),
        ("Sebelumnya saya menjadi admin gudang di PT Sumber Alfaria Trijaya dari 2016 sampai "
         "2020.", "admin gudang", "PT Sumber Alfaria Trijaya"),
        ("Od 2021 roku pracuję w firmie Comarch jako tester oprogramowania w zespole ERP.",
         "tester oprogramowania", "Comarch"),
        ("З 2020 року працюю в компанії SoftServe на посаді бізнес-аналітика: збираю вимоги.",
         "бізнес-аналітика", "SoftServe"),
        ("До цього з 2017 по 2020 рік була менеджеркою з продажу в ПриватБанку.",
         "менеджеркою з продажу", "ПриватБанку"),
        # Indian English: "working as <title> in <employer>, <city>"
        ("Currently working as Associate Data Scientist in Tata Consultancy Services, Hyderabad "
         "from Aug 2021 to till date.", "Associate Data Scientist", "Tata Consultancy Services"),
    ],
)  # fmt: skip
def test_jobs_told_in_prose(sentence: str, title: str, organization: str) -> None:
    job = job_in_sentence(sentence)
    assert job is not None
    assert (job.title, job.organization) == (title, organization)


@pytest.mark.parametrize(
    "sentence",
    ["Worked as Data Analyst in Bangalore from 2019 to 2021.",
     "I worked as a data scientist in Python and SQL from 2019 to 2021."],
)
def test_a_place_or_skills_after_a_title_are_no_employer(sentence: str) -> None:
    job = job_in_sentence(sentence)
    assert job is not None and job.organization is None


def test_an_amount_in_prose_is_no_job_and_no_date() -> None:
    assert job_in_sentence("Зарплатні очікування: від 2000$ на місяць.") is None


@pytest.mark.parametrize(
    ("row", "level"),
    [
        ("English | C1 | C2 | C1 | C1 | C1", "C1"),
        ("ESPANHOL — Compreensão oral B1 · Leitura B2 · Produção oral A2 · Interação oral A2 · "
         "Escrita A2", "A2"),
        ("néerlandais | A2 | A2 | A1 | A1 | A1", "A1"),
        ("Anglais : B2", "B2"),
    ],
)  # fmt: skip
def test_a_self_assessment_row_gives_the_level_most_cells_give(row: str, level: str) -> None:
    assert language_level(row) == level


def test_europass_grid_rows_are_read_cell_by_cell() -> None:
    grid = (
        "Mother tongue(s) | Romanian\n"
        "Other language(s) | UNDERSTANDING | SPEAKING | WRITING\n"
        "Listening | Reading | Spoken interaction | Spoken production\n"
        "English | C1 | C2 | C1 | C1 | C1\n"
        "French | B1 | B2 | A2 | A2 | A2\n"
    )
    found = {x.name: x.level for x in find_spoken_languages(grid, listed=True)}
    assert found["English"] == "C1"
    assert found["French"] == "A2"


def test_a_region_in_brackets_explains_the_hours_and_offers_nothing() -> None:
    text = "Availability: 14:00–23:00 IST (overlap with EU and US East mornings)."
    found = find_stated_hours(text, "IN")
    assert [(h.start, h.end, h.timezone) for h in found] == [(14.0, 23.0, "Asia/Kolkata")]


def test_a_region_offered_on_its_own_still_counts() -> None:
    found = find_stated_hours("Available 9:00-18:00 WAT, happy to overlap with US East mornings.")
    assert [h.kind for h in found] == ["clock", "region"]


def test_own_contact_line_is_kept_and_the_self_introduced_name_read() -> None:
    text = (
        "Hola, mi nombre es Valentina Ríos Cárdenas, soy de Medellín, Colombia.\n\n"
        "Desde febrero de 2022 trabajo en Teleperformance como agente de soporte.\n\n"
        "Contacto: valen.rios.c@example.com.co / +57 310 482 1177\n"
    )
    person = parse_text_resume(text, "cv.txt")
    assert person.name == "Valentina Ríos Cárdenas"
    assert person.email == "valen.rios.c@example.com.co"
    assert person.country == "CO"


def test_address_wrapped_by_a_sidebar_still_gives_the_country() -> None:
    text = (
        "TRẦN MINH KHOA\nNhân viên kinh doanh\n\nTHÔNG TIN LIÊN HỆ\n0903 418 275\n"
        "minhkhoa.sales@example.com\nQuận Bình Thạnh, TP. Hồ Chí\nMinh\n"
    )
    assert parse_text_resume(text, "cv.pdf").country == "VN"
