"""Work entries (issue 15, helper jobs27): a numbered employer line over labelled fields
("1) Employer, Town" / "Designation:" / "Duration:") opens a job of its own, and roles dated in
its bullets ("- Title (Jan 2018 – Mar 2019): duties") are jobs at that employer; a role dated in
brackets before a colon is titled by the words before them; Hungarian, Serbian and Czech legal
forms name an employer; a post written beside its dates, over the employer's line, does not take
the last duty line of the job above as its title."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.ingest.resumes.entries import names_employer, split_jobs
from worldhire.ingest.resumes.labelled_entries import labelled_jobs, split_dated_jobs

D = date


def _jobs(lines: list[str]) -> list[tuple[str, str | None, date | None, date | None]]:
    found = labelled_jobs(lines)
    assert found is not None
    return [(j.title, j.organization, j.start, j.end) for j in found]


def test_each_numbered_employer_opens_a_job_and_its_dated_bullets_are_roles_there() -> None:
    lines = [
        "**1) Kaveri Cold Chain Pvt. Ltd., Nashik**",
        "Designation: Stores Officer",
        "Duration: Mar 2020 – Till Date",
        "- GRN aur dispatch ka record",
        "",
        "2) Bluedart Express Ltd., Pune Hub",
        "Duration: Feb 2016 – Feb 2020",
        "- Shift Supervisor – Outbound (May 2018 – Feb 2020): 30 loaders ki team",
        "- Sorting Associate (Feb 2016 – Apr 2018): parcel sorting on the line",
        "",
        "**3) Metro Cash & Carry India Pvt. Ltd., Thane**",
        "Designation: Inventory Clerk",
        "Duration: Jun 2013 – Jan 2016",
    ]
    assert _jobs(lines) == [
        ("Stores Officer", "Kaveri Cold Chain Pvt. Ltd.", D(2020, 3, 1), None),
        ("Shift Supervisor – Outbound", "Bluedart Express Ltd.", D(2018, 5, 1), D(2020, 2, 1)),
        ("Sorting Associate", "Bluedart Express Ltd.", D(2016, 2, 1), D(2018, 4, 1)),
        ("Inventory Clerk", "Metro Cash & Carry India Pvt. Ltd.", D(2013, 6, 1), D(2016, 1, 1)),
    ]


def test_a_dated_bullet_that_names_no_role_still_leaves_the_section_to_the_dated_reader() -> None:
    lines = ["Company: Orbis Freight Ltd", "Designation: Planner", "Duration: 2019 – 2022",
             "- Promoted in March 2021 after the audit (2021 – 2022): more trucks"]  # fmt: skip
    assert labelled_jobs(lines) is None


def test_a_role_dated_in_brackets_before_a_colon_is_titled_by_the_words_before_it() -> None:
    lines = ["Mar 2016 – Jan 2021 | Rivage Freight SARL, Abidjan",
             "Chef de quai (juin 2019 – janv. 2021) : réception des conteneurs, planning des "
             "équipes.",
             "Pointeur (mars 2016 – mai 2019) : comptage des colis, saisie des bons."]  # fmt: skip
    jobs = [(j.title, j.organization, j.start, j.end) for j in split_dated_jobs(lines)]
    assert jobs == [
        ("Chef de quai", "Rivage Freight SARL", D(2019, 6, 1), D(2021, 1, 1)),
        ("Pointeur", "Rivage Freight SARL", D(2016, 3, 1), D(2019, 5, 1)),
    ]


_EMPLOYERS = ["Győri Keksz Nyrt., Győr", "Pannon Raktár Zrt., Budapest",
              "Dunav Soft d.o.o., Novi Sad", "Дунав софт д.о.о., Нови Сад",
              "Morava Strojírny s.r.o., Brno"]  # fmt: skip


@pytest.mark.parametrize("employer", _EMPLOYERS)
def test_central_european_legal_forms_name_an_employer(employer: str) -> None:
    assert names_employer(employer)


@pytest.mark.parametrize("employer", _EMPLOYERS)
def test_a_post_beside_its_dates_over_the_employer_keeps_the_line_above_with_the_job_before(
    employer: str,
) -> None:
    lines = ["2020.02 – jelenleg · HR generalista", "Alföld Kft., Szeged", "",
             "Havi zárások előkészítése", "Éves leltár koordinálása", "",
             "2016.03 – 2020.01 · Bérszámfejtő", employer, "",
             "Kb. 200 fő havi bérszámfejtése"]  # fmt: skip
    assert [(j.title, j.organization) for j in split_jobs(lines)][-1] == (
        "Bérszámfejtő", employer.split(",")[0].rstrip(".")
    )
