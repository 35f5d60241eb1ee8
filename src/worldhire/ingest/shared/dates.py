"""Dates and date ranges as résumés write them, in the hiring regions' languages.

Single dates: "Jan 2020", "ene. 2019", "março de 2020", "marca 2020", "березня 2020 р.",
"tháng 3 năm 2020", "T3/2020", "III.2020", "IX 2019", "03.2021", "03/2021", "2021.03", "2019-03-15",
"15.03.2020", "2020". Month precision at best (the 1st of the month); a bare year reads as January.

Ranges: "<date> – <date>", "<date> – present" in every language ("actualidad", "atual", "obecnie",
"по теперішній час", "până în prezent", "à ce jour", "bis heute", "nay", "sekarang"...), joined by a
dash or a word ("to", "a", "até", "do", "bis", "đến", "hingga"...), optionally framed ("from 2020 to
2022", "de 2018 a 2020", "w latach 2018–2020", "von 2018 bis 2020", "dari 2018 hingga 2020",
"between 2018 and 2020", "2016–18"); "Jan – Mar 2020" takes the year of its end. Open ranges:
"since 2021", "desde 2019", "od 2020", "з 2021 року", "din 2020", "depuis 2019", "seit 2018",
"từ 2021", "sejak 2021". Every `DateRange` keeps its span in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from worldhire.core.texts import fold
from worldhire.ingest.lexicon import NOT_LETTER_AFTER, alternation, lower_keeping_length
from worldhire.ingest.lexicon import dates as words

_MONTH_NUMBER = {
    form: month
    for table in (words.MONTHS, words.PARTS_OF_YEAR)
    for month, forms in table.items()
    for form in forms
}
_MONTH_LOOKUP = {**{fold(k): v for k, v in _MONTH_NUMBER.items()}, **_MONTH_NUMBER}
_VI_MONTH_LOOKUP = {fold(w): m for m, forms in words.VI_MONTH_WORDS.items() for w in forms}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10, "xi": 11, "xii": 12}  # fmt: skip

_MONTH = rf"\b(?:{alternation(_MONTH_NUMBER)}){NOT_LETTER_AFTER}\.?"
# "Jan – Mar 2020" takes a month name only: "mid-2024" is one date, not "mid" to 2024.
_MONTH_NAMES = [form for forms in words.MONTHS.values() for form in forms]
_MONTH_NAME = rf"\b(?:{alternation(_MONTH_NAMES)}){NOT_LETTER_AFTER}\.?"
_VI_MONTH_WORD = rf"(?:{alternation(w for ws in words.VI_MONTH_WORDS.values() for w in ws)})"
# "від 2000$", "2000 zł": an amount of money, not a year.
_NOT_MONEY = r"(?!\s?(?:[$€£₴₫₹₽]|zł|грн|usd|eur|pln|uah)(?!\w))"
_YEAR4 = rf"(?<!\d)(?:19[5-9]\d|20\d\d)(?![\d]){_NOT_MONEY}"
_YEAR_AFTER = rf"(?:\s?(?:{alternation(words.YEAR_AFTER)}){NOT_LETTER_AFTER})?"
_YEAR_BEFORE = rf"(?:\b(?:{alternation(words.YEAR_BEFORE)})\s+)?"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"


def _date_pattern(p: str) -> str:
    """One date, with named groups prefixed by `p` so a range can hold two of them."""
    return (
        # "15 March 2020", "March 2020", "March 15, 2020", "marca 2020", "março de 2020", "Jan '19"
        rf"(?:(?:{_DAY}\.?\s+(?:de\s+)?)?(?P<{p}mw>{_MONTH})"
        rf"(?:\s+{_DAY}(?:st|nd|rd|th)?,)?\s*[,/'’-]?\s*(?:(?:de|del|of|năm|nam)\s+)?"
        rf"(?:(?P<{p}mwy>{_YEAR4}){_YEAR_AFTER}|['’](?P<{p}mwyy>\d\d)(?!\d)))"
        # Vietnamese: "tháng 3 năm 2020", "Tháng 03/2020", "T3/2020", "tháng ba năm 2020"
        rf"|(?:\b(?:tháng|thang)\s*(?:(?P<{p}vm>{_MONTH_NUM})(?!\d)|(?P<{p}vw>{_VI_MONTH_WORD}))"
        rf"|\b(?:th|t)\.?(?P<{p}vt>{_MONTH_NUM})(?!\d))"
        rf"\s*(?:[/.,-]\s*|\s(?:năm|nam)\s+|\s)(?P<{p}vy>{_YEAR4})"
        # Polish/Romanian Roman months: "III.2020", "IX/2019" (not "Class XII 2013")
        rf"|\b(?P<{p}rm>xii|xi|ix|x|viii|vii|vi|v|iv|iii|ii|i)\s?[./]\s?"
        rf"(?P<{p}ry>{_YEAR4}){_YEAR_AFTER}"
        # ... and with a space, "IX 2019 – obecnie", where no word comes just before it ("Class
        # XII 2013") and the numeral is not a one-letter word ("i" is Polish "and")
        rf"|(?<![^\W\d_]\s)\b(?P<{p}rs>xii|xi|ix|viii|vii|vi|iv|iii|ii)\s(?P<{p}rsy>{_YEAR4})"
        rf"{_YEAR_AFTER}"
        # Numeric, month first: "03.2021", "3/2021", "03-2021", "15.03.2020", "03/15/2020", and
        # "03.2021 r." (the year word belongs to the date: the month is not lost to "2021 r.")
        rf"|(?<![\d./-])(?:(?P<{p}na>\d{{1,2}})[./-])?(?P<{p}nb>\d{{1,2}})\s?[./-]\s?"
        rf"(?P<{p}ny>{_YEAR4}){_YEAR_AFTER}"
        # Year first: "2021.03", "2021-03", "2019-03-15"
        rf"|(?P<{p}iy>{_YEAR4})(?P<{p}is>[-/.])(?P<{p}im>{_MONTH_NUM})"
        rf"(?:(?P={p}is){_DAY})?(?![\d])"
        # Hungarian, the year first with its dot: "2021. március", "2015. szept."
        rf"|(?P<{p}hy>{_YEAR4})\.\s*(?P<{p}hm>{_MONTH_NAME})"
        # A year alone: "2020", "năm 2020", "2020 r."
        rf"|{_YEAR_BEFORE}(?P<{p}y>{_YEAR4}){_YEAR_AFTER}"
    )


_DASH = r"(?:-{1,2}|–|—|−|~|→|/)"
_JOIN = rf"(?:{alternation(words.RANGE_JOINERS)}){NOT_LETTER_AFTER}"
# "jun 2016. – feb. 2019.", "03.2016. – 02.2019.": Serbian, Croatian and Hungarian write a full
# stop after the year, as after any ordinal number
_SEP = rf"(?:\.?\s*{_DASH}\s*(?:{_JOIN}\s*)?|\.?\s+{_JOIN}\s*)"
_OPEN = rf"(?:{_JOIN}\s+)?(?:{alternation(words.OPEN_END)})(?:(?<=\.)|{NOT_LETTER_AFTER})"
# "dès 2020" (French: since) folds to "des 2020" (Indonesian: December 2020): a folded prefix
# that is also a month name counts only as written.
_MONTH_PREFIXES = sorted({fold(w) for w in words.RANGE_PREFIXES} & set(_MONTH_LOOKUP))
_NOT_A_MONTH = rf"(?!(?:{'|'.join(map(re.escape, _MONTH_PREFIXES))})\s)" if _MONTH_PREFIXES else ""
_PREFIX = rf"(?:\b{_NOT_A_MONTH}(?:{alternation(words.RANGE_PREFIXES)})\s+)?"
_BETWEEN = rf"\b(?:{alternation(words.BETWEEN)})\s+"
_AND = rf"\s+(?:{alternation(words.BETWEEN_JOINERS)})\s+"

# The patterns run on lower-cased text (`lower_keeping_length`) and are compiled case-sensitive:
# sre skips a branch of an alternation on its first character only for case-sensitive literals,
# which makes the vocabulary tries several times faster.
# Every alternative starts at a word start (`(?<!\w)`): sre tries a pattern at each position, and
# this makes the positions inside words fail at once.
_RANGE = re.compile(
    rf"(?<!\w)(?:{_PREFIX}(?:(?P<start>{_date_pattern('s_')}){_SEP}"
    rf"(?:(?P<end>{_date_pattern('e_')})|(?P<open>{_OPEN}))"
    # "March – June 2017", "entre enero y diciembre de 2017": two months of one year
    rf"|(?:(?P<mstart>{_MONTH_NAME}){_SEP}|{_BETWEEN}(?P<mbetween>{_MONTH_NAME}){_AND})"
    rf"(?P<mend>{_date_pattern('m_')})"
    rf"|(?P<ystart>{_YEAR4})\s*[-–—/]\s*(?P<yy>\d\d)(?![\d.,]))"
    rf"|{_BETWEEN}(?P<bstart>{_date_pattern('b_')}){_AND}(?P<bend>{_date_pattern('c_')}))",
)
# For callers that search raw text for a written range (not "since ..."): case-insensitive, so
# slower; `find_ranges` is the fast way and tells the two kinds apart by `DateRange.since`.
RANGE_RE = re.compile(_RANGE.pattern, re.IGNORECASE)
# "з 2021 р. дотепер", "since 2019 till date": a present word after the date is part of it.
SINCE_RE = re.compile(
    rf"(?<!\w){_NOT_A_MONTH}(?:{alternation(words.SINCE)})\s+(?P<start>{_date_pattern('s_')})"
    rf"(?:\s*(?:{_DASH}\s*)?{_OPEN})?"
)
SINCE_AFTER_RE = re.compile(
    rf"(?<!\w)(?P<start>{_date_pattern('s_')})(?:['’]?[dt][ae]n|\s+y[ıi]l[ıi]ndan)\s+"
    rf"(?:{alternation(words.SINCE_AFTER)}){NOT_LETTER_AFTER}"
)
DATE_RE = re.compile(rf"(?<!\w)(?:{_date_pattern('')})")
_ONE_DATE = re.compile(rf"\s*(?:{_date_pattern('')})\s*[.,;:)]*\s*")
_HAS_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)|['’]\d\d")

# Every date holds a year ("2020", "'19"). The big patterns are tried only at the few word starts
# just before a year, with `match`: scanning a whole résumé with them costs about 1 µs a character,
# anchoring costs a few µs a year. `_ANCHOR` scans fast (it starts with a character set);
# `_YEAR_AT` then checks the candidate.
_ANCHOR = re.compile(r"[12'’]\d\d")
_YEAR_AT = re.compile(
    rf"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d){_NOT_MONEY}|['’]\d\d(?!\d)", re.IGNORECASE
)
# Combining marks belong to the word they sit on: Python's \w leaves out Thai vowel and tone
# marks ("กุมภาพันธ์", February, would be seven tokens), Devanagari signs and Arabic harakat.
_MARKS = (
    "\u0300-\u036f\u064b-\u065f\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
    "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
)
_TOKEN = re.compile(rf"\w[\w{_MARKS}]*|[^\w\s]")
_LOOK_BACK_TOKENS = 6  # "between 15 de marzo de 2020": the farthest a date starts before its year
_LOOK_BACK_CHARS = 60


# Thai résumés count years in the Buddhist era ("มิ.ย. 2565" is June 2022, 543 years on). In a
# text with Thai letters, a year of the era (1950-2100 CE) that no digit, baht or phone group
# touches is read as its Common Era year: four digits for four, so spans hold.
_THAI = re.compile("[\u0e01-\u0e5b]")
_BUDDHIST_YEAR = re.compile(
    r"(?<![\d.,/:-])(?<!\d\s)(?:249\d|25\d\d|26[0-3]\d|264[0-3])(?![\d.,]\d|\s?\d|\s?(?:บาท|฿))"
)


# A Thai résumé writes "2558 - 2560" on a line of its own, with no Thai letter beside it: readers
# pass one line at a time, so the document's script decides for the lines it holds.
_IN_THAI_DOCUMENT: ContextVar[bool] = ContextVar("_IN_THAI_DOCUMENT", default=False)
_LETTER = re.compile(r"[^\W\d_]")
_THAI_SHARE = 0.25  # of a document's letters: a Thai name or two in an English résumé is not it


@contextmanager
def reading_document(text: str) -> Iterator[None]:
    """Dates read within count Buddhist-era years wherever the document is written in Thai."""
    # Counting a whole document's letters costs more than looking for one Thai letter first.
    thai = False
    if _THAI.search(text) is not None:
        letters = len(_LETTER.findall(text))
        thai = bool(letters) and len(_THAI.findall(text)) >= _THAI_SHARE * letters
    token = _IN_THAI_DOCUMENT.set(thai)
    try:
        yield
    finally:
        _IN_THAI_DOCUMENT.reset(token)


def _common_era(text: str, in_thai_document: bool) -> str:
    if not in_thai_document and not _THAI.search(text):
        return text
    return _BUDDHIST_YEAR.sub(lambda m: str(int(m.group(0)) - 543), text)


def _years(text: str) -> list[int]:
    return [m.start() for m in _ANCHOR.finditer(text) if _YEAR_AT.match(text, m.start())]


def _starts_before(text: str, year: int, floor: int) -> list[int]:
    """Token starts on the year's line, at most `_LOOK_BACK_TOKENS` before it, then the year."""
    lo = max(floor, text.rfind("\n", 0, year) + 1, year - _LOOK_BACK_CHARS)
    starts = [m.start() for m in _TOKEN.finditer(text, lo, year)]
    return [*starts[-_LOOK_BACK_TOKENS:], year]


