"""How well a candidate's pay expectation fits a role's budget, for matching.

Within budget scores 1. Above it, the score falls with the log gap on a Gaussian curve whose width
is the market's own spread for the role (log p90/p50, kept within 10%-50%): asking 20% over budget
is a small gap in a market that spreads widely, and a large one where pay is tight.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from worldhire.comp.estimate import Estimate

DEFAULT_TOLERANCE = 0.2  # log-gap width when there is no market estimate
NEUTRAL_SCORE = 0.5


@dataclass(frozen=True)
class PayFit:
    score: float  # in [0, 1]
    explanation: str


def _tolerance(market: Estimate | None) -> float:
    if market is None or market.p50 <= 0:
        return DEFAULT_TOLERANCE
    return min(0.5, max(0.1, math.log(market.p90 / market.p50)))


def _market_note(expectation: float, market: Estimate | None) -> str:
    if market is None:
        return ""
    if expectation < market.p10:
        where = "below the market's p10"
    elif expectation > market.p90:
        where = "above the market's p90"
    else:
        where = "within the market range"
    return f"; expectation is {where} (p10-p90 {market.p10:,.0f}-{market.p90:,.0f} USD)"


def pay_fit(
    expectation_usd: float | None, budget_usd: float | None, market: Estimate | None
) -> PayFit:
    """Score in [0, 1] of an expectation against a budget; the market median stands in for a
    missing budget, and with neither (or no expectation) the score is neutral."""
    if expectation_usd is None or expectation_usd <= 0:
        return PayFit(NEUTRAL_SCORE, "no pay expectation known")
    reference, what = budget_usd, "budget"
    if reference is None or reference <= 0:
        if market is None:
            return PayFit(NEUTRAL_SCORE, "no budget and no market estimate to compare with")
        reference, what = market.p50, "market median"
    note = _market_note(expectation_usd, market)
    gap = math.log(expectation_usd / reference)
    if gap <= 0:
        return PayFit(
            1.0, f"expectation {expectation_usd:,.0f} USD is within the {what} "
            f"{reference:,.0f} USD{note}",
        )  # fmt: skip
    tolerance = _tolerance(market)
    score = math.exp(-0.5 * (gap / tolerance) ** 2)
    return PayFit(
        round(score, 4),
        f"expectation {expectation_usd:,.0f} USD is {math.expm1(gap):.0%} over the {what} "
        f"{reference:,.0f} USD{note}",
    )
