"""A small synthetic salary file with known structure: fits in well under a second."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from worldhire.comp.estimate import PayEstimator, fit_from_file

HEADER = (
    "work_year", "experience_level", "employment_type", "job_title", "salary", "salary_currency",
    "salary_in_usd", "employee_residence", "remote_ratio", "company_location", "company_size",
)  # fmt: skip
LEVEL_FACTOR = {"EN": 0.6, "MI": 0.8, "SE": 1.0, "EX": 1.3}
TITLE_FACTOR = {"Data Scientist": 1.0, "Machine Learning Engineer": 1.15, "Data Analyst": 0.7}
# Rows per country: the US dominates, as in the real data; PL is thin.
COUNTRIES = {"US": (1.0, 300), "DE": (0.55, 120), "IN": (0.2, 100), "PL": (0.4, 8)}


def write_salaries(path: Path, seed: int = 7) -> Path:
    rng = random.Random(seed)
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for country, (factor, rows) in COUNTRIES.items():
            for _ in range(rows):
                year = rng.choice((2022, 2023, 2023, 2024, 2024))
                level = rng.choice(list(LEVEL_FACTOR))
                title = rng.choice(list(TITLE_FACTOR))
                pay = 150_000 * factor * LEVEL_FACTOR[level] * TITLE_FACTOR[title]
                pay *= 1.03 ** (year - 2022) * rng.lognormvariate(0, 0.25)
                writer.writerow(
                    (year, level, "FT", title, round(pay), "USD", round(pay), country,
                     rng.choice((0, 100)), country, rng.choice("SML"))
                )  # fmt: skip
    return path


@pytest.fixture(scope="session")
def salary_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_salaries(tmp_path_factory.mktemp("salaries") / "salaries.csv")


@pytest.fixture(scope="session")
def estimator(salary_csv: Path) -> PayEstimator:
    return PayEstimator(fit_from_file(salary_csv))
