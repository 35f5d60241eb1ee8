"""The market view's charts (core/svg.py draws them): the scarcest skills' supply against
demand, pay by region and salaries by year, from the report's models (MarketOut), the
same in the web app's market page and in `worldhire market report`'s HTML."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from html import escape

from worldhire.comp.regions import region_label
from worldhire.core.svg import ACCENT, ACCENT_LIGHT, ALERT, GRID, INK, chart_svg, svg_text
from worldhire.market.schemas import RegionPayOut, SkillBalanceOut, YearTrendOut

SUPPLY = "#2563eb"
DEMAND = ALERT
# A role title heading its regions in the pay chart spans the chart: about this many characters.
TITLE_CHARS = 100


def supply_demand_chart(skills: Sequence[SkillBalanceOut], *, narrow: bool = False) -> str:
    """A butterfly chart: for each skill, candidates holding it to the left and open roles
    requiring it to the right, each side on its own scale (people and roles differ in size).
    `narrow`: drawn for a phone, each skill's name above its bars."""
    width, label_w, row_h, top = (330, 0, 42, 30) if narrow else (760, 200, 26, 34)
    size = 12 if narrow else 11
    half = (width - label_w - (8 if narrow else 24)) / 2
    mid = label_w + half
    height = top + row_h * len(skills) + 12
    most_people = max([1] + [s.supply for s in skills])
    most_roles = max([1] + [s.demand for s in skills])
    parts = [
        svg_text(mid - 8, 16, "← candidates holding", anchor="end", fill=SUPPLY, weight="600",
                 size=size),
        svg_text(mid + 8, 16, "open roles requiring →", anchor="start", fill=DEMAND,
                 weight="600", size=size),
    ]
    if not narrow:  # on a phone the axis is drawn row by row, under each skill's name
        parts.append(f'<line x1="{mid:.1f}" x2="{mid:.1f}" y1="{top - 8}" y2="{height - 6}" '
                     f'stroke="{INK}"/>')
    for i, s in enumerate(skills):
        cy = top + i * row_h + row_h / 2
        if i % 2 == 0:
            parts.append(f'<rect x="0" y="{cy - row_h / 2:.1f}" width="{width}" '
                         f'height="{row_h}" fill="#f9fafb"/>')
        if narrow:
            parts.append(svg_text(4, cy - 6, s.label[:44], anchor="start", fill=INK, size=size))
            cy += 9
            parts.append(f'<line x1="{mid:.1f}" x2="{mid:.1f}" y1="{cy - 11:.1f}" '
                         f'y2="{cy + 11:.1f}" stroke="{INK}"/>')
        else:
            parts.append(svg_text(label_w - 10, cy + 4, s.label[:30], anchor="end", fill=INK))
        people = s.supply / most_people * (half - 40)
        roles = s.demand / most_roles * (half - 40)
        tip = (f'{s.label}: {s.supply} candidates, {s.demand} open roles '
               f'({s.must_demand} as a must-have)')
        parts.append(f'<rect x="{mid - people:.1f}" y="{cy - 8:.1f}" width="{people:.1f}" '
                     f'height="16" rx="3" fill="{SUPPLY}"><title>{escape(tip)}</title></rect>')
        parts.append(f'<rect x="{mid:.1f}" y="{cy - 8:.1f}" width="{roles:.1f}" height="16" '
                     f'rx="3" fill="{DEMAND}"><title>{escape(tip)}</title></rect>')
        parts.append(svg_text(mid - people - 6, cy + 4, str(s.supply), anchor="end", size=size))
        parts.append(svg_text(mid + roles + 6, cy + 4, str(s.demand), anchor="start",
                              size=size))
    scarce = skills[0].label if skills else "none"
    desc = (f"Supply against demand for the {len(skills)} scarcest skills; the scarcest is "
            f"{scarce}.")
    return chart_svg("supply-phone" if narrow else "supply",
                     "Scarcest skills: supply against demand", desc, width, height, parts)


