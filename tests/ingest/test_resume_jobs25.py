"""Work entries as people list them (issue 15, helper jobs25): a placement or short job closed by
the one year it was in after a middle dot or in Markdown emphasis, and an employer dated over the
roles held there."""

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
