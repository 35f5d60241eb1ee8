"""Regions for concentration risk: places a single disruption (power, conflict, regulation,
connectivity) tends to hit together. Broader than pay regions on purpose; a country not listed falls
in "Other", a missing country in "unknown" (both count as one place for the share caps)."""

from __future__ import annotations

_MEMBERS = {
    "North America": "US CA",
    "Latin America": "MX GT BZ SV HN NI CR PA CU DO HT JM PR TT BB BS AR BO BR CL CO EC GY PE PY "
    "SR UY VE",
    "Western Europe": "GB IE FR DE NL BE LU CH AT LI MC ES PT IT MT SM VA AD GR CY DK NO SE FI IS",
    "Eastern Europe": "PL CZ SK HU RO BG SI HR BA RS ME MK AL XK EE LV LT UA BY MD RU",
    "Middle East & North Africa": "TR IL PS JO LB SY IQ IR SA AE QA BH KW OM YE EG LY TN DZ MA",
    "Sub-Saharan Africa": "NG GH KE ET UG TZ RW ZA ZW ZM MW MZ AO NA BW SN CI CM CD CG GA BJ TG BF "
    "ML NE TD SD SS SO DJ ER MG MU SC LS SZ GM GN GW SL LR CV MR CF GQ ST BI KM",
    "South Asia": "IN PK BD LK NP BT MV AF",
    "Southeast Asia": "SG MY ID TH VN PH MM KH LA BN TL",
    "East Asia": "CN JP KR KP TW HK MO MN",
    "Central Asia & Caucasus": "KZ UZ KG TJ TM AM AZ GE",
    "Oceania": "AU NZ FJ PG SB VU WS TO",
}

REGION_OF = {code: region for region, codes in _MEMBERS.items() for code in codes.split()}
REGIONS = sorted(_MEMBERS)


def region_of(country: str | None) -> str | None:
    if not country:
        return None
    return REGION_OF.get(country.upper(), "Other")
