"""The pay model: log yearly pay = intercept + year trend + shrunk group effects + residual.

Fitting is empirical Bayes on a Gaussian hierarchical (mixed) model. Every `Term` of
worldhire.comp.features is a block of random effects with its own variance tau_g^2, estimated by EM
together with the residual variance, so the data decide how much each kind of group matters and a
group with few rows stays close to its broader group. The year is a fixed linear trend, which is
what lets the model predict a year it has not seen; its posterior uncertainty grows with the
distance from the years seen. The trend alone ran short one year ahead (its slope is set by the
mix of rows in a few early years: -0.013 a year fit on 2020-22, while the US median of 2023 rose
above its forecast by 0.056), so a year after the data also moves by the drift: the median miss of
the calibration years' held-out forecasts, per year ahead.

The pay currency is a term too (pay set in US dollars outside the US runs far above local pay); a
query that does not say it is a mixture of the currencies the residence country's rows are paid
in, in their shares (`currency_shares`). Rows repeated exactly (same cell, same pay, same year:
the salary index holds many copies of one posting) count once, so a country known from four
copies of one salary is not taken for a country known from four people.

Intervals: predictive sd = sqrt(residual variance of the residence country (shrunk toward its region
and the world) + posterior variance of the summed effects); p50 = mean + the median of the
standardised training residuals (pay is skewed), plus the drift in a year after the data. p10 and
p90 come from split-conformal calibration (worldhire.comp.calibration): each of the last two
training years is predicted by a fit on the years before it, and the quantiles of those held-out
scores around the drift, by the depth of the residence country's data and by region, say how far
out p10 and p90 sit. The test year of a benchmark is never used for this.
A query without a currency gets the quantiles of the mixture of its currencies' distributions.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from scipy import sparse, special
from scipy.linalg import lapack
from threadpoolctl import threadpool_limits

from worldhire.comp.calibration import IntervalCalibration, calibrate, depth_bin, interval_score
from worldhire.comp.features import TERMS, Cell, support_key
from worldhire.comp.regions import OTHER_REGION, region_of

# Prior sd (log pay) of the fixed part: intercept and year slope are practically unpenalised.
_FIXED_PRIOR_VAR = 1e6
_EM_MAX_ITER = 100
_EM_TOL = 5e-4  # largest change of an sd (log pay) between EM steps: far below what matters
# Pseudo-rows with which a country's residual variance leans on its region, a region on the world.
_SCALE_PRIOR_ROWS = 30.0
# Training years each predicted by a fit on the years before it, for the interval calibration.
_CALIBRATION_YEARS = 2
_MIN_SPLIT_ROWS = (50, 30)  # rows an inner fit needs, rows its held-out year needs
_CHUNK = 4096
_MAX_LEVERAGE = 0.9
# A query without a currency mixes the currencies of its country's rows down to this share.
_MIN_CURRENCY_SHARE = 0.01
# The quantiles an estimate gives, the normal's 90% point, and bisection steps for a mixture's
# quantile (each halves the bracket: 40 steps leave under 1e-11 of a 3-log-unit bracket).
_LEVELS = (0.1, 0.5, 0.9)
_Z90 = float(special.ndtri(0.9))
_BISECTIONS = 40
WORLD = ""  # currency_shares key of the shares over all rows (a query without a country)


def shrinkage_weight(rows: float, sigma2: float, tau2: float) -> float:
    """Own-data share in its effect: n / (n + sigma^2 / tau^2); the rest is borrowed."""
    if rows <= 0 or tau2 <= 0:
        return 0.0
    return rows / (rows + sigma2 / tau2)


def shrunk_variance(own_sum_sq: float, rows: float, prior_var: float, prior_rows: float) -> float:
    """Posterior-mean-like variance: the group's squared residuals pooled with a prior variance."""
    return (own_sum_sq + prior_rows * prior_var) / (rows + prior_rows)


