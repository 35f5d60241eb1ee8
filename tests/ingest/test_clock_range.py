"""One reader of a range of two clock times serves the hours résumés state
(ingest.shared.hours) and the windows job posts name (ingest.posts.fields): a rule about how a
range is written is made once, and both read the same range the same way."""

from __future__ import annotations

import pytest

from worldhire.ingest.posts.fields import window_in
from worldhire.ingest.shared.clock_range import ClockTime, read_clock_range
from worldhire.ingest.shared.hours import stated_hours


@pytest.mark.parametrize(
    ("first", "second", "hours"),
    [
        (ClockTime(9), ClockTime(17), (9.0, 17.0)),
        (ClockTime(9), ClockTime(5), (9.0, 17.0)),  # "9-5": five in the afternoon
        (ClockTime(9, 30), ClockTime(6, 30), (9.5, 18.5)),
        (ClockTime(9), ClockTime(6, mark="pm"), (9.0, 18.0)),  # "9-6pm": nine in the morning
        (ClockTime(11), ClockTime(1, mark="p.m."), (11.0, 13.0)),
        (ClockTime(2), ClockTime(6, mark="pm"), (14.0, 18.0)),
        (ClockTime(8, mark="h"), ClockTime(17, mark="h"), (8.0, 17.0)),
        # a start marked as a 24-hour time keeps its own half of the day
        (ClockTime(22, mark="h"), ClockTime(6, mark="am"), (22.0, 6.0)),
        (ClockTime(9, mark="h"), ClockTime(10, mark="pm"), (9.0, 22.0)),
        (ClockTime(22), ClockTime(6), (22.0, 6.0)),  # a night shift
        (ClockTime(14), ClockTime(24), (14.0, 24.0)),
    ],
)
def test_a_range_reads_as_hours_of_the_day(
    first: ClockTime, second: ClockTime, hours: tuple[float, float]
) -> None:
    assert read_clock_range(first, second) == hours


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (ClockTime(9), ClockTime(9)),
        (ClockTime(13, mark="pm"), ClockTime(5, mark="pm")),
        (ClockTime(0, mark="am"), ClockTime(5, mark="pm")),
        (ClockTime(9), ClockTime(25)),
    ],
)
def test_no_time_of_the_day_or_no_length_is_no_range(first: ClockTime, second: ClockTime) -> None:
    assert read_clock_range(first, second) is None


@pytest.mark.parametrize(
    "written",
    [
        "9-5", "9:30 to 6:30", "9-6pm", "9am-6pm", "10:00–19:00", "8h às 17h", "11-1pm",
        "22:00-06:00", "22h-6am", "9h-10pm",
    ],
)
def test_a_post_and_a_resume_read_a_range_alike(written: str) -> None:
    stated = stated_hours(f"Working hours: {written}.")
    assert stated is not None
    assert window_in(f"Working hours: {written}.") == (stated.start, stated.end)
