"""Pay estimates for a role in a place: what callers (CLI, matching, cost comparison) use.

A query is resolved leniently: an unknown title, country, size or remote ratio never fails; it falls
back to a broader group and the estimate carries a warning saying so.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from worldhire.comp.cache import cache_file, load_fit, save_fit, shipped_fit
from worldhire.comp.data import COMPANY_SIZES, EMPLOYMENT_TYPES, REMOTE_RATIOS, load_salaries
from worldhire.comp.defaults import COMPANY_SIZE, REMOTE_RATIO
from worldhire.comp.features import (
    TERM_BY_NAME,
    TERMS,
    Cell,
    make_cell,
    record_cell,
    support_key,
)
from worldhire.comp.model import PayModelFit, fit_pay_model, shrinkage_weight
from worldhire.comp.regions import country_name
from worldhire.comp.support import is_low_data
from worldhire.core.models import Candidate, OccupationRef, Seniority
from worldhire.ingest.shared.country_input import UnknownCountry, typed_country
from worldhire.occupations.cleaning import clean_title as clean_vacancy_title
from worldhire.occupations.families import salary_family
from worldhire.skills.titles import normalize_title, role_title

log = logging.getLogger(__name__)

DEFAULT_LEVEL = Seniority.SE  # the most common level in the data; used only with a warning
UNKNOWN_FAMILY = "unknown"
# A group whose own rows carry less than this share of its effect is reported as borrowing.
_BORROWING_WEIGHT = 0.5


@dataclass(frozen=True)
class PayQuery:
    title: str
    country: str  # residence of the employee: ISO alpha-2 (alpha-3 and names are accepted)
    level: Seniority | None = None
    remote_ratio: int = REMOTE_RATIO
    company_location: str | None = None  # defaults to the residence country
    company_size: str = COMPANY_SIZE
    employment_type: str = "FT"
    year: int | None = None  # defaults to the latest year in the data
    # ISO 4217 code the pay is set in; None: the mix of currencies the country's rows are paid in
    currency: str | None = None
    # The title's ESCO occupation where the caller knows it (a role's, a job's): the role family
    # when the title itself names none ('Cientista de Dados Pleno', 'Analityk danych').
    occupation: OccupationRef | None = None


@dataclass(frozen=True)
class GroupSupport:
    """One pooling group an estimate used: its training rows and how much they alone decide."""

    term: str
    key: str
    rows: int
    own_weight: float


@dataclass(frozen=True)
class Estimate:
    p10: float
    p50: float
    p90: float
    family: str
    level: Seniority
    country: str | None
    company_location: str | None
    remote_ratio: int
    company_size: str
    year: int
    support: int  # distinct training rows with this family, level and residence country
    groups: tuple[GroupSupport, ...] = field(default=())
    borrowed_from: tuple[str, ...] = field(default=())
    warnings: tuple[str, ...] = field(default=())
    # The pay currency asked for (share 1), or, when none was, the mix of the currencies the
    # country's rows are paid in that the estimate stands for.
    currencies: dict[str, float] = field(default_factory=dict)

    @property
    def low_data(self) -> bool:
        """Fewer than LOW_DATA_ROWS rows behind the estimate (its warnings say so too)."""
        return is_low_data(self.support)

    @property
    def interval_ratio(self) -> float:
        """p90 / p10: how wide the estimate is, independent of the pay level."""
        return self.p90 / self.p10


@dataclass(frozen=True)
class Estimates:
    """Many queries at once: p10/p50/p90 rows, and each query's warnings and support."""

    quantiles: np.ndarray
    warnings: list[list[str]]
    support: list[int]


def _resolve_country(code: str | None, what: str, warnings: list[str]) -> str | None:
    if code is None or not code.strip():
        return None
    try:
        return typed_country(code)
    except UnknownCountry:
        warnings.append(f"{what}: “{code.strip()}” is not a country we know; the estimate uses "
                        "the world level instead")
        return None


@lru_cache(maxsize=4096)
def _translated_family(title: str) -> tuple[str, str | None]:
    """The title as the occupations capability reads it (other languages translated, 'Analityk
    danych' -> 'data analyst'), and its role family if that names one."""
    translated = clean_vacancy_title(title)
    family = normalize_title(translated).family
    return translated, None if family == "other" else family


