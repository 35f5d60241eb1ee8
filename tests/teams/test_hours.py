"""Shift masks on real dates: DST moves hours, and the checked dates stand exactly for the year."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from worldhire.teams.hours import MIDWEEK, check_dates, hour_slots, shift_mask, zone
from worldhire.teams.models import Shift, TeamSpecError


def first_slot(mask: int) -> int:
    return (mask & -mask).bit_length() - 1


def test_berlin_moves_one_hour_earlier_in_utc_at_the_spring_change() -> None:
    berlin = Shift("Europe/Berlin", 9, 17)
    before = shift_mask(berlin, "UTC", date(2025, 3, 26))  # CET, 08:00 UTC
    after = shift_mask(berlin, "UTC", date(2025, 4, 2))  # CEST, 07:00 UTC
    assert first_slot(before) == 8 * 4
    assert first_slot(after) == 7 * 4


def test_sydney_moves_one_hour_later_in_utc_when_its_summer_time_ends() -> None:
    sydney = Shift("Australia/Sydney", 9, 17)
    # 9:00 AEDT on local Wednesday 2 April = 22:00 UTC Tuesday; 9:00 AEST on 9 April = 23:00 UTC.
    before = shift_mask(sydney, "UTC", date(2025, 4, 1))
    after = shift_mask(sydney, "UTC", date(2025, 4, 8))
    assert before >> (22 * 4) & 1 and not after >> (22 * 4) & 1
    assert after >> (23 * 4) & 1
    # its morning in UTC runs until 06:00 (AEDT) or 07:00 (AEST)
    assert before >> (5 * 4 + 3) & 1 and not before >> (6 * 4) & 1
    assert after >> (6 * 4 + 3) & 1 and not after >> (7 * 4) & 1


def test_sao_paulo_has_no_dst_any_more() -> None:
    sao_paulo = Shift("America/Sao_Paulo", 9, 17)
    masks = {shift_mask(sao_paulo, "UTC", date(2025, m, 15 - date(2025, m, 15).weekday() + 2))
             for m in range(1, 13)}
    assert len(masks) == 1


def test_the_week_both_hemispheres_are_on_summer_time_is_checked() -> None:
    # EU summer time from 30 March 2025, Sydney's ends 6 April: Berlin 05:00-13:00 UTC and Sydney
    # 22:00-06:00 UTC (for Berlin 7-15) only in that week, so a date inside it must be checked.
    days = [d.day for d in check_dates(2025, {"Europe/Berlin", "Australia/Sydney"}, "UTC")]
    assert any(date(2025, 3, 31) <= d <= date(2025, 4, 5) for d in days)
    assert any(date(2025, 10, 6) <= d <= date(2025, 10, 25) for d in days)


@pytest.mark.parametrize("spec_zone", ["UTC", "America/New_York"])
def test_checked_dates_stand_exactly_for_every_midweek_day(spec_zone: str) -> None:
    zones = {"Europe/Berlin", "Australia/Sydney", "America/Santiago", "Asia/Kolkata"}
    dates = check_dates(2025, zones, spec_zone)
    midweek = [date(2025, 1, 1) + timedelta(days=n) for n in range(365)]
    midweek = [d for d in midweek if d.weekday() in MIDWEEK]
    assert sum(d.stands_for for d in dates) == len(midweek)
    shifts = [Shift(z, 9, 17) for z in zones] + [Shift("Asia/Kolkata", 22, 6)]
    reps = {d.day for d in dates}
    seen = {tuple(shift_mask(s, spec_zone, d.day) for s in shifts) for d in dates}
    for day in midweek:  # every day's masks equal those of some checked date
        assert tuple(shift_mask(s, spec_zone, day) for s in shifts) in seen or day in reps


def test_overnight_shift_and_half_hour_zone() -> None:
    night = shift_mask(Shift("Asia/Kolkata", 22, 6), "UTC", date(2025, 1, 8))
    # 22:00 IST = 16:30 UTC
    assert night >> (16 * 4 + 2) & 1 and not night >> (16 * 4 + 1) & 1


def test_hour_slots_wrap_past_midnight() -> None:
    assert hour_slots(22, 2) == list(range(88, 96)) + list(range(0, 8))
    assert hour_slots(0, 24) == list(range(96))


def test_unknown_zone_is_a_spec_error() -> None:
    with pytest.raises(TeamSpecError, match="unknown time zone"):
        zone("Mars/Olympus")
