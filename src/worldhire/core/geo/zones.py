"""Time zones from the tz database (shipped by tzdata): each country's zones, each zone's country,
a country's zone when one can be named, and a zone's UTC offset at a given instant (zoneinfo, so
daylight saving counts).

Countries are read from zone.tab, not zone1970.tab: zone1970 merges countries whose clocks have
agreed since 1970, so it names Sweden's zone "Europe/Berlin" and Oman's "Asia/Dubai", and gives
Germany two zones (Berlin and Zurich); zone.tab names each country's own zones.
"""

from __future__ import annotations

import re
import zoneinfo
from datetime import UTC, datetime
from functools import cache, lru_cache
from importlib import resources

from worldhire.core.errors import WorldhireError

# Countries with several zones of which one holds the clear majority of people; the US, Canada
# and Australia have none, so they stay without a zone unless a city or state says which.
_PRINCIPAL_ZONES = {
    "BR": "America/Sao_Paulo", "MX": "America/Mexico_City", "RU": "Europe/Moscow",
    "ID": "Asia/Jakarta", "AR": "America/Argentina/Buenos_Aires", "CN": "Asia/Shanghai",
    "KZ": "Asia/Almaty", "DE": "Europe/Berlin", "ES": "Europe/Madrid", "PT": "Europe/Lisbon",
    "UA": "Europe/Kyiv", "CL": "America/Santiago", "EC": "America/Guayaquil",
    "CD": "Africa/Kinshasa", "MN": "Asia/Ulaanbaatar", "MY": "Asia/Kuala_Lumpur",
    "NZ": "Pacific/Auckland", "FR": "Europe/Paris", "GB": "Europe/London",
    "NL": "Europe/Amsterdam", "DK": "Europe/Copenhagen", "CY": "Asia/Nicosia",
    "UZ": "Asia/Tashkent", "PS": "Asia/Gaza", "PG": "Pacific/Port_Moresby",
    "KI": "Pacific/Tarawa", "FM": "Pacific/Pohnpei", "MH": "Pacific/Majuro",
    "PF": "Pacific/Tahiti", "VN": "Asia/Ho_Chi_Minh",
}  # fmt: skip


class UnknownTimezone(WorldhireError, ValueError):
    status = 422
    code = "unknown-timezone"


@lru_cache(maxsize=512)
def zone_info(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownTimezone(f"unknown IANA time zone {name!r}") from exc


@lru_cache(maxsize=4096)
def is_timezone(name: str) -> bool:
    if not re.fullmatch(r"[A-Za-z_]+(?:/[A-Za-z0-9_+\-]+){0,2}", name) or "/" not in name:
        return name == "UTC"
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def offset_minutes(zone: str, instant: datetime) -> int:
    """The zone's UTC offset in minutes at an aware instant (Berlin in July: 120)."""
    offset = instant.astimezone(zone_info(zone)).utcoffset()
    assert offset is not None  # a ZoneInfo always answers for an aware instant
    return int(offset.total_seconds() // 60)


@cache
def seasonal_offsets(zone: str) -> tuple[int, int]:
    """UTC offsets in minutes in mid-January and mid-July of 2025 (a fixed year, so answers do
    not move with the clock): two zones with equal pairs keep one clock."""
    return (offset_minutes(zone, datetime(2025, 1, 15, 12, tzinfo=UTC)),
            offset_minutes(zone, datetime(2025, 7, 15, 12, tzinfo=UTC)))


def standard_offset(zone: str) -> float:
    """The zone's UTC offset in hours outside summer time, the one posts name a zone by (CET is
    UTC+1, EST UTC-5): summer time moves clocks forward, so it is the smaller of the two."""
    return min(seasonal_offsets(zone)) / 60


@cache
def country_zones() -> dict[str, list[str]]:
    """alpha-2 -> IANA zones, in zone.tab's order."""
    zones: dict[str, list[str]] = {}
    text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            zones.setdefault(fields[0], []).append(fields[2])
    return zones


@cache
def _zone_countries() -> dict[str, str]:
    return {zone: country for country, zones in country_zones().items() for zone in zones}


def zone_country(zone: str) -> str | None:
    """The country of a zone ("Asia/Kolkata" -> "IN"); None for zones like UTC."""
    return _zone_countries().get(zone)


def country_timezone(country: str) -> str | None:
    """The zone of a country: its only zone, or its principal one, or None when it is ambiguous."""
    zones = country_zones().get(country.upper(), [])
    if len(zones) == 1:
        return zones[0]
    return _PRINCIPAL_ZONES.get(country.upper())


def zone_in_country(zone: str, country: str) -> bool:
    return zone in country_zones().get(country, []) or (
        country == "US" and zone.startswith("America/")
    )
