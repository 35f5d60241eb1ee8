"""Work entries as people list them (issue 15, helper jobs25): a placement or short job closed by
the one year it was in after a middle dot or in Markdown emphasis, a header in cells that is no
sentence, and an employer dated over the roles held there."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.ingest.resumes.entries import find_range, split_jobs

D = date


def _jobs(lines: list[str]) -> list[tuple[str, str | None, date | None, date | None]]:
    return [(j.title, j.organization, j.start, j.end) for j in split_jobs(lines)]


@pytest.mark.parametrize(
    ("line", "year"),
    [("Cooperativa Valle Verde · Pasante de contabilidad · 2016", 2016),
     ("Hanna Logistics • Summer Intern • 2019", 2019),
     ("- **Stagiaire comptable**, Cabinet Ndiaye & Associés — *2015*", 2015),
     ("Praktikantin · Stadtwerke Kassel · _2018_", 2018)],
)  # fmt: skip
def test_a_title_closed_by_one_year_after_a_dot_or_in_emphasis_is_a_job(
    line: str, year: int
) -> None:
    found = find_range(line)
    assert found is not None
    assert (found.start, found.end) == (D(year, 1, 1), D(year, 1, 1))


@pytest.mark.parametrize(
    "line",
    ["Hackathon Nairobi · 2nd place · 2019", "Certified Scrum Master · Scrum Alliance · 2021"],
)
def test_a_year_after_a_dot_closing_no_job_title_is_no_job(line: str) -> None:
    assert find_range(line) is None


def test_a_placement_closed_by_its_year_is_the_last_job_of_the_section() -> None:
    lines = [
        "Banco Andino · Analista de riesgos · 2019 – actualidad",
        "- Modelos de scoring en SAS",
        "",
        "Cooperativa Valle Verde · Pasante de contabilidad · 2016",
        "- Conciliaciones bancarias",
    ]
    assert _jobs(lines) == [
        ("Analista de riesgos", "Banco Andino", D(2019, 1, 1), None),
        ("Pasante de contabilidad", "Cooperativa Valle Verde", D(2016, 1, 1), D(2016, 1, 1)),
    ]


@pytest.mark.parametrize(
    ("line", "title", "organization"),
    [("Municipalidad de Rosario · Pasante en Mesa de Entradas · 2016 – 2017",
      "Pasante en Mesa de Entradas", "Municipalidad de Rosario"),
     ("Caja de Ahorros de Navarra | Auxiliar en Banca Minorista | 2016 – 2017",
      "Auxiliar en Banca Minorista", "Caja de Ahorros de Navarra")],
)  # fmt: skip
def test_a_header_in_cells_is_no_sentence_though_a_name_holds_a_small_word(
    line: str, title: str, organization: str
) -> None:
    assert [(t, o) for t, o, _, _ in _jobs([line])] == [(title, organization)]


def test_an_employer_dated_over_the_roles_dated_below_it_is_their_employer() -> None:
    lines = [
        "**MERIDIAN ASSURANCE LIMITED, Pune**\tAug 2018 – Present",
        "Quality Lead – QA\tJan 2022 – Present",
        "Senior Test Analyst\tAug 2018 – Dec 2021",
        "- Led regression testing of the claims portal",
        "",
        "**Orbit Softech Pvt Ltd, Nagpur**\tJun 2015 – Jul 2018",
        "Test Engineer",
        "- Manual testing of billing screens",
    ]
    assert _jobs(lines) == [
        ("Quality Lead – QA", "MERIDIAN ASSURANCE LIMITED", D(2022, 1, 1), None),
        ("Senior Test Analyst", "MERIDIAN ASSURANCE LIMITED", D(2018, 8, 1), D(2021, 12, 1)),
        ("Test Engineer", "Orbit Softech Pvt Ltd", D(2015, 6, 1), D(2018, 7, 1)),
    ]


@pytest.mark.parametrize(
    ("lines", "employer", "first", "second"),
    [(["**ТОВ «Зелена Долина» | 2016 – 2020**",
       "Касир (2016–2018), потім старший касир (2018–2020)", "- Робота з касою"],
      "ТОВ «Зелена Долина»", "Касир", "старший касир"),
     (["**Công ty TNHH Bao Bì Sài Gòn**\t2015 – 2019",
       "Nhân viên kho (2015 – 2017), sau đó Thủ kho (2017 – 2019)", "- Kiểm kê kho"],
      "Công ty TNHH Bao Bì Sài Gòn", "Nhân viên kho", "Thủ kho")],
)  # fmt: skip
def test_two_posts_told_in_one_line_under_their_dated_employer_work_for_it(
    lines: list[str], employer: str, first: str, second: str
) -> None:
    jobs = _jobs(lines)
    assert [(title, org) for title, org, _, _ in jobs] == [(first, employer), (second, employer)]


def test_a_dated_employer_line_with_duties_under_it_stays_a_job() -> None:
    lines = [
        "Northwind Traders Ltd\t2019 – 2021",
        "- Invoicing and stock counts",
        "Store Assistant\t2019 – 2020",
    ]
    assert len(_jobs(lines)) == 2
