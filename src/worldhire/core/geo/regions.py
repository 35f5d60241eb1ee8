"""Region names recruiters write ("LATAM", "EMEA", "EU") and the countries each covers, built from
the UN M49 areas and EU/EEA membership in worldhire.core.geo.countries, so a region holds every
member country instead of the ones someone remembered to list.

There is no official list for the business regions; each is a union of M49 areas, written out
below. Country enters matching only through filters the role's owner sets; it never changes a
score.
"""

from __future__ import annotations

from functools import cache

from worldhire.core.errors import WorldhireError
from worldhire.core.geo.countries import countries, eea_members, eu_members, in_areas

# M49's Eastern Europe is ten states from Czechia to Russia; the "Eastern Europe" or CEE of a
# post, and the pay pool of central and eastern Europe (comp.regions), also hold the Baltic states
# and the Balkans (the OECD's Central and Eastern European Countries and the Western Balkans).
CEE_BEYOND_M49 = frozenset({"EE", "LV", "LT", "SI", "HR", "BA", "RS", "ME", "MK", "AL", "XK"})


class UnknownRegion(WorldhireError, ValueError):
    status = 422
    code = "unknown-region"


@cache
def named_regions() -> dict[str, frozenset[str]]:
    """Region name -> alpha-2 codes."""
    # M49 puts Iran in Southern Asia; people put it in the Middle East.
    middle_east = in_areas("Western Asia") | {"IR"}
    return {
        "EU": eu_members(),
        # The EU/EEA freedom of movement covers Iceland, Liechtenstein and Norway as well.
        "EEA": eea_members(),
        # Cyprus, an EU member, is in M49's Western Asia.
        "EUROPE": in_areas("Europe") | eea_members(),
        "LATAM": in_areas("Latin America and the Caribbean"),
        # M49's Northern America has no Mexico; recruiters' North America (USMCA) does.
        "NORTH-AMERICA": in_areas("Northern America") | {"MX"},
        "AMERICAS": in_areas("Americas"),
        "AFRICA": in_areas("Africa"),
        # Africa's parts as posts name them ("remote from West Africa", "Afrique de l'Ouest"):
        # M49's intermediate regions, Sudan with the north as M49 has it.
        "WEST-AFRICA": in_areas("Western Africa"),
        "EAST-AFRICA": in_areas("Eastern Africa"),
        "NORTH-AFRICA": in_areas("Northern Africa"),
        "CENTRAL-AFRICA": in_areas("Middle Africa"),
        "SOUTHERN-AFRICA": in_areas("Southern Africa"),
        "ASIA": in_areas("Asia"),
        "OCEANIA": in_areas("Oceania"),
        "APAC": in_areas("Eastern Asia", "South-eastern Asia", "Southern Asia", "Oceania")
        - middle_east,
        "MIDDLE-EAST": middle_east,
        "MENA": in_areas("Northern Africa") | middle_east,
        "EMEA": in_areas("Europe", "Africa") | middle_east,
        # The hiring regions by name ("Remote (South Asia)", "SEA-based", "CEE only").
        "SOUTH-ASIA": in_areas("Southern Asia") - middle_east,
        "SOUTHEAST-ASIA": in_areas("South-eastern Asia"),
        "EASTERN-EUROPE": in_areas("Eastern Europe") | CEE_BEYOND_M49,
        # Groupings with a fixed membership that posts name ("Remote (DACH)", "Nordics only").
        "DACH": frozenset({"DE", "AT", "CH"}),
        "NORDICS": frozenset({"DK", "FI", "IS", "NO", "SE"}),
        "BENELUX": frozenset({"BE", "NL", "LU"}),
    }


def regions_of(country: str) -> list[str]:
    """The region names that cover a country ("PL" -> ["EEA", "EMEA", "EU", "EUROPE"])."""
    code = country.strip().upper()
    return sorted(name for name, codes in named_regions().items() if code in codes)


@cache
def _m49_areas() -> dict[str, str]:
    """Every UN M49 region, sub-region and intermediate region by its name in upper case."""
    return {
        area.upper(): area
        for country in countries().values()
        for area in (country.region, country.sub_region, country.intermediate_region)
        if area
    }


def region_named(text: str) -> str | None:
    """The region a name stands for, as `expand` takes it: one of `named_regions` in any case,
    with spaces for its hyphens ("latam", "North America" -> "NORTH-AMERICA"), or a UN M49 area
    ("sub-saharan africa" -> "Sub-Saharan Africa"); None for anything else."""
    words = " ".join(text.split()).upper()
    key = words.replace(" ", "-").replace("_", "-")
    if key in named_regions():
        return key
    return _m49_areas().get(words)


def expand(names: tuple[str, ...] | list[str]) -> frozenset[str]:
    """Alpha-2 codes for a mix of codes, region names and UN M49 areas ("PL", "LATAM",
    "Sub-Saharan Africa")."""
    regions = named_regions()
    out: set[str] = set()
    for raw in names:
        name = raw.strip().upper()
        if name in regions:
            out |= regions[name]
        elif name in _m49_areas():
            out |= in_areas(_m49_areas()[name])
        elif len(name) == 2 and name.isalpha():
            out.add(name)
        else:
            known = ", ".join(sorted(regions))
            raise UnknownRegion(
                f"{raw!r} is neither an alpha-2 country code, a region ({known}) nor a UN M49 area"
            )
    return frozenset(out)


def authorised_in(work_authorization: list[str], country: str) -> bool:
    """Whether stated authorizations cover a country ("EU" covers Germany)."""
    covering = set(regions_of(country))
    return any(
        entry.strip().upper() == country or entry.strip().upper() in covering
        for entry in work_authorization
    )
