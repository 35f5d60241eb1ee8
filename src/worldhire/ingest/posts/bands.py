"""The band of time zones a post asks its hire to work from: "within UTC+1 to UTC+4", "between
GMT-3 and GMT+1", "UTC−5 to UTC−3 only", "in a time zone between CET and IST", "CET ±2h",
"zona horaria entre UTC-6 y UTC-3", "fuso horário entre UTC-3 e UTC+1", "strefa czasowa od
UTC+0 do UTC+3", "Americas time zones".

Both ends must be zones (an offset or a zone abbreviation), so a working window ("9:00–17:00
CET") is never a band. "X and Y" is a band only after "between" in one of the hiring regions'
languages ("offices in CET and IST" names two places); "X to Y" and its translations always
are. A zone abbreviation stands for its standard offset (CET is UTC+1), a summer one for its
summer offset (CEST is UTC+2).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from worldhire.core.geo.zones import seasonal_offsets
from worldhire.core.models import ZoneBand
from worldhire.ingest.lexicon.hours import ABBREVIATIONS

# Abbreviations of summer time: their zone's offset in summer.
_SUMMER = frozenset({"CEST", "MESZ", "EEST", "OESZ", "WEST", "BST", "EDT", "CDT", "MDT", "PDT",
                     "AEDT", "NZDT", "BRST", "PHST"})  # fmt: skip
_ABBREVIATION = "|".join(sorted((a for a in ABBREVIATIONS if len(a) > 2), key=len, reverse=True))
# (abbreviations in capitals only: "est", "ist", "art" are words of the hiring languages)
_END = (
    rf"(?:(?:UTC|GMT)(?:\s?[+\-−–]\s?\d{{1,2}}(?::?[0-5]\d)?)?|(?-i:{_ABBREVIATION}))"
    r"(?![\w+])"
)
# "between" in the hiring regions' languages: after it, "and" joins the band's two ends.
_BETWEEN = (r"between|entre|między|miedzy|між|зміж|между|între|intre|zwischen|giữa|antara|"
            r"arasında")
_AND = r"and|y|e|i|oraz|та|і|и|și|si|und|et|và|dan|ve"
# "from X to Y" and "X to Y": the words and dashes that run from one end to the other.
_TO = r"to|through|thru|a|hasta|até|ate|do|по|до|până la|pana la|bis|à|au|đến|hingga|sampai"
_BAND = re.compile(
    rf"(?:(?P<between>\b(?:{_BETWEEN}))\s+(?:the\s+)?(?:zones?\s+)?)?"
    rf"(?<![\w+\-−])(?P<low>{_END})\s*(?:(?P<and>\b(?:{_AND})\b)|\b(?:{_TO})\b|[–—-]|\.\.)"
    rf"\s*(?P<high>{_END})",
    re.IGNORECASE,
)
# "CET ±2h", "CET +/- 3 hours", "UTC±1 год": hours either side of a zone.
_AROUND = re.compile(
    rf"(?<![\w+\-−])(?P<zone>{_END})\s*(?:±|\+/-|\+-)\s*(?P<hours>\d{{1,2}})"
    r"(?:\s*(?:h\b|hours?\b|hrs?\b|год\w*|godz\w*|horas?\b|heures?\b|Stunden\b|giờ\b|jam\b|"
    r"ore\b))?",
    re.IGNORECASE,
)
# Regions named as zones ("Americas time zones", "within US time zones"): the band of offsets
# their working population keeps outside summer time.
_REGIONS: tuple[tuple[str, tuple[float, float]], ...] = (
    (r"(?:the\s+)?americas|north\s+(?:and|&)\s+south\s+america", (-10.0, -3.0)),
    (r"north\s+american?", (-10.0, -3.5)),
    (r"(?-i:US|U\.S\.)|united\s+states|american?", (-10.0, -5.0)),
    (r"latam|latin\s+american?|south\s+american?", (-6.0, -3.0)),
    (r"european?|(?-i:EU)", (0.0, 3.0)),
)
_REGION_BAND = re.compile(
    r"\b(?P<region>" + "|".join(f"(?:{p})" for p, _ in _REGIONS) + r")\s+time\s?zones?\b",
    re.IGNORECASE,
)


def zone_band_in(sentences: Iterable[str]) -> ZoneBand | None:
    """The first band the sentences state, with the words it was read from."""
    for sentence in sentences:
        band = _stated_band(sentence) or _region_band(sentence)
        if band is not None:
            return band
    return None


def _stated_band(sentence: str) -> ZoneBand | None:
    around = _AROUND.search(sentence)
    if around is not None:
        middle, hours = end_offset(around.group("zone")), int(around.group("hours"))
        if middle is not None and 0 < hours <= 12:
            return ZoneBand(max(-12.0, middle - hours), min(14.0, middle + hours),
                            around.group(0).strip())
    for match in _BAND.finditer(sentence):
        if match.group("and") and not match.group("between"):
            continue  # "offices in CET and IST": two places, no band
        low, high = end_offset(match.group("low")), end_offset(match.group("high"))
        if low is None or high is None or low == high:
            continue
        start = match.start("between") if match.group("between") else match.start("low")
        return ZoneBand(min(low, high), max(low, high), sentence[start : match.end()].strip())
    return None


def _region_band(sentence: str) -> ZoneBand | None:
    match = _REGION_BAND.search(sentence)
    if match is None:
        return None
    region = match.group("region")
    for pattern, (low, high) in _REGIONS:
        if re.fullmatch(pattern, region, re.IGNORECASE):
            return ZoneBand(low, high, match.group(0))
    return None


def end_offset(written: str) -> float | None:
    """One end of a band in hours: "UTC+5:30" is 5.5, "GMT−3" -3, "UTC" 0, "CET" 1, "CEST" 2."""
    text = written.strip().upper()
    offset = re.fullmatch(r"(?:UTC|GMT)(?:\s?([+\-−–])\s?(\d{1,2})(?::?([0-5]\d))?)?", text)
    if offset:
        if offset.group(1) is None:
            return 0.0
        hours = int(offset.group(2)) + int(offset.group(3) or 0) / 60
        value = hours if offset.group(1) == "+" else -hours
        return value if -12 <= value <= 14 else None
    zones = ABBREVIATIONS.get(text)
    if not zones:
        return None
    winter, summer = sorted(seasonal_offsets(zones[0]))
    return (summer if text in _SUMMER else winter) / 60


def parse_zone_band(text: str) -> ZoneBand | None:
    """A band as a recruiter types it in a form: "UTC+1 to UTC+4", "CET - IST", "-5..-3"
    ("+1 to +4": bare offsets are UTC's); None when it is not one."""
    typed = re.sub(r"(?<![\w+\-−–])([+\-−–]\d{1,2}(?::[0-5]\d)?)\b", r"UTC\1", text.strip())
    match = _BAND.fullmatch(typed) or _BAND.search(typed)
    if match is None or (match.group("and") and not match.group("between")):
        return None
    low, high = end_offset(match.group("low")), end_offset(match.group("high"))
    if low is None or high is None:
        return None
    return ZoneBand(min(low, high), max(low, high))
