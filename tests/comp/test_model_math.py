from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worldhire.comp.estimate import PayEstimator, PayQuery
from worldhire.comp.features import Cell, make_cell
from worldhire.comp.model import (
    WORLD,
    PayModelFit,
    currency_shares,
    duplicate_weights,
    fit_pay_model,
    mixture_quantiles,
    shrinkage_weight,
    shrunk_variance,
    spd_inverse,
    two_piece_cdf,
)
from worldhire.core.models import Seniority

positive = st.floats(min_value=1e-3, max_value=1e3, allow_nan=False)


@settings(deadline=None)
@given(
    st.integers(min_value=0, max_value=10_000),
    st.integers(min_value=1, max_value=100),
    positive,
    positive,
)
def test_shrinkage_weight_is_monotone_in_support(
    rows: int, more: int, sigma2: float, tau2: float
) -> None:
    low = shrinkage_weight(rows, sigma2, tau2)
    high = shrinkage_weight(rows + more, sigma2, tau2)
    assert 0.0 <= low < high <= 1.0


@settings(deadline=None)
@given(positive, positive, positive, st.floats(min_value=0, max_value=1e4))
def test_shrunk_variance_lies_between_own_and_prior(
    own: float, prior: float, prior_rows: float, rows: float
) -> None:
    pooled = shrunk_variance(own * rows, rows, prior, prior_rows)
    assert min(own, prior) - 1e-9 <= pooled <= max(own, prior) + 1e-9


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=8), st.integers(min_value=0, max_value=2**31))
def test_spd_inverse_matches_numpy(size: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    a = rng.normal(size=(size, size))
    matrix = a @ a.T + size * np.eye(size)
    assert np.allclose(spd_inverse(matrix), np.linalg.inv(matrix))


def test_a_posting_repeated_counts_once() -> None:
    rng = np.random.default_rng(3)
    titles = ["Data Scientist", "Data Analyst", "Machine Learning Engineer"]
    cells = [
        make_cell(titles[i % 3], list(Seniority)[i % 4], ["US", "DE", "IN"][i % 3], None,
                  year=2022 + i % 3)
        for i in range(60)
    ]  # fmt: skip
    log_pay = rng.normal(11.5, 0.3, size=60)
    repeated = [*cells, *cells[:10], *cells[:10]]
    repeated_pay = np.concatenate([log_pay, log_pay[:10], log_pay[:10]])
    weights = duplicate_weights(repeated, repeated_pay)
    assert np.allclose(weights[:10], 1 / 3) and np.allclose(weights[10:60], 1.0)
    once = fit_pay_model(cells, log_pay, calibrate_intervals=False)
    thrice = fit_pay_model(repeated, repeated_pay, calibrate_intervals=False)
    assert np.allclose(once.predict(cells).mean, thrice.predict(cells).mean, atol=1e-4)
    # The rows shown behind an estimate count the posting once too.
    assert thrice.support == once.support and thrice.group_rows == once.group_rows


def test_currency_shares_count_postings_once_and_drop_rare_currencies() -> None:
    cells = [
        make_cell("Data Scientist", Seniority.SE, "GB", "GB", year=2024, currency=currency)
        for currency in ["GBP"] * 297 + ["USD"] * 100 + ["EUR"] + [None] * 5
    ]
    weights = np.ones(len(cells))
    weights[297:397] = 0.5  # 100 rows that are two copies each of 50 postings
    shares = currency_shares(cells, weights)
    assert shares["GB"] == {"GBP": round(297 / 347, 4), "USD": round(50 / 347, 4)}
    assert shares[WORLD] == shares["GB"]


def test_a_query_without_currency_is_the_mix_of_its_countrys_currencies() -> None:
    """Rows of one country paid in two currencies at two pay levels: a query that names the
    currency gets its level; one that does not lies between, with the wider spread of the mix."""
    rng = np.random.default_rng(5)
    cells, pay = [], []
    for i in range(240):
        currency = "USD" if i % 4 == 0 else "INR"
        cells.append(make_cell("Data Scientist", Seniority.MI, "IN", "IN", year=2022 + i % 3,
                               currency=currency))  # fmt: skip
        pay.append((11.2 if currency == "USD" else 10.3) + rng.normal(0, 0.2))
    fit = fit_pay_model(cells, np.array(pay), calibrate_intervals=False)
    assert fit.currency_shares["IN"] == {"INR": 0.75, "USD": 0.25}
    query = make_cell("Data Scientist", Seniority.MI, "IN", "IN", year=2024)
    usd, inr, mixed = fit.predict(
        [replace(query, currency="USD"), replace(query, currency="INR"), query]
    ).mean
    assert inr + 0.5 < usd
    assert mixed == pytest.approx(0.25 * usd + 0.75 * inr, abs=1e-9)
    sds = fit.predict([replace(query, currency="INR"), query]).sd
    assert sds[1] > sds[0]


def accelerating_pay(seed: int) -> tuple[list[Cell], np.ndarray]:
    """Pay flat in 2019-21, then up 0.15 a year: a straight trend fit on any span of it runs
    short of the next year."""
    rng = np.random.default_rng(seed)
    cells, pay = [], []
    for i in range(600):
        year = 2019 + i % 6
        cells.append(make_cell(["Data Scientist", "Data Analyst"][i % 2], list(Seniority)[i % 4],
                               ["US", "DE", "IN"][i % 3], None, year=year))  # fmt: skip
        pay.append(11.5 + 0.15 * max(0, year - 2021) + rng.normal(0, 0.2))
    return cells, np.array(pay)


@pytest.fixture(scope="module")
def accelerating() -> tuple[PayModelFit, list[Cell], np.ndarray]:
    cells, log_pay = accelerating_pay(11)
    return fit_pay_model(cells, log_pay), cells, log_pay


def test_the_drift_moves_years_after_the_data_by_the_held_out_miss_per_year(
    accelerating: tuple[PayModelFit, list[Cell], np.ndarray],
) -> None:
    fit, cells, log_pay = accelerating
    assert 0.05 < fit.drift < 0.5
    trend_only = replace(fit, drift=0.0)
    inside = [replace(c, year=2024) for c in cells[:5]]
    after = [replace(c, year=2026) for c in cells[:5]]
    assert np.array_equal(fit.predict(inside).mean, trend_only.predict(inside).mean)
    moved = fit.predict(after).mean - trend_only.predict(after).mean
    assert moved == pytest.approx(np.full(5, 2 * fit.drift))
    # Without held-out years (calibration off) there is no drift.
    assert fit_pay_model(cells, log_pay, calibrate_intervals=False).drift == 0.0


def test_next_years_rows_are_nearer_the_moved_p50_and_inside_its_interval(
    accelerating: tuple[PayModelFit, list[Cell], np.ndarray],
) -> None:
    """Fresh rows of the year after the data, from the same process (still rising 0.15 a year):
    the drift brings p50 nearer and [p10, p90] around the share it is calibrated for."""
    fit, cells, _ = accelerating
    rng = np.random.default_rng(111)
    fresh = [replace(c, year=2025) for c in cells]
    truth = 11.5 + 0.15 * 4 + rng.normal(0, 0.2, len(fresh))

    def scores(model: PayModelFit) -> tuple[float, float]:
        q = np.log(model.quantiles(fresh))
        error = float(np.median(np.abs(q[:, 1] - truth)))
        return error, float(np.mean((q[:, 0] <= truth) & (truth <= q[:, 2])))

    moved_error, moved_coverage = scores(fit)
    trend_error, trend_coverage = scores(replace(fit, drift=0.0))
    assert moved_error < trend_error
    assert trend_coverage < moved_coverage
    assert 0.7 <= moved_coverage <= 0.9


@settings(max_examples=25, deadline=None)
@given(st.floats(min_value=-0.3, max_value=0.3), st.integers(min_value=2020, max_value=2032))
def test_quantiles_stay_ordered_and_move_with_the_drift(
    accelerating: tuple[PayModelFit, list[Cell], np.ndarray], drift: float, year: int
) -> None:
    fit = replace(accelerating[0], drift=drift)
    cell = replace(accelerating[1][0], year=year)
    p10, p50, p90 = fit.quantiles([cell])[0]
    assert 0 < p10 <= p50 <= p90
    base = replace(fit, drift=0.0).quantiles([cell])[0]
    ahead = max(0, year - fit.years[1])
    assert np.log([p10, p50, p90]) == pytest.approx(np.log(base) + drift * ahead)


component = st.tuples(
    st.floats(min_value=8.0, max_value=13.0),
    st.floats(min_value=0.01, max_value=2.0),
    st.floats(min_value=0.01, max_value=2.0),
).map(lambda t: (t[0] - t[1], t[0], t[0] + t[2]))  # (p10, p50, p90) in log pay


@settings(deadline=None)
@given(st.lists(st.tuples(component, st.floats(min_value=0.01, max_value=1.0)), min_size=1,
                max_size=4))  # fmt: skip
def test_mixture_quantiles_are_the_mixtures_and_lie_between_its_components(
    parts: list[tuple[tuple[float, float, float], float]],
) -> None:
    quantiles = np.array([q for q, _ in parts])
    weight = np.array([w for _, w in parts])
    weight /= weight.sum()
    owner = np.zeros(len(parts), dtype=int)
    found = mixture_quantiles(quantiles, weight, owner, 1)[0]
    assert found[0] <= found[1] <= found[2]
    assert np.all(found >= quantiles.min(axis=0) - 1e-9)
    assert np.all(found <= quantiles.max(axis=0) + 1e-9)
    cdf = [float(weight @ two_piece_cdf(np.full(len(parts), x), quantiles)) for x in found]
    assert cdf == pytest.approx([0.1, 0.5, 0.9], abs=1e-6)


def test_a_one_component_mixture_is_its_component_exactly() -> None:
    quantiles = np.array([[10.0, 10.5, 11.2], [9.0, 9.2, 9.9]])
    found = mixture_quantiles(quantiles, np.ones(2), np.array([0, 1]), 2)
    assert np.array_equal(found, quantiles)


def test_a_two_currency_mixtures_median_lies_with_the_currency_most_are_paid_in() -> None:
    rupees, dollars = [10.2, 10.4, 10.6], [11.2, 11.4, 11.6]
    found = mixture_quantiles(np.array([rupees, dollars]), np.array([0.8, 0.2]),
                              np.zeros(2, dtype=int), 1)[0]  # fmt: skip
    # The mixture's mean (10.56) falls between the two; its median is a rupee wage.
    assert 10.4 < found[1] < 10.5
    assert found[0] == pytest.approx(10.2, abs=0.05) and found[2] > 11.0


queries = st.builds(
    PayQuery,
    title=st.sampled_from(
        ["Data Scientist", "Machine Learning Engineer", "Data Analyst", "Zookeeper"]
    ),
    country=st.sampled_from(["US", "DE", "IN", "PL", "BR", "XX"]),
    level=st.sampled_from([*Seniority, None]),
    remote_ratio=st.integers(min_value=0, max_value=100),
    company_location=st.sampled_from([None, "US", "DE", "QQ"]),
    company_size=st.sampled_from(["S", "M", "L", "huge"]),
    year=st.integers(min_value=2020, max_value=2030),
    currency=st.sampled_from([None, "USD", "usd", "XYZ", ""]),
)


@settings(max_examples=60, deadline=None)
@given(queries)
def test_quantiles_are_ordered_and_positive(estimator: PayEstimator, query: PayQuery) -> None:
    est = estimator.estimate(query)
    assert 0 < est.p10 <= est.p50 <= est.p90


def test_interval_is_wider_where_data_is_thin(estimator: PayEstimator) -> None:
    def ratio(country: str) -> float:
        return estimator.estimate(
            PayQuery("Data Scientist", country, Seniority.SE, year=2024)
        ).interval_ratio

    assert ratio("US") < ratio("PL") < ratio("BR")  # 300 rows, 8 rows, none


def test_interval_widens_with_the_forecast_horizon(estimator: PayEstimator) -> None:
    widths = [
        estimator.estimate(PayQuery("Data Scientist", "DE", Seniority.SE, year=y)).interval_ratio
        for y in (2024, 2026, 2030)
    ]
    assert widths[0] < widths[1] < widths[2]


def test_model_recovers_the_structure_it_was_fitted_on(estimator: PayEstimator) -> None:
    def p50(country: str, level: Seniority) -> float:
        return estimator.estimate(PayQuery("Data Scientist", country, level, year=2024)).p50

    assert p50("US", Seniority.SE) > p50("DE", Seniority.SE) > p50("IN", Seniority.SE)
    assert p50("US", Seniority.EN) < p50("US", Seniority.SE) < p50("US", Seniority.EX)
    # Synthetic truth: 150k x 1.03^2 for a US senior data scientist in 2024.
    assert 120_000 < p50("US", Seniority.SE) < 190_000
