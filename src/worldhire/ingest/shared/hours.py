"""Working hours and time zones as people write them, and the zone the hours are stated in.

Hours: "8:00–17:00 WAT", "9:00 to 18:00", "9am-6pm EST", "das 8h às 17h", "de 9h à 18h",
"godz. 8–16", "8-16 Uhr", "10:00–19:00 (UTC+3)", "Working hours: 9-5"; office hours without numbers
("giờ hành chính", "horário comercial", "business hours"); offers to work a region's hours ("happy
to work European hours", "flexible to work CET hours", "can overlap with US East Coast mornings",
"disponível no horário europeu", "mogę pracować w godzinach CET").

Zones: abbreviations (WAT, EAT, CAT, SAST, IST, PKT, BST, CET/CEST, EET/EEST, WET, GMT, ICT, WIB,
PHT, BRT, ART, EST/CST/MST/PST, JST, SGT...), offsets ("UTC+3", "GMT+5:30", "UTC−03:00"), IANA
names and words ("czasu polskiego", "hora de Brasília", "Kyiv time"). An abbreviation with several
meanings takes the one that matches the person's country all year (PST in the Philippines is
Manila, IST in Ireland is Dublin, CST in China is Shanghai), else its most common one. An offset
is the person's country's zone when that zone is on it, else a fixed-offset zone (UTC+3 is
"Etc/GMT-3"; the tz database writes the sign reversed), or, for half hours, the zone most people on
that offset use (UTC+5:30 is Asia/Kolkata).

A `StatedHours` keeps the zone its hours are stated in, which may not be where the person lives: a
person in Lagos offering "European hours" gives 9:00-17:00 Europe/Berlin; `in_zone` converts them
to the person's own clock and `working_window` merges several statements into one window.
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from worldhire.core.geo.zones import (
    country_timezone,
    is_timezone,
    seasonal_offsets,
    zone_in_country,
)
from worldhire.core.texts import fold
from worldhire.ingest.lexicon import (
    NOT_LETTER_AFTER,
    alternation,
    first_words,
    lower_keeping_length,
    word_positions,
)
from worldhire.ingest.lexicon import hours as words
from worldhire.ingest.shared.clock_range import ClockTime, read_clock_range
from worldhire.ingest.shared.geo import resolve_place

_MAX_WINDOW_HOURS = 14.0


@dataclass(frozen=True)
class StatedHours:
    start: float  # hour of the day in `timezone`, 0-24
    end: float  # may be below start: overnight ("22:00-06:00")
    timezone: str | None  # the IANA zone the hours are stated in; None: the person's own
    span: tuple[int, int]  # where the statement sits in the text
    offered: bool = False  # an offer ("happy to work European hours"), not the usual day
    # "clock": written as times ("8:00-17:00"); "region": a region's day ("European hours");
    # "office": office hours in words ("giờ hành chính")
    kind: str = "clock"
    overlap: bool = False  # an overlap with someone else's day, on top of the person's own

    def in_zone(self, zone: str | None, on: date | None = None) -> tuple[float, float]:
        """The same hours on the clock of `zone` (on `on`, today by default: DST moves them).
        Hours without a zone, or with no zone to convert to, stay as stated."""
        if self.timezone is None or zone is None or self.timezone == zone:
            return self.start, self.end
        day = on or date.today()
        return _convert(self.start, self.timezone, zone, day), _convert(
            self.end, self.timezone, zone, day
        )


@dataclass(frozen=True)
class StatedZone:
    zone: str  # IANA name
    span: tuple[int, int]


def _convert(hour: float, source: str, target: str, day: date) -> float:
    moment = datetime(day.year, day.month, day.day, tzinfo=zoneinfo.ZoneInfo(source)) + timedelta(
        hours=hour
    )
    local = moment.astimezone(zoneinfo.ZoneInfo(target))
    return round(local.hour + local.minute / 60, 2)


def zone_for_abbreviation(abbreviation: str, country: str | None = None) -> str | None:
    """ "EAT" -> "Africa/Nairobi"; "PST" with country PH -> "Asia/Manila"."""
    meanings = words.ABBREVIATIONS.get(abbreviation.upper())
    if not meanings:
        return None
    home = country_timezone(country) if country else None
    if home is not None:
        for meaning in meanings:
            same_clock = meaning != "UTC" and seasonal_offsets(meaning) == seasonal_offsets(home)
            if meaning == home or same_clock:
                return home
    return meanings[0]


def zone_for_offset(minutes: int, country: str | None = None) -> str | None:
    """A UTC offset in minutes to a zone: the country's zone when it is on that offset in
    winter or summer, else Etc/GMT∓h, else the usual zone of a half-hour offset."""
    if not -12 * 60 <= minutes <= 14 * 60:
        return None
    home = country_timezone(country) if country else None
    if home is not None and minutes in seasonal_offsets(home):
        return home
    if minutes == 0:
        return "UTC"
    if minutes % 60 == 0:
        return f"Etc/GMT{-minutes // 60:+d}"
    return words.FRACTIONAL_OFFSETS.get(minutes)


# --- zone tokens ---------------------------------------------------------------------------

_OFFSET = r"(?i:utc|gmt)\s?(?P<sign>[+\-−–])\s?(?P<oh>\d{1,2})(?:(?::|\.)?(?P<om>[0-5]\d))?(?!\d)"
_ABBREVIATION = (
    rf"(?<![\w/])(?P<abbr>{'|'.join(sorted(words.ABBREVIATIONS, key=len, reverse=True))})"
    rf"(?![\w/+\-−])"
)
_IANA = r"(?P<iana>[A-Z][A-Za-z_]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)"
_PHRASE = rf"(?i:(?P<phrase>{alternation(words.ZONE_PHRASES)})){NOT_LETTER_AFTER}"
# "São Paulo time", "Iași time", "India time": a place the geography knows, then "time".
_PLACE_TIME = r"(?P<place>[^\W\d_][\w.'-]*(?:[ -][^\W\d_][\w.'-]*){0,2})\s+(?i:time)(?!\w)"
_ZONE_TOKEN = re.compile(rf"{_OFFSET}|{_ABBREVIATION}|{_IANA}|{_PHRASE}|{_PLACE_TIME}")
_PHRASE_LOOKUP = {fold(k): v for k, v in words.ZONE_PHRASES.items()}


def _zone_of(match: re.Match[str], country: str | None) -> str | None:
    if match.group("sign"):
        sign = -1 if match.group("sign") != "+" else 1
        minutes = int(match.group("oh")) * 60 + int(match.group("om") or 0)
        return zone_for_offset(sign * minutes, country)
    if match.group("abbr"):
        return zone_for_abbreviation(match.group("abbr"), country)
    if match.group("iana"):
        return match.group("iana") if is_timezone(match.group("iana")) else None
    if match.group("phrase"):
        return _PHRASE_LOOKUP.get(fold(" ".join(match.group("phrase").split())))
    place = resolve_place(match.group("place"), bare_town=True)
    return place.timezone if place is not None else None


_IANA_RE = re.compile(_IANA)
_OPEN_BRACKET = re.compile(r"\(")
_LABEL_STARTS = first_words(words.ZONE_LABELS)
_BRACKETED_ZONE = re.compile(rf"\(\s*(?P<token>{_OFFSET}|{_ABBREVIATION})\s*\)")
_ZONE_LABEL = re.compile(
    rf"(?i:(?<!\w)(?:{alternation(words.ZONE_LABELS)})){NOT_LETTER_AFTER}\s*[:=\-–]?\s*"
)


def stated_timezone(text: str, country: str | None = None) -> StatedZone | None:
    """The person's own zone when the text states it: a labelled zone ("Time zone: EAT",
    "Strefa czasowa: CET", "Fuso horário: UTC−3"), or an IANA name anywhere."""
    text = text[:20_000]
    lowered = lower_keeping_length(text)
    for position in word_positions(lowered, _LABEL_STARTS):
        label = _ZONE_LABEL.match(text, position)
        if label is None:
            continue
        token = _ZONE_TOKEN.match(text, label.end())
        if token is not None:
            zone = _zone_of(token, country)
            if zone is not None:
                return StatedZone(zone, (label.start(), token.end()))
    if "/" in text:
        for token in _IANA_RE.finditer(text):
            if is_timezone(token.group("iana")):
                return StatedZone(token.group("iana"), token.span())
    return _zone_in_brackets(text, country)


def _zone_in_brackets(text: str, country: str | None) -> StatedZone | None:
    """ "Lagos, Nigeria (WAT)", "Manila time (UTC+8)": a zone in brackets beside the person's
    place, not one that closes a clock range or an offer to work another region's hours."""
    taken: list[tuple[int, int]] | None = None
    for paren in _OPEN_BRACKET.finditer(text):
        bracket = _BRACKETED_ZONE.match(text, paren.start())
        if bracket is None:
            continue
        token = _ZONE_TOKEN.match(text, bracket.start("token"))
        if taken is None:
            taken = [h.span for h in find_stated_hours(text, country)]
        if token is None or any(s <= bracket.start() < e for s, e in taken):
            continue
        line_start = text.rfind("\n", 0, bracket.start()) + 1
        head = lower_keeping_length(text[max(line_start, bracket.start() - 60) : bracket.start()])
        if _offered(head):
            continue
        zone = _zone_of(token, country)
        if (
            zone is not None
            and token.group("abbr")
            and country
            and not zone_in_country(zone, country)
        ):
            continue  # "R$ 22.000 (CLT)" in Brazil is a labour contract, not Chile's time
        if zone is not None:
            return StatedZone(zone, bracket.span())
    return None


