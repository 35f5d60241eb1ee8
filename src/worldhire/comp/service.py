"""Pay use cases the API, the web app and the CLI share.

The pay model needs the comp extra (scipy): it is imported when pay is asked for, so the shells
import this module without it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from worldhire.core.errors import InvalidInput
from worldhire.core.models import Seniority

if TYPE_CHECKING:
    from worldhire.comp.cost import CostRow
    from worldhire.comp.estimate import PayEstimator

MAX_COMPARE_COUNTRIES = 30


def compare_pay(estimator: PayEstimator, title: str, level: Seniority | None,
                countries: Sequence[str], company_location: str | None) -> list[CostRow]:
    """The pay and total employer cost of one role in each country, cheapest total first."""
    from worldhire.comp.cost import compare_costs

    codes = [c.strip() for c in countries if c.strip()]
    if not codes:
        raise InvalidInput("name at least one country")
    if len(codes) > MAX_COMPARE_COUNTRIES:
        raise InvalidInput(f"at most {MAX_COMPARE_COUNTRIES} countries at once")
    rows = compare_costs(estimator, title, level, codes, company_location=company_location)
    return sorted(rows, key=lambda r: r.total_p50)