@dataclass(frozen=True)
class DateRange:
    start: date | None
    end: date | None  # None: ongoing
    span: tuple[int, int]  # where the range sits in the text it came from
    since: bool = False  # written as "since <date>" (no end written), not "<date> – present"


@dataclass(frozen=True)
class DateMention:
    """A single date written in the text ("joined in March 2019")."""

    value: date
    span: tuple[int, int]


def parse_date(text: str) -> date | None:
    """One date, the whole text; month precision at best, a bare year reads as January."""
    text = _common_era(lower_keeping_length(text), _IN_THAI_DOCUMENT.get())
    if not _HAS_YEAR.search(text):
        return None
    match = _ONE_DATE.fullmatch(text)
    return _date_from(match, "") if match else None


def find_dates(text: str) -> list[DateMention]:
    """Every single date in the text, in order (ranges are read by `find_ranges`)."""
    found: list[DateMention] = []
    text = _common_era(lower_keeping_length(text), _IN_THAI_DOCUMENT.get())
    floor = 0
    for year in _years(text):
        if year < floor:
            continue
        for pos in _starts_before(text, year, floor):
            match = DATE_RE.match(text, pos)
            if match is None or match.end() <= year:
                continue
            value = _date_from(match, "")
            if value is not None:
                found.append(DateMention(value, match.span()))
                floor = match.end()
                break
    return found


