"""The bias audit page (issue 19): each group's decisions and flag as the API answers them, and
a group too small to judge says so, in the table and beside its flag."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import World, build_world
from tests.web.conftest import web_session

SMALL = '<span class="pill warn">small sample</span>'


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """A world of its own: the session's live world is changed by other files' tests (people
    erased, consent withdrawn, candidates moved), so its groups depend on which ran first."""
    built = build_world(tmp_path)
    yield built
    built.ctx.close()


def test_small_groups_are_marked_where_they_are_flagged_and_listed(world: World) -> None:
    client, _ = web_session(world, world.tokens["a-admin"])
    page = client.get("/audit", params={"top": 2})
    assert page.status_code == 200
    data = TestClient(world.app).get("/api/v1/audit/bias/shortlists", params={"top": 2},
                                     headers=world.auth("a-admin")).json()
    assert data["small_groups"] and data["flagged"], "tenant A has a few people per region"
    rows = dict(re.findall(r'<tr><td class="name">([^<]+)</td>(.*?)</tr>', page.text, re.S))
    assert set(rows) == set(data["groups"])
    for name, group in data["groups"].items():
        cells = rows[name]
        assert f'<td class="num">{group["count"]}</td>' in cells
        assert ("flagged" in cells) is group["flagged"]
        assert (SMALL in cells) is group["small_sample"]
    assert "A small sample is a group of fewer than 10 decisions" in unescape(page.text)
    stat = page.text[page.text.index("Groups flagged"):].split("</div></div>")[0]
    for name in data["flagged"]:
        assert (f"{name} {SMALL}" in stat) is (name in data["small_groups"])
