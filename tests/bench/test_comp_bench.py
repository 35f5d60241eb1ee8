"""bench/comp.py's reference figures mean what they say: the MdAE lower bound is one no
prediction from a row's cell beats in-sample, and a region is judged only on enough rows."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import comp as bench

group = st.lists(
    st.floats(min_value=8, max_value=14, allow_nan=False), min_size=1, max_size=25
).map(np.array)


@settings(deadline=None)
@given(st.lists(group, min_size=1, max_size=8), st.data())
def test_no_point_per_group_beats_the_mdae_lower_bound(
    groups: list[np.ndarray], data: st.DataObject
) -> None:
    bound = bench.mdae_lower_bound(groups)
    medians = [float(np.median(g)) for g in groups]
    members = [data.draw(st.sampled_from(g.tolist())) for g in groups]
    for points in (medians, members):
        errors = np.concatenate([np.abs(g - p) for g, p in zip(groups, points, strict=True)])
        assert bound <= float(np.median(errors)) + 1e-3
    assert bound >= 0


def test_the_bound_is_reached_by_the_best_window() -> None:
    # Three of the five values are within 0.1 of a point of their group (0.1 and either of
    # 10, 20), and no choice of points puts three nearer.
    groups = [np.array([0.0, 0.2, 5.0]), np.array([10.0, 20.0])]
    assert abs(bench.mdae_lower_bound(groups) - 0.1) < 2e-4


def test_a_region_is_judged_once_its_band_is_within_five_points() -> None:
    assert bench.coverage_band(174) <= 0.05 < bench.coverage_band(173)


log_pay = st.floats(min_value=8, max_value=14)


@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"), log_pay, log_pay), min_size=1, max_size=30))
def test_a_level_shift_reference_centres_each_group_on_its_own_pay(
    rows: list[tuple[str, float, float]],
) -> None:
    """Each group's p50 moves by its own median miss, so the group's median miss becomes 0 and
    no other group's estimate moves."""
    keys = [k for k, _, _ in rows]
    p50 = np.array([p for _, p, _ in rows])
    y = np.array([t for _, _, t in rows])
    moved = bench.shifted_by_group(p50, y, keys)
    for key in set(keys):
        mask = np.array([k == key for k in keys])
        assert abs(float(np.median(y[mask] - moved[mask]))) < 1e-9
        assert np.allclose(moved[mask] - p50[mask], moved[mask][0] - p50[mask][0])


def test_the_mdae_band_draws_postings_with_their_repeats() -> None:
    rng = np.random.default_rng(3)
    err = np.abs(rng.normal(0, 0.3, 400))
    assert bench.mdae_band(np.full(50, 0.2), np.arange(50)) == 0.0
    wide = bench.mdae_band(err[:40], np.arange(40))
    assert 0 < bench.mdae_band(err, np.arange(400)) < wide
    # Ten copies of each of 40 postings say no more than the 40 postings.
    repeated = np.repeat(err[:40], 10)
    assert bench.mdae_band(repeated, np.repeat(np.arange(40), 10)) > 0.5 * wide
    assert bench.mdae_band(repeated, np.arange(400)) < 0.5 * wide
