"""The team spec file (YAML), validated with pydantic and turned into the plain TeamSpec.

    size: 8                       # or {min: 6, max: 8}
    timezone: UTC                 # zone of the coverage hours (an IANA name)
    year: 2025                    # the year the plan must hold through
    skills: {pytorch: 2, mlops: 1}
    coverage: [{hours: "00:00-24:00", min_people: 1}]
    overlap: {hours: 2, min_members: 4}   # min_members: all (the default) = the whole team
    budget_usd: 1200000
    max_share: {country: 0.5, region: 0.6}
    hired: [cand_ab12]
    pool: all                     # the store's candidates, or a list of candidates:
    #  - {id: a1, name: Asha, timezone: Asia/Kolkata, work_hours: "10:00-18:00", country: IN,
    #     skills: [pytorch], fit: 0.82, pay_usd: 60000, hired: false}
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from worldhire.core.geo.countries import sub_region_of
from worldhire.teams.hours import zone
from worldhire.teams.models import (
    DEFAULT_WORK_END,
    DEFAULT_WORK_START,
    CoverageNeed,
    OverlapNeed,
    SkillNeed,
    TeamCandidate,
    TeamSpec,
    TeamSpecError,
)


def parse_clock(text: str) -> float:
    """"02:30" -> 2.5; "24:00" is allowed as the end of a day."""
    try:
        hours, minutes = text.strip().split(":")
        value = int(hours) + int(minutes) / 60
    except ValueError as exc:
        raise ValueError(f"expected a time like 09:30, got {text!r}") from exc
    if not 0 <= value <= 24 or not 0 <= int(minutes) < 60:
        raise ValueError(f"time out of range: {text!r}")
    return value


def parse_range(text: str) -> tuple[float, float]:
    start, sep, end = text.partition("-")
    if not sep:
        raise ValueError(f"expected a range like 02:00-05:00, got {text!r}")
    return parse_clock(start), parse_clock(end)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SizeIn(_Strict):
    min: int = Field(ge=1)
    max: int = Field(ge=1)


class CoverageIn(_Strict):
    hours: str
    min_people: int = Field(default=1, ge=0)

    @field_validator("hours")
    @classmethod
    def _hours(cls, value: str) -> str:
        parse_range(value)
        return value


class OverlapIn(_Strict):
    hours: float = Field(gt=0, le=24)
    min_members: int | Literal["all"] = "all"


class ShareIn(_Strict):
    country: float | None = Field(default=None, gt=0, le=1)
    region: float | None = Field(default=None, gt=0, le=1)


class CandidateIn(_Strict):
    id: str
    name: str
    timezone: str
    work_hours: str | None = None
    country: str | None = None
    region: str | None = None
    skills: list[str] = Field(default_factory=list)
    fit: float
    pay_usd: float = Field(ge=0)
    hired: bool = False

    @field_validator("work_hours")
    @classmethod
    def _hours(cls, value: str | None) -> str | None:
        if value is not None:
            parse_range(value)
        return value

    def to_candidate(self) -> TeamCandidate:
        start, end = (parse_range(self.work_hours) if self.work_hours
                      else (DEFAULT_WORK_START, DEFAULT_WORK_END))
        zone(self.timezone)
        country = self.country.upper() if self.country else None
        return TeamCandidate(
            id=self.id, name=self.name, timezone=self.timezone, fit=self.fit, cost=self.pay_usd,
            skills=frozenset(self.skills), country=country,
            region=self.region or sub_region_of(country), work_start_hour=start, work_end_hour=end)


class TeamSpecFile(_Strict):
    size: int | SizeIn
    timezone: str = "UTC"
    year: int = Field(default_factory=lambda: date.today().year)
    skills: dict[str, int] = Field(default_factory=dict)
    coverage: list[CoverageIn] = Field(default_factory=list)
    overlap: OverlapIn | None = None
    budget_usd: float | None = Field(default=None, ge=0)
    max_share: ShareIn = Field(default_factory=ShareIn)
    hired: list[str] = Field(default_factory=list)
    pool: Literal["all"] | list[CandidateIn] = "all"
    shortlist_top: int = Field(default=200, ge=1)

    def to_spec(self) -> TeamSpec:
        low, high = (self.size, self.size) if isinstance(self.size, int) else (
            self.size.min, self.size.max)
        zone(self.timezone)
        coverage = [CoverageNeed(*parse_range(c.hours), c.min_people) for c in self.coverage]
        overlap = None
        if self.overlap is not None:
            members = self.overlap.min_members
            overlap = OverlapNeed(self.overlap.hours, None if members == "all" else members)
        hired = list(self.hired)
        if isinstance(self.pool, list):
            hired += [c.id for c in self.pool if c.hired and c.id not in hired]
        return TeamSpec(
            min_size=low, max_size=high, timezone=self.timezone, year=self.year,
            skills=[SkillNeed(s, n) for s, n in self.skills.items()], coverage=coverage,
            overlap=overlap, budget_usd=self.budget_usd, max_country_share=self.max_share.country,
            max_region_share=self.max_share.region, hired=hired)

    def inline_pool(self) -> list[TeamCandidate] | None:
        return None if self.pool == "all" else [c.to_candidate() for c in self.pool]


def load_spec_file(path: Path) -> TeamSpecFile:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TeamSpecError(f"cannot read {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise TeamSpecError(f"{path} is not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise TeamSpecError(f"{path} must hold a mapping of spec fields")
    return read_spec(raw, source=str(path))


def read_spec(raw: Mapping[str, object], *, source: str | None = None) -> TeamSpecFile:
    """The spec in `raw`, under TeamSpecFile's names (a spec file's mapping, the web's team
    form); TeamSpecError says where each problem is ("overlap.hours: ..."), after `source`."""
    try:
        return TeamSpecFile.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise TeamSpecError(f"{source}: {problems}" if source else problems) from exc
