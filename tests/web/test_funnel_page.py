"""The funnel page: a chart with a title and description, tables by role and region, a CSV."""

from __future__ import annotations

import csv
import io
import re
from html import unescape
from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import World
from tests.web.conftest import signed_in


def test_the_funnel_page_and_its_csv(live: tuple[str, World]) -> None:
    world = live[1]
    client = TestClient(world.app)
    form = re.search(r'name="csrf" value="([^"]+)"', client.get("/signin").text)
    assert form
    client.post("/signin", data={"token": world.tokens["a-recruiter"], "csrf": form.group(1)})
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/roles").text)
    assert csrf
    client.post(f"/roles/{world.role_a}/pipeline",
                data={"csrf": csrf.group(1), "candidate_id": world.candidates_a[1]})
    page = client.get("/pipeline/funnel")
    assert page.status_code == 200
    text = unescape(page.text)
    assert '<svg class="chart"' in page.text and "Hiring funnel by stage" in text
    assert "By role" in text and "By region" in text
    assert 'aria-current="page">Funnel' in page.text
    exported = client.get("/pipeline/funnel.csv")
    assert exported.headers["content-type"].startswith("text/csv")
    assert exported.text.splitlines()[0].startswith("grouping,group,stage")
    candidate = TestClient(world.app)
    form = re.search(r'name="csrf" value="([^"]+)"', candidate.get("/signin").text)
    assert form
    candidate.post("/signin", data={"token": world.tokens["candidate"], "csrf": form.group(1)})
    assert candidate.get("/pipeline/funnel").status_code == 403


def _cells(row: str) -> list[str]:
    return [" ".join(unescape(re.sub(r"<[^>]+>", " ", c)).split())
            for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]


def _table_rows(html: str, heading: str) -> list[list[str]]:
    """The body rows of the first table after the heading `heading`, each as its cells' text."""
    section = html[html.index(f">{heading}</h2>"):]
    body = section[section.index("<tbody>"):section.index("</tbody>")]
    return [_cells(row) for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


def _went_on(stage: dict[str, Any]) -> str:
    if stage["conversion_to_next"] is None:
        return "—"
    return f"{stage['conversion_to_next'] * 100:.0f}% (of {stage['decided']})"


def _median(stage: dict[str, Any]) -> str:
    if stage["median_days"] is None:
        return "—"
    stays = stage["finished_stays"]
    return f"{stage['median_days']:.1f} ({stays} stay{'' if stays == 1 else 's'})"


def test_the_funnel_page_shows_the_apis_figures_and_the_csvs(live: tuple[str, World]) -> None:
    """One tenant, one moment: every count, conversion and median time in stage the page shows,
    overall and for the role, is the API's funnel JSON and the CSV's."""
    world = live[1]
    api, auth = TestClient(world.app), world.auth("a-recruiter")
    for person in world.candidates_a[:3]:  # some may be on the board already: figures compare
        api.post("/api/v1/applications", headers=auth,
                 json={"candidate_id": person, "role_id": world.role_a})
    listed = api.get("/api/v1/applications", params={"role_id": world.role_a},
                     headers=auth).json()["items"]
    # Other tests of the session move the world's applications too: take two still open.
    details = [api.get(f"/api/v1/applications/{a['id']}", headers=auth).json() for a in listed]
    first = next(a for a in details
                 if set(a["allowed_moves"]) - {"rejected", "withdrawn"})
    second = next(a for a in details if a is not first and "rejected" in a["allowed_moves"])
    onward = next(s for s in first["allowed_moves"] if s not in {"rejected", "withdrawn"})
    api.post(f"/api/v1/applications/{first['id']}/moves", headers=auth,
             json={"to_stage": onward})
    api.post(f"/api/v1/applications/{second['id']}/moves", headers=auth,
             json={"to_stage": "rejected", "reason": "not this time"})

    client, _ = signed_in(live, "a-recruiter")
    page = client.get("/pipeline/funnel").text
    funnel = api.get("/api/v1/pipeline/funnel", headers=auth).json()
    exported = list(csv.DictReader(io.StringIO(
        api.get("/api/v1/pipeline/funnel.csv", headers=auth).text)))
    [overall] = [g for g in funnel["groups"] if g["grouping"] == "stage"]
    [role] = [g for g in funnel["groups"] if g["key"] == world.role_a]
    assert any(s["decided"] for s in overall["stages"])  # something to compare
    assert any(s["median_days"] is not None for s in overall["stages"])

    assert _table_rows(page, "By stage") == [
        [s["stage"].capitalize(), str(s["reached"]), str(s["in_stage_now"]), _went_on(s),
         _median(s)] for s in overall["stages"]]
    [role_row] = [r for r in _table_rows(page, "By role") if r[0] == role["label"]]
    assert role_row == [role["label"], str(role["applications"])] + [
        f"{s['reached']}" + ("" if s["conversion_to_next"] is None
                             else f" · {s['conversion_to_next'] * 100:.0f}%")
        for s in role["stages"]]
    for group in (overall, role):
        rows = [r for r in exported if r["grouping"] == group["grouping"]
                and r["group"] == group["label"]]
        assert [(r["stage"], int(r["reached"]), int(r["in_stage_now"]), int(r["decided"]),
                 r["conversion_to_next"], r["median_days_in_stage"], int(r["finished_stays"]))
                for r in rows] == [
            (s["stage"], s["reached"], s["in_stage_now"], s["decided"],
             "" if s["conversion_to_next"] is None else f"{s['conversion_to_next']:.3f}",
             "" if s["median_days"] is None else f"{s['median_days']:.1f}", s["finished_stays"])
            for s in group["stages"]]
