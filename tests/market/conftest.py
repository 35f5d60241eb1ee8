"""A small generated market: roles from two tenants, candidates across regions, and a small
salary file to fit the pay model on in well under a second."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.factories import KUBERNETES, PYTHON, PYTORCH, TENSORFLOW, make_candidate, make_role
from worldhire.comp.estimate import PayEstimator, fit_from_file
from worldhire.core.models import EvidenceKind, Requirement, Skill
from worldhire.store.sql.repository import SqlRepository

SQL = Skill("wh:sql", "SQL")
HEADER = (
    "work_year", "experience_level", "employment_type", "job_title", "salary", "salary_currency",
    "salary_in_usd", "employee_residence", "remote_ratio", "company_location", "company_size",
)  # fmt: skip


@dataclass
class Market:
    repo: SqlRepository
    salaries: Path


def write_salaries(path: Path) -> Path:
    rng = random.Random(11)
    countries = {"US": 1.0, "PL": 0.45, "RO": 0.4, "IN": 0.2, "BR": 0.3, "NG": 0.18}
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for country, factor in countries.items():
            for _ in range(60):
                year = rng.choice((2021, 2022, 2023, 2024))
                level = rng.choice(("MI", "SE"))
                title = rng.choice(("Machine Learning Engineer", "Data Analyst"))
                pay = round(140_000 * factor * rng.lognormvariate(0, 0.2) * 1.04 ** (year - 2021))
                writer.writerow((year, level, "FT", title, pay, "USD", pay, country, 100, "US",
                                 "M"))
    return path


@pytest.fixture(scope="session")
def salary_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_salaries(tmp_path_factory.mktemp("market") / "salaries.csv")


@pytest.fixture(scope="session")
def estimator(salary_file: Path) -> PayEstimator:
    return PayEstimator(fit_from_file(salary_file))


@pytest.fixture
def market(repo: SqlRepository, salary_file: Path) -> Market:
    acme = repo.ensure_tenant("acme")
    globex = repo.ensure_tenant("globex")
    repo.save_role(make_role([Requirement(PYTORCH), Requirement(PYTHON),
                              Requirement(KUBERNETES, must=False)],
                             tenant_id=acme.id, title="Senior Machine Learning Engineer"))
    repo.save_role(make_role([Requirement(PYTHON), Requirement(SQL)], tenant_id=globex.id,
                             title="Data Analyst", allowed_countries=["PL", "RO", "BR"]))
    repo.save_role(make_role([Requirement(TENSORFLOW), Requirement(PYTHON)], tenant_id=acme.id,
                             title="ML Engineer", status="closed"))
    J, P = EvidenceKind.JOB, EvidenceKind.PROJECT
    repo.save_candidates([
        make_candidate({PYTHON: J, PYTORCH: P}, name="A", country="PL", headline="ML Engineer"),
        make_candidate({PYTHON: J, SQL: J}, name="B", country="RO", headline="Data Analyst"),
        make_candidate({PYTHON: J}, name="C", country="IN", timezone="Asia/Kolkata",
                       headline="Data Scientist"),
        make_candidate({SQL: J, TENSORFLOW: J}, name="D", country="BR",
                       timezone="America/Sao_Paulo", headline="Senior Data Analyst"),
        make_candidate({PYTHON: P, PYTORCH: J}, name="E", country="NG", timezone="Africa/Lagos",
                       headline="Machine Learning Engineer"),
    ])
    return Market(repo, salary_file)