@dataclass
class Design:
    """Columns: 0 intercept, 1 centred year, then one per (term, key) seen in training."""

    year_center: float
    columns: dict[str, dict[str, int]]  # term name -> key -> column
    width: int

    @classmethod
    def from_cells(cls, cells: Sequence[Cell]) -> Design:
        year_center = float(np.mean([c.year for c in cells]))
        columns: dict[str, dict[str, int]] = {}
        width = 2
        for term in TERMS:
            keys = sorted({k for c in cells if (k := term.key(c)) is not None})
            columns[term.name] = {k: width + i for i, k in enumerate(keys)}
            width += len(keys)
        return cls(year_center, columns, width)

    def active(self, cell: Cell) -> tuple[list[int], list[str]]:
        """Columns a cell switches on, and the terms whose key it has but training never saw."""
        cols, unseen = [0], []
        for term in TERMS:
            key = term.key(cell)
            if key is None:
                continue
            col = self.columns[term.name].get(key)
            if col is None:
                unseen.append(term.name)
            else:
                cols.append(col)
        return cols, unseen

    def matrix(self, cells: Sequence[Cell]) -> sparse.csr_matrix:
        indptr, indices, values = [0], [], []
        for cell in cells:
            cols, _ = self.active(cell)
            indices.extend(cols)
            values.extend([1.0] * len(cols))
            indices.append(1)
            values.append(cell.year - self.year_center)
            indptr.append(len(indices))
        return sparse.csr_matrix(
            (np.array(values), np.array(indices), np.array(indptr)), shape=(len(cells), self.width)
        )

    def term_of_column(self) -> np.ndarray:
        """Index into TERMS for each column; -1 for the fixed columns."""
        owner = np.full(self.width, -1)
        for t, term in enumerate(TERMS):
            for col in self.columns[term.name].values():
                owner[col] = t
        return owner


def spd_inverse(matrix: np.ndarray) -> np.ndarray:
    """Inverse of a symmetric positive definite matrix via its Cholesky factor (LAPACK)."""
    factor, info = lapack.dpotrf(matrix, lower=True)
    if info != 0:
        raise np.linalg.LinAlgError(f"matrix is not positive definite (potrf info {info})")
    inverse, info = lapack.dpotri(factor, lower=True)
    if info != 0:
        raise np.linalg.LinAlgError(f"cannot invert the Cholesky factor (potri info {info})")
    full: np.ndarray = np.tril(inverse) + np.tril(inverse, -1).T
    return full


@dataclass
class MixedFit:
    beta: np.ndarray
    cov: np.ndarray  # posterior covariance of beta
    tau2: np.ndarray  # one variance per term
    sigma2: float
    iterations: int


def fit_mixed(
    x: sparse.csr_matrix,
    y: np.ndarray,
    owner: np.ndarray,
    n_terms: int,
    weights: np.ndarray | None = None,
) -> MixedFit:
    """EM for y = X b + e, b_j ~ N(0, tau2[owner j]), e ~ N(0, sigma2 / w); fixed columns owner -1.

    A row of weight w counts as w rows (default 1). A term with no column (never seen in training)
    keeps a negligible variance.
    """
    w = np.ones(len(y)) if weights is None else weights
    weighted = sparse.csr_matrix(x.multiply(w[:, None]))
    xtx = np.asarray((x.T @ weighted).todense())
    xty = np.asarray(weighted.T @ y).ravel()
    yty = float((w * y) @ y)
    rows = float(w.sum())
    group_size = np.bincount(owner[owner >= 0], minlength=n_terms).astype(float)
    tau2 = np.full(n_terms, 0.1)
    sigma2 = float(np.var(y))
    beta = np.zeros(x.shape[1])
    cov = np.eye(x.shape[1])
    iterations = 0
    # The matrices are about a thousand columns wide: BLAS threads cost more in synchronisation
    # than they save (a fit took 20 times longer with two threads on a busy two-core machine).
    with threadpool_limits(limits=1, user_api="blas"):
        for iterations in range(1, _EM_MAX_ITER + 1):  # noqa: B007 - reported after the loop
            prior_var = np.where(owner >= 0, tau2[np.maximum(owner, 0)], _FIXED_PRIOR_VAR)
            precision = xtx / sigma2 + np.diag(1.0 / prior_var)
            cov = spd_inverse(precision)
            beta = cov @ (xty / sigma2)
            second_moment = beta**2 + np.diag(cov)
            new_tau2 = np.maximum(
                np.bincount(owner[owner >= 0], weights=second_moment[owner >= 0], minlength=n_terms)
                / np.maximum(group_size, 1.0),
                1e-6,
            )
            rss = yty - 2 * beta @ xty + beta @ xtx @ beta
            new_sigma2 = float((rss + np.sum(xtx * cov)) / rows)
            change = max(
                float(np.max(np.abs(np.sqrt(new_tau2) - np.sqrt(tau2)))),
                abs(math.sqrt(new_sigma2) - math.sqrt(sigma2)),
            )
            tau2, sigma2 = new_tau2, new_sigma2
            if change < _EM_TOL:
                break
    return MixedFit(beta, cov, tau2, sigma2, iterations)


