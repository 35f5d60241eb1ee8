from __future__ import annotations

import csv
import json
import re
import statistics
from html.parser import HTMLParser
from pathlib import Path

from sqlalchemy import distinct, func, select

from tests.market.conftest import Market
from worldhire.comp.data import load_salaries
from worldhire.comp.estimate import PayEstimator, PayQuery
from worldhire.comp.regions import region_of
from worldhire.market.figures import build_report
from worldhire.market.report import render_html
from worldhire.market.supply import market_view
from worldhire.store.sql import schema as t


class Tables(HTMLParser):
    """The report's tables by id, as lists of rows of cell text."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self._table: str | None = None
        self._cell: list[str] | None = None
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        for key in ("src", "href"):
            if found.get(key):
                self.external.append(str(found[key]))
        if tag == "table":
            self._table = str(found["id"])
            self.tables[self._table] = []
        elif tag == "tr" and self._table:
            self.tables[self._table].append([])
        elif tag == "td":
            self._cell = []

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None and self._table:
            self.tables[self._table][-1].append("".join(self._cell))
            self._cell = None
        elif tag == "table" and self._table:
            self.tables[self._table] = [row for row in self.tables[self._table] if row]
            self._table = None


def number(text: str) -> float:
    return float(text.replace(",", ""))


def test_demand_and_supply_equal_direct_queries(market: Market) -> None:
    repo = market.repo
    view = market_view(repo.list_roles(), repo.list_candidates(None))
    assert (view.open_roles, view.candidates) == (2, 5)
    with repo.engine.connect() as conn:
        for s in view.skills:
            demand = conn.execute(
                select(func.count(distinct(t.roles.c.id)))
                .join(t.role_requirements, t.role_requirements.c.role_id == t.roles.c.id)
                .where(t.roles.c.status == "open", t.role_requirements.c.skill_id == s.skill_id)
            ).scalar_one()
            supply = conn.execute(
                select(func.count(distinct(t.candidate_skills.c.candidate_id)))
                .where(t.candidate_skills.c.skill_id == s.skill_id)
            ).scalar_one()
            assert (s.demand, s.supply) == (demand, supply), s.label
    by_label = {s.label: s for s in view.skills}
    assert by_label["Python"].demand == 2 and by_label["Python"].supply == 4
    assert "TensorFlow" not in by_label  # only the closed role wants it
    # Kubernetes: no holder; then 2 per role, the skill more roles want first.
    assert [s.label for s in view.scarcest(3)] == ["Kubernetes", "Python", "PyTorch"]
    families = {f.family: (f.roles, f.candidates) for f in view.families}
    assert families["ml_engineer"] == (1, 2)
    assert families["data_analyst"] == (1, 2)
    regions = {r.region: r for r in view.regions}
    assert regions["central_eastern_europe"].candidates == 2
    assert regions["central_eastern_europe"].open_roles == 2
    assert regions["south_asia"].open_roles == 1  # the analyst role is PL/RO/BR only
    assert dict(regions["latin_america"].holders)["wh:sql"] == 1


def test_report_renders_self_contained_with_the_same_numbers(
    market: Market, estimator: PayEstimator, tmp_path: Path
) -> None:
    repo = market.repo
    roles, people = repo.list_roles(), repo.list_candidates(None)
    salaries = load_salaries(market.salaries)
    page = render_html(build_report(roles, people, estimator=estimator, salaries=salaries))
    (tmp_path / "report.html").write_text(page)
    parser = Tables()
    parser.feed(page)
    assert parser.external == []  # no external assets
    assert page.count("<svg") == 3

    skills = {row[0]: row for row in parser.tables["skills"]}
    view = market_view(roles, people)
    for s in view.skills:
        assert (int(skills[s.label][1]), int(skills[s.label][3])) == (s.demand, s.supply)

    # Pay: each region's figures are the medians of direct estimates for its countries.
    for row in parser.tables["region_pay"]:
        title, region, countries = row[0], row[1], row[2].split()
        role = next(r for r in roles if r.title == title)
        assert {region_of(p.country) for p in people if p.country} >= {region}
        direct = {
            code: estimator.estimate(PayQuery(title, code, role.seniority,
                                              company_location=role.location_country,
                                              occupation=role.occupation))
            for code in countries
        }
        assert number(row[4]) == round(statistics.median(e.p50 for e in direct.values()))
        # The rows behind it: the countries' supports, marked when they are few.
        rows_behind = sum(e.support for e in direct.values())
        assert row[6] == (f"{rows_behind} (low data)" if rows_behind < 10 else str(rows_behind))
        # Each country's own row holds the direct estimate itself.
        shown = {r[3]: r for r in parser.tables["country_pay"] if r[0] == title}
        for code, estimate in direct.items():
            assert number(shown[code][5]) == round(estimate.p50)
            low = " (low data)" if estimate.low_data else ""
            assert shown[code][7] == f"{estimate.support}{low}"

    # Trends: medians by year straight from the CSV.
    with market.salaries.open() as handle:
        rows = list(csv.DictReader(handle))
    for row in parser.tables["trends"]:
        pay = [float(r["salary_in_usd"]) for r in rows if r["work_year"] == row[0]]
        assert int(row[1]) == len(pay)
        assert number(row[3]) == round(statistics.median(pay))

    found = re.search(
        r'<script type="application/json" id="market-data">(.*?)</script>', page, re.S
    )
    assert found is not None
    data = json.loads(found.group(1))
    assert data["open_roles"] == 2
    assert [y["year"] for y in data["trends"]] == [2021, 2022, 2023, 2024]


def test_report_without_pay_or_salaries_still_renders(market: Market) -> None:
    page = render_html(build_report(market.repo.list_roles(), market.repo.list_candidates(None)))
    parser = Tables()
    parser.feed(page)
    assert set(parser.tables) == {"skills", "families", "regions"}
    assert page.count("<svg") == 1


def test_empty_store_renders() -> None:
    page = render_html(build_report([], []))
    assert "0 open roles, 0 candidates" in page


def test_language_requirements_count_listed_languages() -> None:
    from tests.factories import make_candidate, make_role
    from worldhire.core.models import Requirement, Skill

    english = Skill("wh:english", "English communication")
    role = make_role([Requirement(english)])
    fluent = make_candidate(languages=["English (C1)"])
    basic = make_candidate(languages=["English (A2)"])
    [balance] = market_view([role], [fluent, basic]).skills
    assert (balance.demand, balance.supply) == (1, 1)
