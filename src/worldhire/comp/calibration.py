"""Where p10 and p90 sit around p50: split-conformal calibration by data depth and region.

A pay estimate is p50 = mean + z50 * sd in log pay, sd the model's predictive sd, and the model's
own interval is [p50 + low * sd, p50 + high * sd], (low, high) the 10% and 90% quantiles of the
standardised training residuals around their median (pay is skewed, so high > -low). Training
residuals are in-sample: a later year strays further. So the interval is widened (or narrowed) by
a factor f, the TARGET_COVERAGE quantile of the conformal score t = r / high (r >= 0) or
r / low (r < 0) of rows the model did not see, r = (y - p50) / sd: each of the last training
years predicted by a fit on the years before it (worldhire.comp.model). One factor per group
keeps the skew of the residuals and does not bet on the direction a group moves next year (it
flips from year to year).

Scores are grouped by how many rows the residence country had in the fit that predicted them (its
depth bin) and by residence region: an estimate that rests on a few rows misses by more in a
later year than the residual spread says, and a country the data barely knows can move a lot from
one year's sample to the next. Each group's factor is the quantile of its own scores pooled with
its broader group's distribution weighted as `prior_rows` pseudo-rows (region within a depth bin
-> the depth bin -> all scores), so a group with few scores stays close to its broader group.
In a broader group each region of each held-out year counts the same (its rows share that year's
shift of the region, which is what a thin region's estimate misses by): a region with a handful of
scores borrows how a typical region strayed, not how a typical row did (a British or Canadian
one, most of them outside the US). Figures in bench/comp.py's docstring.

A region is also a group over all its depths (its scores pooled with those of every region on its
side of the US border, then with all), the fall-back of a country whose depth bin its region has
no scores in: the calibration fits have fewer rows than the fit they serve, so a country is often
one bin deeper there (the UK, Canada, Germany, India in the shipped fit), and the depth bin alone
holds other countries' scores (the US alone at 1,000 rows and more).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

# Rows of the residence country in the fit: 0, 1-9, 10-99, 100-999, 1000 and more.
DEPTH_EDGES = (1, 10, 100, 1000)
# Held-out share inside [p10, p90] the factor is set for. Above 0.80 because the year after the
# calibration years strays further than they did: calibrated at 0.80 on 2022 (fit on 2020-21),
# the intervals held 0.757 of 2023 (bench/comp.py --test-year 2023).
TARGET_COVERAGE = 0.82
CALIBRATION_PRIOR_ROWS = 100.0
ALL = ""
# The pay region of the US (worldhire.comp.regions) and the pseudo-region of every other one.
US_REGION = "us"
OUTSIDE_US = "outside_us"


def depth_bin(rows: int) -> int:
    """0 for a country without rows, then one bin per power of ten."""
    return sum(rows >= edge for edge in DEPTH_EDGES)


def region_key(region: str) -> str:
    """The calibration group of a region over all depth bins."""
    return f"*|{region}"


def side_of(region: str) -> str:
    return US_REGION if region == US_REGION else OUTSIDE_US


def group_keys(depth: int, region: str) -> tuple[str, str, str, str]:
    """The calibration groups of a prediction, finest first."""
    return f"{depth}|{region}", region_key(region), str(depth), ALL


def weighted_quantiles(
    values: np.ndarray, weights: np.ndarray, levels: Sequence[float]
) -> np.ndarray:
    """Quantiles of a weighted sample: the smallest value whose cumulative weight reaches the
    level (the inverse of the empirical CDF, as split-conformal prediction uses it).

    Non-decreasing in the level, always one of the values, and for equal weights numpy's
    "inverted_cdf" quantile.
    """
    if len(values) == 0:
        raise ValueError("no values to take quantiles of")
    order = np.argsort(values, kind="stable")
    cumulative = np.cumsum(weights[order])
    total = float(cumulative[-1])
    if total <= 0:
        raise ValueError("weights must have a positive sum")
    # A relative tolerance, so that rounding in the sums never skips the value a level lands on.
    targets = np.asarray(levels, dtype=float) * total * (1 - 1e-9)
    index = np.minimum(np.searchsorted(cumulative, targets, side="left"), len(values) - 1)
    found: np.ndarray = values[order][index]
    return found


def interval_score(
    r: np.ndarray, low: float | np.ndarray, high: float | np.ndarray
) -> np.ndarray:
    """How many times the in-sample half-width (low below, high above) a residual r reaches.

    r lies inside [f * low, f * high] exactly when its score is at most f (low < 0 < high).
    """
    return np.where(r >= 0, r / high, r / low)


@dataclass(frozen=True)
class Pooled:
    """A group's scores with weights: its own (weight 1 each) and its broader group's share."""

    values: np.ndarray
    weights: np.ndarray

    @classmethod
    def own(cls, scores: np.ndarray) -> Pooled:
        return cls(scores, np.ones(len(scores)))

    @classmethod
    def by_cluster(cls, scores: np.ndarray, clusters: np.ndarray) -> Pooled:
        """Scores weighted so that each cluster (a region in one held-out year) counts the same,
        their weights summing to the number of scores, as a group's own do."""
        _, index, counts = np.unique(clusters, return_inverse=True, return_counts=True)
        return cls(scores, len(scores) / (len(counts) * counts[index]))

    def shrunk_into(self, parent: Pooled, prior_rows: float) -> Pooled:
        """This group's scores, plus the parent's distribution as `prior_rows` pseudo-rows."""
        parent_weights = parent.weights * (prior_rows / float(parent.weights.sum()))
        return Pooled(
            np.concatenate([self.values, parent.values]),
            np.concatenate([self.weights, parent_weights]),
        )

    def quantile(self, level: float = TARGET_COVERAGE) -> float:
        return float(weighted_quantiles(self.values, self.weights, [level])[0])


