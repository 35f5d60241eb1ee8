"""What a pay predictor could reach if it had seen the test year: k-fold cross-validation inside it.

bench/comp.py measures the product's task: forecast a year from the years before it. Issue 20
asks a median |log error| of 0.22 there (0.25 outside the US). This bench asks how far that is
from what the columns allow at all, with an easier task: each fold of the test year's postings
predicted by models that saw every other fold of the same year (exact repeats of a posting stay
in one fold, so no row is predicted from its own copy):

- the product's pay model (comp/model.py), fit on all earlier years plus the other folds;
- gradient boosting with absolute loss (the median) on the same columns as categories (level,
  employment type, company size, remote ratio, role family, title, title head, residence,
  company country, pay currency), fit on the other folds of the year only.

Neither is a forecast: both have seen the year's level and mix, which the product cannot. When
they miss by more than the goal, no estimator of these columns that has not seen the year reaches
it either. Median |log error| all / US / non-US, 5 folds by posting (2 cores at load 15):

    2024 (62,229 rows, 303 s)    pay model 0.251 / 0.251 / 0.248    boosting 0.259 / 0.260 / 0.252
    2023 (8,522 rows)            pay model 0.229 / 0.227 / 0.265    boosting 0.241 / 0.238 / 0.262

The product's forecast of those years from the years before (bench/comp.py): 2024 0.260 / 0.256
/ 0.291, 2023 0.230 / 0.227 / 0.261. Seeing 2024 takes 0.009 off the overall error, far from the
0.04 the goal asks, and brings the non-US rows to 0.248: what is left outside the US is the shift
of each region from one year to the next. (Random folds, which put copies of a posting on both
sides, made the booster look better in a first run: 0.249 / 0.232 on 2024.)

    python bench/comp_seen_year.py [--year 2024] [--folds 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import GroupKFold
from threadpoolctl import threadpool_limits

from worldhire.comp.data import SalaryRecord, load_salaries
from worldhire.comp.features import Cell, record_cell, title_head
from worldhire.comp.model import fit_pay_model

# Categories a column keeps for the booster (its max_bins is 255); rarer ones share one code.
_TOP_CATEGORIES = 250
_BOOSTER = {"max_iter": 300, "learning_rate": 0.1, "min_samples_leaf": 20, "random_state": 0}


def _columns(cells: Sequence[Cell]) -> list[list[str]]:
    return [
        [c.level.value for c in cells],
        [c.employment_type for c in cells],
        [c.company_size for c in cells],
        [str(c.remote_ratio) for c in cells],
        [c.family for c in cells],
        [c.title_key for c in cells],
        [str(title_head(c.title_key)) for c in cells],
        [str(c.residence) for c in cells],
        [str(c.company) for c in cells],
        [str(c.currency) for c in cells],
    ]


def category_codes(values: Sequence[str], fit_rows: np.ndarray) -> np.ndarray:
    """Each value's rank by frequency among the fit rows; values outside the top share a code."""
    counts = Counter(v for v, fit in zip(values, fit_rows.tolist(), strict=True) if fit)
    codes = {v: i for i, (v, _) in enumerate(counts.most_common(_TOP_CATEGORIES))}
    return np.array([codes.get(v, _TOP_CATEGORIES) for v in values], dtype=float)


def posting_groups(records: Sequence[SalaryRecord]) -> np.ndarray:
    """One group per distinct posting: the exact repeats of a row share it."""
    ids: dict[SalaryRecord, int] = {}
    return np.array([ids.setdefault(r, len(ids)) for r in records])


def _scores(err: np.ndarray, us: np.ndarray) -> dict[str, float]:
    return {
        "all": round(float(np.median(err)), 4),
        "us": round(float(np.median(err[us])), 4),
        "non_us": round(float(np.median(err[~us])), 4),
    }


def _predict_fold(
    fit_idx: np.ndarray, test_idx: np.ndarray, cells_before: Sequence[Cell], cells: Sequence[Cell],
    y_before: np.ndarray, y: np.ndarray, model: np.ndarray, booster: np.ndarray,
) -> None:  # fmt: skip
    """Fill one fold's predictions of both predictors in `model` and `booster`."""
    fit = fit_pay_model(
        [*cells_before, *(cells[i] for i in fit_idx)],
        np.concatenate([y_before, y[fit_idx]]),
        calibrate_intervals=False,
    )
    model[test_idx] = np.log(fit.quantiles([cells[i] for i in test_idx]))[:, 1]
    fit_rows = np.zeros(len(cells), dtype=bool)
    fit_rows[fit_idx] = True
    x = np.column_stack([category_codes(col, fit_rows) for col in _columns(cells)])
    boosted = HistGradientBoostingRegressor(
        loss="absolute_error", categorical_features=list(range(x.shape[1])), **_BOOSTER
    ).fit(x[fit_idx], y[fit_idx])
    booster[test_idx] = boosted.predict(x[test_idx])


def run(year: int | None, folds: int) -> dict[str, Any]:
    records = load_salaries()
    year = year if year is not None else max(r.work_year for r in records)
    before = [r for r in records if r.work_year < year]
    seen = [r for r in records if r.work_year == year]
    cells_before = [record_cell(r) for r in before]
    cells = [record_cell(r) for r in seen]
    y_before = np.log([r.salary_in_usd for r in before])
    y = np.log([r.salary_in_usd for r in seen])
    us = np.array([c.residence == "US" for c in cells])
    model = np.empty(len(seen))
    booster = np.empty(len(seen))
    started = time.perf_counter()
    # One OpenMP thread: the booster's threads spin against each other on a busy two-core
    # machine (at load 15, 2023's 8,522 rows took 1,303 s with them, 2024's 62,229 303 s without).
    with threadpool_limits(limits=1, user_api="openmp"):
        for fit_idx, test_idx in GroupKFold(folds).split(y, groups=posting_groups(seen)):
            _predict_fold(fit_idx, test_idx, cells_before, cells, y_before, y, model, booster)
            print(f"fold done at {time.perf_counter() - started:.0f}s", file=sys.stderr, flush=True)
    return {
        "year": year,
        "folds": folds,
        "rows": len(seen),
        "seconds": round(time.perf_counter() - started, 1),
        "pay_model_with_other_folds": _scores(np.abs(model - y), us),
        "gradient_boosting_other_folds": _scores(np.abs(booster - y), us),
        "goal": {"all": 0.22, "non_us": 0.25},
        "reproduce": f"python bench/comp_seen_year.py --year {year} --folds {folds} --json",
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--year", type=int, default=None, help="default: the newest year")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    results = run(args.year, args.folds)
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
        return
    print(f"{results['year']}: {results['rows']} rows, {results['folds']} folds by posting, "
          f"{results['seconds']}s; median |log error| (goal: all 0.22, non-US 0.25)")  # fmt: skip
    print(f"{'':40s} {'all':>7s} {'US':>7s} {'non-US':>7s}")
    for name in ("pay_model_with_other_folds", "gradient_boosting_other_folds"):
        s = results[name]
        print(f"{name:40s} {s['all']:>7.4f} {s['us']:>7.4f} {s['non_us']:>7.4f}")
    print(f"reproduce: {results['reproduce']}")


if __name__ == "__main__":
    main()
