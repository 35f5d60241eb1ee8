"""Job posts as people share them in the hiring regions (issue 15): the title and company inside
a hiring sentence in any language, a job board's navigation pasted above the post, the company
under an e-mail's signature, regions such as EMEA or "people who live in Latin America", years
written as words, and an overlap stated as a window of hours."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.geo.regions import expand, named_regions
from worldhire.ingest.lexicon.experience import ENGLISH_NUMBERS
from worldhire.ingest.parse import parse_role_bytes
from worldhire.ingest.posts.allowed import allowed_countries_in
from worldhire.ingest.posts.fields import overlap_in, years_in
from worldhire.ingest.posts.places import countries_in
from worldhire.ingest.posts.text import split_post
from worldhire.ingest.service import looks_like_role

BODY = "\n\nRequirements:\n- Python and SQL\n- 3+ years\n\nSend your CV to jobs@example.com\n"


@pytest.mark.parametrize(
    ("opening", "title", "company"),
    [
        ("Harbourline Maps is hiring a Senior GIS Analyst (remote, EMEA) \U0001f30d",
         "Senior GIS Analyst", "Harbourline Maps"),
        ("\U0001f680 A Caju Pagamentos está contratando Pessoa Desenvolvedora Backend Sênior!",
         "Pessoa Desenvolvedora Backend Sênior", "Caju Pagamentos"),
        ("Компанія Ясен Дата шукає Data Engineer у команду аналітики.",
         "Data Engineer", "Ясен Дата"),
        ("W Wisła Labs szukamy Analityka Danych do zespołu w Gdańsku.",
         "Analityka Danych", "Wisła Labs"),
        ("Kami dari PT Cendana Digital sedang membuka lowongan Backend Engineer untuk tim kami.",
         "Backend Engineer", "PT Cendana Digital"),
        ("Junta-te à Ria Formosa Labs como Engenheiro(a) de Dados!",
         "Engenheiro(a) de Dados", "Ria Formosa Labs"),
    ],
    ids=["en-is-hiring", "pt-esta-contratando", "uk-shukaie", "pl-w-x-szukamy", "id-kami-dari",
         "pt-junta-te"],
)
def test_title_and_company_come_from_a_hiring_sentence(
    opening: str, title: str, company: str
) -> None:
    role = parse_role_bytes(f"{opening}{BODY}".encode(), "post.txt")
    assert (role.title, role.company) == (title, company)


def test_a_job_boards_navigation_is_neither_title_nor_company() -> None:
    page = (
        "Empregos   Empresas   Entrar\nVagas › Dados › Recife\n"
        "Analista de Dados Júnior\nMaracatu Seguros\nRecife - PE | Presencial\n\n"
        "Requisitos:\n- SQL\n- Power BI\n\nCandidatar-se\n"
    )
    role = parse_role_bytes(page.encode(), "board.txt")
    assert (role.title, role.company) == ("Analista de Dados Júnior", "Maracatu Seguros")


def test_the_company_is_read_from_an_e_mail_signature() -> None:
    mail = (
        "Hi Jo,\n\nI wanted to reach out about a Data Engineer role in our platform team. "
        "You'd need solid Python and Airflow. We are unable to offer visa sponsorship.\n\n"
        "Would you be open to a chat?\n\nKind regards,\nMaya Lund\nTalent Partner\n"
        "Fjordline Analytics\nmaya@fjordline.example | +44 7700 900456\n"
    )
    assert looks_like_role(mail.encode(), "mail.txt")
    role = parse_role_bytes(mail.encode(), "mail.txt")
    assert (role.title, role.company) == ("Data Engineer", "Fjordline Analytics")


def test_a_company_name_may_hold_a_skill_word_but_not_be_one() -> None:
    text = "Gryphon Robotics is hiring a Controls Engineer to join our team." + BODY
    assert parse_role_bytes(text.encode(), "post.txt").company == "Gryphon Robotics"


@pytest.mark.parametrize(
    ("text", "is_post"),
    [
        ("Se busca Analista Contable para estudio en Rosario. Requisitos excluyentes: Excel. "
         "Mandar CV a rrhh@example.com", True),
        ("Role brief – Support Engineer. We need someone who has run a helpdesk. The role is "
         "remote. The budget is USD 3,000 a month. We are not able to sponsor work permits.",
         True),
        ("Ana Souza\nana@example.com\n\nExperiência profissional\nAnalista de Dados, Itaú "
         "(2019 - 2023)\nFormação\nUSP, Estatística", False),
    ],
    ids=["es-whatsapp", "en-role-brief", "pt-resume"],
)
def test_posts_are_told_from_resumes_by_their_own_words(text: str, is_post: bool) -> None:
    assert looks_like_role(text.encode(), "doc.txt") is is_post


def test_emea_and_latin_america_expand_to_their_countries() -> None:
    regions = named_regions()
    assert expand(["EMEA"]) >= {"DE", "KE", "AE", "GB"}
    assert set(allowed_countries_in("Fully remote anywhere in EMEA.")) == regions["EMEA"]
    latam = allowed_countries_in("Remoto, pra quem mora na América Latina")
    assert set(latam) == regions["LATAM"]
    assert allowed_countries_in("Praca zdalna dla osób mieszkających w Polsce") == ["PL"]


def test_a_zone_named_after_a_region_restricts_nobody() -> None:
    assert countries_in("core hours 9:00 to 14:00 East Africa Time") == []
    assert countries_in("candidates in East Africa") != []


@given(st.sampled_from(sorted(w for w in ENGLISH_NUMBERS if " " not in w)))
def test_years_written_as_words_are_read(word: str) -> None:
    assert years_in(f"at least {word} years of experience") == ENGLISH_NUMBERS[word]


@given(st.integers(min_value=0, max_value=20), st.integers(min_value=1, max_value=6))
def test_an_overlap_window_gives_its_length(start: int, length: int) -> None:
    end = start + length
    if end > 23:
        return
    found = overlap_in(f"You'll need to be online {start:02d}:00-{end:02d}:00 London time.")
    assert found is not None
    assert (found.hours, found.zone) == (float(length), "Europe/London")


def test_a_capital_initial_at_a_line_end_ends_the_sentence() -> None:
    text = "Health data would help, as would some R.\nThe role is remote from Kenya only."
    post = split_post(f"Nice to have:\n{text}")
    assert [i.text(post.text) for i in post.items()][-1] == "The role is remote from Kenya only."


def test_a_post_open_to_all_of_emea_is_a_role_with_kosovo_in_it() -> None:
    text = "Harbourline Maps is hiring a GIS Analyst. Fully remote anywhere in EMEA." + BODY
    role = parse_role_bytes(text.encode(), "post.txt")
    assert set(role.allowed_countries) == named_regions()["EMEA"]
    assert "XK" in role.allowed_countries


def test_how_to_apply_and_the_hires_title_are_no_requirements() -> None:
    text = (
        "Requisitos:\n- Experiência de 3 anos como cientista de dados\n- Python\n"
        "Mandar CV a vagas@example.com\n"
    )
    role = parse_role_bytes(text.encode(), "post.txt")
    names = {r.skill.lower() for r in role.requirements}
    assert "python" in names
    assert not names & {"computer vision", "data science"}


def test_a_message_typed_line_by_line_ends_a_short_bullet() -> None:
    text = "Requisitos excluyentes:\n- SQL\n- Inglés intermedio\nSuma si manejas Airflow\n"
    post = split_post(text)
    items = [(i.text(post.text), i.kind) for i in post.items()]
    assert items[-1][0] == "Suma si manejas Airflow"
    assert items[-1][1] is not None and items[-1][1].value == "nice"


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Für unser Team in Wien suchen wir eine/n Data Analyst (w/m/d).\n\n"
         "Anforderungen:\n- SQL\n- Power BI\n", "Europe/Vienna"),
        ("JOB DESCRIPTION\nJob Title: QA Engineer\nLocation: Bengaluru (Hybrid)\n"
         "Key Skills: Selenium, Java\n", "Asia/Kolkata"),
        ("Backend Engineer\n\nRequirements:\n- Go\n\nCore hours 9:00 to 13:00 East Africa Time.\n",
         "Africa/Nairobi"),
    ],
    ids=["hiring-sentence-city", "location-field", "zone-in-words"],
)
def test_the_teams_zone_from_where_a_post_says_it_works(text: str, zone: str) -> None:
    assert parse_role_bytes(text.encode(), "post.txt").timezone == zone
