"""A range of two clock times read as hours of the day: "9-5", "9:30 to 6:30", "9-6pm",
"9am-6pm", "8h às 17h", "22:00-06:00". One reader for the hours a résumé states
(ingest.shared.hours) and the windows a job post names (ingest.posts.fields); each finds the
range in its text its own way and hands over the two times as written."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClockTime:
    """One time of a range as written: "6:30pm" is 6, 30, "pm"."""

    hour: int
    minutes: int = 0
    # what follows the time, lower case: "am", "p.m.", "h", "hrs", "uhr"...; None when bare
    mark: str | None = None


def read_clock_range(first: ClockTime, second: ClockTime) -> tuple[float, float] | None:
    """Start and end as hours of the day, 0-24 (an end below the start crosses midnight);
    None when a time is no time of the day or the range has no length."""
    second_meridiem = _meridiem(second.mark)
    end = _hour_of_day(second, second_meridiem)
    # "1-5pm": a bare start is on the end's half of the day; "22h-6am": a marked one on its own
    borrowed = first.mark is None and second_meridiem is not None
    start = _hour_of_day(first, second_meridiem if borrowed else _meridiem(first.mark))
    if start is None or end is None:
        return None
    if borrowed and start > end:  # "9-6pm": nine in the morning
        start = _hour_of_day(first, "am")
        if start is None:
            return None
    # "9-5" is nine to five, "9:30 to 6:30" half past nine to half past six: with no mark at
    # all, an end before a morning start is in the afternoon (a 24-hour clock writes 18:30, and
    # "9h30" is one)
    if first.mark is None and second.mark is None and end < start <= 12:
        end += 12
    if start == end:
        return None
    return start, end


def _meridiem(mark: str | None) -> str | None:
    if not mark:
        return None
    letters = mark.replace(".", "")
    return letters if letters in {"am", "pm"} else None


def _hour_of_day(time: ClockTime, meridiem: str | None) -> float | None:
    hour = time.hour
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    value = hour + time.minutes / 60
    return value if value <= 24 else None
