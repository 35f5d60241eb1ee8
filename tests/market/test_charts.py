"""The pay-by-region chart names each role whole: two roles alike in their first words read
apart (issue 19: 'Senior Machine L… · Europe' was two different roles)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from worldhire.market.charts import TITLE_CHARS, region_pay_chart
from worldhire.market.schemas import RegionPayOut

LLM = "Senior Machine Learning Engineer, LLM Platform"
SEARCH = "Senior Machine Learning Engineer, Search Ranking"


def _row(title: str, region: str, p50: float) -> RegionPayOut:
    return RegionPayOut(role_title=title, region=region, countries=["PL"], p10=p50 * 0.6,
                        p50=p50, p90=p50 * 1.5, support=12, low_data=False)


def _texts(svg: str) -> list[tuple[float, str]]:
    ET.fromstring(svg)  # well-formed
    return [(float(y), body) for y, body in
            re.findall(r'<text x="[^"]+" y="([^"]+)"[^>]*>([^<]*)</text>', svg)]


def test_roles_alike_in_their_first_words_read_apart() -> None:
    rows = [_row(LLM, "Europe", 90_000), _row(LLM, "South Asia", 40_000),
            _row(SEARCH, "Europe", 95_000)]
    texts = _texts(region_pay_chart(rows))
    bodies = [body for _, body in texts]
    assert bodies.count(LLM) == 1 and bodies.count(SEARCH) == 1
    # Each role's regions sit below its title and above the next role's.
    at = {body: y for y, body in texts}
    europe = sorted(y for y, body in texts if body == "Europe")
    assert at[LLM] < europe[0] < at["South Asia"] < at[SEARCH] < europe[1]
    # No two labels on one line.
    labels = [y for y, body in texts if not body.endswith("k") and not body.startswith("yearly")]
    assert len(labels) == len(set(labels))


def test_one_role_needs_no_title_and_a_long_title_is_cut_to_the_chart() -> None:
    assert [body for _, body in _texts(region_pay_chart([_row(LLM, "Europe", 90_000)]))
            if not body.endswith("k") and not body.startswith("yearly")] == ["Europe"]
    long_title = "Principal " * 30
    texts = [body for _, body in _texts(region_pay_chart(
        [_row(long_title, "Europe", 90_000), _row(LLM, "Europe", 80_000)]))]
    cut = next(body for body in texts if body.startswith("Principal"))
    assert len(cut) <= TITLE_CHARS and cut.endswith("…")


def test_on_a_phone_each_title_is_whole_over_its_lines_above_its_regions() -> None:
    rows = [_row(LLM, "Europe", 90_000), _row(LLM, "South Asia", 40_000),
            _row(SEARCH, "Europe", 95_000)]
    svg = region_pay_chart(rows, narrow=True)
    assert 'viewBox="0 0 330 ' in svg
    texts = sorted((y, body) for y, body in _texts(svg)
                   if not body.endswith("k") and not body.startswith("yearly"))
    assert len({y for y, _ in texts}) == len(texts)  # one text a line
    bodies = [body for _, body in texts]
    llm_end = bodies.index("Europe")
    assert " ".join(bodies[:llm_end]) == LLM and bodies[llm_end + 1] == "South Asia"
    assert " ".join(bodies[llm_end + 2:-1]) == SEARCH and bodies[-1] == "Europe"
    assert all(len(body) <= 44 for body in bodies)
