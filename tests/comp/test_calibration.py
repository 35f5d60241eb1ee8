"""The interval calibration's math: quantiles, pooling, scores and coverage on synthetic data."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worldhire.comp.calibration import (
    TARGET_COVERAGE,
    IntervalCalibration,
    Pooled,
    calibrate,
    depth_bin,
    interval_score,
    weighted_quantiles,
)

finite = st.floats(min_value=-50, max_value=50, allow_nan=False)
samples = st.lists(finite, min_size=1, max_size=60).map(np.array)
levels = st.lists(st.floats(min_value=0, max_value=1), min_size=1, max_size=8)
shape = st.tuples(
    st.floats(min_value=-3, max_value=-0.1), st.floats(min_value=0.1, max_value=3)
)  # in-sample (low, high)


@settings(deadline=None)
@given(samples, st.data(), levels)
def test_weighted_quantiles_are_monotone_and_within_the_sample(
    values: np.ndarray, data: st.DataObject, qs: list[float]
) -> None:
    weights = np.array(
        data.draw(
            st.lists(
                st.floats(min_value=0.01, max_value=100),
                min_size=len(values),
                max_size=len(values),
            )
        )
    )
    found = weighted_quantiles(values, weights, sorted(qs))
    assert np.all(np.diff(found) >= -1e-9)
    assert values.min() - 1e-9 <= found.min() and found.max() <= values.max() + 1e-9


@settings(deadline=None)
@given(samples, levels)
def test_equal_weights_give_the_inverted_cdf_quantile(values: np.ndarray, qs: list[float]) -> None:
    found = weighted_quantiles(values, np.ones(len(values)), qs)
    assert np.array_equal(found, np.quantile(values, qs, method="inverted_cdf"))


@settings(deadline=None)
@given(samples, samples, st.floats(min_value=0.01, max_value=1e4))
def test_a_pooled_quantile_lies_between_the_group_and_its_parent(
    own: np.ndarray, parent: np.ndarray, prior_rows: float
) -> None:
    group, broader = Pooled.own(own), Pooled.own(parent)
    pooled = group.shrunk_into(broader, prior_rows).quantile()
    ends = sorted((group.quantile(), broader.quantile()))
    assert ends[0] <= pooled <= ends[1]


@settings(deadline=None)
@given(samples, shape, st.floats(min_value=0.1, max_value=10))
def test_a_residual_is_inside_the_widened_interval_exactly_when_its_score_is_small(
    r: np.ndarray, in_sample: tuple[float, float], factor: float
) -> None:
    low, high = in_sample
    inside = (r >= factor * low) & (r <= factor * high)
    assert np.array_equal(inside, interval_score(r, low, high) <= factor)


@settings(deadline=None)
@given(
    shape,
    st.dictionaries(
        st.sampled_from(["", "0", "2", "2|us", "*|us", "*|nordics"]), st.floats(0.2, 5), max_size=4
    ),
    st.integers(min_value=0, max_value=4),
    st.sampled_from(["us", "nordics"]),
)
def test_bounds_straddle_zero_and_widen_with_the_horizon(
    in_sample: tuple[float, float], table: dict[str, float], depth: int, region: str
) -> None:
    calibration = IntervalCalibration(in_sample, table)
    previous = 0.0
    for years_ahead in (-2, 0, 1, 2, 5):
        low, high = calibration.bounds(depth, region, years_ahead)
        assert low <= 0 <= high
        assert high - low >= previous - 1e-12
        previous = high - low


def test_without_held_out_scores_the_interval_is_the_in_sample_one() -> None:
    calibration = calibrate(np.zeros(0), [], [], (-1.2, 1.3))
    assert calibration.bounds(3, "us") == (-1.2, 1.3)


def test_depth_bins_grow_with_the_rows() -> None:
    bins = [depth_bin(n) for n in (0, 1, 9, 10, 99, 100, 999, 1000, 10**6)]
    assert bins == [0, 1, 1, 2, 2, 3, 3, 4, 4]


@settings(max_examples=6, deadline=None)
@given(
    st.integers(min_value=0, max_value=2**31),
    st.lists(st.floats(min_value=0.5, max_value=3.0), min_size=2, max_size=4),
)
def test_calibrated_intervals_cover_the_target_share_of_fresh_rows_in_every_group(
    seed: int, spreads: list[float]
) -> None:
    """Groups whose held-out rows stray by different multiples of the in-sample spread (and
    skew the other way) each get their own factor, which then covers the target share of new
    rows there."""
    rng = np.random.default_rng(seed)
    in_sample = (-1.0, 1.4)
    groups = [(depth, "us" if depth % 2 else "nordics") for depth in range(len(spreads))]

    def draw(spread: float, n: int) -> np.ndarray:
        return spread * np.where(rng.random(n) < 0.5, -rng.exponential(1.0, n), rng.gamma(2, 1, n))

    n = 20_000  # at 3,000 a group's 0.82 quantile alone strays by 0.02 in coverage
    scores, depths, regions = [], [], []
    for (depth, region), spread in zip(groups, spreads, strict=True):
        scores.append(interval_score(draw(spread, n), *in_sample))
        depths += [depth] * n
        regions += [region] * n
    calibration = calibrate(np.concatenate(scores), depths, regions, in_sample)
    for (depth, region), spread in zip(groups, spreads, strict=True):
        low, high = calibration.bounds(depth, region)
        fresh = draw(spread, n)
        coverage = float(np.mean((fresh >= low) & (fresh <= high)))
        assert abs(coverage - TARGET_COVERAGE) < 0.035


def test_a_country_deeper_than_its_regions_scores_keeps_its_regions_factor() -> None:
    """The calibration fits have fewer rows than the fit they serve: the UK may sit in the
    1,000-row bin only in the final fit, where the US alone has scores. It keeps the UK's
    factor (pooled over its depths), not the US's; a region with no scores at all falls back
    to its depth bin, and the region pools outside the US lean on each other, not on the US."""
    rng = np.random.default_rng(3)
    in_sample = (-1.0, 1.0)
    us = interval_score(rng.normal(0, 1.0, 4000), *in_sample)
    uk = interval_score(rng.normal(0, 2.0, 400), *in_sample)
    nordics = interval_score(rng.normal(0, 2.0, 5), *in_sample)
    scores = np.concatenate([us, uk, nordics])
    depths = [4] * len(us) + [3] * len(uk) + [1] * len(nordics)
    regions = ["us"] * len(us) + ["uk_ireland"] * len(uk) + ["nordics"] * len(nordics)
    calibration = calibrate(scores, depths, regions, in_sample)
    us_factor = calibration.factor(4, "us")
    uk_factor = calibration.factor(3, "uk_ireland")
    assert uk_factor > 1.5 * us_factor
    assert calibration.factor(4, "uk_ireland") > 1.4 * us_factor
    assert calibration.factor(1, "western_europe") == calibration.factor_by_group["1"]
    # Five Nordic scores lean on the UK's (outside the US), not on the US's.
    assert calibration.factor(2, "nordics") > 1.4 * us_factor


@settings(deadline=None)
@given(st.lists(st.tuples(finite, st.sampled_from("abcde")), min_size=1, max_size=60))
def test_cluster_weights_sum_to_the_rows_and_weigh_each_cluster_the_same(
    rows: list[tuple[float, str]],
) -> None:
    scores = np.array([s for s, _ in rows])
    clusters = np.array([c for _, c in rows])
    pooled = Pooled.by_cluster(scores, clusters)
    assert pooled.weights.sum() == pytest.approx(len(rows))
    totals = {c: pooled.weights[clusters == c].sum() for c in set(clusters.tolist())}
    assert max(totals.values()) == pytest.approx(min(totals.values()))


def test_a_thin_region_borrows_how_a_typical_region_strayed_not_a_typical_row() -> None:
    """Outside the US, one big region that held steady and five small ones that each moved as a
    block: a sixth small region with four scores gets the small regions' width (each region-year
    counts once in the pool it leans on), where counting rows gave it the big region's."""
    rng = np.random.default_rng(8)
    in_sample = (-1.0, 1.0)
    parts = [("uk_ireland", rng.normal(0, 1.0, 2000))]
    parts += [(f"small_{i}", rng.normal(shift, 1.0, 30))
              for i, shift in enumerate((-2.0, 2.0, -1.5, 1.5, 2.5))]  # fmt: skip
    parts.append(("nordics", rng.normal(0, 1.0, 4)))
    scores = np.concatenate([interval_score(r, *in_sample) for _, r in parts])
    regions = [region for region, r in parts for _ in r]
    depths = [3 if region == "uk_ireland" else 1 for region in regions]
    clusters = [f"2023|{region}" for region in regions]
    by_rows = calibrate(scores, depths, regions, in_sample)
    by_region = calibrate(scores, depths, regions, in_sample, clusters=clusters)
    assert by_rows.factor(2, "nordics") < 1.7  # 1.51
    assert by_region.factor(2, "nordics") > 2.3  # 2.85
    # A region with many scores of its own keeps its own width either way.
    uk = by_rows.factor(3, "uk_ireland")
    assert by_region.factor(3, "uk_ireland") == pytest.approx(uk, abs=0.05)


