"""Batch estimates: salary-file columns (no pay) in, the same rows plus p10/p50/p90 out, with
the distinct salary rows behind each estimate (support_rows) and whether they are few (low_data).

Only job_title and employee_residence are required; other missing columns take the query defaults
(without salary_currency, the mix of currencies the country's rows are paid in), extra columns
pass through untouched. The output is written whole or not at all.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from worldhire.comp.data import REQUIRED_QUERY_COLUMNS
from worldhire.comp.estimate import PayEstimator, PayQuery
from worldhire.comp.support import is_low_data
from worldhire.core.errors import WorldhireError
from worldhire.core.models import Seniority

OUTPUT_COLUMNS = ("p10", "p50", "p90", "support_rows", "low_data")


class BatchInputError(WorldhireError, ValueError):
    """The input CSV cannot be used (missing file, header or required column)."""

    status = 422
    code = "pay-batch-input"


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except ValueError:
        return None


def _query(row: dict[str, str]) -> tuple[PayQuery, list[str]]:
    problems = []
    level_text = (row.get("experience_level") or "").strip().upper()
    level = None
    if level_text:
        try:
            level = Seniority(level_text)
        except ValueError:
            problems.append(f"experience_level {level_text!r} unknown, taken from the title")
    remote = _int_or_none(row.get("remote_ratio"))
    if row.get("remote_ratio") and remote is None:
        problems.append(f"remote_ratio {row.get('remote_ratio')!r} unreadable, assumed 0")
    year = _int_or_none(row.get("work_year"))
    query = PayQuery(
        title=row.get("job_title") or "",
        country=row.get("employee_residence") or "",
        level=level,
        remote_ratio=remote or 0,
        company_location=row.get("company_location") or None,
        company_size=row.get("company_size") or "M",
        employment_type=row.get("employment_type") or "FT",
        year=year,
        currency=row.get("salary_currency") or None,
    )
    return query, problems


def estimate_csv(estimator: PayEstimator, source: Path, target: Path) -> list[str]:
    """Write `target`; return the warnings, each prefixed with its input line number."""
    if not source.is_file():
        raise BatchInputError(f"input file {source} does not exist")
    with source.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = list(reader.fieldnames or [])
        rows = list(reader)
    if not header:
        raise BatchInputError(f"{source} has no header row")
    missing = [c for c in REQUIRED_QUERY_COLUMNS if c not in header]
    if missing:
        raise BatchInputError(f"{source} lacks required column(s): {', '.join(missing)}")
    parsed = [_query(row) for row in rows]
    estimates = estimator.quantiles([q for q, _ in parsed])
    warnings = [
        f"line {i + 2}: {message}"
        for i, ((_, problems), more) in enumerate(zip(parsed, estimates.warnings, strict=True))
        for message in [*problems, *more]
    ]
    out_header = header + [c for c in OUTPUT_COLUMNS if c not in header]
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".csv.part")
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=out_header, extrasaction="ignore")
            writer.writeheader()
            for row, (p10, p50, p90), support in zip(
                rows, estimates.quantiles, estimates.support, strict=True
            ):
                writer.writerow(
                    {
                        **row,
                        "p10": f"{p10:.2f}",
                        "p50": f"{p50:.2f}",
                        "p90": f"{p90:.2f}",
                        "support_rows": support,
                        "low_data": "yes" if is_low_data(support) else "no",
                    }
                )
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return warnings
