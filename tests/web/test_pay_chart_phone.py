"""The pay chart reads on a phone as on a laptop (issue 19): drawn for a 760 px card, it shrank
to a 390 px screen with 4 px text; the phone gets a chart drawn for its width."""

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


@pytest.mark.parametrize(("width", "name"), [(390, "phone"), (1280, "laptop")])
def test_the_pay_chart_text_is_readable_at_any_width(
        browser: Any, live: tuple[str, World], shots: Shots, width: int, name: str) -> None:
    from tests.web.test_browser import sign_in

    base, world = live
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.set_default_timeout(60_000)
    page = context.new_page()
    try:
        sign_in(page, base, world.tokens["a-admin"])
        page.wait_for_url(f"{base}/roles")
        page.goto(base + PAY)
        chart = page.locator("svg.chart:visible")
        chart.scroll_into_view_if_needed()
        shots.take(page, f"pay-chart-{name}")
        page.locator(".card:has(svg.chart)").screenshot(
            path=str(shots.folder / f"pay-chart-{name}-card.png"))
        [smallest] = page.evaluate(SMALLEST_TEXT)  # one chart shown, not two
        assert smallest >= 10, f"text {smallest:.1f} px on a {width} px screen"
    finally:
        context.close()
