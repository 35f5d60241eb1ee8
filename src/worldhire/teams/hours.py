"""Who works when: shifts turned into 15-minute slots of the spec's day, on real dates.

A day in the spec's zone is 96 wall-clock slots of 15 minutes (every zone's UTC offset is a multiple
of 15 minutes, so nothing is rounded). Masks span two days (192 slots) so a window that starts late
in the day may run past midnight. A member covers a slot when the slot lies wholly inside one of
their shifts; shifts are placed on real dates with zoneinfo, so DST moves them.

Which dates are checked: every Tuesday, Wednesday and Thursday of the year, where the team's
neighbouring local days are working days for everybody (Monday and Friday would ask Asia-Pacific
members to cover their Saturday or Sunday). Two such days on which every zone involved has the same
UTC offsets at the same moments around the day place every shift identically, so one stands for
both: far from any change the whole season collapses to one date, while the days around northern and
southern DST transitions (and the weeks when only one hemisphere has switched) are kept one by one.
The check is therefore exact for every midweek day of the year, not a sample.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from worldhire.core.geo.zones import UnknownTimezone, offset_minutes, zone_info
from worldhire.teams.models import Shift, TeamSpecError

SLOT_MINUTES = 15
SLOTS_PER_DAY = 24 * 60 // SLOT_MINUTES
HORIZON_SLOTS = 2 * SLOTS_PER_DAY
MIDWEEK = (1, 2, 3)  # Tuesday, Wednesday, Thursday
# Local days -1..+2 of a date reach at most this many UTC days either side of it.
_MARGIN_DAYS = 3


@dataclass(frozen=True)
class CheckDate:
    day: date
    stands_for: int  # how many midweek days of the year share this date's hours exactly


def zone(name: str) -> ZoneInfo:
    try:
        return zone_info(name)
    except UnknownTimezone as exc:
        raise TeamSpecError(f"unknown time zone {name!r} (use an IANA name like Europe/Berlin)") \
            from exc


@cache
def _changes(zone_name: str, year: int) -> tuple[tuple[float, int], ...]:
    """(UTC timestamp, new offset in minutes) of each offset change of the zone around `year`."""
    zone(zone_name)  # a TeamSpecError, not UnknownTimezone, for a name that is not a zone
    first = datetime(year - 1, 12, 20, tzinfo=UTC)
    out = []
    before = offset_minutes(zone_name, first)
    for n in range(1, 390):
        instant = first + timedelta(days=n)
        after = offset_minutes(zone_name, instant)
        if after != before:
            low, high = (instant - timedelta(days=1)).timestamp(), instant.timestamp()
            while high - low > 1:  # the first second with the new offset
                mid = (low + high) // 2
                if offset_minutes(zone_name, datetime.fromtimestamp(mid, UTC)) == before:
                    low = mid
                else:
                    high = mid
            out.append((high, after))
            before = after
    return tuple(out)


def _signature(names: list[str], year: int, day: date) -> tuple[object, ...]:
    """What decides every shift mask on `day`: each zone's offset over the days around it."""
    start = datetime.combine(day - timedelta(days=_MARGIN_DAYS), time(0), tzinfo=UTC)
    low, high = start.timestamp(), start.timestamp() + (2 * _MARGIN_DAYS + 2) * 86400
    parts: list[object] = []
    for name in names:
        moves = tuple((at - low, offset) for at, offset in _changes(name, year) if low <= at < high)
        parts.append((offset_minutes(name, start), moves))
    return tuple(parts)


def check_dates(year: int, zone_names: set[str], spec_zone: str) -> list[CheckDate]:
    """The dates to check so that the plan holds on every midweek day of `year`.

    Two days with the same signature (every zone's offset at the same moments relative to the day)
    place every shift and slot identically, so one of them stands for the other: exact, not sampled.
    """
    names = sorted(zone_names | {spec_zone})
    groups: dict[tuple[object, ...], list[date]] = {}
    day = date(year, 1, 1)
    while day.year == year:
        if day.weekday() in MIDWEEK:
            groups.setdefault(_signature(names, year, day), []).append(day)
        day += timedelta(days=1)
    return sorted((CheckDate(days[0], len(days)) for days in groups.values()),
                  key=lambda c: c.day)


