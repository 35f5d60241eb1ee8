"""Posts as companies and recruiters write them (batch dev-posts-as-written): a visa said to be
needless, a shift in its own zone to overlap another, a table of must-haves beside good-to-haves, a
long sentence leading into a list, welcomes that open their sentence, title fields typed with a
dash, and companies named only beside the sender, in a sign-off, in "Join the team at" or in a
possessive."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import must_skills as _must
from tests.ingest.post_reading import nice_skills as _nice
from tests.ingest.post_reading import read_post as _role

from worldhire.core.models import RemotePolicy
from worldhire.ingest.posts.fields import overlap_in, remote_policy_of, visa_in
from worldhire.ingest.posts.places import zone_in


@pytest.mark.parametrize(
    "sentence",
    [
        "It's a contractor role paid in USD; since you'd work from Peru, no visa is needed.",
        "No visa needed since it's fully remote.",
        "You won't need a visa: you work from home in Kenya.",
    ],
)
def test_a_visa_said_to_be_needless_is_neither_offered_nor_refused(sentence: str) -> None:
    assert visa_in(sentence) is None


def test_a_refused_visa_is_still_refused() -> None:
    assert visa_in("We can't sponsor a visa for this role.") is False


def test_a_shift_in_its_own_zone_to_overlap_another_is_the_hire_s_hours() -> None:
    found = overlap_in(
        "Shift: 7:00 PM to 4:00 AM IST, to overlap with our client's business day in Dallas."
    )
    assert found is not None
    assert (found.hours, found.zone, found.window) == (9.0, "Asia/Kolkata", (19.0, 4.0))


def test_a_window_in_the_zone_it_overlaps_keeps_that_zone() -> None:
    found = overlap_in("You need to overlap 10am-2pm PT with the product team.")
    assert found is not None
    assert (found.hours, found.zone) == (4.0, "America/Los_Angeles")


def test_a_table_of_must_haves_beside_good_to_haves_reads_each_column() -> None:
    role = _role(
        "## Hiring: Robotics Engineer @ Kestrel Drones\n\n"
        "We build drones that inspect wind turbines. Send your CV to jobs@kestrel.example\n\n"
        "| Must have | Good to have |\n|---|---|\n| Python | Docker |\n| OpenCV | TensorRT |\n"
    )
    assert {"Python", "OpenCV"} <= _must(role)
    assert {"Docker", "TensorRT"} <= _nice(role)
    assert not {"Docker", "TensorRT"} & _must(role)


def test_a_long_sentence_leading_into_a_list_heads_the_requirements() -> None:
    role = _role(
        "Data Scientist\nPelorus Grid\nRemote - US\n\nAbout the role\n"
        "You'll own our demand models.\n\n"
        "You might thrive in this role if you have:\n- 3+ years with Python\n- pandas and SQL\n\n"
        "We are unable to sponsor work visas."
    )
    assert {"Python", "pandas", "SQL"} <= _must(role)


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
        ("Plus if you know Kubernetes.", "Kubernetes"),
        ("Schön wäre: Erfahrung mit Kubernetes.", "Kubernetes"),
        ("Ce serait top si tu connais Kubernetes.", "Kubernetes"),
        ("Fajnie, jeśli znasz też Kubernetes.", "Kubernetes"),
        ("Nice if you have: basic Kubernetes.", "Kubernetes"),
    ],
)
def test_welcomes_that_open_their_sentence_make_a_nice_to_have(sentence: str, skill: str) -> None:
    role = _role(
        "Backend Engineer (Go)\nHarrow Labs · Berlin\n\nRequirements\n- Go\n- PostgreSQL\n\n"
        f"{sentence}\n\nApply at jobs@harrowlabs.example"
    )
    assert skill in _nice(role)
    assert skill not in _must(role)


def test_a_title_field_typed_with_a_dash_is_the_title_and_its_label_no_company() -> None:
    role = _role(
        "Position – Platform Engineer\nLocation – Remote (EU)\n\n"
        "What we expect\nYou have run Kubernetes in production for 3 years.\n"
    )
    assert role.title == "Platform Engineer"
    assert role.company != "Position"


@pytest.mark.parametrize(
    ("closing", "company"),
    [
        ("Regards,\nAsha R | TA Team | Meridian Analytics", "Meridian Analytics"),
        ("Best,\nHannah Okafor\nVP Engineering, Lanternfish", "Lanternfish"),
        ("— Ada, cofounder @ Tinplate", "Tinplate"),
    ],
)
def test_the_company_beside_or_under_the_sender_is_the_employer(closing: str, company: str) -> None:
    role = _role(
        "we're looking for a data engineer to join us. you'd own our pipelines; "
        "must be solid with SQL (2+ yrs).\n\n"
        f"{closing}"
    )
    assert role.company == company


@pytest.mark.parametrize(
    ("opening", "company"),
    [
        ("# Support Team Lead\n\nJoin the team at Safiri Pay and lead our agents.", "Safiri Pay"),
        ("We're hiring a founding ML engineer to help build Fennel Bio's design platform.",
         "Fennel Bio"),
    ],
)
def test_a_company_named_only_in_prose(opening: str, company: str) -> None:
    role = _role(f"{opening}\n\nWhat you bring\n- 3+ years with Python\n- SQL\n")
    assert role.company == company


def test_a_skill_spelled_like_a_web_address_names_no_company() -> None:
    role = _role(
        "Oferta: Desarrollador/a Full Stack (Node + React) – Madrid\n\n"
        "Desde una agencia buscamos para importante consultora un/a desarrollador/a.\n\n"
        "Requisitos:\n- Node.js y React\n- TypeScript\n"
    )
    assert role.company != "Node"


def test_an_indonesian_legal_form_is_no_pacific_time() -> None:
    assert zone_in("Backend Engineer – PT Kopi Awan Nusantara") is None
    assert zone_in("overlap until 10am PT") == "America/Los_Angeles"


def test_bullets_below_a_field_line_and_a_blank_line_are_the_post_s_list() -> None:
    role = _role(
        "Data Engineer – Payments\nCompany: Quillfern\nLocation: Remote (Americas)\n\n"
        "- 4+ yrs building pipelines\n- Python, Airflow\n- nice: Kafka\n- comp: USD 150-180k\n"
    )
    assert {"Python", "Apache Airflow"} <= _must(role)
    assert "Apache Kafka" in _nice(role)


@pytest.mark.parametrize(
    "welcome",
    ["If you've worked with Figma, that's a real plus.", "Figma skills are welcome too."],
)
def test_a_welcome_said_after_the_skill(welcome: str) -> None:
    role = _role(
        f"Frontend Engineer\nMoonwort · Toronto\n\nRequirements\n- React\n- TypeScript\n\n{welcome}"
    )
    assert "UI/UX design" in _nice(role)  # Figma links to its practice
    assert not _must(role) & {"UI/UX design"}


def test_the_sender_s_job_under_the_sign_off_is_no_requirement() -> None:
    role = _role(
        "Hi Ravi,\n\nRole: Senior Data Engineer\nLocation: Remote (India)\n\n"
        "Key requirements:\n1. Strong SQL\n2. Databricks\n\n"
        "Thanks & Regards,\nNeha B\nSenior Talent Acquisition Partner\nKorvanta Data Pvt. Ltd.\n"
    )
    assert "recruit employees" not in _must(role)
    assert {"SQL", "Databricks"} <= _must(role)


def test_a_chat_post_s_requirements_follow_its_hiring_sentence() -> None:
    role = _role(
        "hey all — we're looking for a data engineer to join us full time.\n\n"
        "we use dbt and bigquery. must be solid with SQL and have built ETL pipelines (2+ yrs)."
        "\n\n— Ada, cofounder @ Pillvault"
    )
    assert "SQL" in _must(role)
    assert role.company == "Pillvault"


def test_onsite_some_days_a_week_with_the_place_between_is_hybrid() -> None:
    assert remote_policy_of("Onsite in South San Francisco, 4 days a week.") is RemotePolicy.HYBRID
    assert remote_policy_of("Onsite in Lagos, Monday to Friday.") is RemotePolicy.ONSITE
