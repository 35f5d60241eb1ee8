"""Geography as data: each country's continent, from the GeoNames table shipped in
worldhire/data/geo (see its SOURCE.md), so a region filter covers every country of its
continent instead of the ones someone remembered to list; and the data-residency region of a
country."""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

from worldhire.core.errors import InvalidInput


@cache
def continent_of() -> dict[str, str]:
    """ISO 3166 alpha-2 code -> GeoNames continent code (AF, AN, AS, EU, NA, OC, SA)."""
    text = resources.files("worldhire").joinpath("data", "geo", "countries.csv").read_text(
        encoding="utf-8")
    return {row["alpha2"]: row["continent"] for row in csv.DictReader(text.splitlines())}


def countries_in(*continents: str) -> frozenset[str]:
    wanted = set(continents)
    return frozenset(code for code, continent in continent_of().items() if continent in wanted)


# Data residency's regions: where a person's data is stored (worldhire.store.sql.regional).
UNKNOWN_REGION = "GLOBAL"
# The EU plus the rest of the EEA: one legal area for personal data (GDPR).
EEA = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
})
REGION_CODE = re.compile(r"^[A-Z]{2,8}$")


def region_for_country(country: str | None) -> str:
    """EU for the EU/EEA, the ISO code for every other country, GLOBAL when it is not known."""
    if not country:
        return UNKNOWN_REGION
    code = country.strip().upper()
    if code in EEA:
        return "EU"
    return code if re.fullmatch(r"[A-Z]{2}", code) else UNKNOWN_REGION


def check_region(region: str) -> str:
    code = region.strip().upper()
    if not REGION_CODE.match(code):
        raise InvalidInput(f"{region!r} is not a region code (EU, IN, US, ...)")
    return code
