"""Plain data of the team builder: the candidates it picks from and the spec it must satisfy.

Hours of the day are wall-clock hours in the spec's time zone (UTC or a named IANA zone), as
floats: 2.5 is 02:30. Ranges are [start, end) and wrap past midnight when end <= start.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from worldhire.core.errors import WorldhireError

# Default local working hours when a candidate states none: 09:00-17:00 in their own zone.
DEFAULT_WORK_START = 9.0
DEFAULT_WORK_END = 17.0


class TeamSpecError(WorldhireError, ValueError):
    """A team spec or pool that cannot be planned as given (the message says why)."""

    status = 422
    code = "team-spec"


@dataclass(frozen=True)
class TeamCandidate:
    """One person the builder may pick; `skills` holds skill ids and/or labels (case-blind)."""

    id: str
    name: str
    timezone: str
    fit: float
    cost: float  # yearly pay in USD
    skills: frozenset[str] = frozenset()
    country: str | None = None  # ISO 3166 alpha-2
    region: str | None = None
    work_start_hour: float = DEFAULT_WORK_START
    work_end_hour: float = DEFAULT_WORK_END

    @property
    def hours(self) -> Shift:
        return Shift(self.timezone, self.work_start_hour, self.work_end_hour)


@dataclass(frozen=True)
class Shift:
    """Local working hours [start, end) in a zone on working days; end <= start is overnight."""

    timezone: str
    start_hour: float
    end_hour: float


@dataclass(frozen=True)
class SkillNeed:
    skill: str
    min_people: int


@dataclass(frozen=True)
class CoverageNeed:
    """Every moment of [start_hour, end_hour) in the spec's zone staffed by `min_people`."""

    start_hour: float
    end_hour: float
    min_people: int

    @property
    def label(self) -> str:
        return f"{clock(self.start_hour)}-{clock(self.end_hour)}"


@dataclass(frozen=True)
class OverlapNeed:
    """A daily window of at least `hours` in which `min_members` (None: the whole team) all work."""

    hours: float
    min_members: int | None = None


@dataclass
class TeamSpec:
    min_size: int
    max_size: int
    timezone: str = "UTC"
    year: int = 2025
    skills: list[SkillNeed] = field(default_factory=list)
    coverage: list[CoverageNeed] = field(default_factory=list)
    overlap: OverlapNeed | None = None
    budget_usd: float | None = None
    max_country_share: float | None = None
    max_region_share: float | None = None
    hired: list[str] = field(default_factory=list)  # candidate ids forced into the team

    def __post_init__(self) -> None:
        if self.min_size < 1 or self.max_size < self.min_size:
            raise TeamSpecError(f"team size must satisfy 1 <= min <= max, got {self.min_size}-"
                                f"{self.max_size}")
        for share in (self.max_country_share, self.max_region_share):
            if share is not None and not 0 < share <= 1:
                raise TeamSpecError(f"a maximum share must lie in (0, 1], got {share}")
        if self.overlap is not None and not 0 < self.overlap.hours <= 24:
            raise TeamSpecError(f"overlap hours must lie in (0, 24], got {self.overlap.hours}")
        for need in self.coverage:
            for hour in (need.start_hour, need.end_hour):
                if not 0 <= hour <= 24:
                    raise TeamSpecError(f"coverage hours must lie in [0, 24], got {hour}")
            if need.min_people < 0:
                raise TeamSpecError("coverage needs a non-negative number of people")


def clock(hour: float) -> str:
    """2.5 -> "02:30"; 24 stays "24:00" so a range can end at midnight."""
    minutes = round(hour * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