@dataclass
class ResidualScale:
    """Residual variance by residence country, shrunk toward the region, shrunk toward the world."""

    world: float
    by_region: dict[str, float]
    by_country: dict[str, float]
    rows_by_country: dict[str, int]

    @classmethod
    def from_residuals(cls, cells: Sequence[Cell], resid: np.ndarray) -> ResidualScale:
        world = float(np.mean(resid**2))
        sq_region: dict[str, float] = defaultdict(float)
        n_region: Counter[str] = Counter()
        sq_country: dict[str, float] = defaultdict(float)
        n_country: Counter[str] = Counter()
        for cell, r in zip(cells, resid, strict=True):
            if cell.residence is None:
                continue
            region = region_of(cell.residence)
            sq_region[region] += float(r * r)
            n_region[region] += 1
            sq_country[cell.residence] += float(r * r)
            n_country[cell.residence] += 1
        by_region = {
            g: shrunk_variance(sq_region[g], n_region[g], world, _SCALE_PRIOR_ROWS)
            for g in n_region
        }
        by_country = {
            c: shrunk_variance(
                sq_country[c], n_country[c], by_region[region_of(c)], _SCALE_PRIOR_ROWS
            )
            for c in n_country
        }
        return cls(world, by_region, by_country, dict(n_country))

    def variance(self, residence: str | None) -> float:
        if residence is None:
            # Unknown country: the most dispersed region is the honest guess.
            return max([self.world, *self.by_region.values()])
        if residence in self.by_country:
            return self.by_country[residence]
        return self.by_region.get(region_of(residence), max([self.world, *self.by_region.values()]))


@dataclass
class Prediction:
    """Vectorised model output in log pay."""

    mean: np.ndarray
    sd: np.ndarray  # predictive sd: residual and parameter variance together
    param_var: np.ndarray


def parameter_variance(x: sparse.csr_matrix, cov: np.ndarray) -> np.ndarray:
    """Posterior variance of each row's summed effects: diag(X cov X'), in chunks."""
    out = np.empty(x.shape[0])
    for start in range(0, x.shape[0], _CHUNK):
        block = x[start : start + _CHUNK]
        out[start : start + _CHUNK] = np.asarray(block.multiply(block @ cov).sum(axis=1)).ravel()
    return out


def currency_shares(cells: Sequence[Cell], weights: np.ndarray) -> dict[str, dict[str, float]]:
    """Share of each pay currency among the rows of each residence country and of all rows
    (key WORLD), repeats counted once; currencies under _MIN_CURRENCY_SHARE dropped."""
    totals: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for cell, weight in zip(cells, weights.tolist(), strict=True):
        if cell.currency is None:
            continue
        totals[WORLD][cell.currency] += weight
        if cell.residence is not None:
            totals[cell.residence][cell.currency] += weight
    shares = {}
    for key, counts in totals.items():
        kept = {c: n for c, n in counts.items() if n >= _MIN_CURRENCY_SHARE * counts.total()}
        shares[key] = {c: round(n / sum(kept.values()), 4) for c, n in sorted(kept.items())}
    return shares