def _title_elsewhere(query: PayQuery, warnings: list[str]) -> tuple[str, str]:
    """The role family of a title that names none as written, and the title the estimate reads
    in its place: its ESCO occupation's where the caller knows it, else the translated title's,
    else UNKNOWN_FAMILY (pools over all roles) and the title as written."""
    by_occupation = salary_family(query.occupation) if query.occupation else None
    if query.occupation is not None and by_occupation is not None:
        warnings.append(
            f"title {query.title!r} matches no role family; family "
            f"{by_occupation.replace('_', ' ')} from its ESCO occupation {query.occupation.label!r}"
        )
        return by_occupation, query.occupation.label
    translated, by_translation = _translated_family(query.title)
    if by_translation is not None:
        warnings.append(
            f"title {query.title!r} read as {translated!r}: "
            f"family {by_translation.replace('_', ' ')}"
        )
        return by_translation, translated
    warnings.append(f"title {query.title!r} matches no role family; estimate pools over all roles")
    return UNKNOWN_FAMILY, query.title


class PayEstimator:
    def __init__(self, fit: PayModelFit) -> None:
        self.fit = fit

    def resolve(self, query: PayQuery) -> tuple[Cell, list[str]]:
        """The model cell for a query, and the warnings of everything that had to fall back."""
        warnings: list[str] = []
        normalized = normalize_title(query.title)
        family, title = normalized.family, query.title
        if family == "other" and role_title(title) not in self.fit.group_rows.get("job title", {}):
            family, title = _title_elsewhere(query, warnings)
        level = query.level or normalized.seniority
        if level is None:
            level = DEFAULT_LEVEL
            warnings.append(f"no seniority given or in the title; assumed {level.value}")
        residence = _resolve_country(query.country, "country", warnings)
        company_code = query.company_location if query.company_location else query.country
        company = _resolve_country(company_code, "company location", warnings)
        if residence is not None and residence not in self.fit.scale.rows_by_country:
            warnings.append(
                f"no salary rows for {country_name(residence)} ({residence}); "
                "estimate borrows from its region"
            )
        remote = min(REMOTE_RATIOS, key=lambda r: abs(r - query.remote_ratio))
        if remote != query.remote_ratio:
            warnings.append(f"remote ratio {query.remote_ratio} rounded to {remote}")
        size = query.company_size.strip().upper()
        if size not in COMPANY_SIZES:
            warnings.append(f"company size {query.company_size!r} is not S/M/L; assumed M")
            size = "M"
        employment = query.employment_type.strip().upper()
        if employment not in EMPLOYMENT_TYPES:
            warnings.append(f"employment type {query.employment_type!r} unknown; assumed FT")
            employment = "FT"
        currency = self._resolve_currency(query.currency, warnings)
        year = query.year if query.year is not None else self.fit.years[1]
        if year > self.fit.years[1]:
            warnings.append(
                f"{year} is after the data ({self.fit.years[0]}-{self.fit.years[1]}); "
                "pay extrapolated along the year trend"
            )
        cell = make_cell(
            title,
            level,
            residence,
            company,
            year=year,
            remote_ratio=remote,
            company_size=size,
            employment_type=employment,
            family=family,
            currency=currency,
        )
        support = self.support(cell)
        if is_low_data(support):
            warnings.insert(0, self._low_data_warning(cell, support))
        return cell, warnings

    def _resolve_currency(self, code: str | None, warnings: list[str]) -> str | None:
        if code is None or not code.strip():
            return None
        currency = code.strip().upper()
        if currency not in self.fit.group_rows.get("pay currency", {}):
            warnings.append(
                f"no salary rows paid in {code!r}; estimate mixes the currencies of the country"
            )
            return None
        return currency

    def support(self, cell: Cell) -> int:
        """Distinct training rows with the cell's role family, level and residence country."""
        return self.fit.support.get(support_key(cell), 0)

    def _low_data_warning(self, cell: Cell, support: int) -> str:
        where = country_name(cell.residence) if cell.residence else "an unknown country"
        roles = f"{cell.family.replace('_', ' ')} roles at level {cell.level.value}"
        what = f"{roles} living in {where}"
        head = (
            f"low data: no salary rows for {what}"
            if support == 0
            else f"low data: only {support} salary row{'s' * (support != 1)} for {what}"
        )
        rows = self.fit.group_rows
        family_level = rows.get("family x level", {}).get(f"{cell.family}|{cell.level.value}", 0)
        broader = [f"{family_level:,} rows of {roles}"]
        if cell.residence:
            country_rows = rows.get("residence country", {}).get(cell.residence, 0)
            broader.append(f"{country_rows:,} rows from {where} in all")
        return f"{head}; the estimate leans on broader groups ({', '.join(broader)}): a rough guide"

    def _groups(self, cell: Cell) -> tuple[tuple[GroupSupport, ...], tuple[str, ...]]:
        sigma2 = self.fit.mixed.sigma2
        groups: dict[str, GroupSupport] = {}
        for index, term in enumerate(TERMS):
            key = term.key(cell)
            if key is None:
                continue
            rows = self.fit.group_rows.get(term.name, {}).get(key, 0)
            weight = shrinkage_weight(rows, sigma2, float(self.fit.mixed.tau2[index]))
            groups[term.name] = GroupSupport(term.name, key, rows, round(weight, 3))
        borrowed = []
        for name, group in groups.items():
            broader = TERM_BY_NAME[name].broader
            if broader is None or group.own_weight >= _BORROWING_WEIGHT:
                continue
            parent = groups.get(broader)
            target = f"{broader} {parent.key} ({parent.rows} rows)" if parent else "the world level"
            borrowed.append(f"{name} {group.key} ({group.rows} rows) -> {target}")
        return tuple(groups.values()), tuple(borrowed)

    def estimate(self, query: PayQuery) -> Estimate:
        cell, warnings = self.resolve(query)
        p10, p50, p90 = (float(v) for v in self.fit.quantiles([cell])[0])
        groups, borrowed = self._groups(cell)
        return Estimate(
            p10=p10,
            p50=p50,
            p90=p90,
            family=cell.family,
            level=cell.level,
            country=cell.residence,
            company_location=cell.company,
            remote_ratio=cell.remote_ratio,
            company_size=cell.company_size,
            year=cell.year,
            support=self.support(cell),
            groups=groups,
            borrowed_from=borrowed,
            warnings=tuple(warnings),
            currencies={c: w for c, w in self.fit.currency_mix(cell).items() if c},
        )

    def quantiles(self, queries: Sequence[PayQuery]) -> Estimates:
        """p10/p50/p90 rows for many queries at once (vectorised), with each one's warnings
        and support."""
        resolved = [self.resolve(q) for q in queries]
        if not resolved:
            return Estimates(np.zeros((0, 3)), [], [])
        cells = [c for c, _ in resolved]
        return Estimates(
            self.fit.quantiles(cells), [w for _, w in resolved], [self.support(c) for c in cells]
        )


