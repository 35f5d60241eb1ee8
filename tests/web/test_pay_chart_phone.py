"""The charts read on a phone as on a laptop (issue 19): drawn for a 760 px card, they shrank to
a 390 px screen with 4 px text. The pay chart is drawn for the phone's width too; the others keep
their drawing at a readable size and scroll sideways inside their card, as wide tables do."""

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


CHART_PAGES = {"pay": PAY, "funnel": "/pipeline/funnel", "market": "/market"}


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
        for chart, path in CHART_PAGES.items():
            page.goto(base + path)
            shots.take(page, f"chart-{chart}-{name}")
            cards = page.locator(".card:has(svg.chart)")
            for n in range(cards.count()):
                cards.nth(n).screenshot(path=str(shots.folder / f"chart-{chart}-{name}-{n}.png"))
            sizes = page.evaluate(SMALLEST_TEXT)
            assert sizes, f"{path}: no chart shown"
            if chart == "pay":
                assert len(sizes) == 1  # the laptop's drawing or the phone's, not both
            small += [f"{path}: {s:.1f} px" for s in sizes if s < 10]
            if width < 600:  # a chart scrolls inside its card, not the page
                assert page.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        context.close()
    assert small == [], f"text under 10 px on a {width} px screen"