# --- hours ---------------------------------------------------------------------------------

_SUFFIX = r"a\.m\.|p\.m\.|am|pm|hrs|hs|h|uhr|godz\.?|giờ|g"
_JOIN = (
    r"\s*(?:[-–—−~]|(?:to|till|until|through|a|às|as|à|a las|hasta|até|ate|do|bis|đến|tới|"
    r"hingga|sampai|s/d|до|по|până la|pana la|și|and|y|e|und|et|i|dan)(?!\w))\s*"
)


def _time(n: str) -> str:
    return (
        rf"(?P<h{n}>\d{{1,2}})(?:[:.](?P<m{n}>[0-5]\d))?"
        rf"(?:\s?(?P<s{n}>{_SUFFIX})(?P<x{n}>[0-5]\d)?{NOT_LETTER_AFTER})?"
    )


# On lower-cased text; a range of two clock times ("8:00–17:00", "8h às 17h", "9am to 6pm"). An
# hour glued to a letter that is no unit of time is a version or a code ("from 11g to 12c").
_TIME_RANGE = re.compile(
    rf"(?<![\w.:,/+\-−]){_time('1')}{_JOIN}{_time('2')}(?![\d])(?![:.,]\d){NOT_LETTER_AFTER}"
)
_DIGITS = re.compile(r"\d+")
_HOURS_CUE = re.compile(rf"(?<!\w)(?:{alternation(words.HOURS_CUES)}){NOT_LETTER_AFTER}")
_OPENS_RANGE = re.compile(rf"(?<!\w)(?:{alternation(words.RANGE_OPENERS)})\s*$")
_DURATION = re.compile(rf"\s*(?:{alternation(words.DURATION_WORDS)})(?![^\W\d_])")
_OVERLAP = re.compile(rf"(?<!\w)(?:{alternation(words.OVERLAP_WORDS)})")
_OFFER = re.compile(rf"(?<!\w)(?:{alternation(words.OFFER_WORDS)})")
_OVERLAP_AMOUNT = re.compile(
    r"\d\s*(?:h\b|hours?|hrs?|horas|godzin|годин|ore|heures|stunden|jam|giờ)"
)
_CLAUSE_END = re.compile(r"[.;!?\n]|,\s|\bbut\b|\bpero\b|\bmas\b|\baber\b|\bale\b|\bdar\b")