def _date_from(match: re.Match[str], p: str) -> date | None:
    group = match.group
    if group(f"{p}mw") is not None:
        month = _month_of(group(f"{p}mw"))
        if month is None:
            return None
        if group(f"{p}mwyy") is not None:
            short = int(group(f"{p}mwyy"))
            return _safe_date(short + (2000 if short < 50 else 1900), month)
        return _safe_date(int(group(f"{p}mwy")), month)
    if group(f"{p}vy") is not None:
        digits = group(f"{p}vm") or group(f"{p}vt")
        month_vi = int(digits) if digits else _VI_MONTH_LOOKUP.get(fold(group(f"{p}vw")))
        return _safe_date(int(group(f"{p}vy")), month_vi or 0)
    if group(f"{p}rm") is not None:
        return _safe_date(int(group(f"{p}ry")), _ROMAN[group(f"{p}rm")])
    if group(f"{p}rs") is not None:
        return _safe_date(int(group(f"{p}rsy")), _ROMAN[group(f"{p}rs")])
    if group(f"{p}ny") is not None:
        first, second = group(f"{p}na"), int(group(f"{p}nb"))
        if first is None:
            return _safe_date(int(group(f"{p}ny")), second)
        # Day first ("15.03.2020") unless the second number cannot be a month ("03/15/2020").
        month_num = second if second <= 12 else int(first)
        return _safe_date(int(group(f"{p}ny")), month_num)
    if group(f"{p}iy") is not None:
        return _safe_date(int(group(f"{p}iy")), int(group(f"{p}im")))
    if group(f"{p}hy") is not None:
        month = _month_of(group(f"{p}hm"))
        return _safe_date(int(group(f"{p}hy")), month) if month else None
    if group(f"{p}y") is not None:
        return _safe_date(int(group(f"{p}y")), 1)
    return None