@cache
def _slot_edges(spec_zone: str, day: date) -> tuple[float, ...]:
    """UTC timestamps of the HORIZON_SLOTS + 1 slot edges from `day` 00:00 in the spec's zone."""
    tz = zone(spec_zone)
    start = datetime.combine(day, time(0), tzinfo=tz)
    # Adding a timedelta to an aware datetime moves wall-clock time: slot k is always k*15 minutes
    # of the zone's clock after midnight, and .timestamp() maps it to the real instant.
    return tuple((start + timedelta(minutes=SLOT_MINUTES * k)).timestamp()
                 for k in range(HORIZON_SLOTS + 1))


def slot_instant(spec_zone: str, day: date, slot: int) -> datetime:
    """The UTC moment slot `slot` of `day` (in the spec's zone) starts."""
    return datetime.fromtimestamp(_slot_edges(spec_zone, day)[slot], UTC)


@cache
def _steady_offset(zone_name: str, day: date) -> float | None:
    """The zone's UTC offset in seconds through the local day, None when it changes that day."""
    tz = zone(zone_name)
    start = datetime.combine(day, time(0), tzinfo=tz).utcoffset()
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).utcoffset()
    assert start is not None and end is not None
    return start.total_seconds() if start == end else None


def _at_hour(day: date, hour: float, zone_name: str) -> float:
    """UTC timestamp of local `hour` on `day`; zoneinfo only decides days with a change."""
    steady = _steady_offset(zone_name, day)
    if steady is not None:
        midnight = datetime.combine(day, time(0), tzinfo=UTC).timestamp()
        return midnight + round(hour * 60) * 60 - steady
    moment = datetime.combine(day, time(0), tzinfo=zone(zone_name)) + \
        timedelta(minutes=round(hour * 60))
    return moment.timestamp()


def shift_intervals(shift: Shift, around: date) -> list[tuple[float, float]]:
    """UTC [start, end) timestamps of the shifts on local days around `around` (-1 to +2)."""
    out = []
    for k in range(-1, 3):
        day = around + timedelta(days=k)
        end_day = day if shift.end_hour > shift.start_hour else day + timedelta(days=1)
        out.append((_at_hour(day, shift.start_hour, shift.timezone),
                    _at_hour(end_day, shift.end_hour, shift.timezone)))
    return out


@cache
def shift_mask(shift: Shift, spec_zone: str, day: date) -> int:
    """Bit k set when slot k (of `day` and the next day, in the spec's zone) lies inside a shift."""
    edges = _slot_edges(spec_zone, day)
    mask = 0
    for start, end in shift_intervals(shift, day):
        first = bisect.bisect_left(edges, start)  # first slot starting at or after the shift
        stop = bisect.bisect_right(edges, end) - 1  # slots whose end edge is <= the shift's end
        first, stop = max(first, 0), min(stop, HORIZON_SLOTS)
        if stop > first:
            mask |= ((1 << (stop - first)) - 1) << first
    return mask


def hour_slots(start_hour: float, end_hour: float) -> list[int]:
    """Slots of one day inside [start, end) wall-clock hours, wrapping past midnight."""
    first = round(start_hour * 60) // SLOT_MINUTES
    last = -(-round(end_hour * 60) // SLOT_MINUTES)  # slots that only partly overlap count too
    if end_hour > start_hour:
        return list(range(first, last))
    return list(range(first, SLOTS_PER_DAY)) + list(range(0, last))


def window_mask(start_slot: int, length: int) -> int:
    return ((1 << length) - 1) << start_slot