# No subnormal residuals (5e-324): scaling one by 1 +- 1e-9 rounds back to itself, so the
# bounds' slack and shrink below mean nothing there; a log pay error is never that small
# without being 0.
residuals = st.lists(
    st.floats(min_value=-20, max_value=20, allow_nan=False, allow_subnormal=False),
    min_size=1, max_size=200,
).map(np.array)


def _covered(r: np.ndarray, bounds: tuple[float, float]) -> float:
    return float(np.mean((r >= bounds[0]) & (r <= bounds[1])))


@settings(deadline=None)
@given(residuals, shape)
def test_one_group_covers_its_own_calibration_rows_at_the_target_share(
    r: np.ndarray, in_sample: tuple[float, float]
) -> None:
    """Split-conformal on the calibration rows themselves: the group's interval holds at least
    the target share of them, and any narrower one holds less (one row more than the target at
    most, where ties or few rows make the step coarse)."""
    scores = interval_score(r, *in_sample)
    calibration = calibrate(scores, [2] * len(r), ["us"] * len(r), in_sample)
    low, high = calibration.bounds(2, "us")
    # The row the quantile lands on sits on a bound, up to the rounding of r / low * low.
    coverage = _covered(r, (low * (1 + 1e-9), high * (1 + 1e-9)))
    assert coverage >= TARGET_COVERAGE - 1e-9
    if high > 0:  # a factor of 0 (most residuals exactly 0) has no narrower interval
        shrink = 1 - 1e-6
        assert _covered(r, (low * shrink, high * shrink)) < TARGET_COVERAGE
    ordered = np.sort(scores)
    # Scores closer than the bounds' 1e-9 slack (20 and 20 + 1e-14) count as one: the slack
    # takes both in.
    if np.all(np.diff(ordered) > 1e-8 * np.maximum(1.0, np.abs(ordered[1:]))):
        assert coverage <= TARGET_COVERAGE + 1 / len(r) + 1e-9


