"""Dates and date ranges as résumés write them: "Jan 2020 – Present", "2019-03 to 2021-06"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_DATE = (
    rf"(?:{_MONTH}\s*'?\s*{_YEAR}|{_MONTH}\s*'\d\d|\d{{1,2}}\s*[/.]\s*{_YEAR}"
    rf"|{_YEAR}\s*[-/.]\s*\d{{1,2}}(?:\s*[-/.]\s*\d{{1,2}})?|{_YEAR})"
)
_OPEN_END = r"(?:present|current|now|today|ongoing|date|till date|to date)"
_DASH = r"(?:-|–|—|−|~|→|to|until|till)"
RANGE_RE = re.compile(
    rf"(?P<start>{_DATE})\s*{_DASH}\s*(?P<end>{_DATE}|{_OPEN_END})", re.IGNORECASE
)
SINCE_RE = re.compile(rf"\b(?:since|from)\s+(?P<start>{_DATE})", re.IGNORECASE)
DATE_RE = re.compile(rf"\b{_DATE}\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    start: date | None
    end: date | None  # None: ongoing
    span: tuple[int, int]  # where the range sits in the text it came from


def parse_date(text: str) -> date | None:
    """One date; month precision at best (the 1st of the month), a bare year reads as January."""
    t = text.strip().lower().replace("'", " ")
    m = re.fullmatch(rf"({_MONTH})\s*(\d{{2,4}})", t)
    if m:
        month = _MONTHS[m.group(1)[:3]]
        year = int(m.group(2))
        if year < 100:  # "Jan '19"
            year += 2000 if year < 50 else 1900
        return _safe_date(year, month)
    m = re.fullmatch(r"(\d{1,2})\s*[/.]\s*(\d{4})", t)
    if m:
        return _safe_date(int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{4})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2}))?", t)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    m = re.fullmatch(r"(\d{4})", t)
    if m:
        return _safe_date(int(m.group(1)), 1)
    return None


def parse_iso_date(text: str | None) -> date | None:
    """JSON Resume dates: "2020", "2020-03" or "2020-03-15"; anything else is None."""
    if not text or not isinstance(text, str):
        return None
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*", text)
    if not m:
        return None
    return _safe_date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


def _safe_date(year: int, month: int, day: int = 1) -> date | None:
    if not 1950 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_range(text: str) -> DateRange | None:
    """The first date range in a line, or "since <date>" as an open range."""
    m = RANGE_RE.search(text)
    if m:
        start = parse_date(m.group("start"))
        end_text = m.group("end")
        end = None if re.fullmatch(_OPEN_END, end_text, re.IGNORECASE) else parse_date(end_text)
        if start is not None and (end is None or end >= start):
            return DateRange(start, end, m.span())
        if start is not None and end is not None:  # reversed: "2021 - 2019" means the same span
            return DateRange(end, start, m.span())
    m = SINCE_RE.search(text)
    if m:
        start = parse_date(m.group("start"))
        if start is not None:
            return DateRange(start, None, m.span())
    return None


def merged_years(ranges: list[tuple[date, date]]) -> float:
    """Years covered by the union of the ranges: overlapping jobs are not counted twice."""
    total_days = 0
    current: tuple[date, date] | None = None
    for start, end in sorted(r for r in ranges if r[1] >= r[0]):
        if current is None or start > current[1]:
            if current is not None:
                total_days += (current[1] - current[0]).days
            current = (start, end)
        else:
            current = (current[0], max(current[1], end))
    if current is not None:
        total_days += (current[1] - current[0]).days
    return round(total_days / 365.25, 1)
