"""Titles and companies as the writers of posts16 put them: the role named only after the
company's story, a social author line or a message's sender above the post, the team before the
role in a hiring phrase, a recruiter for an unnamed client, the writer's own job at the company,
and chips that are no employer (a contract, a date, a funding stage)."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import read_post as _role

_REQUIREMENTS = "\n\nRequirements:\n- Python\n- SQL\n\nSalary: 4000 USD/month\n"


def test_a_role_named_after_the_story_ends_at_its_sentence() -> None:
    role = _role(
        "Four years ago Mbegu started selling seed to 300 farmers near Eldoret. Today it is "
        "30,000 farmers, and our forecasts cannot keep up, so we need someone to own them: a "
        "Lead Data Scientist.\n\nYou'd join a team of five." + _REQUIREMENTS
    )
    assert role.title == "Lead Data Scientist"


def test_an_x_author_line_is_neither_title_nor_company() -> None:
    role = _role(
        "Tomás Ferreira @tomasf · Mar 4\nwe're hiring at @pampalytics\n\n1/ Pampalytics "
        "prices crop insurance for Argentine farmers. title is Senior Backend Engineer, you'd "
        "own our pricing API\n\n2/ jobs@pampalytics.example" + _REQUIREMENTS
    )
    assert role.title == "Senior Backend Engineer"
    assert role.company == "Pampalytics"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Dafür suchen wir ab sofort Verstärkung als Werkstudent Controlling (m/w/d).",
         "Werkstudent Controlling"),
        ("Тому шукаємо в команду QA Engineer (Middle), який(а) налаштує тести.",
         "QA Engineer (Middle)"),
        ("Dlatego szukamy do zespołu Analityka Danych, który pokocha SQL.", "Analityka Danych"),
    ],
)  # fmt: skip
def test_the_team_before_the_role_is_no_part_of_the_title(sentence: str, title: str) -> None:
    role = _role(f"Wir wachsen, und die Arbeit wächst mit.\n\n{sentence}" + _REQUIREMENTS)
    assert role.title == title


@pytest.mark.parametrize(
    "opening",
    [
        "We have an opening with one of our MNC clients for the below position.",
        "Chciałabym zaproponować rozmowę o roli u naszego Klienta – firmy z branży FMCG.",
    ],
)
def test_a_recruiter_for_an_unnamed_client_names_no_company(opening: str) -> None:
    role = _role(
        f"Priya Menon · 10:05 AM\nSubject: Data Analyst || Chennai\n\nDear Candidate,\n\n{opening}"
        "\n\nPosition: Data Analyst\nLocation: Chennai" + _REQUIREMENTS
        + "\nThanks & Regards,\nPriya Menon\nTalent Acquisition\nHireloop Consulting Pvt. Ltd.\n"
    )
    assert role.title == "Data Analyst"
    assert role.company == ""


def test_the_writer_names_the_company_with_their_own_job() -> None:
    role = _role(
        "Привіт! Це Оксана, Head of Data в Смерічка 👋\n\nМи робимо облік для аптек. Тому шукаємо "
        "в команду Data Analyst (Junior)." + _REQUIREMENTS
    )
    assert role.company == "Смерічка"


@pytest.mark.parametrize("chip", ["CDI", "Dec 2", "Series B", "B2B"])
def test_a_chip_beside_the_title_is_no_company(chip: str) -> None:
    role = _role(f"Data Engineer\n{chip} · Remote\n\nAbout the role\nYou will build pipelines."
                 + _REQUIREMENTS)
    assert role.company != chip


def test_a_heading_in_capitals_holding_the_field_title_names_no_company() -> None:
    role = _role(
        "🔥 TUYỂN GẤP NHÂN VIÊN KẾ TOÁN – LÀM VIỆC TẠI QUẬN 3 🔥\n\nCông ty TNHH Hoa Lan Việt "
        "cần tuyển:\n📌 Vị trí tuyển dụng: Nhân viên kế toán\n📌 Mức lương: 12 – 14 triệu/tháng"
        "\n\nYêu cầu:\n- Thành thạo Excel\n"
    )
    assert role.title == "Nhân viên kế toán"
    assert role.company == "Công ty TNHH Hoa Lan Việt"