def duplicate_weights(cells: Sequence[Cell], log_pay: np.ndarray) -> np.ndarray:
    """1 / the number of rows with the same cell and the same pay (the same year is in the cell)."""
    keys = list(zip(cells, np.round(log_pay, 9).tolist(), strict=True))
    counts = Counter(keys)
    return np.array([1.0 / counts[k] for k in keys])


def distinct_rows(keys: Sequence[str | None], weights: np.ndarray) -> dict[str, int]:
    """Rows per key with each repeated posting counted once (`duplicate_weights` sum to 1 over
    the copies of one posting); rows without a key are left out."""
    totals: defaultdict[str, float] = defaultdict(float)
    for key, weight in zip(keys, weights.tolist(), strict=True):
        if key is not None:
            totals[key] += weight
    return {key: round(total) for key, total in totals.items()}


@dataclass
class PayModelFit:
    design: Design
    mixed: MixedFit
    scale: ResidualScale
    z50: float  # median of the standardised training residuals: p50 = mean + z50 * sd
    calibration: IntervalCalibration
    years: tuple[int, int]
    rows: int
    support: dict[str, int] = field(default_factory=dict)  # support_key -> distinct rows
    group_rows: dict[str, dict[str, int]] = field(default_factory=dict)  # term -> key -> rows
    # residence country (WORLD: all rows) -> pay currency -> share of its rows
    currency_shares: dict[str, dict[str, float]] = field(default_factory=dict)
    # Log pay added per year after the data: how far the trend's one-year-ahead forecasts fell
    # short in the calibration years (held-out median miss).
    drift: float = 0.0

    def currency_mix(self, cell: Cell) -> dict[str, float]:
        """The currencies a query without one stands for, with their weights."""
        if cell.currency is not None:
            return {cell.currency: 1.0}
        shares = self.currency_shares.get(cell.residence or WORLD) or self.currency_shares.get(
            WORLD, {}
        )
        return shares or {"": 1.0}  # no currency in the data: the term stays off

    def predict(self, cells: Sequence[Cell]) -> Prediction:
        """Mean and sd of log pay; a cell without a currency is the mixture of its country's
        currencies: the weighted mean, and the sd of the mixture (within plus between)."""
        mixes = [self.currency_mix(c) for c in cells]
        if all(len(m) == 1 and c.currency is not None for c, m in zip(cells, mixes, strict=True)):
            return self._predict(cells)
        expanded = [
            replace(c, currency=currency or None) for c, m in zip(cells, mixes, strict=True)
            for currency in m
        ]  # fmt: skip
        parts = self._predict(expanded)
        owner = np.repeat(np.arange(len(cells)), [len(m) for m in mixes])
        weight = np.array([w for m in mixes for w in m.values()])
        mean = np.bincount(owner, weights=weight * parts.mean, minlength=len(cells))
        spread = parts.sd**2 + (parts.mean - mean[owner]) ** 2
        sd = np.sqrt(np.bincount(owner, weights=weight * spread, minlength=len(cells)))
        param_var = np.bincount(owner, weights=weight * parts.param_var, minlength=len(cells))
        return Prediction(mean, sd, param_var)

    def _predict(self, cells: Sequence[Cell]) -> Prediction:
        x = self.design.matrix(cells)
        ahead = np.maximum(np.array([c.year for c in cells]) - self.years[1], 0)
        mean = np.asarray(x @ self.mixed.beta).ravel() + self.drift * ahead
        param_var = parameter_variance(x, self.mixed.cov)
        resid_var = np.array([self.scale.variance(c.residence) for c in cells])
        return Prediction(mean, np.sqrt(resid_var + param_var), param_var)

    def depth(self, cell: Cell) -> int:
        """Depth bin of the residence country's rows in this fit (0 when unknown)."""
        rows = self.scale.rows_by_country.get(cell.residence, 0) if cell.residence else 0
        return depth_bin(rows)

    def quantiles(self, cells: Sequence[Cell]) -> np.ndarray:
        """p10, p50, p90 of yearly pay in USD, one row per cell.

        A cell without a currency gets the quantiles of the mixture of its currencies' pay
        distributions, not of one distribution with the mixture's mean and sd: where a country
        is paid in two currencies at two levels (rupees, or dollars from abroad), the mixture's
        median lies with the currency most of its people are paid in instead of between both.
        """
        mixes = [self.currency_mix(c) for c in cells]
        expanded = [
            replace(c, currency=currency or None) for c, m in zip(cells, mixes, strict=True)
            for currency in m
        ]  # fmt: skip
        owner = np.repeat(np.arange(len(cells)), [len(m) for m in mixes])
        weight = np.array([w for m in mixes for w in m.values()])
        parts = self._predict(expanded)
        p50 = parts.mean + self.z50 * parts.sd
        bounds = np.array([
            self.calibration.bounds(
                self.depth(c), c.residence_region or OTHER_REGION, c.year - self.years[1]
            )
            for c in cells
        ]).reshape(len(cells), 2)  # fmt: skip
        low, high = bounds[owner, 0], bounds[owner, 1]
        each = np.column_stack([p50 + low * parts.sd, p50, p50 + high * parts.sd])
        found: np.ndarray = np.exp(mixture_quantiles(each, weight, owner, len(cells)))
        return found


