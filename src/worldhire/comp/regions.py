"""Countries (ISO 3166 alpha-2) and the regions pay is pooled over.

Pools are UN M49 areas (worldhire.core.geo), merged where the salary data is too thin to tell them
apart (all of Sub-Saharan Africa, Central with South America) and split where pay differs
within one (the UK and Ireland from the Nordics, the Baltics and the former Yugoslavia from the
north and south of Europe). The US is its own region because it holds most of the rows and sets
the global level.
"""

from __future__ import annotations

from functools import cache

import pycountry

from worldhire.core.geo.countries import countries
from worldhire.core.geo.regions import CEE_BEYOND_M49

# The pool of each M49 area, finest first: intermediate region, then sub-region.
_POOL_OF_AREA: dict[str, str] = {
    "Western Europe": "western_europe",
    "Northern Europe": "nordics",
    "Southern Europe": "southern_europe",
    "Eastern Europe": "central_eastern_europe",
    "Western Asia": "middle_east",
    "Northern Africa": "north_africa",
    "Sub-Saharan Africa": "sub_saharan_africa",
    "Southern Asia": "south_asia",
    "Central Asia": "central_asia",
    "Eastern Asia": "east_asia",
    "South-eastern Asia": "southeast_asia",
    "Australia and New Zealand": "oceania", "Melanesia": "oceania", "Micronesia": "oceania",
    "Polynesia": "oceania",
    "South America": "latin_america", "Central America": "latin_america",
    "Caribbean": "caribbean_atlantic",
}
# Countries pooled apart from their M49 area (Northern America is split country by country).
_POOL_OF_COUNTRY: dict[str, str] = {
    "US": "us", "CA": "canada", "GL": "nordics", "BM": "caribbean_atlantic",
    "PM": "caribbean_atlantic",
    **dict.fromkeys(("GB", "IE", "JE", "GG", "IM"), "uk_ireland"),
    **dict.fromkeys(sorted(CEE_BEYOND_M49), "central_eastern_europe"),
    **dict.fromkeys(("BY", "MD", "RU", "UA", "AM", "AZ", "GE"), "eastern_europe_caucasus"),
    "CY": "southern_europe", "IR": "middle_east", "MN": "central_asia",
}


@cache
def pay_regions() -> dict[str, str]:
    """alpha-2 -> the region its pay is pooled over."""
    out: dict[str, str] = {}
    for code, country in countries().items():
        pool = _POOL_OF_COUNTRY.get(code) or _POOL_OF_AREA.get(
            country.intermediate_region or "") or _POOL_OF_AREA.get(country.sub_region)
        if pool is not None:
            out[code] = pool
    return out


OTHER_REGION = "other"

_REGION_LABELS = {
    "us": "United States", "uk_ireland": "UK and Ireland",
    "central_eastern_europe": "Central and Eastern Europe",
    "eastern_europe_caucasus": "Eastern Europe and Caucasus",
    "sub_saharan_africa": "Sub-Saharan Africa", "caribbean_atlantic": "Caribbean and Atlantic",
}


def region_label(region: str) -> str:
    """How people write a region's name ("latin_america" -> "Latin America")."""
    return _REGION_LABELS.get(region) or region.replace("_", " ").title()


def region_of(code: str) -> str:
    return pay_regions().get(code, OTHER_REGION)


def country_name(code: str) -> str:
    found = pycountry.countries.get(alpha_2=code)
    return str(found.name) if found is not None else code