def fit_from_file(data_path: Path | None = None) -> PayModelFit:
    records = load_salaries(data_path)
    return fit_pay_model(
        [record_cell(r) for r in records], np.log([r.salary_in_usd for r in records])
    )


def candidate_market_p50(candidate: Candidate, estimator: PayEstimator) -> float | None:
    """What the market pays someone like this candidate, remote, where they live: the cost
    to assume when they state no expectation of their own."""
    if not candidate.country:
        return None
    level = Seniority.for_years(candidate.years_experience) if candidate.years_experience else None
    query = PayQuery(
        title=candidate.headline or "Machine Learning Engineer", country=candidate.country,
        level=level,
    )
    return estimator.estimate(query).p50


def load_estimator(cache_dir: Path | None, data_path: Path | None = None) -> PayEstimator:
    """The estimator fitted on `data_path` (bundled data by default), cached under `cache_dir`."""
    from worldhire.comp.data import bundled_salary_path

    source = data_path or bundled_salary_path()
    if cache_dir is None:
        return PayEstimator(fit_from_file(source))
    path = cache_file(cache_dir, source)
    for stored in (shipped_fit(source), path):
        if stored.exists():
            try:
                return PayEstimator(load_fit(stored))
            except (OSError, ValueError, KeyError) as exc:
                log.warning("ignoring unreadable pay-model file %s (%s)", stored, exc)
    started = time.perf_counter()
    fit = fit_from_file(source)
    log.info("fitted the pay model on %d rows in %.1fs", fit.rows, time.perf_counter() - started)
    try:
        save_fit(fit, path)
    except OSError as exc:
        log.warning("could not cache the pay model at %s (%s)", path, exc)
    return PayEstimator(fit)

