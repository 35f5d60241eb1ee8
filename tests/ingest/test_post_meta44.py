"""Post titles, companies and work modes as Italian, Spanish and Vietnamese writers give them
(helper meta44)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.ingest.post_reading import read_post

from worldhire.core.models import RemotePolicy
from worldhire.ingest.posts.detection import post_evidence
from worldhire.ingest.posts.text import split_post
from worldhire.ingest.posts.title import title_of, trim_title


def test_vietnamese_typed_without_diacritics_does_not_speak_to_a_reader() -> None:
    # "Tu" (từ: since), "Kinh te" (kinh tế: economics), "sua chua" (sửa chữa: repair) are
    # Vietnamese syllables, not the Romance "you" of a post
    resume = (
        "Le Thi Hoa\n"
        "Ke toan tong hop\n"
        "Tu 2020 den nay: Cong ty TNHH Thuc pham Binh Minh, Da Nang\n"
        "Tu 2017 den 2020: Cong ty Co phan Van tai Song Han\n"
        "Hoc van: Cu nhan Kinh te, Dai hoc Kinh te Da Nang\n"
        "Ky nang: Excel, MISA, sua chua so sach\n"
        "Muc tieu: lam viec lau dai trong nganh kinh te\n"
    )
    assert post_evidence(resume).post == 0


def test_an_italian_message_still_speaks_to_its_reader_with_ti_and_te() -> None:
    message = (
        "Ciao Sara, ti scrivo per una posizione da noi. Te ne parlo volentieri: "
        "tu hai il profilo giusto e ti offriamo un contratto stabile."
    )
    assert post_evidence(message).post >= 2


@given(
    st.sampled_from(["cerchiamo", "stiamo cercando", "ricerchiamo"]),
    st.sampled_from(["un", "una", "un/una"]),
    st.sampled_from(["Data Analyst", "Backend Developer", "Ingegnere di processo"]),
)
def test_an_italian_hiring_sentence_ends_the_title_at_che(
    verb: str, article: str, role: str
) -> None:
    # "che" (who) goes on about the hire, as "who" and "que" do
    post = read_post(
        "Ciao Paolo,\n\n"
        f"in Orto Digitale {verb} {article} {role} che conosca bene SQL e abbia "
        "lavorato almeno due anni con Looker.\n\n"
        "Offriamo una RAL tra 38.000 e 44.000 euro e due giorni a settimana da casa.\n\n"
        "Se ti interessa, rispondimi pure.\n\nElena\n"
    )
    assert post.title == role


@pytest.mark.parametrize(
    "title",
    [
        "Operatore/Operatrice Call Center Inbound",
        "Programmatore PLC",
        "Consulente Commerciale Junior",
        "Cameriere di sala",
        "Responsabile Amministrativo",
    ],
)
def test_an_italian_board_heading_naming_the_job_is_the_title(title: str) -> None:
    # the board's heading, not the plural the body's hiring sentence uses ("cerchiamo operatori")
    post = read_post(
        "Lavoro  |  Offerte  |  Aziende  |  Accedi\n\n"
        f"{title}\n"
        "Girasole Servizi S.r.l.\n"
        "Pescara · Tempo indeterminato · Full time\n\n"
        "Descrizione dell'offerta\n"
        "Per la nostra sede di Pescara cerchiamo operatori da inserire nel team.\n\n"
        "Requisiti\n"
        "- Diploma di scuola superiore\n"
        "- Buona conoscenza del pacchetto Office\n\n"
        "Cosa offriamo\n"
        "Contratto a tempo indeterminato, 1.600 € lordi al mese, lavoro in sede.\n"
    )
    assert post.title == title


@given(
    st.sampled_from(["Lohnbuchhalter/in", "Contable", "Comptable", "Data Analyst", "Magazziniere"]),
    st.sampled_from(
        [
            "in Teilzeit",
            "in Vollzeit oder Teilzeit",
            "a tiempo completo",
            "à temps partiel",
            "full-time",
            "a tempo pieno",
        ]
    ),
)
def test_the_working_time_after_a_title_is_no_part_of_it(role: str, time: str) -> None:
    assert trim_title(f"{role} {time}")[0] == role


@pytest.mark.parametrize(
    "notice",
    [
        "VACANCY ANNOUNCEMENT",
        "JOB ADVERTISEMENT",
        "INTERNAL VACANCY NOTICE",
        "AVIS DE RECRUTEMENT",
        "Ogłoszenie o pracę",
    ],
)
def test_a_notice_naming_itself_over_the_vacancy_is_no_company(notice: str) -> None:
    post = read_post(
        f"{notice}\n\n"
        "POSITION: STORES OFFICER\n"
        "DUTY STATION: Tamale\n\n"
        "Duties and responsibilities\n"
        "- Keep the stock ledger up to date\n"
        "- Count the stores at each month's end\n\n"
        "Requirements\n"
        "- HND in Purchasing and Supply\n"
        "- Two years of experience with Sage 50\n\n"
        "How to apply: send a cover letter and CV to recruit@example.org by 14 March.\n"
    )
    assert post.company == ""


def test_a_post_that_says_nothing_of_remote_work_is_onsite() -> None:
    # a town no gazetteer holds gives no workplace, yet nothing says the work may be done away
    post = read_post(
        "Buscamos Encargado/a de Turno para nuestra planta de envasado en Villa Astolfi\n\n"
        "En Lácteos del Sauce producimos yogures y postres para tres provincias. Necesitamos a "
        "alguien que coordine al equipo de la línea 2.\n\n"
        "Lo que buscamos: que tengas al menos 3 años coordinando equipos de producción y que "
        "manejes Excel.\n\n"
        "Ofrecemos relación de dependencia, comedor en planta y transporte desde la estación.\n"
    )
    assert post.remote_policy == RemotePolicy.ONSITE


def test_a_freelance_project_that_says_nothing_of_remote_work_is_remote() -> None:
    post = read_post(
        "Clean up and automate our monthly sales report in Google Sheets\n"
        "Budget $200 - $400 USD\n"
        "Bids: 14\n\n"
        "Hi freelancers, we are a small bakery chain. Every month we copy sales from Square into "
        "a sheet by hand. We need Apps Script that pulls the data and builds the charts.\n\n"
        "Skills: Google Sheets, Apps Script\n"
    )
    assert post.remote_policy == RemotePolicy.REMOTE


def test_a_boards_lines_run_together_are_no_title_cut_at_its_working_time() -> None:
    # A remote board prints the title, its date, the working time and the region on lines of
    # their own: the title is the first of them, not the run cut after "Full-Time".
    page = (
        "We Hire Remotely\nRemote Jobs   Top Remote Companies   Post a Job - $199\n\n"
        "Blue Heron Analytics\nLisbon, Portugal\nhttps://blueheron.example.pt\n"
        "View company profile\n\n"
        "Platform Reliability Engineer\nPosted Mar 3\nFull-Time\nAnywhere in the World\n"
        "$60,000 - $80,000 USD\n\nAPPLY FOR THIS POSITION\n\n"
        "Blue Heron Analytics builds forecasting software for 300 ports, and we are hiring a "
        "Platform Reliability Engineer to keep it running.\n"
    )
    assert title_of(split_post(page)) == "Platform Reliability Engineer"
