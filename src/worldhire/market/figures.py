"""The market's figures: demand against supply over roles and people, pay by region and by
country, and salary trends by year; what the API answers, the web pages show and the HTML report
renders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from worldhire.comp.data import SalaryRecord
from worldhire.comp.estimate import PayEstimator
from worldhire.core.models import Candidate, Role, utcnow
from worldhire.market.pay import PaySpread, RegionPay, YearTrend, by_region, pay_spread, year_trends
from worldhire.market.supply import MarketView, market_view


@dataclass
class MarketReport:
    view: MarketView
    region_pay: list[RegionPay] = field(default_factory=list)
    # Each role in each country behind region_pay: the figures the pay page shows for them.
    country_pay: list[PaySpread] = field(default_factory=list)
    trends: list[YearTrend] = field(default_factory=list)
    generated_at: datetime = field(default_factory=utcnow)


def build_report(
    roles: Sequence[Role],
    candidates: Sequence[Candidate],
    *,
    estimator: PayEstimator | None = None,
    salaries: Sequence[SalaryRecord] | None = None,
) -> MarketReport:
    spread: list[PaySpread] = pay_spread(estimator, roles, candidates) if estimator else []
    return MarketReport(
        market_view(roles, candidates),
        by_region(spread),
        spread,
        year_trends(salaries) if salaries is not None else [],
    )
