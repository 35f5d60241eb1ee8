"""Post errors left by the last round (helper postfix31)."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import quotes, read_post

from worldhire.ingest.posts.fields import overlap_in


def test_the_company_is_no_firm_whose_link_sits_in_the_boards_list_of_other_posts() -> None:
    role = read_post(
        "Payroll Officer\n\n"
        "We pay 300 people every month and need a careful hand on it.\n\n"
        "Requirements:\n- 3 years of payroll work\n- Sage Payroll\n\n"
        "Similar jobs\n"
        "Payroll Clerk at Brightwater Foods - apply on brightwaterfoods.example/careers\n"
        "Accountant at Brightwater Foods\n"
    )
    assert not role.company


@pytest.mark.parametrize(
    ("sentence", "hours", "zone"),
    [
        # a core window the hire must be on in, told by the team's own clock
        ("Работаем по московскому времени, ядро с 10:00 до 14:00.", 4.0, "Europe/Moscow"),
        ("Core time is 10:00-15:00 CET, the rest of the day is yours.", 5.0, "Europe/Berlin"),
        # hours shared with a team a town names, the town after an elided article
        # (the hours of a window before it are no count of shared hours)
        ("Horaires 8h-17h, avec au moins 3 heures communes avec l'équipe d'Abidjan.", 3.0,
         "Africa/Abidjan"),
        ("Flexible hours with at least 3 hours in common with the team in Nairobi.", 3.0,
         "Africa/Nairobi"),
    ],
)
def test_a_core_window_or_hours_shared_with_a_team_are_the_overlap(
    sentence: str, hours: float, zone: str
) -> None:
    overlap = overlap_in(sentence)
    assert overlap is not None
    assert (overlap.hours, overlap.zone) == (hours, zone)


def test_hours_shared_with_a_team_elsewhere_leave_the_post_in_its_offices_zone() -> None:
    role = read_post(
        "Agent Support Client (H/F)\nNoria Paiements SA\nCasablanca, Maroc\n\n"
        "Profil recherché :\n- Zendesk\n- Français et anglais courants\n\n"
        "Conditions :\n- Au moins 3 heures communes avec l'équipe de Dakar chaque jour\n"
    )
    assert (role.min_overlap_hours, role.timezone) == (3.0, "Africa/Casablanca")
    # the hours are shared with Dakar's team: its zone is the overlap's, its hours unknown
    assert role.overlap_timezone == "Africa/Dakar"
    assert (role.work_hours.start, role.work_hours.end) == (9.0, 17.0)


@pytest.mark.parametrize(
    ("hours_line", "window"),
    [
        # the office's own hours are no window of the team elsewhere
        ("- Horaires : 8h30-17h30\n", (9.0, 17.0)),
        # the team's hours, told by its own clock, are the window the hire shares
        ("- L'équipe de Dakar travaille de 8h à 16h (heure de Dakar)\n", (8.0, 16.0)),
    ],
)
def test_the_hours_shared_with_a_team_elsewhere_are_that_teams(
    hours_line: str, window: tuple[float, float]
) -> None:
    role = read_post(
        "Agent Support Client (H/F)\nNoria Paiements SA\nCasablanca, Maroc\n\n"
        "Conditions :\n- Au moins 3 heures communes avec l'équipe de Dakar chaque jour\n"
        + hours_line
    )
    assert (role.timezone, role.overlap_timezone) == ("Africa/Casablanca", "Africa/Dakar")
    assert (role.work_hours.start, role.work_hours.end) == window


def test_hours_shared_with_the_offices_own_team_name_no_team_elsewhere() -> None:
    role = read_post(
        "Data Analyst\nNoria Paiements SA\nCasablanca, Maroc\n\n"
        "Conditions :\n- Horaires 9h-18h, au moins 4 heures communes avec l'équipe\n"
    )
    assert role.overlap_timezone is None


@pytest.mark.parametrize(
    ("line", "must", "nice"),
    [
        # a welcome that ends its clause governs the clause before it, the dash included
        ("— Docker, Kubernetes — желательно;", set(), {"docker", "kubernetes"}),
        # ... back to the comma where a part opens with its own lead word
        ("— Docker, понимание Kubernetes — желательно;", {"docker"}, {"kubernetes"}),
        ("- Terraform, Kubernetes — de preferencia", set(), {"terraform", "kubernetes"}),
    ],
)
def test_a_welcome_at_a_clauses_end_covers_the_clause(
    line: str, must: set[str], nice: set[str]
) -> None:
    role = read_post(f"Backend Developer\n\nRequirements:\n{line}\n— Python\n")
    assert quotes(role, must=True) - {"python"} == must
    assert quotes(role, must=False) == nice
