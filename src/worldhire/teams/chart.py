"""A team plan's coverage chart: people at work in each quarter-hour of the day against the
need (core/svg.py draws it; the web app's team page and `teams plan --chart` show the same)."""

from __future__ import annotations

from collections.abc import Sequence

from worldhire.core.svg import ACCENT, ACCENT_LIGHT, ALERT, GRID, MUTED, chart_svg, svg_text
from worldhire.teams.schemas import SlotCoverage


def coverage_chart(slots: Sequence[SlotCoverage], timezone: str, *, narrow: bool = False) -> str:
    """People at work in each 15-minute slot of the day: worst and best date of the year, and
    the required level as a red step line. `narrow`: drawn for a phone's 330 px, with its text
    at 12 px and an hour mark every 4 hours (every 2 would overlap)."""
    width, height, size, every = (330, 200, 12, 4) if narrow else (760, 240, 11, 2)
    left, right, top, bottom = (30, 12, 20, 40) if narrow else (44, 16, 20, 40)
    plot_w, plot_h = width - left - right, height - top - bottom
    peak: int = max([1] + [max(s.best, s.required) for s in slots])
    step = plot_w / max(1, len(slots))

    def y(v: float) -> float:
        return top + plot_h - v / peak * plot_h

    parts = []
    for v in range(peak + 1):
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
                     f'stroke="{GRID}"/>')
        parts.append(svg_text(left - 8, y(v) + 4, str(v), anchor="end", size=size))
    for hour in range(0, 25, every):
        x = left + hour * 4 * step
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top + plot_h}" '
                     f'y2="{top + plot_h + 4}" stroke="{MUTED}"/>')
        parts.append(svg_text(x, top + plot_h + 16, f"{hour:02d}", size=size))
    for i, s in enumerate(slots):
        x = left + i * step
        if s.best:
            parts.append(f'<rect x="{x:.1f}" y="{y(s.best):.1f}" width="{step:.2f}" '
                         f'height="{plot_h - (y(s.best) - top):.1f}" fill="{ACCENT_LIGHT}"/>')
        if s.worst:
            fill = ALERT if s.worst < s.required else ACCENT
            parts.append(f'<rect x="{x:.1f}" y="{y(s.worst):.1f}" width="{step:.2f}" '
                         f'height="{plot_h - (y(s.worst) - top):.1f}" fill="{fill}"/>')
    path = []
    for i, s in enumerate(slots):
        x0, yy = left + i * step, y(s.required)
        path.append(f"{'M' if i == 0 else 'L'}{x0:.1f},{yy:.1f} L{x0 + step:.1f},{yy:.1f}")
    parts.append(f'<path d="{" ".join(path)}" fill="none" stroke="{ALERT}" stroke-width="2"/>')
    parts.append(svg_text(left + plot_w / 2, height - 6, f"hour of the day ({timezone})",
                          size=size))
    short = sum(1 for s in slots if s.worst < s.required)
    lowest = min((s.worst for s in slots), default=0)
    desc = (f"Coverage over 24 hours in {timezone}: at least {lowest} people at work at every "
            f"moment; {short} quarter-hours below the requirement on the worst date.")
    return chart_svg("cov-phone" if narrow else "cov", "Team coverage by hour", desc, width,
                     height, parts, extra=' shape-rendering="crispEdges"')