def two_piece_cdf(x: np.ndarray, quantiles: np.ndarray) -> np.ndarray:
    """CDF at x of the two-piece normal with these (p10, p50, p90): a normal on each side of
    the median, scaled to its own side's quantile (pay is skewed)."""
    p10, p50, p90 = quantiles[:, 0], quantiles[:, 1], quantiles[:, 2]
    scale = np.where(x < p50, p50 - p10, p90 - p50) / _Z90
    return np.asarray(special.ndtr((x - p50) / np.maximum(scale, 1e-12)))


def mixture_quantiles(
    quantiles: np.ndarray, weight: np.ndarray, owner: np.ndarray, mixtures: int
) -> np.ndarray:
    """p10, p50, p90 of each mixture of two-piece normals: component i has (p10, p50, p90) in
    row i of `quantiles` and weight[i] in mixture owner[i] (the weights of a mixture sum to 1).

    Bisection on the mixture's CDF, between the smallest and the largest component quantile at
    each level (the mixture's lies between them): a one-component mixture is its component.
    """
    out = np.empty((mixtures, len(_LEVELS)))
    for k, level in enumerate(_LEVELS):
        lower = np.full(mixtures, np.inf)
        upper = np.full(mixtures, -np.inf)
        np.minimum.at(lower, owner, quantiles[:, k])
        np.maximum.at(upper, owner, quantiles[:, k])
        for _ in range(_BISECTIONS):
            middle = (lower + upper) / 2
            cdf = np.bincount(
                owner, weights=weight * two_piece_cdf(middle[owner], quantiles), minlength=mixtures
            )
            below = cdf < level
            lower = np.where(below, middle, lower)
            upper = np.where(below, upper, middle)
        out[:, k] = (lower + upper) / 2
    return out