@settings(deadline=None)
@given(residuals, shape, st.floats(min_value=0.05, max_value=20))
def test_the_factor_scales_with_the_residuals(
    r: np.ndarray, in_sample: tuple[float, float], scale: float
) -> None:
    """Residuals `scale` times as far give a factor `scale` times as large: the calibration is
    in the residuals' own units, whatever the in-sample spread."""
    depths, regions = [1] * len(r), ["nordics"] * len(r)
    base = calibrate(interval_score(r, *in_sample), depths, regions, in_sample)
    scaled = calibrate(interval_score(scale * r, *in_sample), depths, regions, in_sample)
    assert scaled.factor(1, "nordics") == pytest.approx(scale * base.factor(1, "nordics"))


@settings(deadline=None)
@given(residuals, shape, st.floats(min_value=0, max_value=5), st.floats(min_value=0, max_value=5))
def test_coverage_is_monotone_in_the_factor(
    r: np.ndarray, in_sample: tuple[float, float], a: float, b: float
) -> None:
    small, large = sorted((a, b))
    low, high = in_sample
    assert _covered(r, (small * low, small * high)) <= _covered(r, (large * low, large * high))


@settings(deadline=None)
@given(residuals, residuals, shape)
def test_a_thin_region_is_shrunk_toward_its_side_of_the_border(
    region_r: np.ndarray, others_r: np.ndarray, in_sample: tuple[float, float]
) -> None:
    """A region's factor lies between its own rows' quantile and that of the regions it leans
    on, so a region with a few wild rows cannot get a wilder factor than its rows call for."""
    scores = interval_score(np.concatenate([region_r, others_r]), *in_sample)
    regions = ["nordics"] * len(region_r) + ["uk_ireland"] * len(others_r)
    calibration = calibrate(scores, [1] * len(scores), regions, in_sample)
    own = Pooled.own(scores[: len(region_r)]).quantile()
    side = calibration.factor_by_group["*|outside_us"]
    assert min(own, side) - 1e-9 <= calibration.factor(3, "nordics") <= max(own, side) + 1e-9
