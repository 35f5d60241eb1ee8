"""The salary records the pay model learns from, and the CSV format they come in.

The bundled file is the aijobs.net salary index 2020-2024 (CC0; see data/salaries/SOURCE.md).
"""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from worldhire.core.errors import WorldhireError
from worldhire.core.models import Seniority

SALARY_FILE = "ai_salaries_2020_2024.csv.gz"

# The salary file's columns without the pay itself: the input of a batch estimate.
QUERY_COLUMNS = (
    "work_year", "experience_level", "employment_type", "job_title",
    "employee_residence", "remote_ratio", "company_location", "company_size", "salary_currency",
)  # fmt: skip
REQUIRED_QUERY_COLUMNS = ("job_title", "employee_residence")

EMPLOYMENT_TYPES = ("FT", "PT", "CT", "FL")
COMPANY_SIZES = ("S", "M", "L")
REMOTE_RATIOS = (0, 50, 100)


class SalaryDataError(WorldhireError, ValueError):
    """A salary or query row that cannot be read (the message names the row and the field)."""

    status = 422
    code = "salary-data"


@dataclass(frozen=True)
class SalaryRecord:
    work_year: int
    experience_level: Seniority
    employment_type: str
    job_title: str
    employee_residence: str
    remote_ratio: int
    company_location: str
    company_size: str
    salary_in_usd: float
    # The currency the pay was set in (ISO 4217): within one country, pay set in US dollars runs
    # far above pay in the local currency (UK rows: median 150k in USD, 69k in GBP).
    salary_currency: str | None = None


def bundled_salary_path() -> Path:
    return Path(str(resources.files("worldhire") / "data" / "salaries" / SALARY_FILE))


def _open_text(path: Path) -> io.TextIOBase:
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="")
    return io.TextIOWrapper(path.open("rb"), encoding="utf-8", newline="")


def parse_record(row: Mapping[str, str], line: int) -> SalaryRecord:
    try:
        return SalaryRecord(
            work_year=int(row["work_year"]),
            experience_level=Seniority(row["experience_level"].strip().upper()),
            employment_type=row["employment_type"].strip().upper(),
            job_title=row["job_title"].strip(),
            employee_residence=row["employee_residence"].strip().upper(),
            remote_ratio=int(row["remote_ratio"]),
            company_location=row["company_location"].strip().upper(),
            company_size=row["company_size"].strip().upper(),
            salary_in_usd=float(row["salary_in_usd"]),
            salary_currency=(row.get("salary_currency") or "").strip().upper() or None,
        )
    except (KeyError, ValueError) as exc:
        raise SalaryDataError(f"line {line}: cannot read salary row ({exc})") from exc


def load_salaries(path: Path | None = None) -> list[SalaryRecord]:
    """Read a salary CSV (plain or gzip) in the aijobs.net format; the bundled one by default."""
    source = path or bundled_salary_path()
    with _open_text(source) as handle:
        rows: Iterable[dict[str, str]] = csv.DictReader(handle)
        return [parse_record(row, i + 2) for i, row in enumerate(rows)]
