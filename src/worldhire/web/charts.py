"""The web app's charts as markup: the capabilities' SVG charts (core/svg.py), and the charts
only the web app shows (pay by country, the funnel, score bars)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

from worldhire.comp.schemas import PayCompareRow
from worldhire.core.svg import ACCENT, ACCENT_LIGHT, ALERT, GOOD, GRID, INK, chart_svg, svg_text
from worldhire.pipeline.schemas import StageFiguresOut
from worldhire.teams import chart as team_chart
from worldhire.teams.schemas import SlotCoverage


def score_bar(value: float, *, width: int = 96, label: str = "") -> Markup:
    """A 0..1 score as a small bar; the number itself is written next to it by the template."""
    value = max(0.0, min(1.0, value))
    colour = GOOD if value >= 0.75 else ACCENT if value >= 0.45 else "#d97706"
    name = escape(label or "score")
    return Markup(
        f'<svg class="bar" width="{width}" height="8" viewBox="0 0 {width} 8" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" '
        f'aria-label="{name} {value:.2f} of 1">'
        f'<rect width="{width}" height="8" rx="4" fill="{GRID}"/>'
        f'<rect width="{value * width:.1f}" height="8" rx="4" fill="{colour}"/></svg>'
    )


def coverage_chart(slots: Sequence[SlotCoverage], timezone: str) -> Markup:
    return for_any_screen(team_chart.coverage_chart(slots, timezone),
                          team_chart.coverage_chart(slots, timezone, narrow=True))


def for_any_screen(wide: str, narrow: str) -> Markup:
    """A chart drawn for a laptop's card and for a phone's; the stylesheet shows one (a drawing
    shrunk from 760 to 300 px wide had 4 px text)."""
    return Markup(f'<div class="chart-wide">{wide}</div><div class="chart-narrow">{narrow}</div>')


def pay_chart(rows: Sequence[PayCompareRow]) -> Markup:
    """One row per country: the p10-p90 band, the median, and total employer cost at p50."""
    wide = _pay_svg(rows, "pay", width=760, label_w=70, ticks=5, size=11,
                    caption="yearly USD · band p10-p90 · dot median pay · bar total employer cost")
    narrow = _pay_svg(rows, "pay-phone", width=320, label_w=34, ticks=3, size=12,
                      caption="yearly USD")
    return for_any_screen(wide, narrow)


def _pay_svg(rows: Sequence[PayCompareRow], key: str, *, width: int, label_w: int, ticks: int,
             size: int, caption: str) -> str:
    right, top, row_h = 24, 28, 30
    height = top + row_h * len(rows) + 36
    peak: float = max([1.0] + [max(r.p90, r.total_p50) for r in rows])
    plot_w = width - label_w - right

    def x(v: float) -> float:
        return label_w + v / peak * plot_w

    parts = []
    for k in range(ticks + 1):
        v = peak * k / ticks
        parts.append(f'<line x1="{x(v):.1f}" x2="{x(v):.1f}" y1="{top - 8}" '
                     f'y2="{height - 30}" stroke="{GRID}"/>')
        parts.append(svg_text(x(v), height - 14, f"{v / 1000:,.0f}k", size=size))
    for i, r in enumerate(rows):
        cy = top + i * row_h + row_h / 2
        parts.append(svg_text(label_w - 8, cy + 4, r.country, anchor="end", fill=INK,
                              weight="600", size=size))
        parts.append(f'<rect x="{x(r.p10):.1f}" y="{cy - 7:.1f}" '
                     f'width="{max(2.0, x(r.p90) - x(r.p10)):.1f}" height="14" rx="7" '
                     f'fill="{ACCENT_LIGHT}"><title>{escape(r.country)}: p10 '
                     f'{r.p10:,.0f}, p50 {r.p50:,.0f}, p90 {r.p90:,.0f} USD'
                     '</title></rect>')
        parts.append(f'<circle cx="{x(r.p50):.1f}" cy="{cy:.1f}" r="5" fill="{ACCENT}"/>')
        parts.append(f'<line x1="{x(r.total_p50):.1f}" x2="{x(r.total_p50):.1f}" '
                     f'y1="{cy - 9:.1f}" y2="{cy + 9:.1f}" stroke="{INK}" stroke-width="2"/>')
    parts.append(svg_text(label_w, 14, caption, anchor="start", size=size))
    cheapest = min(rows, key=lambda r: r.total_p50) if rows else None
    desc = (f"Pay across {len(rows)} countries; lowest total cost at the median in "
            f"{cheapest.country} ({cheapest.total_p50:,.0f} USD)." if cheapest else "")
    return chart_svg(key, "Pay by country", desc, width, height, parts)


def funnel_chart(stages: Sequence[StageFiguresOut]) -> Markup:
    """One bar per stage: the applications that reached it, and the share that went on to a
    later stage and the median days spent in it: beside the bar on a laptop, under it on a
    phone."""
    return for_any_screen(_funnel_svg(stages, narrow=False), _funnel_svg(stages, narrow=True))


def _funnel_svg(stages: Sequence[StageFiguresOut], *, narrow: bool) -> str:
    width, label_w, stat_w, size = (330, 84, 0, 12) if narrow else (760, 110, 230, 11)
    top, row_h = 24, 44 if narrow else 30
    height = top + row_h * len(stages) + 12
    peak = max([1] + [s.reached for s in stages])
    plot_w = width - label_w - stat_w - (34 if narrow else 0)

    parts = [svg_text(label_w, 14, "reached each stage" if narrow
                      else "applications that reached each stage", anchor="start", size=size)]
    if not narrow:
        parts.append(svg_text(width - stat_w + 16, 14, "went on · median days in stage",
                              anchor="start", size=size))
    for i, s in enumerate(stages):
        cy = top + i * row_h + (12 if narrow else row_h / 2)
        bar = s.reached / peak * plot_w
        parts.append(svg_text(label_w - 8, cy + 4, s.stage.capitalize(), anchor="end",
                              fill=INK, weight="600", size=size))
        parts.append(f'<rect x="{label_w}" y="{cy - 9:.1f}" width="{max(bar, 1.0):.1f}" '
                     f'height="18" rx="3" fill="{ALERT if s.stage == "rejected" else ACCENT}"/>')
        parts.append(svg_text(label_w + max(bar, 1.0) + 6, cy + 4, str(s.reached),
                              anchor="start", fill=INK, size=size))
        went = "—" if s.conversion_to_next is None else f"{s.conversion_to_next:.0%}"
        days = "—" if s.median_days is None else f"{s.median_days:.1f} d"
        if narrow:
            parts.append(svg_text(label_w, cy + 24, f"went on {went} · {days} in stage",
                                  anchor="start", size=size))
        else:
            parts.append(svg_text(width - stat_w + 16, cy + 4, f"{went} · {days}",
                                  anchor="start", size=size))
    total = stages[0].reached if stages else 0
    desc = "; ".join(
        f"{s.stage}: {s.reached} reached" for s in stages) + f" (of {total} applications)."
    key = "funnel-phone" if narrow else "funnel"
    return chart_svg(key, "Hiring funnel by stage", desc, width, height, parts)