_REGION_LOWER = {k: v for k, v in words.REGIONS.items() if len(k) > 4 or not k.isascii()}
_REGION_UPPER = {k.upper(): v for k, v in words.REGIONS.items() if k not in _REGION_LOWER}
_UPPER_ALTERNATION = "|".join(re.escape(k) for k in sorted(_REGION_UPPER, key=len, reverse=True))
_REGION = (
    rf"(?:(?i:(?P<{{n}}ci>{alternation(_REGION_LOWER)}))|(?P<{{n}}cs>{_UPPER_ALTERNATION}))"
    rf"{NOT_LETTER_AFTER}"
)
_HOUR_WORD = rf"(?i:{alternation(words.HOUR_WORDS)}){NOT_LETTER_AFTER}"
_DAY_PART = rf"(?i:(?P<{{n}}part>{alternation(words.DAY_PARTS)})){NOT_LETTER_AFTER}"
_QUALIFIER = r"(?i:(?:business|working|work|office|core|normal|standard)\s+)?"
_REGION_STATEMENT = re.compile(
    # "European hours", "US East Coast mornings", "CET business hours"
    rf"(?<!\w){_REGION.format(n='a')}(?:\s+|-)(?:{_DAY_PART.format(n='a')}|{_QUALIFIER}{_HOUR_WORD})"
    # "horário europeu", "heures européennes", "godzinach CET", "giờ châu Âu", "jam kerja Eropa"
    rf"|(?<!\w){_HOUR_WORD}\s+(?i:(?:de|da|do|du|des|w|în|in|of|the|de la|czasu)\s+){{0,2}}"
    rf"{_REGION.format(n='b')}"
    # "overlap with US East Coast mornings"
    rf"|(?i:overlap(?:ping)?\s+with\s+(?:the\s+)?){_REGION.format(n='c')}"
    rf"(?:\s+{_DAY_PART.format(n='c')})?"
)
_REGION_STARTS = first_words([*words.REGIONS, *words.HOUR_WORDS, "overlap", "overlapping"])
_REGION_LOOKUP = {
    **{fold(k): v for k, v in _REGION_LOWER.items()},
    **{k: v for k, v in _REGION_UPPER.items()},
}
_DAY_PART_LOOKUP = {fold(k): v for k, v in words.DAY_PARTS.items()}
_OFFICE = re.compile(rf"(?<!\w)(?:{alternation(words.OFFICE_HOURS)}){NOT_LETTER_AFTER}")
_OFFICE_STARTS = first_words(words.OFFICE_HOURS)
_OFFICE_LOOKUP = {fold(k): v for k, v in words.OFFICE_HOURS.items()}


