"""Charts drawn as SVG text, the one way worldhire draws them: the web app inlines them, the CLI
writes them to files, the market report embeds them. Colours and sizes are attributes (the web
app's content security policy allows no inline CSS); each chart carries a <title> and a <desc>
for screen readers, and its marks a tooltip."""

from __future__ import annotations

from html import escape

INK = "#1f2937"
MUTED = "#6b7280"
GRID = "#e5e7eb"
ACCENT = "#4f46e5"
ACCENT_LIGHT = "#c7d2fe"
ALERT = "#dc2626"
GOOD = "#059669"


def svg_text(x: float, y: float, body: str, *, anchor: str = "middle", size: int = 11,
             fill: str = MUTED, weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" '
            f'fill="{fill}" font-weight="{weight}">{escape(body)}</text>')


def chart_svg(key: str, title: str, desc: str, width: int, height: int, parts: list[str],
              extra: str = "") -> str:
    """A chart's <svg>, named by its <title> and described by its <desc> for screen readers."""
    return (
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{key}-title {key}-desc" xmlns="http://www.w3.org/2000/svg"{extra}>'
        f'<title id="{key}-title">{escape(title)}</title><desc id="{key}-desc">'
        f'{escape(desc)}</desc>{"".join(parts)}</svg>'
    )


def standalone(svg: str) -> str:
    """A chart as a file of its own."""
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{svg}\n'
