"""Work entries (issue 15, helper jobs26): a later job joined "then", named by a verb of
joining in each language, begins when the one told before it ended; a job board's town and
region line is where the job was, and its employer line heads the job above the dates; a
title's dash goes on with it where the line below names the employer; a numbered job keeps its
labelled fields."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.labelled_entries import labelled_jobs
from worldhire.ingest.resumes.prose import jobs_in_sentence

D = date


def _told(sentence: str) -> list[tuple[str, str | None, date | None, date | None]]:
    return [(j.title, j.organization, j.start, j.end) for j in jobs_in_sentence(sentence)]


@pytest.mark.parametrize(
    ("sentence", "later"),
    [("From 2016 to 2020 I worked as a claims officer at Leadway Assurance in Lagos, then "
      "joined Kobo360 as an operations analyst.", ("operations analyst", "Kobo360")),
     ("De 2016 à 2020, j'ai travaillé comme gestionnaire de paie chez Sonatel à Dakar, puis "
      "j'ai rejoint Wave en tant que responsable RH.", ("responsable RH", "Wave")),
     ("W latach 2016–2020 pracowałam jako księgowa w firmie Kruk w Poznaniu, a potem "
      "dołączyłam do Allegro jako starsza księgowa.", ("starsza księgowa", "Allegro")),
     ("Din 2016 până în 2020 am lucrat ca operator call center la Teleperformance în Iași, "
      "apoi m-am alăturat echipei Bitdefender ca specialist suport.",
      ("specialist suport", "Bitdefender")),
     ("Von 2016 bis 2020 arbeitete ich als Sachbearbeiterin bei Brenntag in Essen, danach "
      "wechselte ich zu Vonovia als Kundenberater.", ("Kundenberater", "Vonovia")),
     ("З 2016 по 2020 рік я працювала бухгалтером у ТОВ «Епіцентр К» у Києві, потім перейшла "
      "до SoftServe як старший бухгалтер.", ("старший бухгалтер", "SoftServe"))],
)  # fmt: skip
def test_a_job_joined_then_is_at_the_employer_joined_from_when_the_one_before_ended(
    sentence: str, later: tuple[str, str]
) -> None:
    first, second = _told(sentence)
    assert (first[2], first[3]) == (D(2016, 1, 1), D(2020, 1, 1))
    assert second == (*later, D(2020, 1, 1), None)


def test_a_later_role_at_the_same_employer_still_ends_with_the_stint_told_before_it() -> None:
    told = _told("At Equity Bank from 2015 to 2019, first as a graduate trainee, then as a "
                 "credit analyst.")  # fmt: skip
    assert [(t, o, e) for t, o, _, e in told][-1] == ("credit analyst", "Equity Bank",
                                                       D(2019, 1, 1))


def _entries(lines: list[str]) -> list[tuple[str, str | None, date | None, date | None]]:
    return [(j.title, j.organization, j.start, j.end) for j in split_jobs(lines)]


@pytest.mark.parametrize(
    ("place", "employer"),
    [("Multan, Punjab -", "Greenfield Foods"), ("Colombo, Western Province -", "Ceylon Biscuits")],
)
def test_a_job_boards_town_and_region_line_is_where_the_job_was(place: str, employer: str) -> None:
    lines = ["Payroll Officer", "", f"{employer} -", "", place, "", "May 2020 to Present", "",
             "• Ran the monthly payroll for 300 staff."]  # fmt: skip
    assert _entries(lines) == [("Payroll Officer", employer, D(2020, 5, 1), None)]


def test_a_job_boards_header_above_its_dates_holds_though_a_line_under_them_names_the_client(
) -> None:
    lines = ["Oracle DBA", "Quantiva -", "Pune, Maharashtra -", "March 2018 to Present",
             "Client: Barclays", "• Tuned the RMAN backups."]  # fmt: skip
    assert _entries(lines)[0] == ("Oracle DBA", "Quantiva", D(2018, 3, 1), None)


@pytest.mark.parametrize(
    ("lines", "title", "employer"),
    [(["**Claims Processor – Tier 2**", "Sutherland Global, Libis | May 2019 – Present"],
      "Claims Processor – Tier 2", "Sutherland Global"),
     (["Warehouse Supervisor – Cold Chain", "Vector Freight, Boksburg", "Feb 2018 – Present"],
      "Warehouse Supervisor – Cold Chain", "Vector Freight"),
     (["Team Lead, Collections", "Startek Philippines | Eastwood City | Jan 2020 – Present"],
      "Team Lead, Collections", "Startek Philippines")],
)  # fmt: skip
def test_the_words_after_a_titles_dash_go_on_with_it_where_the_line_below_names_the_employer(
    lines: list[str], title: str, employer: str
) -> None:
    jobs = _entries([*lines, "- Handled the escalations."])
    assert [(t, o) for t, o, _, _ in jobs] == [(title, employer)]


@pytest.mark.parametrize("number", ["1) ", "2. ", "(3) "])
def test_a_numbered_job_keeps_its_labelled_employer(number: str) -> None:
    lines = [f"{number}Company: Sundaram Castings Pvt Ltd", "   Designation: Quality Engineer",
             "   Duration: Mar 2019 to Till Date", "   - Ran the incoming inspection."]  # fmt: skip
    jobs = labelled_jobs(lines)
    assert jobs is not None
    assert [(j.title, j.organization, j.start) for j in jobs] == [
        ("Quality Engineer", "Sundaram Castings Pvt Ltd", D(2019, 3, 1))
    ]


@pytest.mark.parametrize(
    "sentence",
    ["After a summer internship, I joined Kobo360 as a fleet analyst in 2018 and stayed until "
     "2021.",
     "Après un stage chez Sonatel, j'ai rejoint Wave comme analyste crédit en 2018 ; j'y suis "
     "restée jusqu'en 2021."],
)  # fmt: skip
def test_a_job_joined_in_a_year_named_after_its_title_lasts_until_the_year_said(
    sentence: str
) -> None:
    assert [(s, e) for _, _, s, e in _told(sentence)][-1] == (D(2018, 1, 1), D(2021, 1, 1))
