"""A job post's title, company and logistics as boards, agencies, founders and chat groups write
them (batch dev-post-meta): the title in capitals, below an "About us" paragraph or a board's
menu, inside an Indonesian or German hiring sentence, after "The role:"; the company as a legal
name cut by a stop or in quotes, in a founder's closing line, or unnamed behind an agency; field
labels typed with a slip; a visa word joined by a hyphen; a zone's abbreviation beside its
offset; and a post never refused for where its title sits."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import read_post

from worldhire.core.geo.regions import named_regions
from worldhire.core.models import RemotePolicy
from worldhire.ingest.errors import NotAResumeError
from worldhire.ingest.posts.allowed import allowed_countries_of
from worldhire.ingest.posts.fields import pay_in, remote_policy_of, visa_in
from worldhire.ingest.posts.labels import mend_field_labels
from worldhire.ingest.posts.places import zone_in
from worldhire.ingest.posts.title_case import as_written_title


def test_a_title_below_an_about_us_paragraph_is_found_and_the_post_read() -> None:
    role = read_post(
        "O nas\nJesteśmy Kodrex Sp. z o.o. – krakowskim software housem, który tworzy systemy "
        "dla sieci handlowych.\n\nANALITYK DANYCH / DATA ANALYST\n\nWymagania\n- SQL\n"
        "- Power BI\n"
    )
    assert (role.title, role.company) == ("Analityk Danych / Data Analyst", "Kodrex Sp. z o.o.")


@pytest.mark.parametrize(
    "menu",
    ["StepStone | Jobs finden | Gehaltsplaner | Anmelden",
     "Welcome to the Jungle · Offres d'emploi · Entreprises · Se connecter"],
)  # fmt: skip
def test_a_board_s_menu_is_no_title(menu: str) -> None:
    role = read_post(
        f"{menu}\n\nÜber uns\nDie Nordlicht Analytics GmbH entwickelt Prognosesoftware.\n\n"
        "Senior Data Scientist (m/w/d)\n\nDein Profil\n- Python\n- SQL\n"
    )
    assert role.title == "Senior Data Scientist"  # (the gender mark is no part of it)


def test_a_row_of_fields_naming_no_role_still_titles_a_post() -> None:
    role = read_post("Bookkeeper (part-time) | Remote | Philippines only\n\n- Xero\n- Excel\n")
    assert role.title.startswith("Bookkeeper")


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("SENIOR DATA ENGINEER", "Senior Data Engineer"),
        ("ML ENGINEER (COMPUTER VISION)", "ML Engineer (Computer Vision)"),
        ("ENGENHEIRO(A) DE DADOS PLENO", "Engenheiro(a) de Dados Pleno"),
        ("DÉVELOPPEUR·EUSE PYTHON SENIOR", "Développeur·euse Python Senior"),
        ("INGENIERO/A DE MACHINE LEARNING (NLP)", "Ingeniero/a de Machine Learning (NLP)"),
        ("SR. MLOPS ENGINEER", "Sr. MLOps Engineer"),
        ("AI/ML ENGINEER II", "AI/ML Engineer II"),
        ("CFO", "CFO"),
        ("Data Engineer", "Data Engineer"),
    ],
)  # fmt: skip
def test_a_title_in_capitals_is_written_as_a_reader_writes_it(written: str, read: str) -> None:
    assert as_written_title(written, "Experience with MLOps tooling and NLP.") == read


def test_a_shouted_title_keeps_the_acronyms_the_post_writes() -> None:
    role = read_post("🔥 Шукаємо ML ENGINEER (CV) у команду!\n\nЩо потрібно:\n- Python\n- CV\n")
    assert "ML Engineer (CV)" in role.title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("PT Samudra Awan Digital Tbk membuka lowongan untuk posisi SENIOR DATA ENGINEER untuk tim "
         "platform data kami.\n\nKualifikasi:\n✔️ Pengalaman minimal 4 tahun sebagai data engineer\n"
         "✔️ Python\n", "Senior Data Engineer"),
        ("Halo teman-teman!\n\nTahun ini kami tumbuh 3x lipat. Kami lagi cari Machine Learning "
         "Engineer buat bangun sistem rekomendasi.\n\nYang kami cari:\n- Python\n- SQL\n",
         "Machine Learning Engineer"),
        ("Wir suchen Verstärkung! 🚀\n\nFür unser Team in München suchen wir ab sofort eine:n "
         "MLOps Engineer (m/w/d). Wir bauen eine Plattform.\n\nWas du mitbringst:\n→ Kubernetes\n",
         "MLOps Engineer"),
        ("We're hiring! 👇\n\nAt Tidewater Labs Pte. Ltd. we build document AI.\n\nThe role: "
         "Senior NLP Engineer\n\nWhat you'll need:\n- Python\n", "Senior NLP Engineer"),
        ("Objet : Poste de Data Scientist – client secteur bancaire – Lyon (hybride)\n\nBonjour "
         "Julien,\n\nLe profil :\n- Python\n- SQL\n", "Data Scientist"),
    ],
)  # fmt: skip
def test_a_title_a_hiring_sentence_or_a_label_names(text: str, title: str) -> None:
    assert read_post(text).title == title


def test_a_post_with_no_title_anywhere_is_kept_with_none() -> None:
    role = read_post("Requisitos:\n- 3 años de experiencia en Python\n- SQL\n\nOfrecemos: remoto.")
    assert role.title == "" and role.title_missing
    with pytest.raises(NotAResumeError):
        read_post("hello there")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("We're hiring! 👇\n\nAt Tidewater Labs Pte. Ltd. we build document AI for shipping.\n\n"
         "The role: Senior NLP Engineer\n\nNeeds:\n- Python\n", "Tidewater Labs Pte. Ltd."),
        ("Wir suchen eine:n MLOps Engineer (m/w/d).\n\nProfil:\n→ Kubernetes\n\n"
         "– Jonas, Gründer von Quellwerk AI\n", "Quellwerk AI"),
        ("🔥 Шукаємо ML Engineer у команду ТОВ «Сигма Віжн»!\n\nЩо потрібно:\n- Python\n",
         "ТОВ «Сигма Віжн»"),
        ("Тема: Вакансія Data Analyst (Middle)\n\nДобрий день, Олено!\n\nОчікуємо:\n• SQL\n\n"
         "З повагою,\nІрина Мельник\nрекрутерка\nТОВ «Дніпро Аналітикс»\n",
         "ТОВ «Дніпро Аналітикс»"),
        ("🚀 ¡¡ESTAMOS BUSCANDO DATA SCIENTIST SEMI SENIOR!! 🚀\n\nDesde Talentia RRHH estamos "
         "apoyando a una importante fintech argentina en la búsqueda.\n\nRequisitos:\n- Python\n",
         ""),
        # a bullet that ends "... в USD" is no signature
        ("QA Engineer\nКарпатський Код · Лише віддалено · Україна\n\nВимоги:\n- Playwright\n\n"
         "Що пропонуємо:\n- ФОП, оплата в USD\n", "Карпатський Код"),
    ],
)  # fmt: skip
def test_companies_as_posts_name_them(text: str, company: str) -> None:
    assert read_post(text).company == company


def test_field_labels_typed_with_a_slip_are_read() -> None:
    role = read_post(
        "Wellfound  |  Jobs  |  Startups  |  Log in\n\nSENIOR DATA ENGINEER – AI PLATFORM\n\n"
        "Compny: Harbourline Analytics Ltd\nLocaton: Remote (EMEA)\nSalery: £70,000 - £85,000\n"
        "Working hours: you'll need at least 3 hours overlap with UK time.\n\n"
        "Requirements\n- Python\n- SQL\n"
    )
    assert role.company == "Harbourline Analytics Ltd"
    assert role.title == "Senior Data Engineer – AI Platform"
    assert role.budget is not None and role.budget.currency == "GBP"
    assert role.min_overlap_hours == 3  # a sentence under "Working hours:" refuses nothing


@pytest.mark.parametrize(
    ("line", "mended"),
    [
        ("Compny: Acme", "Company: Acme"), ("Locaton: Remote", "Location: Remote"),
        ("**Locaização:** Campinas", "**Localização:** Campinas"),
        ("Lokalizcja: Kraków", "Lokalizacja: Kraków"),
        # plurals and other words of a stem are no typos
        ("Clients: banks", "Clients: banks"), ("Companies: Acme", "Companies: Acme"),
        ("Skill: Python", "Skill: Python"), ("Remote: yes", "Remote: yes"),
    ],
)  # fmt: skip
def test_mended_field_labels(line: str, mended: str) -> None:
    assert mend_field_labels(line) == mended


def test_a_hyphenated_visa_word_is_no_field() -> None:
    role = read_post(
        "Senior Data Scientist (m/w/d)\n\nDein Profil\n- Python\n\nWas wir bieten\n"
        "- Visa-Sponsoring möglich, wenn du nach Deutschland ziehen möchtest\n"
    )
    assert role.visa_sponsorship is True
    assert role.remote_policy is not RemotePolicy.HYBRID


def test_an_abbreviation_beside_its_offset_names_the_place_s_zone() -> None:
    assert zone_in("At least 4 hours overlap with SGT (UTC+8)") == "Asia/Singapore"
    assert zone_in("overlap with EST (UTC+8)") == "Etc/GMT-8"  # they disagree: the offset


def test_a_case_for_candidates_outside_a_country_excludes_nobody() -> None:
    sentences = ["Trabajo remoto desde LATAM",
                 "$55,000 MXN mensuales (o su equivalente en USD si estás fuera de México)"]
    assert "MX" in allowed_countries_of(sentences)
    assert "VE" not in allowed_countries_of(["Remoto desde LATAM, fuera de Venezuela"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nous accompagnons les démarches de visa et de titre de séjour.", True),
        ("Nous pouvons prendre en charge votre visa.", True),
        ("Pomagamy w uzyskaniu wizy i pozwolenia na pracę.", True),
        ("Wir unterstützen bei Visum und Umzug.", True),
        ("Visa : non", False),
        ("Parrainage de visa : oui", True),
        ("Vous devez disposer d'une autorisation de travail en France.", False),
    ],
)  # fmt: skip
def test_visa_sentences_in_french_polish_and_german(sentence: str, expected: bool) -> None:
    assert visa_in(sentence) is expected


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("Mobiles Arbeiten bis zu 60 %", RemotePolicy.HYBRID),
        ("Modalidad semipresencial", RemotePolicy.HYBRID),
        ("Modalidad: Mixta", RemotePolicy.HYBRID),
        ("Trabajo en sitio en Monterrey", RemotePolicy.ONSITE),
        ("Präsenz im Büro in München", RemotePolicy.ONSITE),
    ],
)  # fmt: skip
def test_work_modes_as_german_and_spanish_posts_write_them(
    text: str, policy: RemotePolicy
) -> None:
    assert remote_policy_of(text) is policy


def test_an_offset_s_own_gmt_names_no_london_time() -> None:
    assert zone_in("4 hours overlap with GMT+1") == "Etc/GMT-1"


@pytest.mark.parametrize(
    ("sentence", "currency", "amount"),
    [
        ("Rémunération : 350 000 FCFA net/mois", "XOF", 350_000),
        ("Salaire : 1 500 000 F CFA net par mois", "XOF", 1_500_000),
        ("Salaire : 8 000 DH net par mois", "MAD", 8_000),
        ("Rémunération : 55 000 $ CA par année", "CAD", 55_000),
    ],
)  # fmt: skip
def test_pay_in_the_currencies_french_posts_name(
    sentence: str, currency: str, amount: int
) -> None:
    pay = pay_in(sentence)
    assert pay is not None and (pay.currency, pay.high) == (currency, amount)


def test_certifications_are_no_currency() -> None:
    assert pay_in("Certification CFA niveau 2 appréciée") is None


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("Posisi ini khusus Warga Negara Indonesia", {"ID"}),
        ("Only citizens of Kenya may apply", {"KE"}),
        ("Kandidat dari wilayah ASEAN", set(named_regions()["SOUTHEAST-ASIA"])),
    ],
)  # fmt: skip
def test_citizens_of_a_country_and_asean(sentence: str, countries: set[str]) -> None:
    assert set(allowed_countries_of([sentence])) == countries


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        ("Kim jesteśmy?\nW Zielona Dolina Tech budujemy aplikacje dla rolników.\n\n"
         "Stanowisko: Analityk Danych\n\nWymagania:\n- SQL\n", "Analityk Danych",
         "Zielona Dolina Tech"),
        ("Sobre nosotros\nEn Pampa Data desarrollamos software para el agro.\n\n"
         "Puesto: Data Engineer\n\nRequisitos:\n- SQL\n", "Data Engineer", "Pampa Data"),
        ("Ogłoszenie: Księgowa\nPracodawca: Biuro Rachunkowe Bilans s.c.\n\nWymagania:\n- Excel\n",
         "Księgowa", "Biuro Rachunkowe Bilans s.c."),
        # a place where "we" work is no company
        ("En México buscamos Analista de Datos.\n\nRequisitos:\n- SQL\n", "Analista de Datos", ""),
    ],
)  # fmt: skip
def test_the_company_where_we_work_and_an_announcement_label(
    text: str, title: str, company: str
) -> None:
    role = read_post(text)
    assert (role.title, role.company) == (title, company)


def test_a_legal_form_read_alone_takes_its_quoted_name() -> None:
    assert read_post("Шукаємо бухгалтера в ТОВ «Агро Світ»\n\nВимоги:\n- 1С\n").company == (
        "ТОВ «Агро Світ»"
    )


def test_a_polish_title_keeps_the_stop_of_ds_and_a_company_that_zatrudni() -> None:
    role = read_post(
        "Firma Kodomat poszukuje osoby na stanowisko Specjalista ds. płac\n\nWymagania:\n- Excel\n"
    )
    assert (role.title, role.company) == ("Specjalista ds. płac", "Kodomat")
    assert read_post("Firma Kodomat zatrudni Księgową\n\nWymagania:\n- Excel\n").company == (
        "Kodomat"
    )
