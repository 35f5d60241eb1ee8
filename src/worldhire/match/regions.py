"""Named regions a recruiter may allow, and work authorization that covers several countries.

Country enters matching only through filters the role's owner sets (regions allowed, work
authorization, time-zone overlap, pay); it never changes a score.
"""

from __future__ import annotations

from worldhire.core.errors import WorldhireError
from worldhire.core.geo import countries_in


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


EU = _codes("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE")
# The EU/EEA freedom of movement covers these as well.
EEA = EU | _codes("IS LI NO")

REGIONS: dict[str, frozenset[str]] = {
    "EU": EU,
    "EEA": EEA,
    "EUROPE": EEA | _codes("CH GB UA RS BA ME MK AL MD BY"),
    "LATAM": _codes("MX GT SV HN NI CR PA CO VE EC PE BO CL AR UY PY BR DO CU"),
    "NORTH-AMERICA": frozenset({"US", "CA", "MX"}),
    # Every country and territory GeoNames places in Africa (the 54 states among them).
    "AFRICA": countries_in("AF"),
    "APAC": _codes("IN PK BD LK VN PH ID MY TH SG CN JP KR TW HK AU NZ NP"),
    "MENA": _codes("EG MA TN DZ JO LB AE SA QA KW BH OM TR IL"),
}


class UnknownRegion(WorldhireError, ValueError):
    status = 422
    code = "unknown-region"


def expand(names: tuple[str, ...] | list[str]) -> frozenset[str]:
    """Alpha-2 codes for a mix of codes and region names ("PL", "LATAM")."""
    out: set[str] = set()
    for raw in names:
        name = raw.strip().upper()
        if name in REGIONS:
            out |= REGIONS[name]
        elif len(name) == 2 and name.isalpha():
            out.add(name)
        else:
            known = ", ".join(sorted(REGIONS))
            raise UnknownRegion(
                f"{raw!r} is neither an alpha-2 country code nor a region ({known})"
            )
    return frozenset(out)


def authorised_in(work_authorization: list[str], country: str) -> bool:
    """Whether stated authorizations cover a country ("EU" covers Germany)."""
    for entry in work_authorization:
        code = entry.strip().upper()
        if code == country or (code in REGIONS and country in REGIONS[code]):
            return True
    return False
