"""Working-hour overlap between two people in different time zones, on real dates.

Offsets come from zoneinfo for the date in question, so daylight-saving shifts are counted: the
overlap of New York and Berlin is three hours in the weeks when only the US has moved its clocks,
two hours otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from worldhire.core.geo.zones import zone_info

UTC = ZoneInfo("UTC")


@dataclass(frozen=True)
class WorkWindow:
    """Daily working hours [start, end) in a zone; end may pass midnight (e.g. 22 to 6)."""

    timezone: str
    start_hour: float
    end_hour: float

    @property
    def length(self) -> float:
        return (self.end_hour - self.start_hour) % 24 or 24.0

    def utc_interval(self, day: date) -> tuple[datetime, datetime]:
        """The window of the local working day `day`, in UTC."""
        tz = zone_info(self.timezone)
        start = datetime(day.year, day.month, day.day, tzinfo=tz) + timedelta(hours=self.start_hour)
        # Aware datetimes add in wall-clock time: a window that crosses a DST change keeps its
        # wall-clock end, as people's working days do.
        end = start + timedelta(hours=self.length)
        return start.astimezone(UTC), end.astimezone(UTC)


def _intersection(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> float:
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return max(0.0, (hi - lo).total_seconds() / 3600.0)


def overlap_hours(person: WorkWindow, team: WorkWindow, day: date) -> float:
    """Hours of the team's working day `day` during which the person is also working.

    The person's local date may differ from the team's (Manila is a day ahead of New York), so their
    windows of the neighbouring days are counted as well.
    """
    team_interval = team.utc_interval(day)
    return sum(
        _intersection(person.utc_interval(day + timedelta(days=shift)), team_interval)
        for shift in (-1, 0, 1)
    )


def year_sample(year: int) -> list[date]:
    """Every Wednesday of a year: catches each side of every northern and southern DST change."""
    day = date(year, 1, 1)
    day += timedelta(days=(2 - day.weekday()) % 7)
    out = []
    while day.year == year:
        out.append(day)
        day += timedelta(days=7)
    return out


@dataclass(frozen=True)
class OverlapSummary:
    typical: float  # the most common value over the year
    worst: float
    best: float
    worst_on: date

    def describe(self) -> str:
        if self.worst == self.best:
            return f"{self.typical:g} h"
        return (
            f"{self.typical:g} h most of the year, {self.worst:g} h at worst "
            f"(week of {self.worst_on:%d %b}), {self.best:g} h at best"
        )


def overlap_over_year(
    person: WorkWindow, team: WorkWindow, days: Iterable[date] | None = None
) -> OverlapSummary:
    sample = list(days) if days is not None else year_sample(date.today().year)
    values = [(round(overlap_hours(person, team, d), 2), d) for d in sample]
    counts: dict[float, int] = {}
    for v, _ in values:
        counts[v] = counts.get(v, 0) + 1
    typical = max(counts, key=lambda v: (counts[v], v))
    worst, worst_on = min(values, key=lambda p: (p[0], p[1]))
    best = max(v for v, _ in values)
    return OverlapSummary(typical=typical, worst=worst, best=best, worst_on=worst_on)