def find_stated_hours(text: str, country: str | None = None) -> list[StatedHours]:
    """Every statement of working hours in the text, in order, none overlapping another."""
    text = text[:20_000]
    if not text:
        return []
    lowered = lower_keeping_length(text)
    found = [
        *_clock_ranges(text, lowered, country),
        *_region_statements(text, lowered, country),
        *_office_hours(text, lowered),
    ]
    found.sort(key=lambda h: (h.span[0], h.span[0] - h.span[1]))
    kept: list[StatedHours] = []
    for hours in found:
        if kept and hours.span[0] < kept[-1].span[1]:
            continue
        if kept and kept[-1].kind == "clock" and hours.kind == "region" and _EXPLAINS.match(
            text, kept[-1].span[1], hours.span[0]
        ):
            continue  # "14:00–23:00 IST (overlap with EU mornings)": why those hours, no offer
        kept.append(hours)
    return kept


# Between stated hours and a region: a bracket opened after the hours and still open.
_EXPLAINS = re.compile(r"\s*\([^()\n]*$")


def stated_hours(text: str, country: str | None = None) -> StatedHours | None:
    """The first clock range the text states, else the first region or office-hours phrase."""
    found = find_stated_hours(text, country)
    clock = [h for h in found if h.kind == "clock"]
    best = clock or found
    return best[0] if best else None


def working_window(
    statements: list[StatedHours],
    zone: str | None,
    on: date | None = None,
    usual: tuple[float, float] | None = (9.0, 17.0),
) -> tuple[float, float] | None:
    """One working window on the clock of `zone` from several statements. The person's own
    hours (or `usual`, when they state none) widened by their offers ("can overlap with US
    East Coast mornings") while the union stays one working day of at most 14 hours; else
    their own hours; else, when they only offered, the offered hours (a night shift for a
    team far away)."""
    if not statements:
        return None
    windows = [(h.in_zone(zone, on), not _own_day(h, zone)) for h in statements]
    own = [w for w, offered in windows if not offered]
    offers = [w for w, offered in windows if offered]
    base = own or ([usual] if usual is not None else [])
    for group in ([*base, *offers], own, offers):
        merged = _union(group)
        if merged is not None:
            return merged
    return (own or offers)[0]


