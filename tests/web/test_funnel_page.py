"""The funnel page: a chart with a title and description, tables by role and region, a CSV."""

from __future__ import annotations

import re
from html import unescape

from fastapi.testclient import TestClient

from tests.api.conftest import World


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
