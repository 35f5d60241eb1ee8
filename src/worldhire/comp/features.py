"""What the pay model sees of a salary row or a query: categorical keys for each pooling group.

Each `Term` is one group of random effects (one coefficient per key), shrunk toward zero with its
own variance, so a fine group (a country, a raw title) only moves the estimate away from its broader
group (the region, the role family) as far as its rows justify.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from worldhire.comp.data import SalaryRecord
from worldhire.comp.regions import OTHER_REGION, region_of
from worldhire.core.models import Seniority
from worldhire.skills.titles import normalize_title, role_title


@dataclass(frozen=True)
class Cell:
    """The categorical description of one row or query (countries may be None when unknown)."""

    family: str
    title_key: str  # the title's role without its level words (skills.titles.role_title)
    level: Seniority
    employment_type: str
    company_size: str
    remote_ratio: int
    residence: str | None
    company: str | None
    year: int
    currency: str | None = None  # ISO 4217 code the pay is set in; None when not known

    @property
    def residence_region(self) -> str | None:
        return None if self.residence is None else region_of(self.residence)

    @property
    def company_region(self) -> str | None:
        return None if self.company is None else region_of(self.company)

    @property
    def foreign_employer(self) -> bool:
        return None not in (self.residence, self.company) and self.residence != self.company


def _joined(*parts: str | None) -> str | None:
    return None if any(p is None for p in parts) else "|".join(str(p) for p in parts)


def title_head(title_key: str) -> str | None:
    """The word a title names its kind of work by: the last word, or the last before "of"
    ("machine learning engineer" -> "engineer", "head of data" -> "head")."""
    words = title_key.split(" of ")[0].split()
    return words[-1] if words else None


@dataclass(frozen=True)
class Term:
    name: str
    key: Callable[[Cell], str | None]
    # The broader term this one borrows from when its own rows are few (for the support report).
    broader: str | None = None


TERMS: tuple[Term, ...] = (
    Term("level", lambda c: c.level.value),
    Term("employment type", lambda c: c.employment_type),
    Term("company size", lambda c: c.company_size),
    Term("remote ratio", lambda c: str(c.remote_ratio)),
    Term("role family", lambda c: c.family),
    Term("family x level", lambda c: _joined(c.family, c.level.value), broader="role family"),
    Term("job title", lambda c: c.title_key, broader="role family"),
    # A title the data has not seen, or a family it barely has, still says its kind of work:
    # 'software engineer' (13,126 rows in 2024, one row of its family before) pools with the
    # other engineers. Titles held out of the 2020-22 fit one at a time (the 12 commonest of
    # 2023; these two terms alone): MdAE 0.232 -> 0.228; 2023 rows of titles unseen in the fit
    # 0.292 -> 0.262 (with the level words dropped too).
    Term("title head", lambda c: title_head(c.title_key)),
    Term(
        "head x level",
        lambda c: _joined(title_head(c.title_key), c.level.value),
        broader="title head",
    ),
    Term("residence region", lambda c: c.residence_region),
    Term("residence country", lambda c: c.residence, broader="residence region"),
    Term("region x level", lambda c: _joined(c.residence_region, c.level.value), broader="level"),
    Term("region x family", lambda c: _joined(c.residence_region, c.family), broader="role family"),
    Term("company region", lambda c: c.company_region),
    Term("company country", lambda c: c.company, broader="company region"),
    Term(
        "foreign employer",
        lambda c: _joined(c.residence_region, c.company_region) if c.foreign_employer else None,
        broader="residence region",
    ),
    Term("pay currency", lambda c: c.currency),
    # Seniority pays differently by the currency pay is set in (a junior paid in dollars from
    # abroad, a senior in pounds): on the tuning year this took non-US error 0.273 -> 0.259.
    Term("currency x level", lambda c: _joined(c.currency, c.level.value), broader="pay currency"),
)
TERM_BY_NAME = {t.name: t for t in TERMS}


def make_cell(
    title: str,
    level: Seniority,
    residence: str | None,
    company: str | None,
    *,
    year: int,
    remote_ratio: int = 0,
    company_size: str = "M",
    employment_type: str = "FT",
    family: str | None = None,
    currency: str | None = None,
) -> Cell:
    """The cell of a title in a place; `family` overrides the title normalizer's."""
    return Cell(
        family=family or normalize_title(title).family,
        title_key=role_title(title),
        level=level,
        employment_type=employment_type,
        company_size=company_size,
        remote_ratio=remote_ratio,
        residence=residence,
        company=company,
        year=year,
        currency=currency,
    )


def record_cell(record: SalaryRecord) -> Cell:
    """The cell of one salary row."""
    return make_cell(
        record.job_title,
        record.experience_level,
        record.employee_residence,
        record.company_location,
        year=record.work_year,
        remote_ratio=record.remote_ratio,
        company_size=record.company_size,
        employment_type=record.employment_type,
        currency=record.salary_currency,
    )


def support_key(cell: Cell) -> str:
    """The exact cell an estimate's row count refers to: family x level x residence country."""
    return f"{cell.family}|{cell.level.value}|{cell.residence or OTHER_REGION}"