def _own_day(hours: StatedHours, zone: str | None) -> bool:
    """Hours the person works: stated as theirs, or offered on their own clock and not as an
    overlap ("Happy to work 10:00-19:00 WAT" from Lagos is their day; "Overlap: 16:00-19:00"
    is on top of it)."""
    if not hours.offered:
        return True
    if hours.kind != "clock" or hours.overlap:
        return False
    return (
        hours.timezone is None
        or zone is None
        or hours.timezone == zone
        or seasonal_offsets(hours.timezone) == seasonal_offsets(zone)
    )


def _union(windows: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not windows or any(start >= end for start, end in windows):
        return None  # none, or one crosses midnight: no simple union
    start, end = min(s for s, _ in windows), max(e for _, e in windows)
    return (start, end) if end - start <= _MAX_WINDOW_HOURS else None


def _clock_ranges(text: str, lowered: str, country: str | None) -> list[StatedHours]:
    found = []
    floor = 0
    for digits in _DIGITS.finditer(lowered):
        if digits.start() < floor:
            continue
        match = _TIME_RANGE.match(lowered, digits.start())
        if match is None:
            continue
        hours = _read_range(match)
        if hours is None:
            continue
        start, end = match.span()
        zone, zone_end = _zone_after(text, end, country)
        if zone is None:
            zone = _zone_before(text, start, country)
        marked = any(match.group(g) for g in ("m1", "m2", "s1", "s2"))
        line_start = lowered.rfind("\n", 0, start) + 1
        head = lowered[max(line_start, start - 40) : start]
        cued = bool(_HOURS_CUE.search(head) or _OPENS_RANGE.search(head))
        if not (marked or zone or cued):
            continue
        if _DURATION.match(lowered, end) and not (match.group("m1") or match.group("m2")):
            continue  # "4-6 hours of overlap", "3-5 years"
        if _counts_hours(match, hours) and not _OPENS_RANGE.search(head):
            continue  # "overlap 4-5 hrs with CET": how long, not when
        if _longer_than_any_shift(match, hours):
            continue  # "the load went from 6 hrs to 2 hrs": two amounts, not 6:00 to 2:00
        clause = _CLAUSE_END.split(head)[-1]
        span = (start, max(end, zone_end))
        overlap = bool(_OVERLAP.search(clause))
        found.append(StatedHours(hours[0], hours[1], zone, span, _offered(head), overlap=overlap))
        floor = end
    return found


# "4-5 hrs", "2-3h": an amount of hours. A clock range written with "h" spans more ("8h às 17h",
# "14h-18h") or is opened as one ("de 9h a 11h").
_AMOUNT_SUFFIXES = frozenset({"h", "hs", "hrs"})
_AMOUNT_MOST_HOURS = 10
_AMOUNT_LONGEST_SPAN = 3


def _counts_hours(match: re.Match[str], hours: tuple[float, float]) -> bool:
    if match.group("m1") or match.group("m2") or match.group("s1"):
        return False
    start, end = hours
    return (
        match.group("s2") in _AMOUNT_SUFFIXES
        and end <= _AMOUNT_MOST_HOURS
        and 0 < end - start <= _AMOUNT_LONGEST_SPAN
    )


# No day of work, double shifts included, is longer; a range read longer from bare hours (no
# minutes, no am/pm) is two amounts of time or two numbers, not a window.
_LONGEST_SHIFT_HOURS = 16


def _longer_than_any_shift(match: re.Match[str], hours: tuple[float, float]) -> bool:
    if match.group("m1") or match.group("m2") or match.group("x1") or match.group("x2"):
        return False
    if any(_meridiem_mark(match.group(f"s{n}")) for n in "12"):
        return False
    start, end = hours
    return (end - start) % 24 > _LONGEST_SHIFT_HOURS


def _meridiem_mark(mark: str | None) -> bool:
    return mark is not None and mark.replace(".", "") in {"am", "pm"}


def _read_range(match: re.Match[str]) -> tuple[float, float] | None:
    """The hours of a clock range, the end within the day (24:00 is 0)."""
    hours = read_clock_range(_clock_time(match, "1"), _clock_time(match, "2"))
    return None if hours is None else (hours[0], hours[1] % 24)


def _clock_time(match: re.Match[str], n: str) -> ClockTime:
    """The n-th time of a _TIME_RANGE match: "9h30" is 9, 30 and the mark "h"."""
    minutes = match.group(f"m{n}") or match.group(f"x{n}")
    return ClockTime(int(match.group(f"h{n}")), int(minutes or 0), match.group(f"s{n}"))


_BRACKET_AFTER = re.compile(r"\s*[(\[]?\s*")
_CONNECTOR_AFTER = re.compile(r"(?i:in|em|en|w|по|giờ|waktu|heure|hora|czasu)\s+")


def _zone_after(text: str, end: int, country: str | None) -> tuple[str | None, int]:
    """A zone right after a clock range: "8:00–17:00 WAT", "(UTC+3)", "(heure de Paris)",
    "em horário de Brasília", "w CET"."""
    bracket = _BRACKET_AFTER.match(text, end)
    position = bracket.end() if bracket else end
    token = _ZONE_TOKEN.match(text, position)
    if token is None:
        connector = _CONNECTOR_AFTER.match(text, position)
        token = _ZONE_TOKEN.match(text, connector.end()) if connector else None
    if token is None:
        return None, end
    zone = _zone_of(token, country)
    if zone is None:
        return None, end
    close = re.match(r"\s*[)\]]", text[token.end() :])
    return zone, token.end() + (close.end() if close else 0)


def _zone_before(text: str, start: int, country: str | None) -> str | None:
    """ "CET: 9:00-17:00", "EAT 9-18"."""
    window_start = max(0, start - 16)
    for token in _ZONE_TOKEN.finditer(text, window_start, start):
        if re.fullmatch(r"\s*[:,(\-–]?\s*", text[token.end() : start]):
            return _zone_of(token, country)
    return None


def _offered(head: str) -> bool:
    clause = _CLAUSE_END.split(head)[-1]
    return bool(_OFFER.search(clause))


def _region_statements(text: str, lowered: str, country: str | None) -> list[StatedHours]:
    found = []
    floor = 0
    for position in word_positions(lowered, _REGION_STARTS):
        match = _REGION_STATEMENT.match(text, position) if position >= floor else None
        if match is None:
            continue
        floor = match.end()
        n = next(p for p in "abc" if match.group(f"{p}ci") or match.group(f"{p}cs"))
        written = match.group(f"{n}ci") or match.group(f"{n}cs")
        key = match.group(f"{n}cs") or fold(" ".join(written.split()))
        zone = _REGION_LOOKUP.get(key)
        if match.group(f"{n}cs") and written in words.ABBREVIATIONS:
            zone = zone_for_abbreviation(written, country) or zone
        if zone is None:
            continue
        part = match.group(f"{n}part") if n in "ac" else None
        start, end = _DAY_PART_LOOKUP.get(fold(part), (9.0, 17.0)) if part else (9.0, 17.0)
        line_start = lowered.rfind("\n", 0, match.start()) + 1
        head = lowered[max(line_start, match.start() - 60) : match.start()]
        if _OVERLAP_AMOUNT.search(_CLAUSE_END.split(head)[-1]):
            continue  # "4 hours of overlap with Europe": an amount, not which hours
        found.append(StatedHours(start, end, zone, match.span(), offered=True, kind="region"))
    return found


def _office_hours(text: str, lowered: str) -> list[StatedHours]:
    found = []
    for position in word_positions(lowered, _OFFICE_STARTS):
        match = _OFFICE.match(lowered, position)
        if match is None:
            continue
        start, end = _OFFICE_LOOKUP[fold(" ".join(match.group(0).split()))]
        line_start = lowered.rfind("\n", 0, match.start()) + 1
        head = lowered[max(line_start, match.start() - 60) : match.start()]
        found.append(StatedHours(start, end, None, match.span(), _offered(head), "office"))
    return found
