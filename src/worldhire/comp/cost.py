"""Total yearly cost to an employer of one role across countries.

total = gross pay x (1 + employer contributions + benefits) + cross-border fee

ASSUMPTIONS (defaults; every one is configurable through `CostAssumptions`):
- Employer statutory contributions (social security, pension, health, payroll taxes) are rough
  2024 headline rates for a salaried employee, ignoring caps and ceilings (which lower the real
  rate for high salaries in e.g. the US, DE, BR). Countries not listed use 20%.
- Benefits, equipment and learning budget: 5% of gross pay everywhere.
- Hiring someone who lives outside the company's country goes through an employer of record (or
  equivalent compliance cost): a flat USD 7,200 a year (USD 600 a month, a typical EOR list price).
These are planning figures, not tax advice: confirm with local payroll before an offer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from worldhire.comp.defaults import COMPANY_SIZE, REMOTE_RATIO
from worldhire.comp.estimate import Estimate, PayEstimator, PayQuery
from worldhire.core.models import Seniority

DEFAULT_CONTRIBUTION_RATES: Mapping[str, float] = {
    "US": 0.09, "CA": 0.09, "GB": 0.14, "IE": 0.11, "DE": 0.21, "FR": 0.45, "ES": 0.31,
    "IT": 0.30, "PT": 0.24, "NL": 0.19, "BE": 0.27, "AT": 0.21, "CH": 0.13, "SE": 0.31,
    "DK": 0.02, "NO": 0.14, "FI": 0.21, "PL": 0.20, "CZ": 0.34, "RO": 0.02, "HU": 0.13,
    "UA": 0.22, "IN": 0.13, "PK": 0.12, "BR": 0.28, "MX": 0.25, "AR": 0.24, "CO": 0.30,
    "CL": 0.04, "AU": 0.12, "NZ": 0.03, "JP": 0.15, "SG": 0.17, "CN": 0.30, "PH": 0.10,
    "NG": 0.10, "KE": 0.06, "ZA": 0.02, "EG": 0.19, "TR": 0.22, "IL": 0.08, "AE": 0.00,
}  # fmt: skip


@dataclass(frozen=True)
class CostAssumptions:
    contribution_rates: Mapping[str, float] = field(
        default_factory=lambda: dict(DEFAULT_CONTRIBUTION_RATES)
    )
    default_contribution_rate: float = 0.20
    benefits_rate: float = 0.05
    cross_border_fee_usd: float = 7200.0

    def contribution_rate(self, country: str | None) -> float:
        if country is None:
            return self.default_contribution_rate
        return self.contribution_rates.get(country, self.default_contribution_rate)

    def describe(self) -> list[str]:
        return [
            "employer contributions: headline statutory rates by country "
            f"(default {self.default_contribution_rate:.0%}), caps ignored",
            f"benefits/equipment: {self.benefits_rate:.0%} of gross pay",
            f"cross-border hire (employee outside the company's country): "
            f"USD {self.cross_border_fee_usd:,.0f}/year employer-of-record fee",
            "planning figures, not tax advice",
        ]


@dataclass(frozen=True)
class CostRow:
    country: str
    estimate: Estimate
    contribution_rate: float
    cross_border: bool
    total_p10: float
    total_p50: float
    total_p90: float


def total_cost(
    gross: float, rate: float, assumptions: CostAssumptions, cross_border: bool
) -> float:
    fee = assumptions.cross_border_fee_usd if cross_border else 0.0
    return gross * (1.0 + rate + assumptions.benefits_rate) + fee


def compare_costs(
    estimator: PayEstimator,
    title: str,
    level: Seniority | None,
    countries: Sequence[str],
    *,
    company_location: str | None = None,
    remote_ratio: int = REMOTE_RATIO,
    company_size: str = COMPANY_SIZE,
    year: int | None = None,
    assumptions: CostAssumptions | None = None,
) -> list[CostRow]:
    """One row per country: the pay estimate there and what it costs the employer in total.

    Without `company_location` each country is a local hire (company in the same country).
    """
    costs = assumptions or CostAssumptions()
    rows = []
    for country in countries:
        estimate = estimator.estimate(
            PayQuery(
                title=title,
                country=country,
                level=level,
                remote_ratio=remote_ratio,
                company_location=company_location,
                company_size=company_size,
                year=year,
            )
        )
        cross_border = (
            company_location is not None
            and estimate.company_location is not None
            and estimate.country != estimate.company_location
        )
        rate = costs.contribution_rate(estimate.country)
        rows.append(
            CostRow(
                country=estimate.country or country,
                estimate=estimate,
                contribution_rate=rate,
                cross_border=cross_border,
                total_p10=total_cost(estimate.p10, rate, costs, cross_border),
                total_p50=total_cost(estimate.p50, rate, costs, cross_border),
                total_p90=total_cost(estimate.p90, rate, costs, cross_border),
            )
        )
    return rows
