"""Titles and companies as people write them in posts (batch dev-posts-titles-companies): titles
only in a sentence, an e-mail subject or the apply link's address, companies only as a legal name
in a footer or about-us paragraph, on a message's last lines or in an applicant tracker's link,
agencies writing for an unnamed client, location lines that name a town or district, and section
headings typed with a slip of the fingers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.ingest.post_reading import must_skills as _must
from tests.ingest.post_reading import nice_skills as _nice
from tests.ingest.post_reading import read_post as _role

from worldhire.core.models import RemotePolicy
from worldhire.ingest.lexicon.post_sections import SectionKind
from worldhire.ingest.posts.detection import looks_like_post
from worldhire.ingest.posts.headings import heading_kinds, known_heading
from worldhire.ingest.posts.items import heading_kind
from worldhire.ingest.posts.places import city_in
from worldhire.ingest.posts.text import split_post
from worldhire.ingest.shared.edit_distance import edit_distance

# -- headings with typos -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("Requirment:", SectionKind.MUST),
        ("Qualifcations:", SectionKind.MUST),
        ("Requsitos", SectionKind.MUST),
        ("Requisistos", SectionKind.MUST),
        ("Responsabilites:", SectionKind.DUTIES),
        ("Responsabilides", SectionKind.DUTIES),
        ("Nice to hav:", SectionKind.NICE),
        ("Benifits:", SectionKind.OFFER),
        ("Wymagnia:", SectionKind.MUST),
    ],
)
def test_a_heading_typed_with_a_slip_names_its_section(typed: str, kind: SectionKind) -> None:
    assert heading_kind(typed) is kind


@pytest.mark.parametrize(
    "line", ["Python", "Kubernetes", "Deliveries", "Requests", "Bonuses paid quarterly", "Ofertas"]
)
def test_an_ordinary_word_is_no_heading_typo(line: str) -> None:
    assert known_heading(line.lower()) in (None, line.lower())
    assert heading_kind(line) is None or line.lower() in heading_kinds()


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6))
def test_a_short_word_is_a_heading_only_as_written(word: str) -> None:
    # a letter away from a short word is often another word ("plusem", "pluses")
    assert known_heading(word) in (None, word)
    if known_heading(word) is not None:
        assert word in heading_kinds()


def _reference_distance(a: str, b: str) -> int:
    """Optimal string alignment distance, the textbook table."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        table[i][0] = i
    for j in range(len(b) + 1):
        table[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1,
                              table[i - 1][j - 1] + (a[i - 1] != b[j - 1]))  # fmt: skip
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[len(a)][len(b)]


@given(st.text(alphabet="abcde ", max_size=12), st.text(alphabet="abcde ", max_size=12),
       st.integers(min_value=0, max_value=4))  # fmt: skip
def test_the_bounded_distance_is_the_distance_or_over_the_bound(a: str, b: str, limit: int) -> None:
    assert edit_distance(a, b, limit) == min(_reference_distance(a, b), limit + 1)


@given(st.sampled_from(sorted(p for p in heading_kinds() if len(p.replace(" ", "")) >= 11)),
       st.data())  # fmt: skip
def test_a_long_heading_missing_one_letter_keeps_its_kind_or_is_left_alone(
    phrase: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(min_value=1, max_value=len(phrase) - 1))
    typed = phrase[:at] + phrase[at + 1 :]
    known = known_heading(typed)
    if typed in heading_kinds():
        return  # the slip made another phrase
    assert known is None or heading_kinds()[known] is heading_kinds()[phrase]


def test_requirements_under_a_misspelt_heading_are_must_haves() -> None:
    role = _role(
        "Analytics Engineer\nKestrelpay Ltd.\n\nResponsabilites:\n- build the dbt models\n\n"
        "Requirment:\n- SQL\n- dbt\n- Snowflake\n\nNice to hav:\n- Airflow\n\n"
        "Benifits:\n- private health cover\n- 25 days of leave\n"
    )
    assert {"SQL", "dbt", "Snowflake"} <= _must(role)
    assert "Apache Airflow" in _nice(role)


def test_misspelt_post_headings_still_tell_a_post() -> None:
    text = (
        "HIRING: Warehouse Team Leader - Cebu\n\nLocation: Mandaue City (onsite)\n\n"
        "Qualifcations:\n- 2 years leading a warehouse team\n- basic Excel\n\n"
        "Benifits:\n- HMO from day 1\n- rice allowance\n\nSend your CV to jobs@tindahan.example\n"
    )
    assert looks_like_post(text)
    assert [s.kind for s in split_post(text).sections if s.heading][1:] == [
        SectionKind.MUST, SectionKind.OFFER,
    ]  # fmt: skip


# -- titles ----------------------------------------------------------------------------------------


