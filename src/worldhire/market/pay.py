"""Pay spread by region from the comp model, and pay trends by year from the salary data."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from worldhire.comp.data import SalaryRecord, load_salaries
from worldhire.comp.estimate import PayEstimator, PayQuery
from worldhire.comp.regions import region_of
from worldhire.comp.support import is_low_data
from worldhire.core.models import Candidate, Role, Seniority


@dataclass(frozen=True)
class PaySpread:
    """The model's estimate for a role's title and level, for people living in a country,
    working for the role's company: the pay page's figure for the same title, level, country
    and company country (comp.defaults fills what the role leaves out)."""

    role_id: str
    role_title: str
    level: Seniority | None  # the role's; None: read from the title, as the pay page does
    company_location: str | None  # the role's company country; None: a local company
    region: str
    country: str
    p10: float
    p50: float
    p90: float
    support: int  # distinct salary rows with the role's family and level in the country
    warnings: tuple[str, ...] = ()

    @property
    def low_data(self) -> bool:
        return is_low_data(self.support)


@dataclass(frozen=True)
class RegionPay:
    """A role across a region: the median of its countries' p10/p50/p90, with the salary rows
    of those countries behind it (the sum of their supports)."""

    role_title: str
    region: str
    countries: tuple[str, ...]
    p10: float
    p50: float
    p90: float
    support: int

    @property
    def low_data(self) -> bool:
        return is_low_data(self.support)


@dataclass(frozen=True)
class YearTrend:
    year: int
    rows: int
    median_usd: float
    p25_usd: float
    p75_usd: float


def pay_spread(
    estimator: PayEstimator, roles: Sequence[Role], candidates: Sequence[Candidate]
) -> list[PaySpread]:
    """For every open role and every country the pool lives in: one model estimate."""
    countries = sorted({c.country for c in candidates if c.country})
    pairs = [(r, code) for r in roles if r.status == "open" for code in countries]
    queries = [
        PayQuery(r.title, code, r.seniority, company_location=r.location_country,
                 occupation=r.occupation)
        for r, code in pairs
    ]
    estimates = estimator.quantiles(queries)
    return [
        PaySpread(
            r.id, r.title, r.seniority, r.location_country, region_of(code), code,
            float(q[0]), float(q[1]), float(q[2]), support, tuple(warnings),
        )
        for (r, code), q, support, warnings in zip(
            pairs, estimates.quantiles, estimates.support, estimates.warnings, strict=True)
    ]


def by_region(spread: Sequence[PaySpread]) -> list[RegionPay]:
    groups: dict[tuple[str, str], list[PaySpread]] = {}
    for row in spread:
        groups.setdefault((row.role_title, row.region), []).append(row)
    return [
        RegionPay(
            title, region, tuple(r.country for r in rows),
            statistics.median(r.p10 for r in rows), statistics.median(r.p50 for r in rows),
            statistics.median(r.p90 for r in rows), sum(r.support for r in rows),
        )
        for (title, region), rows in sorted(groups.items())
    ]


def year_trends(
    records: Sequence[SalaryRecord] | None = None, *, path: Path | None = None
) -> list[YearTrend]:
    """Salary quartiles by work year, over every row of the salary data."""
    rows = records if records is not None else load_salaries(path)
    years: dict[int, list[float]] = {}
    for r in rows:
        years.setdefault(r.work_year, []).append(r.salary_in_usd)
    out = []
    for year in sorted(years):
        pay = sorted(years[year])
        quartiles = statistics.quantiles(pay, n=4) if len(pay) > 1 else [pay[0]] * 3
        out.append(YearTrend(year, len(pay), statistics.median(pay), quartiles[0], quartiles[2]))
    return out