def fit_pay_model(
    cells: Sequence[Cell], log_pay: np.ndarray, *, calibrate_intervals: bool = True
) -> PayModelFit:
    """Fit the model; with `calibrate_intervals`, calibrate p10/p90 on internal time splits."""
    if len(cells) < 10:
        raise ValueError(f"need at least 10 salary rows to fit the pay model, got {len(cells)}")
    design = Design.from_cells(cells)
    x = design.matrix(cells)
    weights = duplicate_weights(cells, log_pay)
    mixed = fit_mixed(x, log_pay, design.term_of_column(), len(TERMS), weights)
    # Leave-one-posting-out residuals (a linear smoother's e / (1 - leverage); with the duplicate
    # weights every copy of a posting has leverage param_var / sigma2): in-sample residuals of a
    # fit on few rows are too small, and the intervals would then depend on how much data the
    # fit had rather than on how far a new row falls.
    param_var = parameter_variance(x, mixed.cov)
    leverage = np.minimum(param_var / mixed.sigma2, _MAX_LEVERAGE)
    resid = (log_pay - np.asarray(x @ mixed.beta).ravel()) / (1.0 - leverage)
    scale = ResidualScale.from_residuals(cells, resid * np.sqrt(1.0 - leverage))
    sd = np.sqrt(np.array([scale.variance(c.residence) for c in cells]) + param_var)
    z10, z50, z90 = (float(v) for v in np.quantile(resid / sd, [0.1, 0.5, 0.9]))
    group_rows = {
        term.name: distinct_rows([term.key(c) for c in cells], weights) for term in TERMS
    }
    years = [c.year for c in cells]
    fit = PayModelFit(
        design=design,
        mixed=mixed,
        scale=scale,
        z50=z50,
        calibration=IntervalCalibration((z10 - z50, z90 - z50)),
        years=(min(years), max(years)),
        rows=len(cells),
        support=distinct_rows([support_key(c) for c in cells], weights),
        group_rows=group_rows,
        currency_shares=currency_shares(cells, weights),
    )
    if calibrate_intervals:
        held = held_out_years(cells, log_pay)
        if len(held.miss):
            # The trend's forecast of a year it has not seen ran short (or long) by this much
            # in the calibration years: each later year is moved by it, and the intervals are
            # calibrated around the moved p50.
            fit.drift = float(np.median(held.miss))
            scores = interval_score((held.miss - fit.drift) / held.sd, held.low, held.high)
            clusters = [f"{y}|{g}" for y, g in zip(held.years, held.regions, strict=True)]
            fit.calibration = calibrate(
                scores, held.depths, held.regions, fit.calibration.in_sample, clusters=clusters
            )
    return fit


@dataclass
class HeldOut:
    """Rows of later training years predicted by fits on the years before each."""

    miss: np.ndarray  # log pay - p50 of the fit that did not see the row
    sd: np.ndarray  # that fit's predictive sd
    low: np.ndarray  # that fit's in-sample interval shape (low < 0 < high, in sds)
    high: np.ndarray
    depths: list[int]  # depth bin of the row's residence country in that fit
    regions: list[str]  # the row's residence region
    years: list[int]  # the year it was held out from


def held_out_years(cells: Sequence[Cell], log_pay: np.ndarray) -> HeldOut:
    """Each of the last training years predicted by a fit on the years before it."""
    years = np.array([c.year for c in cells])
    parts: list[tuple[np.ndarray, ...]] = []
    depths: list[int] = []
    regions: list[str] = []
    held_years: list[int] = []
    for held_year in sorted(set(years.tolist()))[-_CALIBRATION_YEARS:]:
        before, held = years < held_year, years == held_year
        if before.sum() < _MIN_SPLIT_ROWS[0] or held.sum() < _MIN_SPLIT_ROWS[1]:
            continue
        if len(set(years[before].tolist())) < 2:
            continue  # one year cannot say how pay moves from one year to the next
        inner = fit_pay_model(
            [c for c, b in zip(cells, before, strict=True) if b],
            log_pay[before],
            calibrate_intervals=False,
        )
        held_cells = [c for c, h in zip(cells, held, strict=True) if h]
        pred = inner.predict(held_cells)
        shape = np.tile(inner.calibration.in_sample, (len(held_cells), 1))
        parts.append((log_pay[held] - pred.mean - inner.z50 * pred.sd, pred.sd, *shape.T))
        depths += [inner.depth(c) for c in held_cells]
        regions += [c.residence_region or OTHER_REGION for c in held_cells]
        held_years += [held_year] * len(held_cells)
    if not parts:
        empty = np.zeros(0)
        return HeldOut(empty, empty, empty, empty, [], [], [])
    miss, sd, low, high = (np.concatenate(column) for column in zip(*parts, strict=True))
    return HeldOut(miss, sd, low, high, depths, regions, held_years)