def test_a_title_given_only_in_a_spanish_sentence() -> None:
    role = _role(
        "Somos una cooperativa agrícola de Murcia. Buscamos a un/a Analista de Datos Junior "
        "para el equipo de riego.\n\nRequisitos\n- SQL\n- Excel\n\nUbicación: Cartagena\n"
    )
    assert role.title == "Analista de Datos Junior"


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("Kami sedang mencari Kasir Toko untuk cabang Makassar.", "Kasir Toko"),
        ("Vaga para Pessoa Analista de Suporte Pleno, 100% remoto.",
         "Pessoa Analista de Suporte Pleno"),
        ("Clientul nostru, un retailer din Iași, caută un Contabil Senior pentru echipa de "
         "raportare.", "Contabil Senior"),
        ("Шукаємо QA-інженера/інженерку в команду мобільного банкінгу.",
         "QA-інженера/інженерку"),
    ],
)  # fmt: skip
def test_a_title_given_only_in_a_hiring_sentence(opening: str, title: str) -> None:
    role = _role(f"{opening}\n\nRequirements:\n- SQL\n- English\n\nSalary: 3000 USD/month\n")
    assert role.title == title


def test_a_subject_line_too_long_for_a_head_line_still_gives_the_title() -> None:
    role = _role(
        "Temat: Analityk Danych (k/m) – Poznań / hybrydowo – UoP do 14 000 zł brutto/mies.\n\n"
        "Cześć Aniu,\n\nszukamy osoby na stanowisko Analityka Danych w firmie logistycznej.\n\n"
        "Wymagania:\n- SQL\n- Power BI\n"
    )
    assert role.title == "Analityk Danych"  # the gender mark left out, as always


@pytest.mark.parametrize(
    ("link", "title"),
    [
        ("https://jobs.ats.example/kilimotech/senior-ml-engineer-remote-ke-0193",
         "Senior ML Engineer"),
        ("https://empleos.cafetal.example/busquedas/desarrollador-de-datos-hibrido-bogota",
         "Desarrollador de Datos"),
    ],
)  # fmt: skip
def test_a_title_only_in_the_apply_link(link: str, title: str) -> None:
    role = _role(
        "We're growing the team! 🌱\n\nYou'd build the ML models behind our ML-driven crop "
        f"advice.\n\nWhat matters to us:\n- Python\n- SQL\n\nApply here: {link}\n"
    )
    assert role.title == title


# -- companies ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("closing", "company"),
    [
        ("Sobre nosotros: Aceites y Conservas del Segura, S.A. de C.V. opera tres plantas.",
         "Aceites y Conservas del Segura, S.A. de C.V."),
        ("Jaén Olivar Digital, S.L. · CIF B12345678 · Polígono Los Olivares",
         "Jaén Olivar Digital, S.L."),
        ("A Sabiá Pagamentos Ltda. é uma fintech de Recife.", "Sabiá Pagamentos Ltda."),
        ("Time de Gente | Jatobá Varejo", "Jatobá Varejo"),
        ("Олена, HR у Смерека Софт", "Смерека Софт"),
        ("Hormat kami,\nHRD PT Kapuas Sinar Logistik", "PT Kapuas Sinar Logistik"),
    ],
)  # fmt: skip
def test_a_company_named_only_at_the_end(closing: str, company: str) -> None:
    role = _role(
        "Backend Developer (Go)\n\nWe need someone to build our payment services.\n\n"
        f"Requirements:\n- Go\n- PostgreSQL\n\n{closing}\n"
    )
    assert role.company == company


def test_a_company_only_in_an_applicant_tracker_s_link_and_a_hashtag() -> None:
    role = _role(
        "We're growing the data team! 🧠\n\nYou'd join 3 engineers in Accra building our credit "
        "models.\n\nWhat matters to us:\n- Python\n- SQL\n\n"
        "Apply: https://jobs.ats.example/mobilecedi/senior-data-engineer-remote\n\n"
        "#MobileCedi #hiring #Accra\n"
    )
    assert role.company == "MobileCedi"


def test_a_recruiter_s_headline_names_the_agency_not_the_client() -> None:
    role = _role(
        "Ioana Rusu • 2nd\nIT Recruiter la Carpați Talent | Conectez oameni și echipe\n\n"
        "Clientul nostru, un startup de logistică din Timișoara, caută un Backend Developer "
        "(f/m) pentru echipa de rutare.\n\nCe îți cerem:\n✅ Java\n✅ Spring Boot\n\n"
        "#angajam #java\n"
    )
    assert role.company == ""
    assert role.title.startswith("Backend Developer")


def test_an_announcement_line_is_no_company() -> None:
    role = _role(
        "*LOWONGAN KERJA PONTIANAK* 📢\n\nKami sedang mencari Admin Gudang untuk cabang kami.\n\n"
        "Syarat:\n✅ Bisa Microsoft Excel\n\nHormat kami,\nHRD CV Sinar Kapuas Abadi\n"
    )
    assert role.company == "CV Sinar Kapuas Abadi"


# -- where ---------------------------------------------------------------------------------------


def test_a_town_s_whole_name_outweighs_a_city_its_first_word_names() -> None:
    assert city_in("Ubicación: Santiago de Compostela (presencial)") == ("ES", "Europe/Madrid")
    assert city_in("Oficina en Santiago, Chile") == ("CL", "America/Santiago")


