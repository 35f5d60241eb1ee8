"""Names where people put them (names20): signed at the end of a letter or a CV, surnames first
in capitals before a comma, beside what the document calls itself in a running header, after a
label in each language, and never a job title set as the page's title."""

from __future__ import annotations

import pytest

from worldhire.ingest.resumes.resume_text import parse_text_resume

_WORK = (
    "Experiencia\n"
    "Desde 2021 trabajo como auxiliar administrativa en Grupo Lala, en Torreón.\n"
    "Llevo la facturación en SAP y la conciliación bancaria.\n"
)


@pytest.mark.parametrize(
    ("closing", "name", "email"),
    [
        ("Atentamente,", "Lucía Paredes Gil", "lucia.paredes@example.mx"),
        ("Saygılarımla,", "Mert Aydın", "mert.aydin@example.com.tr"),
        ("Hormat saya,", "Wahyudi", "wahyudi.smg@example.co.id"),
    ],
)
def test_a_letter_signed_under_its_closing_gives_the_name(
    closing: str, name: str, email: str
) -> None:
    text = f"Asunto: Postulación\n\nBuenas tardes,\n\n{_WORK}\n{closing}\n{name}\n{email}\n"
    assert parse_text_resume(text, "carta.txt").name == name


def test_a_cv_signed_under_its_place_and_date_gives_the_name() -> None:
    text = (
        "LEBENSLAUF\n\nBerufserfahrung\nseit 2019 Lagerist, Kaufland Logistik, Dresden\n"
        "- Kommissionierung und Inventur\n\nDresden, im März 2026\nPaul Schreiber\n"
    )
    assert parse_text_resume(text, "lebenslauf.txt").name == "Paul Schreiber"


def test_a_name_written_at_the_top_and_in_the_signature_wins_over_a_title_line() -> None:
    text = (
        "Gudang Logistik\nAndi Saputra\n\n"
        "Pengalaman\n2019 - Sekarang Staf Gudang, PT Maju Jaya\n\n"
        "Demikian daftar riwayat hidup ini saya buat dengan sebenar-benarnya.\n\n"
        "Andi Saputra\n"
    )
    assert parse_text_resume(text, "cv.txt").name == "Andi Saputra"


@pytest.mark.parametrize(
    ("top", "words"),
    [
        ("FERREIRA, Ana Beatriz", {"ferreira", "ana", "beatriz"}),
        ("MORAIS, Rui Pedro — Currículo", {"morais", "rui", "pedro"}),
        ("SANTOS, JOHN PAUL R.", {"santos", "john", "paul", "r."}),
    ],
)
def test_surnames_in_capitals_before_a_comma_are_part_of_the_name(
    top: str, words: set[str]
) -> None:
    text = f"{top}\n+351 912 000 111\n\nExperiência\n2020 - atual Técnico, EDP\n"
    assert set(parse_text_resume(text, "cv.txt").name.lower().split()) == words


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ad Soyad: Zeynep Arslan", "Zeynep Arslan"),
        ("Nombre y apellidos: Ana Isabel de los Santos Pérez", "Ana Isabel de los Santos Pérez"),
        ("Nom et prénoms : Koffi Yao Serge", "Koffi Yao Serge"),
        ("Họ và tên: LÊ VĂN HÙNG", "Lê Văn Hùng"),
    ],
)
def test_the_name_after_a_label_in_each_language(line: str, name: str) -> None:
    text = f"CURRICULUM VITAE\n\n{line}\nTelefon: 0555 111 22 33\n\nExperience\n2020 - 2024 Clerk\n"
    assert parse_text_resume(text, "cv.txt").name == name


def test_a_job_title_set_as_the_page_s_title_is_no_name() -> None:
    text = (
        "Operator Produksi\nAvailability: immediate\n\n"
        "Experience\n2019 - Present: Customer Service Representative, a BPO in Pasig\n"
        "- Handled inbound calls for a US telco account\n"
    )
    assert parse_text_resume(text, "profile.txt").name == ""


def test_a_recruiter_signing_an_anonymised_cv_gives_it_no_name() -> None:
    text = (
        "Candidate 3310\nProfile: Payroll Officer\n\n"
        "Experience\n2018 - Present: Payroll Officer, a logistics group in Durban\n"
        "- Ran monthly payroll for 900 staff on Sage 300\n\n"
        "Kind regards,\nThandiwe Nkosi\nSenior Consultant, Umoya Talent Partners\n"
    )
    assert parse_text_resume(text, "profile.txt").name == ""


@pytest.mark.parametrize("first", ["Jornada Completa", "Повна Зайнятість", "Penuh Waktu"])
def test_how_a_job_is_held_is_no_name(first: str) -> None:
    text = (
        f"{first}\n\nExperiencia\n2019 - 2024 Cajera, Supermercados Peruanos\n"
        "- Atención al cliente y arqueo de caja\n"
    )
    assert parse_text_resume(text, "export.txt").name == ""


@pytest.mark.parametrize(
    "row",
    ["Informaţii personale: Popa Cristina-Elena", "DANE OSOBOWE: Popa Cristina-Elena",
     "INFORMATIONS PERSONNELLES Popa Cristina-Elena"],
)
def test_the_name_in_a_europass_personal_information_row(row: str) -> None:
    text = f"Curriculum vitae Europass\n{row}\n+40 744 000 111\n\nExperienţa\n2020 - 2024 Contabil"
    assert parse_text_resume(text, "europass.txt").name == "Popa Cristina-Elena"


def test_the_full_name_wins_over_its_short_form_in_a_running_header() -> None:
    text = (
        "Currículo – Tiago Ramos\nTiago Henrique Ramos\nEngenheiro de Dados\n"
        "tiago.ramos@example.com.br\n\nExperiência\n2021 - atual Engenheiro de Dados, Itaú\n"
    )
    assert parse_text_resume(text, "cv.txt").name == "Tiago Henrique Ramos"


@pytest.mark.parametrize(
    ("top", "name"),
    [("MARIA THERESA S. REYES, RN", "Maria Theresa S. Reyes"),
     ("RINA WATI, S.E., M.M.", "Rina Wati")],
)
def test_a_credential_after_a_comma_is_no_given_name(top: str, name: str) -> None:
    text = f"{top}\n0917 000 1111\n\nExperience\n2020 - Present Staff Nurse, St. Luke's\n"
    assert parse_text_resume(text, "cv.txt").name == name


def test_a_latin_american_title_before_the_name_is_no_part_of_it() -> None:
    text = (
        "Lic. Enf. Rosa Elena Castillo Vega\nCel. 33 1000 2000\n\n"
        "Experiencia\n2019 - 2024 Enfermera\n"
    )
    assert parse_text_resume(text, "cv.txt").name == "Rosa Elena Castillo Vega"


def test_a_self_introduction_with_soy_gives_the_name() -> None:
    text = (
        "Hoja de vida\nSoy Daniela Andrea Rincón, tengo 29 años y vivo en Cali. "
        "Correo: danirincon91@example.com.\n"
        "Desde 2020 trabajo en Atento como asesora de servicio al cliente.\n"
    )
    assert parse_text_resume(text, "cv.txt").name == "Daniela Andrea Rincón"