def region_pay_chart(rows: Sequence[RegionPayOut], *, narrow: bool = False) -> str:
    """One row per role and region: the p10-p90 band of the model's estimate, dot at p50. With
    several roles each one's regions sit under its whole title (titles cut to fit a row label
    read alike: 'Senior Machine L…' was two different roles). `narrow`: drawn for a phone, each
    region's name above its band and a title on as many lines as it takes."""
    width, label_w, right, top, row_h = (330, 8, 16, 28, 44) if narrow else (820, 330, 24, 28, 28)
    size, line_h = (12, 18) if narrow else (11, row_h)
    several_roles = len({r.role_title for r in rows}) > 1
    headings: list[tuple[float, str]] = []
    placed: list[tuple[float, RegionPayOut]] = []
    y = float(top)
    last_title = None
    for r in rows:
        if several_roles and r.role_title != last_title:
            last_title = r.role_title
            title = (r.role_title if len(r.role_title) <= TITLE_CHARS
                     else f"{r.role_title[:TITLE_CHARS - 1].rstrip()}…")
            for line in textwrap.wrap(title, 44) if narrow else [title]:
                headings.append((y, line))
                y += line_h
            y += 4 if narrow else 0
        placed.append((y + row_h / 2, r))
        y += row_h
    height = round(y) + 36
    peak: float = max([1.0] + [r.p90 for r in rows])
    plot_w = width - label_w - right

    def x(v: float) -> float:
        return label_w + v / peak * plot_w

    parts = []
    ticks = 3 if narrow else 5
    for k in range(ticks + 1):
        v = peak * k / ticks
        parts.append(f'<line x1="{x(v):.1f}" x2="{x(v):.1f}" y1="{top - 8}" '
                     f'y2="{height - 30}" stroke="{GRID}"/>')
        parts.append(svg_text(x(v), height - 14, f"{v / 1000:,.0f}k", size=size))
    for heading_y, title in headings:
        parts.append(svg_text(8, heading_y + line_h / 2 + 4, title, anchor="start", fill=INK,
                              weight="600", size=size))
    for cy, r in placed:
        band_y = cy + 8 if narrow else cy
        if narrow:
            parts.append(svg_text(label_w, cy - 6, region_label(r.region), anchor="start",
                                  fill=INK, size=size))
        else:
            parts.append(svg_text(label_w - 12, cy + 4, region_label(r.region), anchor="end",
                                  fill=INK))
        tip = (f'{r.role_title} in {r.region} ({", ".join(r.countries)}): p10 '
               f'{r.p10:,.0f}, p50 {r.p50:,.0f}, p90 {r.p90:,.0f} USD')
        parts.append(f'<rect x="{x(r.p10):.1f}" y="{band_y - 7:.1f}" '
                     f'width="{max(2.0, x(r.p90) - x(r.p10)):.1f}" height="14" rx="7" '
                     f'fill="{ACCENT_LIGHT}"><title>{escape(tip)}</title></rect>')
        parts.append(f'<circle cx="{x(r.p50):.1f}" cy="{band_y:.1f}" r="5" fill="{ACCENT}"/>')
    parts.append(svg_text(label_w, 14, "yearly USD · band p10-p90 · dot median",
                          anchor="start", size=size))
    cheapest = min(rows, key=lambda r: r.p50) if rows else None
    desc = (f"Pay by region for {len(rows)} role and region pairs; the lowest median is "
            f"{region_label(cheapest.region)} at {cheapest.p50:,.0f} USD."
            if cheapest else "No data.")
    return chart_svg("rpay-phone" if narrow else "rpay", "Pay spread by region", desc, width,
                     height, parts)


def trend_chart(trends: Sequence[YearTrendOut], *, narrow: bool = False) -> str:
    """Median salary by year with the p25-p75 band (`narrow`: drawn for a phone)."""
    width, height, left, right, top, bottom = ((330, 220, 48, 16, 20, 36) if narrow
                                               else (760, 240, 64, 24, 20, 36))
    size = 12 if narrow else 11
    plot_w, plot_h = width - left - right, height - top - bottom
    peak: float = max([1.0] + [t.p75_usd for t in trends]) * 1.1
    count = max(1, len(trends) - 1)

    def x(i: int) -> float:
        return left + (i / count * plot_w if len(trends) > 1 else plot_w / 2)

    def y(v: float) -> float:
        return top + plot_h - v / peak * plot_h

    parts = []
    for k in range(5):
        v = peak * k / 4
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
                     f'stroke="{GRID}"/>')
        parts.append(svg_text(left - 8, y(v) + 4, f"{v / 1000:,.0f}k", anchor="end", size=size))
    if trends:
        upper = " ".join(f"{x(i):.1f},{y(t.p75_usd):.1f}" for i, t in enumerate(trends))
        lower = " ".join(f"{x(i):.1f},{y(t.p25_usd):.1f}"
                         for i, t in reversed(list(enumerate(trends))))
        parts.append(f'<polygon points="{upper} {lower}" fill="{ACCENT_LIGHT}"/>')
        line = " ".join(f"{x(i):.1f},{y(t.median_usd):.1f}" for i, t in enumerate(trends))
        parts.append(f'<polyline points="{line}" fill="none" stroke="{ACCENT}" '
                     f'stroke-width="2.5"/>')
    for i, t in enumerate(trends):
        tip = (f'{t.year}: median {t.median_usd:,.0f} USD, p25 {t.p25_usd:,.0f}, '
               f'p75 {t.p75_usd:,.0f} ({t.rows} rows)')
        parts.append(f'<circle cx="{x(i):.1f}" cy="{y(t.median_usd):.1f}" r="4" '
                     f'fill="{ACCENT}"><title>{escape(tip)}</title></circle>')
        parts.append(svg_text(x(i), height - 12, str(t.year), size=size))
    desc = (f"Median salary from {trends[0].year} to {trends[-1].year}: "
            f"{trends[0].median_usd:,.0f} to {trends[-1].median_usd:,.0f} USD."
            if trends else "No salary data.")
    return chart_svg("trend-phone" if narrow else "trend", "Salaries by year", desc, width,
                     height, parts)
