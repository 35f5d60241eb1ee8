"""Must-haves a post does not ask for (issue 15, zero invented requirements), continued: tools
named in perks, product descriptions and blurbs, and names read as their neighbours."""

from __future__ import annotations

from tests.ingest.post_reading import must_skills, quotes, read_post


def test_tools_in_a_perks_box_headed_why_you_will_love_working_here_are_perks() -> None:
    role = read_post(
        "Backend Engineer (Go)\nCông ty TNHH Phần mềm Lam Sơn\n\nYour skills and experience\n"
        "- Thành thạo Go và PostgreSQL\n- Có kinh nghiệm với Redis\n\n"
        "Why you'll love working here\n- Lương: Up to $2,000 (gross)\n"
        "- Được cấp tài khoản GitHub Copilot, tài trợ học phí chứng chỉ Azure\n"
    )
    named = must_skills(role)
    assert {"Go", "PostgreSQL", "Redis"} <= named
    assert not {"Git", "Microsoft Azure"} & named


def test_an_acronym_in_lower_case_after_their_is_the_owners_thing_not_a_skill() -> None:
    role = read_post(
        "Data Collection Engineer\n\nRequirements:\n- 3+ years of Python and Selenium\n"
        "- Patience with shops that rewrite their html every month\n- Strong SQL\n"
    )
    named = must_skills(role)
    assert {"Python", "SQL"} <= named
    assert "web development" not in named


def test_the_apis_of_named_payment_services_are_those_services_not_api_development() -> None:
    role = read_post(
        "Mobile Engineer\n\nRequirements:\n- Kotlin and Swift\n"
        "- Experience with Paystack and Monnify payment APIs\n"
    )
    assert "payment apis" in quotes(role, must=True)
    assert "API development" not in must_skills(role)
    role = read_post(
        "Engenheiro Backend\n\nRequisitos:\n- Java e Spring Boot\n"
        "- Experiência com APIs de cobrança (Pix, Stone)\n"
    )
    assert "apis de cobrança" in quotes(role, must=True)
    assert "API development" not in must_skills(role)


def test_apis_integrated_are_someone_elses_and_apis_built_are_api_development() -> None:
    role = read_post(
        "Backend Engineer\n\nRequirements:\n- Node.js\n- Experience integrating shipping APIs\n"
    )
    assert "shipping apis" in quotes(role, must=True)
    assert "API development" not in must_skills(role)
    role = read_post("Backend Engineer\n\nRequirements:\n- Node.js\n- Building public APIs\n")
    assert "API development" in must_skills(role)


def test_a_job_boards_field_of_the_employers_trade_asks_for_no_skill() -> None:
    role = read_post(
        "Analyste Financier H/F\nCABINET ORMEAU\n"
        "Statut : Cadre · Expérience : Minimum 3 ans · Secteur : Conseil en recrutement\n\n"
        "Profil recherché\n- Maîtrise d'Excel et de SQL\n- Anglais courant\n"
    )
    named = must_skills(role)
    assert {"Microsoft Excel", "SQL"} <= named
    assert "recruit employees" not in named
    # (a PDF's line wrapped inside the field: the trade goes on in lower case)
    wrapped = read_post(
        "Apec · Offres d'emploi\n\nContrôleur de Gestion H/F\nCABINET ORMEAU\n"
        "Nantes - 44 · CDI · 40 - 48 k€ brut annuel\n"
        "Statut du poste : Cadre · Expérience : Minimum 3 ans · Secteur : Conseil en\n"
        "recrutement\n\nPROFIL RECHERCHÉ\n\n• Maîtrise d'Excel et de SQL\n"
    )
    assert "recruit employees" not in must_skills(wrapped)


def test_the_post_held_after_in_the_position_of_is_a_job_title_not_a_skill() -> None:
    role = read_post(
        "Analityk Finansowy\n\nWymagania:\n"
        "- min. 4 lata doświadczenia na stanowisku analityka danych\n"
        "- bardzo dobra znajomość SQL\n"
    )
    named = must_skills(role)
    assert "SQL" in named
    assert "data analysis" not in named
