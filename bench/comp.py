"""Pay-model benchmark by time: train on the years before Y, test on year Y.

Reports the median absolute error of log pay and the share of test rows inside [p10, p90], overall
and for rows living outside the US, next to naive baselines (global median; median by title;
backoff title+level+country -> title+level -> title -> global). The test year is never used to fit
or calibrate: interval width is set on an internal split of the training years.

    python bench/comp.py [--test-year 2024] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from typing import Any

import numpy as np

from worldhire.comp.data import SalaryRecord, load_salaries
from worldhire.comp.features import Cell, make_cell
from worldhire.comp.model import fit_pay_model

Key = Callable[[SalaryRecord], Hashable]


def _medians(rows: Sequence[SalaryRecord], key: Key) -> dict[Hashable, tuple[float, int]]:
    groups: dict[Hashable, list[float]] = defaultdict(list)
    for r in rows:
        groups[key(r)].append(float(np.log(r.salary_in_usd)))
    return {k: (float(np.median(v)), len(v)) for k, v in groups.items()}


def backoff_predictions(
    train: Sequence[SalaryRecord], test: Sequence[SalaryRecord], min_rows: int = 1
) -> np.ndarray:
    """Median of the finest group with at least `min_rows` training rows, else coarser."""
    world = float(np.median(np.log([r.salary_in_usd for r in train])))
    keys: list[Key] = [
        lambda r: (r.job_title, r.experience_level, r.employee_residence),
        lambda r: (r.job_title, r.experience_level),
        lambda r: r.job_title,
    ]
    tables = [_medians(train, k) for k in keys]
    out = []
    for r in test:
        for key, table in zip(keys, tables, strict=True):
            median, rows = table.get(key(r), (0.0, 0))
            if rows >= min_rows:
                out.append(median)
                break
        else:
            out.append(world)
    return np.array(out)


def _slice_scores(
    err: np.ndarray, covered: np.ndarray | None, mask: np.ndarray
) -> dict[str, float]:
    scores = {
        "median_abs_log_error": round(float(np.median(err[mask])), 4),
        "rows": int(mask.sum()),
    }
    if covered is not None:
        scores["coverage_p10_p90"] = round(float(np.mean(covered[mask])), 4)
    return scores


def run(test_year: int) -> dict[str, Any]:
    records = load_salaries()
    train = [r for r in records if r.work_year < test_year]
    test = [r for r in records if r.work_year == test_year]
    if not train or not test:
        raise SystemExit(f"no rows to train before {test_year} or to test in it")

    def cell(r: SalaryRecord) -> Cell:
        return make_cell(
            r.job_title, r.experience_level, r.employee_residence, r.company_location,
            year=r.work_year, remote_ratio=r.remote_ratio, company_size=r.company_size,
            employment_type=r.employment_type,
        )  # fmt: skip

    y_test = np.log([r.salary_in_usd for r in test])
    non_us = np.array([r.employee_residence != "US" for r in test])
    everyone = np.ones(len(test), dtype=bool)
    started = time.perf_counter()
    fit = fit_pay_model([cell(r) for r in train], np.log([r.salary_in_usd for r in train]))
    fit_seconds = time.perf_counter() - started
    q = np.log(fit.quantiles([cell(r) for r in test]))
    err = np.abs(q[:, 1] - y_test)
    covered = (q[:, 0] <= y_test) & (y_test <= q[:, 2])
    world = float(np.median(np.log([r.salary_in_usd for r in train])))
    by_title = _medians(train, lambda r: r.job_title)
    baselines = {
        "global median": np.full(len(test), world),
        "median by title": np.array([by_title.get(r.job_title, (world, 0))[0] for r in test]),
        "backoff title+level+country (min 1 row)": backoff_predictions(train, test, 1),
        "backoff title+level+country (min 5 rows)": backoff_predictions(train, test, 5),
    }
    results: dict[str, Any] = {
        "test_year": test_year,
        "train_rows": len(train),
        "test_rows": len(test),
        "fit_seconds": round(fit_seconds, 1),
        "model": {
            "overall": _slice_scores(err, covered, everyone),
            "non_us": _slice_scores(err, covered, non_us),
        },
        "baselines": {
            name: {
                "overall": _slice_scores(np.abs(pred - y_test), None, everyone),
                "non_us": _slice_scores(np.abs(pred - y_test), None, non_us),
            }
            for name, pred in baselines.items()
        },
        "reproduce": f"python bench/comp.py --test-year {test_year} --json",
    }
    return results


def _print(results: dict[str, Any]) -> None:
    print(f"test year {results['test_year']}: train {results['train_rows']} rows, "
          f"test {results['test_rows']} rows, fit {results['fit_seconds']}s")  # fmt: skip
    rows = [("model", results["model"]), *results["baselines"].items()]
    heads = ("MdAE log (all)", "MdAE (non-US)", "cov (all)", "cov (non-US)")
    print(f"{'':44s} {heads[0]:>15s} {heads[1]:>14s} {heads[2]:>10s} {heads[3]:>13s}")
    for name, scores in rows:
        cov_all = scores["overall"].get("coverage_p10_p90")
        cov_non = scores["non_us"].get("coverage_p10_p90")
        print(f"{name:44s} {scores['overall']['median_abs_log_error']:>15.4f} "
              f"{scores['non_us']['median_abs_log_error']:>14.4f} "
              f"{'' if cov_all is None else f'{cov_all:.3f}':>10s} "
              f"{'' if cov_non is None else f'{cov_non:.3f}':>13s}")  # fmt: skip
    print(f"reproduce: {results['reproduce']}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--test-year", type=int, default=2024)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    results = run(args.test_year)
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        _print(results)


if __name__ == "__main__":
    main()
