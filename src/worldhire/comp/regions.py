"""Countries (ISO 3166 alpha-2, validated with pycountry) and the regions pay is pooled over.

Regions follow the UN geoscheme, merged where the salary data is too thin to tell subregions apart
(e.g. all of Africa but the south, Central America with the Caribbean). The US is its own region
because it holds most of the rows and sets the global level.
"""

from __future__ import annotations

import pycountry

from worldhire.core.errors import WorldhireError

_REGION_MEMBERS: dict[str, str] = {
    "us": "US",
    "canada": "CA",
    "uk_ireland": "GB IE JE GG IM",
    "western_europe": "AT BE CH DE FR LI LU MC NL",
    "nordics": "DK FI IS NO SE AX FO GL",
    "southern_europe": "AD CY ES GI GR IT MT PT SM VA",
    "central_eastern_europe": "BG CZ EE HR HU LT LV PL RO SI SK BA ME MK RS AL XK",
    "eastern_europe_caucasus": "BY MD RU UA AM AZ GE",
    "middle_east": "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE",
    "north_africa": "DZ EG LY MA SD TN EH",
    "sub_saharan_africa": "AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR LS "
    "MG ML MR MU MW MZ NA NE NG RE RW SC SH SL SN SO SS ST SZ TD TG TZ UG YT ZA ZM ZW",
    "south_asia": "AF BD BT IN LK MV NP PK",
    "central_asia": "KG KZ MN TJ TM UZ",
    "east_asia": "CN HK JP KP KR MO TW",
    "southeast_asia": "BN ID KH LA MM MY PH SG TH TL VN",
    "oceania": "AU NZ AS CK FJ FM GU KI MH MP NC NF NR NU PF PG PN PW SB TK TO TV UM VU WF WS",
    "latin_america": "AR BO BR CL CO EC FK GF GY PE PY SR UY VE MX BZ CR GT HN NI PA SV",
    "caribbean_atlantic": "AG AI AW BB BL BM BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR "
    "SX TC TT VC VG VI PM",
}

REGION_OF: dict[str, str] = {
    code: region for region, members in _REGION_MEMBERS.items() for code in members.split()
}

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


class UnknownCountryError(WorldhireError, ValueError):
    """A country code that is not an ISO 3166 alpha-2 code."""

    status = 422
    code = "unknown-country"


def validate_country(code: str) -> str:
    """Return the upper-case alpha-2 code, accepting alpha-3 codes and exact country names too."""
    text = code.strip()
    if not text:
        raise UnknownCountryError("empty country code")
    found = None
    if len(text) == 2:
        found = pycountry.countries.get(alpha_2=text.upper())
    elif len(text) == 3:
        found = pycountry.countries.get(alpha_3=text.upper())
    if found is None:
        try:
            found = pycountry.countries.lookup(text)
        except LookupError:
            found = None
    if found is None:
        raise UnknownCountryError(f"{code!r} is not an ISO 3166 country code or name")
    return str(found.alpha_2)


def region_of(code: str) -> str:
    return REGION_OF.get(code, OTHER_REGION)


def country_name(code: str) -> str:
    found = pycountry.countries.get(alpha_2=code)
    return str(found.name) if found is not None else code
