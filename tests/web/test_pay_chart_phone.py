"""The charts read on a phone as on a laptop (issue 19): drawn for a 760 px card, they shrank to
a 390 px screen with 4 px text. Each chart is drawn for the phone's width too (pay, funnel,
market, team coverage), so none is read by scrolling sideways inside its card."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api.conftest import World
from tests.web.conftest import Shots

PAY = "/pay?more=Germany,Kenya,Viet+Nam,Philippines"
# The smallest text of each chart shown (hidden ones have no box), in CSS pixels on the screen.
SMALLEST_TEXT = """() => [...document.querySelectorAll('svg.chart')]
    .filter(svg => svg.getBoundingClientRect().width > 0)
    .map(svg => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return Math.min(...[...svg.querySelectorAll('text')]
            .map(t => parseFloat(t.getAttribute('font-size')) * scale));
    })"""


# The widths of the charts shown, in CSS pixels.
SHOWN_WIDTHS = """() => [...document.querySelectorAll('svg.chart')]
    .map(svg => svg.getBoundingClientRect().width).filter(w => w > 0)"""


CHART_PAGES = {"pay": PAY, "funnel": "/pipeline/funnel", "market": "/market"}
# Pages whose one chart is drawn twice: the browser shows the laptop's or the phone's, not both.
ONE_CHART = {"pay", "team"}


def open_chart(page: Any, base: str, world: World, chart: str) -> None:
    if chart in CHART_PAGES:
        page.goto(base + CHART_PAGES[chart])
        return
    page.goto(f"{base}/roles/{world.role_a}/team")  # the coverage chart follows a plan
    page.get_by_label("Team size, min").fill("2")
    page.get_by_label("max", exact=True).fill("4")
    page.get_by_label("Cover hours").fill("10:00-20:00")  # what its pool can cover
    page.get_by_label("Shared hours").fill("1")
    page.get_by_label("Max share of one country").fill("")
    page.get_by_role("button", name="Plan the team").click()
    plan = page.locator("#plan")
    plan.locator(".legend, .alert, .card, .note").first.wait_for()
    assert plan.locator(".legend").count() == 1, plan.inner_text()


@pytest.mark.parametrize(("width", "name"), [(390, "phone"), (1280, "laptop")])
def test_the_charts_text_is_readable_at_any_width(
        browser: Any, live: tuple[str, World], shots: Shots, width: int, name: str) -> None:
    from tests.web.conftest import an_application
    from tests.web.test_browser import sign_in

    base, world = live
    an_application(world)  # the funnel has something to draw
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.set_default_timeout(60_000)
    page = context.new_page()
    small = []
    try:
        sign_in(page, base, world.tokens["a-admin"])
        page.wait_for_url(f"{base}/roles")
        for chart in [*CHART_PAGES, "team"]:
            open_chart(page, base, world, chart)
            path = page.url.removeprefix(base)
            shots.take(page, f"chart-{chart}-{name}")
            cards = page.locator(".card:has(svg.chart)")
            for n in range(cards.count()):
                cards.nth(n).screenshot(path=str(shots.folder / f"chart-{chart}-{name}-{n}.png"))
            sizes = page.evaluate(SMALLEST_TEXT)
            assert sizes, f"{path}: no chart shown"
            if chart in ONE_CHART:
                assert len(sizes) == 1, path
            small += [f"{path}: {s:.1f} px" for s in sizes if s < 10]
            if width < 600:  # each chart is drawn for the phone: nothing to scroll sideways
                assert page.evaluate("document.documentElement.scrollWidth") <= width
                assert max(page.evaluate(SHOWN_WIDTHS)) <= width, path
    finally:
        context.close()
    assert small == [], f"text under 10 px on a {width} px screen"
