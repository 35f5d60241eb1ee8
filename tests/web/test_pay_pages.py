"""The pay and market pages without a browser: every estimate shows the salary rows behind it,
the same count the API answers with, and a thin one is marked low data with the reason."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from fastapi.testclient import TestClient

from tests.api.conftest import World, small_salaries  # noqa: F401 (a fixture)
from tests.web.conftest import signed_in

LOW_DATA_PILL = '<span class="pill warn">low data</span>'


def _rows_by_country(html: str) -> dict[str, str]:
    rows = re.findall(r'<tr><td class="name">([A-Z]{2})</td>(.*?)</tr>', html, re.S)
    return dict(rows)


def test_the_pay_page_shows_the_rows_behind_each_country_and_flags_thin_ones(
    live: tuple[str, World], small_salaries: Path  # noqa: F811
) -> None:
    from worldhire.comp.estimate import load_estimator

    world = live[1]
    world.ctx.__dict__["estimator"] = load_estimator(None, small_salaries)
    client, _ = signed_in(live, "a-viewer")
    query = {"title": "Data Scientist", "level": "SE", "country": ["US", "EG"],
             "company_location": "US"}  # fmt: skip
    page = client.get("/pay", params=query)
    assert page.status_code == 200
    rows = _rows_by_country(page.text)
    api = TestClient(world.app).get("/api/v1/pay/compare", params=query,
                                    headers=world.auth("a-viewer")).json()  # fmt: skip
    assert {r["country"] for r in api} == set(rows) == {"US", "EG"}
    for answer in api:
        cells = rows[answer["country"]]
        assert f'<td class="num">{answer["support"]}' in cells  # the same figure as the API
        assert (LOW_DATA_PILL in cells) is answer["low_data"]
        for warning in answer["warnings"]:
            assert warning in unescape(cells)
    assert {r["country"]: r["low_data"] for r in api} == {"US": False, "EG": True}
    assert "Under 10, the estimate leans on broader groups" in page.text


def test_the_market_page_shows_the_rows_behind_its_pay(
    live: tuple[str, World], small_salaries: Path  # noqa: F811
) -> None:
    from worldhire.comp.estimate import load_estimator

    world = live[1]
    world.ctx.__dict__["estimator"] = load_estimator(None, small_salaries)
    client, _ = signed_in(live, "a-viewer")
    page = client.get("/market")
    assert page.status_code == 200
    data = client.get("/api/v1/market", headers=world.auth("a-viewer")).json()
    assert data["region_pay"], "the demo tenant has open roles and candidates with countries"
    body = page.text[page.text.index('id="pay-h"') :]
    for row in data["region_pay"]:
        assert row["low_data"] is (row["support"] < 10)
        pill = f" {LOW_DATA_PILL}" if row["low_data"] else ""
        assert f'<td class="num">{row["support"]}{pill}</td>' in body
    assert "Data rows" in body


def test_the_pay_page_takes_any_country_by_name(
    live: tuple[str, World], small_salaries: Path  # noqa: F811
) -> None:
    from worldhire.comp.estimate import load_estimator

    world = live[1]
    world.ctx.__dict__["estimator"] = load_estimator(None, small_salaries)
    client, _ = signed_in(live, "a-viewer")
    page = client.get("/pay", params={"title": "Data Scientist", "level": "SE",
                                      "company_location": "Germany", "more": "Kenya, Viet Nam"})
    assert page.status_code == 200
    rows = _rows_by_country(page.text)
    assert set(rows) == {"KE", "VN"}  # only what was asked for: no box was ticked
    # "Germany" is DE, not GE (Georgia): the figures are those of a German company.
    api = TestClient(world.app).get(
        "/api/v1/pay/compare",
        params={"title": "Data Scientist", "level": "SE", "country": ["KE", "VN"],
                "company_location": "DE"},
        headers=world.auth("a-viewer"),
    ).json()  # fmt: skip
    for answer in api:
        assert f'<b>{answer["p50"]:,.0f}</b>' in rows[answer["country"]]
    assert 'value="Germany"' in page.text and 'value="Kenya, Viet Nam"' in page.text


def test_the_pay_page_names_what_is_not_a_country(live: tuple[str, World]) -> None:
    client, _ = signed_in(live, "a-viewer")
    page = client.get("/pay", params={"more": "Kenya, Atlantis", "company_location": "Narnia"})
    assert page.status_code == 422
    text = unescape(page.text)
    assert "“Atlantis”, “Narnia”: not a country we know" in text
    assert '<td class="name">' not in page.text  # no table of half an answer