@pytest.mark.parametrize(
    ("line", "zone"),
    [
        ("Lokasi: Jl. Ahmad Yani No. 12, Banjarmasin", "Asia/Makassar"),
        ("Місце роботи: Вінниця, вул. Соборна", "Europe/Kyiv"),
        ("Miejsce pracy: Olsztyn", "Europe/Warsaw"),
        # an address's abbreviations end no sentence
        ("Địa điểm: Quận 7, TP. Hồ Chí Minh", "Asia/Ho_Chi_Minh"),
        ("Lokalizacja: al. Jerozolimskie 100, Warszawa", "Europe/Warsaw"),
        ("Місце роботи: м. Київ, вул. Хрещатик 1", "Europe/Kyiv"),
        ("Lokasi: Kab. Bekasi, Jawa Barat", "Asia/Jakarta"),
    ],
)
def test_a_location_line_gives_the_post_s_zone(line: str, zone: str) -> None:
    role = _role(
        f"Accountant\n{line}\n\nRequirements:\n- Excel\n- 2 years of bookkeeping\n\n"
        "Salary: 1500 USD per month\n"
    )
    assert role.timezone == zone
    assert role.remote_policy is RemotePolicy.ONSITE


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("Importante empresa del sector retail solicita Auxiliar Contable para su sede de "
         "Zapopan.", "Auxiliar Contable"),
        ("Se necesita Camarero/a con experiencia para terraza en Cádiz.", "Camarero/a"),
        ("Precisamos de Analista Financeiro para a nossa filial de Braga.", "Analista Financeiro"),
        ("Firma noastră angajează Șofer profesionist pentru transport intern.",
         "Șofer profesionist"),
        ("Потрібен Бухгалтер у виробничу компанію.", "Бухгалтер"),
    ],
)  # fmt: skip
def test_a_verb_that_often_asks_for_other_things_gives_a_title_when_it_names_a_role(
    opening: str, title: str
) -> None:
    role = _role(f"{opening}\n\nRequisitos:\n- Excel\n- 2 años de experiencia\n")
    assert role.title == title


def test_such_a_verb_before_no_role_gives_no_title() -> None:
    from worldhire.ingest.posts.hiring import hiring_title

    assert hiring_title("Se necesita experiencia con SQL y Power BI.") is None


@pytest.mark.parametrize(
    ("field", "company"),
    [
        ("Angajator: S.C. Dacia Trans S.R.L.", "S.C. Dacia Trans S.R.L."),
        ("Compañía: Vides del Maule SpA", "Vides del Maule SpA"),
        ("Роботодавець: ТОВ «Карпатські Ліси»", "ТОВ «Карпатські Ліси»"),
        ("Pracodawca: Bałtyckie Porty Sp. z o.o.", "Bałtyckie Porty Sp. z o.o."),
    ],
)
def test_who_hires_in_the_job_boards_own_words(field: str, company: str) -> None:
    role = _role(f"Data Analyst\n{field}\n\nRequirements:\n- SQL\n- Excel\n")
    assert role.company == company


def test_a_legal_form_before_and_after_the_name_in_an_about_us_paragraph() -> None:
    role = _role(
        "Operator call center\n\nCerințe:\n- limba engleză\n- Excel\n\n"
        "Despre noi\nS.C. Bistrița Contact S.R.L. oferă servicii de suport clienților din 2009.\n"
    )
    assert role.company == "S.C. Bistrița Contact S.R.L."


@pytest.mark.parametrize(
    ("line", "policy"),
    [
        ("Ubicación: Querétaro (presencial 4 días, home office los viernes)", RemotePolicy.HYBRID),
        ("Modalidade: presencial 3 dias por semana em Campinas", RemotePolicy.HYBRID),
        ("Trabajo presencial de lunes a viernes en Lima", RemotePolicy.ONSITE),
    ],
)
def test_some_days_in_the_office_is_hybrid(line: str, policy: RemotePolicy) -> None:
    from worldhire.ingest.posts.fields import remote_policy_of

    assert remote_policy_of(line) is policy


def test_the_employer_s_sector_after_a_dash_is_no_part_of_the_title() -> None:
    role = _role(
        "Data Engineer – Healthtech – Kraków (hybrid) – up to 24 000 PLN\n\n"
        "Our client, a healthtech in Kraków, needs a Data Engineer.\n\n"
        "What you'll need\n• Python\n• Airflow\n"
    )
    assert role.title == "Data Engineer"
    assert role.company == ""


@pytest.mark.parametrize(
    ("first", "title", "company"),
    [
        ("¡Estamos contratando! 🚀 Analista de Datos Sr. en Fintech Lumo (CDMX, esquema híbrido)",
         "Analista de Datos Sr.", "Fintech Lumo"),
        ("Analista de Datos Senior en Fintech Lumo", "Analista de Datos Senior", "Fintech Lumo"),
        ("Analista de Dados Pleno na Nubank", "Analista de Dados Pleno", "Nubank"),
    ],
)
def test_a_title_line_loses_the_hiring_cry_and_the_word_before_its_company(
    first: str, title: str, company: str
) -> None:
    role = _role(f"{first}\n\nLo que buscamos:\n- SQL avanzado\n- Power BI\n")
    assert (role.title, role.company) == (title, company)