def _month_of(written: str) -> int | None:
    """The month a written name means, as written before folded: folding drops the Thai vowel of
    "มี.ค" (March), which leaves "ม.ค" (January)."""
    form = written.rstrip(".")
    return _MONTH_LOOKUP.get(form) or _MONTH_LOOKUP.get(fold(form))


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
    """The first date range in the text (closed, open-ended, or "since <date>")."""
    ranges = _ranges(text, _IN_THAI_DOCUMENT.get())
    return ranges[0] if ranges else None


# Seasonal work over several years, one job from the first summer to the last: "Étés 2016 et
# 2017", "Étés 2013, 2014 et 2015", "Veranos de 2014 y 2015", "Sommer 2008 und 2009", "în verile
# lui 2013 și 2014", "Hè 2017, 2018", "summers of 2019 and 2020".
_SEASONS_OF_YEARS = re.compile(
    r"(?<![^\W\d_])(?:summers?|étés?|veranos?|verões|veri(?:le)?|sommer(?:n)?|lata|latem|hè|"
    r"estati|літа|лета)\s+(?:(?:of|de|lui|der|jahre)\s+)?"
    r"(?P<years>(?:19|20)\d\d(?:(?:\s*[,&]\s*|\s+(?:et|and|y|e|und|și|si|i|oraz|dan|và|та|і)\s+)"
    r"(?:19|20)\d\d)+)(?!\d)",
    re.IGNORECASE,
)


