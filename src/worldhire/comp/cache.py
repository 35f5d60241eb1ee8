"""The fitted pay model on disk, so only the first use pays the fit (a few seconds).

One .npz per (data file content, model version): arrays as arrays, the rest as one JSON string.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import numpy as np

from worldhire.comp.calibration import IntervalCalibration
from worldhire.comp.model import Design, MixedFit, PayModelFit, ResidualScale

# Bump when the model's terms or fitting change: older cache files are then ignored.
MODEL_VERSION = "paymodel-10"


def shipped_fit(data_path: Path) -> Path:
    """The fit that ships inside the package for the bundled data (tools/fit_pay_model.py)."""
    return cache_file(Path(__file__).parent.parent / "data" / "salaries", data_path)


def cache_file(cache_dir: Path, data_path: Path) -> Path:
    digest = hashlib.sha256(data_path.read_bytes()).hexdigest()[:16]
    return cache_dir / f"{MODEL_VERSION}-{digest}.npz"


def save_fit(fit: PayModelFit, path: Path) -> None:
    meta = {
        "year_center": fit.design.year_center,
        "columns": fit.design.columns,
        "width": fit.design.width,
        "sigma2": fit.mixed.sigma2,
        "iterations": fit.mixed.iterations,
        "scale": {
            "world": fit.scale.world,
            "by_region": fit.scale.by_region,
            "by_country": fit.scale.by_country,
            "rows_by_country": fit.scale.rows_by_country,
        },
        "z50": fit.z50,
        "calibration": {
            "in_sample": list(fit.calibration.in_sample),
            "factor_by_group": fit.calibration.factor_by_group,
            "scores": fit.calibration.scores,
        },
        "years": list(fit.years),
        "rows": fit.rows,
        "support": fit.support,
        "group_rows": fit.group_rows,
        "currency_shares": fit.currency_shares,
        "drift": fit.drift,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write beside the target and rename, so a reader never sees half a file.
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz")
    os.close(fd)
    try:
        # The covariance is symmetric: its upper triangle, compressed, holds it exactly in half
        # the bytes (the fit ships inside the package).
        np.savez_compressed(
            tmp,
            beta=fit.mixed.beta,
            cov_upper=fit.mixed.cov[np.triu_indices(len(fit.mixed.beta))],
            tau2=fit.mixed.tau2,
            meta=np.array(json.dumps(meta)),
        )
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def _symmetric(upper: np.ndarray, size: int) -> np.ndarray:
    full = np.zeros((size, size))
    full[np.triu_indices(size)] = upper
    return full + np.triu(full, 1).T


def load_fit(path: Path) -> PayModelFit:
    with np.load(path, allow_pickle=False) as arrays:
        meta = json.loads(str(arrays["meta"]))
        mixed = MixedFit(
            beta=arrays["beta"],
            cov=_symmetric(arrays["cov_upper"], len(arrays["beta"])),
            tau2=arrays["tau2"],
            sigma2=float(meta["sigma2"]),
            iterations=int(meta["iterations"]),
        )
    scale = meta["scale"]
    calibration = meta["calibration"]
    in_low, in_high = calibration["in_sample"]
    first, last = meta["years"]
    return PayModelFit(
        design=Design(float(meta["year_center"]), meta["columns"], int(meta["width"])),
        mixed=mixed,
        scale=ResidualScale(
            scale["world"], scale["by_region"], scale["by_country"], scale["rows_by_country"]
        ),
        z50=float(meta["z50"]),
        calibration=IntervalCalibration(
            (float(in_low), float(in_high)),
            {k: float(f) for k, f in calibration["factor_by_group"].items()},
            int(calibration["scores"]),
        ),
        years=(int(first), int(last)),
        rows=int(meta["rows"]),
        support=meta["support"],
        group_rows=meta["group_rows"],
        currency_shares=meta["currency_shares"],
        drift=float(meta["drift"]),
    )
