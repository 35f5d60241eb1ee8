"""Working-hour overlap on real dates, daylight-saving edges included."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.geo.zones import UnknownTimezone
from worldhire.match.overlap import (
    WorkWindow,
    overlap_hours,
    overlap_over_year,
    year_sample,
)

NEW_YORK = WorkWindow("America/New_York", 9, 17)
BERLIN = WorkWindow("Europe/Berlin", 9, 17)
SAO_PAULO = WorkWindow("America/Sao_Paulo", 9, 17)
SYDNEY = WorkWindow("Australia/Sydney", 9, 19)
ZONES = ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Asia/Manila",
         "America/Sao_Paulo", "Africa/Lagos", "Australia/Sydney", "Asia/Kathmandu",
         "America/Mexico_City", "Europe/Kyiv", "Pacific/Auckland"]


@pytest.mark.parametrize(
    ("day", "hours"),
    [
        (date(2026, 1, 14), 2.0),  # both on standard time: 14-22 vs 08-16 UTC
        (date(2026, 3, 11), 3.0),  # US moved on 8 March, the EU not until 29 March
        (date(2026, 3, 30), 2.0),  # both on summer time
        (date(2026, 10, 28), 3.0),  # the EU moved back on 25 October, the US on 1 November
        (date(2026, 11, 4), 2.0),
    ],
)
def test_new_york_berlin_follow_both_dst_calendars(day: date, hours: float) -> None:
    assert overlap_hours(BERLIN, NEW_YORK, day) == hours


def test_southern_hemisphere_moves_the_other_way() -> None:
    # Sydney is on summer time (UTC+11) in January and standard (UTC+10) in July.
    jan, jul = date(2026, 1, 14), date(2026, 7, 15)
    assert overlap_hours(SYDNEY, BERLIN, jan) == 0.0  # 22-08 UTC vs 08-16 UTC
    assert overlap_hours(SYDNEY, BERLIN, jul) == 2.0  # 23-09 UTC vs 07-15 UTC


def test_person_a_calendar_day_ahead_is_counted() -> None:
    manila_evening = WorkWindow("Asia/Manila", 20, 4)  # 12-20 UTC
    assert overlap_hours(manila_evening, BERLIN, date(2026, 1, 14)) == 4.0


def test_half_hour_zones() -> None:
    india = WorkWindow("Asia/Kolkata", 9, 17)  # 03:30-11:30 UTC
    assert overlap_hours(india, BERLIN, date(2026, 1, 14)) == 3.5
    assert overlap_hours(india, BERLIN, date(2026, 7, 15)) == 4.5


def test_year_summary_reports_typical_and_worst() -> None:
    summary = overlap_over_year(BERLIN, NEW_YORK, year_sample(2026))
    assert (summary.typical, summary.worst, summary.best) == (2.0, 2.0, 3.0)
    assert "3 h at best" in summary.describe()


def test_year_sample_is_weekly() -> None:
    days = year_sample(2026)
    assert len(days) == 52 and all(d.weekday() == 2 for d in days)


def test_unknown_zone_is_a_clear_error() -> None:
    with pytest.raises(UnknownTimezone, match="Mars/Olympus"):
        overlap_hours(WorkWindow("Mars/Olympus", 9, 17), BERLIN, date(2026, 1, 1))


@given(
    a=st.sampled_from(ZONES), b=st.sampled_from(ZONES),
    start=st.integers(0, 23), length=st.integers(1, 12),
    day=st.dates(date(2025, 1, 1), date(2027, 12, 31)),
)
def test_overlap_is_symmetric_and_bounded(
    a: str, b: str, start: int, length: int, day: date
) -> None:
    x = WorkWindow(a, start, (start + length) % 24)
    y = WorkWindow(b, 9, 17)
    hours = overlap_hours(x, y, day)
    assert 0.0 <= hours <= 8.0
    assert hours <= x.length + 1  # one DST hour at most
    if a == b:
        assert hours == pytest.approx(overlap_hours(y, x, day))


@given(zone=st.sampled_from(ZONES), day=st.dates(date(2025, 1, 1), date(2027, 12, 31)))
def test_same_window_overlaps_fully(zone: str, day: date) -> None:
    w = WorkWindow(zone, 9, 17)
    assert overlap_hours(w, w, day) == 8.0
