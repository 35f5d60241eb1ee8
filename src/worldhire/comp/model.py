"""The pay model: log yearly pay = intercept + year trend + shrunk group effects + residual.

Fitting is empirical Bayes on a Gaussian hierarchical (mixed) model. Every `Term` of
worldhire.comp.features is a block of random effects with its own variance tau_g^2, estimated by
EM together with the residual variance, so the data decide how much each kind of group matters and
a group with few rows stays close to its broader group. The year is a fixed linear trend, which is
what lets the model predict a year it has not seen; its posterior uncertainty grows with the
distance from the years seen.

Intervals: predictive sd = sqrt(residual variance of the residence country (shrunk toward its
region and the world) + posterior variance of the summed effects), times empirical quantiles of the
standardised training residuals (pay is skewed, so not +-1.28). The sd also holds a year-ahead
drift variance, calibrated on an internal time split (fit on the years before the last training
year, widen until 80% of that year is covered), per residence region shrunk toward the world.
The test year of a benchmark is never used for this.
Thin evidence therefore widens the interval twice: larger posterior variance and a residual scale
borrowed from broader, more dispersed groups.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from scipy.linalg import lapack
from threadpoolctl import threadpool_limits

from worldhire.comp.features import TERMS, Cell, support_key
from worldhire.comp.regions import region_of

# Prior sd (log pay) of the fixed part: intercept and year slope are practically unpenalised.
_FIXED_PRIOR_VAR = 1e6
_EM_MAX_ITER = 100
_EM_TOL = 5e-4  # largest change of an sd (log pay) between EM steps: far below what matters
# Pseudo-rows with which a country's residual variance leans on its region, a region on the world.
_SCALE_PRIOR_ROWS = 30.0
# Pseudo-rows with which a region's year-ahead drift leans on the world's (coverage of both time
# splits, 2023 and 2024, stays within 0.75-0.85 for anything from 30 to 300).
_DRIFT_PRIOR_ROWS = 100.0
TARGET_COVERAGE = 0.80
_CHUNK = 4096


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


def fit_mixed(x: sparse.csr_matrix, y: np.ndarray, owner: np.ndarray, n_terms: int) -> MixedFit:
    """EM for y = X b + e, b_j ~ N(0, tau2[owner j]), e ~ N(0, sigma2); fixed columns owner -1.

    A term with no column (never seen in training) keeps a negligible variance.
    """
    xtx = np.asarray((x.T @ x).todense())
    xty = np.asarray(x.T @ y).ravel()
    yty = float(y @ y)
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
            new_sigma2 = float((rss + np.sum(xtx * cov)) / len(y))
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
class YearDrift:
    """Variance of the one-year-ahead shift of pay that no group effect foresees, by region."""

    world: float
    by_region: dict[str, float]

    def variance(self, region: str | None, years_ahead: int) -> float:
        # A random walk: the drift grows with the horizon; within the years seen it counts once,
        # because composition still moves from one year's sample to the next.
        per_year = self.world if region is None else self.by_region.get(region, self.world)
        return per_year * max(1, years_ahead)


@dataclass
class Prediction:
    """Vectorised model output in log pay."""

    mean: np.ndarray
    sd: np.ndarray  # predictive sd: residual, parameter and year-drift variance together
    param_var: np.ndarray


@dataclass
class PayModelFit:
    design: Design
    mixed: MixedFit
    scale: ResidualScale
    z: tuple[float, float, float]  # quantiles 10/50/90 of standardised training residuals
    drift: YearDrift
    years: tuple[int, int]
    rows: int
    support: dict[str, int] = field(default_factory=dict)  # support_key -> rows
    group_rows: dict[str, dict[str, int]] = field(default_factory=dict)  # term -> key -> rows

    def predict(self, cells: Sequence[Cell]) -> Prediction:
        x = self.design.matrix(cells)
        mean = np.asarray(x @ self.mixed.beta).ravel()
        param_var = np.empty(len(cells))
        for start in range(0, len(cells), _CHUNK):
            block = x[start : start + _CHUNK]
            param_var[start : start + _CHUNK] = np.asarray(
                block.multiply(block @ self.mixed.cov).sum(axis=1)
            ).ravel()
        resid_var = np.array([self.scale.variance(c.residence) for c in cells])
        drift_var = np.array(
            [self.drift.variance(c.residence_region, c.year - self.years[1]) for c in cells]
        )
        return Prediction(mean, np.sqrt(resid_var + param_var + drift_var), param_var)

    def quantiles(self, cells: Sequence[Cell]) -> np.ndarray:
        """p10, p50, p90 of yearly pay in USD, one row per cell."""
        pred = self.predict(cells)
        z10, z50, z90 = self.z
        logs = pred.mean[:, None] + np.outer(pred.sd, [z10, z50, z90])
        quantiles: np.ndarray = np.exp(logs)
        return quantiles


def fit_pay_model(
    cells: Sequence[Cell], log_pay: np.ndarray, *, calibrate: bool = True
) -> PayModelFit:
    """Fit the model; with `calibrate`, measure the year-ahead drift on an internal time split."""
    if len(cells) < 10:
        raise ValueError(f"need at least 10 salary rows to fit the pay model, got {len(cells)}")
    design = Design.from_cells(cells)
    x = design.matrix(cells)
    mixed = fit_mixed(x, log_pay, design.term_of_column(), len(TERMS))
    resid = log_pay - np.asarray(x @ mixed.beta).ravel()
    scale = ResidualScale.from_residuals(cells, resid)
    sd = np.sqrt([scale.variance(c.residence) for c in cells])
    standard = resid / sd
    z10, z50, z90 = (float(v) for v in np.quantile(standard, [0.1, 0.5, 0.9]))
    group_rows: dict[str, dict[str, int]] = {}
    for term in TERMS:
        counts = Counter(k for c in cells if (k := term.key(c)) is not None)
        group_rows[term.name] = dict(counts)
    years = [c.year for c in cells]
    fit = PayModelFit(
        design=design,
        mixed=mixed,
        scale=scale,
        z=(z10, z50, z90),
        drift=YearDrift(0.0, {}),
        years=(min(years), max(years)),
        rows=len(cells),
        support=dict(Counter(support_key(c) for c in cells)),
        group_rows=group_rows,
    )
    if calibrate:
        fit.drift = time_split_drift(cells, log_pay)
    return fit


def drift_for_coverage(
    resid: np.ndarray, sd: np.ndarray, lo: float, hi: float, target: float = TARGET_COVERAGE
) -> float:
    """Smallest extra sd d with share(lo s <= resid <= hi s) >= target, s = sqrt(sd^2 + d^2)."""
    low, high = 0.0, 5.0
    for _ in range(40):
        mid = (low + high) / 2
        s = np.sqrt(sd**2 + mid**2)
        covered = float(np.mean((resid >= lo * s) & (resid <= hi * s)))
        low, high = (mid, high) if covered < target else (low, mid)
    return high


def time_split_drift(cells: Sequence[Cell], log_pay: np.ndarray) -> YearDrift:
    """Fit on all but the last year; the extra sd that makes intervals cover 80% of that year.

    Estimated per residence region and shrunk toward the world's, like every other group.
    """
    last = max(c.year for c in cells)
    train = np.array([c.year < last for c in cells])
    if train.sum() < 10 or (~train).sum() < 10:
        return YearDrift(0.0, {})
    train_cells = [c for c, t in zip(cells, train, strict=True) if t]
    held_cells = [c for c, t in zip(cells, train, strict=True) if not t]
    inner = fit_pay_model(train_cells, log_pay[train], calibrate=False)
    pred = inner.predict(held_cells)
    z10, z50, z90 = inner.z
    # Measured around the predicted median, against the half-widths of the interval.
    resid = log_pay[~train] - pred.mean - z50 * pred.sd
    lo, hi = z10 - z50, z90 - z50
    world = drift_for_coverage(resid, pred.sd, lo, hi)
    regions = np.array([c.residence_region or "" for c in held_cells])
    by_region = {}
    for region in sorted(set(regions) - {""}):
        mask = regions == region
        rows = int(mask.sum())
        own = drift_for_coverage(resid[mask], pred.sd[mask], lo, hi) ** 2
        by_region[region] = shrunk_variance(rows * own, rows, world**2, _DRIFT_PRIOR_ROWS)
    return YearDrift(world**2, by_region)
