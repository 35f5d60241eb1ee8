"""Fit the pay model on the bundled salary data and store it inside the package.

The fit (the model on every row, plus the two earlier-year fits that calibrate its intervals)
takes about a minute on two cores; shipping it means no user waits for it. It has no random
step: the same data and code give the same fitted numbers. Re-run after changing the salary data
or the model (comp/cache.py MODEL_VERSION):

    .venv/bin/python tools/fit_pay_model.py
"""

from __future__ import annotations

import time

from worldhire.comp.cache import save_fit, shipped_fit
from worldhire.comp.data import bundled_salary_path
from worldhire.comp.estimate import fit_from_file


def main() -> None:
    source = bundled_salary_path()
    target = shipped_fit(source)
    for stale in target.parent.glob("paymodel-*.npz"):
        stale.unlink()
    started = time.perf_counter()
    fit = fit_from_file(source)
    save_fit(fit, target)
    print(f"fitted {fit.rows} rows in {time.perf_counter() - started:.1f}s -> {target}")


if __name__ == "__main__":
    main()