@dataclass
class IntervalCalibration:
    """The widening factor by calibration group, over the in-sample interval shape.

    Without held-out scores (a salary file of one year) the factor is 1: the in-sample interval.
    """

    in_sample: tuple[float, float]  # (low < 0, high > 0) in sds around p50
    factor_by_group: dict[str, float] = field(default_factory=dict)
    scores: int = 0  # calibration rows behind the table

    def factor(self, depth: int, region: str) -> float:
        for key in group_keys(depth, region):
            if key in self.factor_by_group:
                return self.factor_by_group[key]
        return 1.0

    def bounds(self, depth: int, region: str, years_ahead: int = 1) -> tuple[float, float]:
        """(low, high) in sds around p50, low <= 0 <= high, for a year `years_ahead` after the
        data. The factor holds one year ahead; each further year adds the variance the first
        added over the in-sample spread again (a random walk); years inside the data keep the
        one-year factor, because each year's sample still differs from the last."""
        one_year = self.factor(depth, region)
        added = max(0.0, one_year**2 - 1.0)
        widen = math.hypot(one_year, math.sqrt(max(0, years_ahead - 1) * added))
        low, high = self.in_sample
        return min(low, 0.0) * widen, max(high, 0.0) * widen


def calibrate(
    scores: np.ndarray,
    depths: Sequence[int],
    regions: Sequence[str],
    in_sample: tuple[float, float],
    prior_rows: float = CALIBRATION_PRIOR_ROWS,
    clusters: Sequence[str] | None = None,
) -> IntervalCalibration:
    """The factor per group from held-out interval scores (see `interval_score`).

    A group's own scores count one each; in the broader groups it leans on, each cluster (a
    region in one held-out year) weighs the same. Without clusters every score is its own.
    """
    if len(scores) == 0:
        return IntervalCalibration(in_sample)
    depth_arr = np.asarray(depths)
    region_arr = np.asarray(regions)
    cluster_arr = np.arange(len(scores)).astype(str) if clusters is None else np.asarray(clusters)

    def broad(mask: np.ndarray) -> Pooled:
        return Pooled.by_cluster(scores[mask], cluster_arr[mask])

    everything = broad(np.ones(len(scores), dtype=bool))
    table = {ALL: everything.quantile()}
    for depth in sorted(set(depth_arr.tolist())):
        in_bin = depth_arr == depth
        pooled_bin = broad(in_bin).shrunk_into(everything, prior_rows)
        table[str(depth)] = pooled_bin.quantile()
        for region in sorted(set(region_arr[in_bin].tolist())):
            own = Pooled.own(scores[in_bin & (region_arr == region)])
            table[f"{depth}|{region}"] = own.shrunk_into(pooled_bin, prior_rows).quantile()
    side_arr = np.array([side_of(region) for region in region_arr.tolist()])
    for side in sorted(set(side_arr.tolist())):
        pooled_side = broad(side_arr == side).shrunk_into(everything, prior_rows)
        table[region_key(side)] = pooled_side.quantile()
        for region in sorted(set(region_arr[side_arr == side].tolist()) - {side}):
            own = Pooled.own(scores[region_arr == region])
            table[region_key(region)] = own.shrunk_into(pooled_side, prior_rows).quantile()
    return IntervalCalibration(in_sample, table, len(scores))