_SEASON_HINT = re.compile(r"summer|été|veran|verõ|veri|sommer|lat[ao]|hè|estati|літа|лета", re.I)


def _seasons_of_years(text: str) -> list[DateRange]:
    found = []
    for match in _SEASONS_OF_YEARS.finditer(text):
        years = sorted(int(y) for y in re.findall(r"\d{4}", match["years"]))
        found.append(DateRange(date(years[0], 1, 1), date(years[-1], 1, 1), match.span()))
    return found


# "Copyright © 2001 - 2026 Jobberman Ghana Ltd.": the years of a page's or template's notice,
# kept in a saved page's footer, are no span of anyone's work or study.
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\(c\)|copyright)\s*$")


def find_ranges(text: str) -> list[DateRange]:
    """Every date range in the text, in order, none overlapping another."""
    return list(_ranges(text, _IN_THAI_DOCUMENT.get()))


# Readers of one résumé ask for the ranges of the same line many times (sections, entries, job
# headers); a range is frozen, so the list of one reading is shared.
@lru_cache(maxsize=4096)
def _ranges(text: str, in_thai_document: bool) -> tuple[DateRange, ...]:
    text = _common_era(lower_keeping_length(text), in_thai_document)
    seasons = _seasons_of_years(text) if _SEASON_HINT.search(text) else []
    found: list[DateRange] = list(seasons)
    floor = 0
    for year in _years(text):
        if year < floor or any(s.span[0] <= year < s.span[1] for s in seasons):
            continue
        for pos in _starts_before(text, year, floor):
            date_range = _range_at(text, pos, year)
            if date_range is not None:
                if not _COPYRIGHT_BEFORE.search(text, max(0, pos - 16), pos):
                    found.append(date_range)
                floor = date_range.span[1]
                break
    return tuple(sorted(found, key=lambda r: r.span) if seasons else found)


def _range_at(text: str, pos: int, year: int) -> DateRange | None:
    """A range starting at `pos` that reaches past the year at `year`; a closed range before an
    open one ("since 2019 – 2021" is a range)."""
    match = _RANGE.match(text, pos)
    if match is not None and match.end() > year:
        date_range = _range_from(match)
        if date_range is not None:
            return date_range
    for since in (SINCE_RE, SINCE_AFTER_RE):
        match = since.match(text, pos)
        if match is not None and match.end() > year:
            start = _date_from(match, "s_")
            if start is not None:
                return DateRange(start, None, match.span(), since=True)
    return None


def _range_from(match: re.Match[str]) -> DateRange | None:
    start: date | None
    end: date | None
    if match.group("start") is not None:
        start = _date_from(match, "s_")
        end = None if match.group("open") is not None else _date_from(match, "e_")
        if match.group("open") is None and end is None:
            return None
    elif match.group("bstart") is not None:
        start, end = _date_from(match, "b_"), _date_from(match, "c_")
        if end is None:
            return None
    elif match.group("mend") is not None:
        end = _date_from(match, "m_")
        first = match.group("mstart") or match.group("mbetween")
        month = _month_of(first)
        start = _safe_date(end.year, month) if end is not None and month else None
        if start is not None and end is not None and start > end:  # "Nov – Feb 2021"
            start = _safe_date(end.year - 1, start.month)
    else:
        first = int(match.group("ystart"))
        short = int(match.group("yy"))
        # "2016–18" is a range; "2010-12" is December 2010 (read above as a single date).
        if short <= 12 or not 0 < short - first % 100 <= 10:
            return None
        start, end = _safe_date(first, 1), _safe_date(first - first % 100 + short, 1)
    if start is None:
        return None
    if end is not None and end < start:  # reversed: "2021 - 2019" means the same span
        start, end = end, start
    return DateRange(start, end, match.span())


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
