"""The pay model fitted on the bundled data ships with the package, so no user waits for a fit."""

from __future__ import annotations

from pathlib import Path

import pytest

from worldhire.comp.cache import shipped_fit
from worldhire.comp.data import bundled_salary_path
from worldhire.comp.estimate import PayQuery, load_estimator


def test_the_shipped_fit_belongs_to_the_bundled_data_and_this_model_version() -> None:
    """Stale after a change of data or model: re-run tools/fit_pay_model.py."""
    assert shipped_fit(bundled_salary_path()).exists()


def test_the_estimator_loads_it_instead_of_fitting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_fit(*_: object) -> None:
        raise AssertionError("the shipped fit should have been used")

    monkeypatch.setattr("worldhire.comp.estimate.fit_from_file", no_fit)
    estimator = load_estimator(tmp_path / "cache")
    estimate = estimator.estimate(PayQuery("Machine Learning Engineer", "IN", remote_ratio=100))
    assert 0 < estimate.p10 < estimate.p50 < estimate.p90
    assert not (tmp_path / "cache").exists()
