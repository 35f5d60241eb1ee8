"""A job post's title, company, time zone and hours as posters in the hiring regions write them
(helper postmeta27): zone abbreviations of South Asia and South America beside the client's
zone, a LinkedIn feed's marks above the author, a free zone or business park under the title,
and the employer a recruiter writes on behalf of."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import read_post

from worldhire.ingest.posts.fields import hours_in


def _post(hours: str) -> str:
    return f"Data Analyst\nCompany: Lumio Data\n\n{hours}\n\nRequirements:\n- SQL\n- Python\n"


@pytest.mark.parametrize(
    ("hours", "zone", "window"),
    [
        # the team's own clock, then the client's it serves
        ("Shift: 9 PM to 6 AM PKT (US Eastern hours)", "Asia/Karachi", (21.0, 6.0)),
        ("Timing: 10am-7pm PKT for our US client", "Asia/Karachi", (10.0, 19.0)),
        ("Office hours: 10:00-18:00 NPT (Sunday to Friday)", "Asia/Kathmandu", (10.0, 18.0)),
    ],
)
def test_hours_written_with_a_regions_zone_abbreviation_are_that_zones(
    hours: str, zone: str, window: tuple[float, float]
) -> None:
    role = read_post(_post(hours))
    assert role.timezone == zone
    assert (role.work_hours.start, role.work_hours.end) == window


def test_a_brazilian_clt_contract_names_no_chilean_zone() -> None:
    """In Brazil "CLT" is the labour code a job is hired under ("Regime CLT"), in nearly every
    post; it is no abbreviation of Chile's time."""
    role = read_post(_post("Regime de contratação: CLT, com vale-refeição"))
    assert role.timezone != "America/Santiago"


@pytest.mark.parametrize(
    "marks",
    [
        # a sponsored post: the network's mark between the author's name and headline
        ("Ayesha Malik\nPromoted\nTalent Acquisition Lead at Orbit Labs\n2d • Edited\n"),
        ("Ayesha Malik\nSponsored\nTalent Acquisition Lead at Orbit Labs\n"),
    ],
)
def test_a_feeds_promoted_mark_hides_no_authors_headline(marks: str) -> None:
    role = read_post(
        f"{marks}\nWe are hiring a Backend Engineer (Node.js)!\n"
        "Remote within Pakistan. Hours: 10:00-19:00 PKT.\nMust have: Node.js, PostgreSQL.\n"
    )
    assert role.title == "Backend Engineer (Node.js)"
    assert role.company == "Orbit Labs"



@pytest.mark.parametrize(
    ("head", "employer"),
    [
        ("Chef d'équipe entrepôt\nZone Franche de Ksar El Majaz\n\n"
         "Atlas Rayonnage SARL recrute un chef d'équipe pour son entrepôt.",
         "Atlas Rayonnage SARL"),
        ("Warehouse Supervisor\nKatunayake Export Processing Zone\n\n"
         "Serendib Knits (Pvt) Ltd is hiring a warehouse supervisor.",
         "Serendib Knits (Pvt) Ltd"),
    ],
)
def test_a_free_zone_under_the_title_is_a_place_not_the_company(head: str, employer: str) -> None:
    role = read_post(f"{head}\n\nProfil :\n- 3 ans en logistique\n- WMS\n")
    assert "Zone" not in role.company
    assert role.company == employer


def test_the_employer_a_recruiter_writes_on_behalf_of_is_the_company() -> None:
    role = read_post(
        "Subject: Exciting opportunity with a leading bank in Nairobi\n\nHi Wanjiru,\n\n"
        "I am reaching out on behalf of Mlima Holdings, who are hiring a Senior Data Analyst "
        "for their Nairobi office.\n\nRequirements:\n- 4+ years of SQL and Power BI\n\n"
        "Regards,\nBrian Otieno\nTalent Partner, Savanna Search Ltd\n"
    )
    assert role.company == "Mlima Holdings"
    assert role.title == "Senior Data Analyst"


@pytest.mark.parametrize("pin", ["🏢 ", "🏢 *", "👉 "])
def test_a_company_field_after_an_emoji_names_the_employer(pin: str) -> None:
    role = read_post(
        "Vagas Tech Brasil 🚀\n📌 Analista de Dados Pleno\n"
        f"{pin}Empresa: Jabuticaba Pagamentos\n🏠 100% remoto (Brasil)\n"
        "Requisitos: SQL, Python, Power BI\n"
    )
    assert role.company == "Jabuticaba Pagamentos"


@pytest.mark.parametrize(
    ("sentence", "window"),
    [
        # South Asian English says "timing" and "shift", and "till" for "to"
        ("Timing: 9 to 6 IST", (9.0, 18.0)),
        ("Shift timings: 10 to 7, Monday to Saturday", (10.0, 19.0)),
        ("Working hours: 9:00 till 18:00", (9.0, 18.0)),
        # Indonesian writes "s.d." or "s/d" (sampai dengan, "up to") between the hours
        ("Jam kerja 08.00 s.d. 17.00 WIB", (8.0, 17.0)),
        ("Jam kerja: 08.00 s/d 16.00", (8.0, 16.0)),
    ],
)
def test_hours_written_as_the_regions_write_them_are_the_teams(
    sentence: str, window: tuple[float, float]
) -> None:
    found = hours_in(sentence)
    assert found is not None
    assert found[0] == window


@pytest.mark.parametrize(
    "sentence",
    [
        "We have an opening for the position of Java Developer with one of our clients in Pune.",
        "We are hiring for the post of Java Developer at our Noida office.",
    ],
)
def test_the_position_of_a_role_is_the_roles_title(sentence: str) -> None:
    role = read_post(
        f"Dear Candidate,\n\nGreetings from Talentmatrix Consulting!\n\n{sentence}\n\n"
        "Experience: 4-7 years\nSkills: Core Java, Spring Boot, Microservices\n"
    )
    assert role.title == "Java Developer"


def test_a_free_zone_after_the_titles_dash_is_no_part_of_the_title() -> None:
    role = read_post(
        "Warehouse Supervisor – Katunayake Export Processing Zone\n\n"
        "Serendib Knits (Pvt) Ltd is hiring a warehouse supervisor.\n\n"
        "Requirements:\n- 3 years in logistics\n- WMS\n"
    )
    assert role.title == "Warehouse Supervisor"
