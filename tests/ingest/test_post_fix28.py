"""Post errors left by the last round (helper postfix28): 12-hour clock times with minutes."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import read_post


def _post(hours: str) -> str:
    return f"Data Analyst\nCompany: Lumio Data\n\n{hours}\n\nRequirements:\n- SQL\n- Python\n"


@pytest.mark.parametrize(
    ("hours", "window"),
    [
        # no am/pm, and the end before the start: the end is in the afternoon
        ("Working hours: 9:30 to 6:30 (WAT), Monday to Friday", (9.5, 18.5)),
        ("Office timing 8.30 - 5.30, Mon-Fri", (8.5, 17.5)),
        # a 24-hour clock's night shift and a day's window stay as written
        ("Shift hours: 22:00 to 6:00", (22.0, 6.0)),
        ("Working hours: 8:30-17:30", (8.5, 17.5)),
    ],
)
def test_twelve_hour_times_with_minutes_end_in_the_afternoon(
    hours: str, window: tuple[float, float]
) -> None:
    role = read_post(_post(hours))
    assert (role.work_hours.start, role.work_hours.end) == window


def test_a_job_boards_name_above_its_menu_is_no_title() -> None:
    role = read_post(
        "StepStone\n"
        "Jobs finden  Unternehmen  Gehaltsplaner  Anmelden\n\n"
        "Teamleiter Logistik (m/w/d)\nHafenblick Spedition GmbH\n"
        "Bremen · Feste Anstellung · Vollzeit\n\n"
        "Ihr Profil\n- Erfahrung mit SAP\n- Führungserfahrung\n"
    )
    assert role.title == "Teamleiter Logistik"
