"""axe-core on every page of the web app, signed out, as a recruiter, as an admin and as a
candidate: no serious or critical violation anywhere."""

from __future__ import annotations

from typing import Any

from tests.api.conftest import World, small_salaries  # noqa: F401 (a fixture used below)
from tests.web.conftest import Accessibility, Shots, an_application, shortlisted
from tests.web.test_browser import sign_in

# Visible fields not styled as the others (the e-mail field of the correction form was a bare
# browser box running into its neighbour): their ids.
UNSTYLED_FIELDS = """() => [...document.querySelectorAll(
    'input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea')]
    .filter(e => e.offsetParent !== null && getComputedStyle(e).borderTopLeftRadius !== '8px')
    .map(e => e.id || e.name)"""


def visit_all(page: Any, base: str, paths: list[str], a11y: Accessibility, shots: Shots,
              prefix: str) -> None:
    for n, path in enumerate(paths):
        response = page.goto(f"{base}{path}")
        assert response is not None and response.status < 400, f"{path}: {response.status}"
        page.wait_for_load_state("networkidle")
        a11y.check(page)
        # Nothing runs past the screen: the page never scrolls sideways (the board and wide
        # tables scroll inside their own boxes).
        width = page.viewport_size["width"]
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
        assert page.evaluate(UNSTYLED_FIELDS) == [], path
        if n < 3:
            shots.take(page, f"a11y-{prefix}-{n}")


def test_every_page_signed_out_and_as_a_recruiter_has_no_serious_violations(
    page: Any, live: tuple[str, World], a11y: Accessibility, shots: Shots,
    small_salaries: Any,  # noqa: F811
) -> None:
    from worldhire.comp.estimate import load_estimator

    base, world = live
    world.ctx.__dict__["estimator"] = load_estimator(None, small_salaries)
    visit_all(page, base, ["/", "/signin", "/join"], a11y, shots, "out")
    sign_in(page, base, world.tokens["a-admin"])
    page.wait_for_url(f"{base}/roles")
    role, person = world.role_a, world.candidates_a[0]
    first, second = shortlisted(world, 2)
    visit_all(page, base, [
        "/roles", "/roles/new", f"/roles/{role}/shortlist", f"/roles/{role}/edit",
        f"/roles/{role}/team", f"/roles/{role}/pipeline", "/candidates",
        "/candidates?q=python&country=Poland", f"/candidates/{person}",
        f"/candidates/{person}/edit", "/upload", "/market", "/pay", "/audit",
        "/pipeline/funnel", "/settings", "/api/docs", f"/roles/{role}/compare?c={first}&c={second}",
        f"/applications/{an_application(world)}/outreach",
    ], a11y, shots, "admin")
    assert len(a11y.checked) == 22


def test_every_candidate_page_has_no_serious_violations(
    page: Any, live: tuple[str, World], a11y: Accessibility, shots: Shots
) -> None:
    base, world = live
    sign_in(page, base, world.tokens["candidate"])
    page.wait_for_url(f"{base}/me")
    visit_all(page, base, ["/me", "/me/edit", "/me/erase"], a11y, shots, "candidate")
