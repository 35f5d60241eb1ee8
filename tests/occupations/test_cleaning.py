from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.occupations.cleaning import clean_title


@pytest.mark.parametrize(("raw", "cleaned"), [
    ("Sr. Software Engineer II (Backend, Go) - Remote US", "software engineer backend"),
    ("CDL-A Truck Driver - Home Weekly $1,800/wk", "truck driver"),
    ("RN - ICU Nights", "registered nurse intensive care"),
    ("Sous Chef – Hotel opening!", "sous chef hotel"),
    ("Warehouse Associate - 1st Shift - $19/hr", "warehouse associate"),
    ("Registered Nurse (RN) - Med/Surg - $10K Sign-On Bonus", "registered nurse"),
    ("RN, Med-Surg, Full-Time Nights (Req #: 2024-11873)", "registered nurse medical surgical"),
    ("Barista (Starbucks) - Store #12345", "barista starbucks"),
    ("Staff Accountant - Hybrid", "accountant"),
    ("Bank Teller", "bank teller"),
    ("Night Auditor", "night auditor"),
    ("Contract Manager", "contract manager"),
    ("Waiter/Waitress - Immediate Start", "waiter"),
    ("Pflegefachkraft (m/w/d)", "registered nurse"),
    ("Softwareentwickler (m/w/d) Java", "software developer java"),
    ("Développeur Full Stack (H/F)", "developer full stack"),
    ("Enfermero/a - Urgencias - Turno de noche", "nurse emergency"),
    ("Ingeniero de datos", "data engineer"),
    ("Programista Python", "programmer python"),
    ("Kierowca kat. C+E – trasy krajowe", "driver truck domestic routes"),
    ("Kỹ sư phần mềm", "software engineer"),
    ("Водій категорії CE", "truck driver"),
    ("Tukang Las", "welder"),
    ("Ospătar / Ospătăriță", "waiter"),
    ("Director, Analytics and Data Science", "director analytics and data science"),
    ("Manager, Software Engineering", "manager software engineering"),
    ("Data Entry Operator - Entry Level", "data entry operator"),
])
def test_titles_lose_their_noise_and_keep_the_occupation(raw: str, cleaned: str) -> None:
    assert clean_title(raw) == cleaned


def test_capital_abbreviations_expand_only_in_capitals() -> None:
    assert clean_title("PE Teacher") == "physical education teacher"
    assert "physical" not in clean_title("Operator pe stivuitor")


def test_a_title_of_noise_alone_falls_back_to_its_own_words() -> None:
    assert clean_title("Full Time") == "full time"
    assert clean_title("") == ""


@given(st.text(max_size=120))
def test_cleaning_never_fails_and_never_empties_a_title_with_words(raw: str) -> None:
    cleaned = clean_title(raw)
    assert isinstance(cleaned, str) and cleaned == cleaned.lower().strip()
    if any(c.isalnum() for c in raw):
        assert cleaned
