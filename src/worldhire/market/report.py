"""The market report: one self-contained HTML file (charts as inline SVG, no external assets)
with the numbers behind each chart in tables, and the same numbers as embedded JSON."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import Any

from worldhire.market import charts
from worldhire.market.figures import MarketReport
from worldhire.market.schemas import MarketOut

TOP_SKILLS = 15


# HTML ------------------------------------------------------------------------------------------


def _table(table_id: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_cell(v))}</td>" for v in row) + "</tr>"
        for row in rows
    )
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return "∞" if value == float("inf") else f"{value:,.2f}" if value < 100 else f"{value:,.0f}"
    return str(value)


STYLE = """
body{font-family:system-ui,sans-serif;max-width:980px;margin:2em auto;color:#222}
table{border-collapse:collapse;margin:1em 0;font-size:14px}
td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}
td:first-child,th:first-child{text-align:left}
.note{color:#555;font-size:13px}
"""


def render_html(report: MarketReport) -> str:
    v = report.view
    out = MarketOut.of(report)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<title>worldhire market report</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>Market: demand against supply</h1>",
        f"<p>{v.open_roles} open roles, {v.candidates} candidates. "
        f"Generated {report.generated_at:%Y-%m-%d %H:%M} UTC.</p>",
        "<p class='note'>A role demands a skill it requires; a candidate holds a skill their "
        "profile shows as the shortlist reads it. Supply per role = candidates holding / open "
        "roles requiring: lower is scarcer.</p>",
        "<h2>Scarcest skills</h2>",
    ]
    if v.skills:
        parts.append(charts.supply_demand_chart(out.scarce(TOP_SKILLS)))
    parts.append(_table(
        "skills", ["skill", "open roles", "as must-have", "candidates", "supply per role"],
        [(s.label, s.demand, s.must_demand, s.supply, s.supply_per_role)
         for s in v.scarcest(len(v.skills))],
    ))
    parts += ["<h2>By role family</h2>", _table(
        "families", ["family", "open roles", "candidates"],
        [(f.family, f.roles, f.candidates) for f in v.families],
    )]
    if v.occupations:
        parts += ["<h2>By ESCO occupation</h2>", _table(
            "occupations", ["occupation", "ISCO", "open roles", "candidates"],
            [(o.label, o.isco_code, o.roles, o.candidates) for o in v.occupations],
        ), "<h2>By ISCO-08 unit group</h2>", _table(
            "isco_groups", ["ISCO", "group", "open roles", "candidates"],
            [(g.code, g.label, g.roles, g.candidates) for g in v.isco_groups],
        )]
    labels = [s.label for s in v.skills]
    parts += ["<h2>By region</h2>", _table(
        "regions", ["region", "open roles", "candidates", *labels],
        [(r.region, r.open_roles, r.candidates, *(n for _, n in r.holders)) for r in v.regions],
    )]
    if report.region_pay:
        pay_chart = charts.region_pay_chart(out.region_pay)
        parts += ["<h2>Pay spread by region</h2>", pay_chart, _table(
            "region_pay", ["role", "region", "countries", "p10", "p50", "p90", "data rows"],
            [(p.role_title, p.region, " ".join(p.countries), p.p10, p.p50, p.p90,
              f"{p.support} (low data)" if p.low_data else p.support)
             for p in report.region_pay],
        ), "<h3>By country</h3>", _table(
            "country_pay", ["role", "level", "company in", "country", "p10", "p50", "p90",
                            "data rows"],
            [(p.role_title, p.level.value if p.level else "from title",
              p.company_location or "each country", p.country, p.p10, p.p50, p.p90,
              f"{p.support} (low data)" if p.low_data else p.support)
             for p in report.country_pay],
        )]
    if report.trends:
        parts += ["<h2>Salaries by year</h2>", charts.trend_chart(out.trends), _table(
            "trends", ["year", "rows", "p25", "median", "p75"],
            [(t.year, t.rows, t.p25_usd, t.median_usd, t.p75_usd) for t in report.trends],
        )]
    # "</" inside the JSON would end the script element early.
    embedded = json.dumps(out.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)
    safe = embedded.replace("</", "<\\/")
    parts.append(f'<script type="application/json" id="market-data">{safe}</script>')
    parts.append("</body></html>")
    return "\n".join(parts)
