"""Location text to (country alpha-2, IANA time zone).

Order of evidence: a town in a US state or Canadian province the text names ("London, ON",
"El Paso, TX"), a known city (it fixes both country and zone), a US state (fixes the zone), a
country name or code (pycountry plus common aliases), then any GeoNames town of 15,000 people
(worldhire.ingest.shared.towns) that the country confirms ("Arequipa, Perú") or, where the caller
knows the text is a place, named alone ("Ogbomosho", "Thủ Đức") when one town of that name is much
larger than any other and the name is no everyday word or given name. A country's zone, when no
city or state names it, is worldhire.core.geo.zones.country_timezone's. "Remote" is not a place:
it is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry

from worldhire.core.geo.zones import country_timezone, country_zones, zone_in_country
from worldhire.core.texts import fold as fold_text
from worldhire.ingest.shared.place_names import (
    _CITY_TABLE,
    _COUNTRY_ALIASES,
    _CYRILLIC_COUNTRIES,
    _LOCAL_COUNTRY_NAMES,
    _PROVINCES,
    _REGION_ZONES,
    _STATE_ZONES,
    NOT_TOWNS,
)
from worldhire.ingest.shared.towns import Town, dominant, gazetteer


@dataclass(frozen=True)
class Place:
    country: str | None
    timezone: str | None

# Several zones, one of which holds the clear majority of the population.
_REMOTE = re.compile(r"\b(?:fully\s+)?remote(?:ly)?\b|\banywhere\b|\bworldwide\b", re.IGNORECASE)
# "м. Львів", "г. Одесса", "mun. Cluj-Napoca", "Kota Bandung": a town's abbreviated kind.
_TOWN_PREFIX = re.compile(
    r"^(?:м|г|смт|mun|kota|kab|municipiul|oraș|oras|tp|thành phố|tỉnh|quận|huyện|phường)\.?\s+"
    # "59300 Valenciennes", "4000 Liège": a postcode before the town
    r"|^\d{4,5}\s+(?=[^\W\d_])"
    # "Lyon 7e", "Paris 15ème", "Marseille 1er": the arrondissement after the town
    r"|\s+\d{1,2}\s*(?:e|er|ème|eme)$",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|/|\||·|•|;|\(|\)|—|–|→|\s-\s|\bin\b|\bbased\b)\s*", re.IGNORECASE)


def fold(text: str) -> str:
    """A place's key: its name folded (`core.texts.fold`: "São Paulo" -> "sao paulo", "Łódź" ->
    "lodz", "Tromsø" -> "tromso") less the spaces and full stops around it, which a place's name
    never holds and a line around it often does ("Kyiv." closing a sentence)."""
    return fold_text(text).strip(" .")


@cache
def _cities() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for block in re.split(r"\n(?=\S)", _CITY_TABLE.strip()):
        head, names = block.split(":", 1)
        zone, country = head.split()
        for name in names.replace("\n", " ").split(","):
            if name.strip():
                table[fold(name.strip())] = (country, zone)
    return table


# Zone cities that are everyday words or first names where résumés are written ("Nome: Giulia",
# the Italian and Portuguese label; "Regina", "Dawson").
_NOT_ZONE_CITIES = frozenset({"nome", "regina", "dawson", "thule", "center", "eucla"})


@cache
def _zone_cities() -> dict[str, tuple[str, str]]:
    """The city each time zone of the tz database is named after ("Asia/Riyadh" -> riyadh, SA),
    for the many capitals and large cities the hand table above leaves out. Only continental
    zones of two parts: ocean and Antarctic zones name islands and research stations, and
    three-part ones small US and Argentine towns ("America/Indiana/Vincennes")."""
    table: dict[str, tuple[str, str]] = {}
    for country, zones in country_zones().items():
        for zone in zones:
            area, _, city = zone.partition("/")
            name = fold(city.replace("_", " "))
            if (
                area in {"Europe", "Asia", "Africa", "America", "Australia"} and "/" not in city
                and name not in _NOT_ZONE_CITIES and _meant(name, country)
            ):
                table.setdefault(name, (country, zone))
    return table


def _meant(name: str, country: str) -> bool:
    """Whether a zone's city is the town its name means: "Halifax" is also a Yorkshire town a
    sixth its size, so the name alone is no Canadian place; "Santiago" is Chile's capital, forty
    times any other Santiago."""
    towns = gazetteer().towns(name)
    if not towns:
        return True
    town = dominant(towns)
    return town is not None and town.country == country


@cache
def _local_country_names() -> dict[str, str]:
    table: dict[str, str] = {}
    for block in re.split(r"\n(?=\S)", _LOCAL_COUNTRY_NAMES.strip()):
        code, names = block.split(":", 1)
        for name in names.replace("\n", " ").split(","):
            if name.strip():
                table[name.strip().lower()] = code.strip()
                if len(name.strip()) > 3:
                    # Short names only as written: "Mỹ" (Vietnamese: USA) folds to "my".
                    table[fold(name.strip())] = code.strip()
    return table


@lru_cache(maxsize=65_536)
def country_code(name: str) -> str | None:
    """alpha-2 for a country name, alias or code ("Viet Nam", "USA", "pl"); None if unknown.
    Memoised: pycountry's lookup scans every country for each miss, and résumés ask about the
    same words again and again."""
    folded = fold(name)
    if not folded or len(folded) > 60:
        return None
    if folded in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[folded]
    local = _local_country_names()
    written = name.strip().lower()
    if written in local or folded in local:
        return local.get(written) or local[folded]
    if len(folded) <= 3 and not name.strip().isupper():
        return None  # "in", "de", "com" in running text are words, not codes
    try:
        return str(pycountry.countries.lookup(name.strip()).alpha_2)
    except LookupError:
        pass
    try:
        return str(pycountry.countries.lookup(folded).alpha_2)
    except LookupError:
        return None


def resolve_place(text: str, *, bare_town: bool = False) -> Place | None:
    """Country and zone of a location like "Pune, India", "Austin, TX", "Remote (Lagos)".

    `bare_town`: the caller knows the text is a place (a location line or label, "based in ...",
    an address), so a town named with no country or state beside it counts ("Olsztyn").
    Elsewhere (is this company name a place?) a town must be one of the known cities or come with
    its country."""
    if not text or len(text) > 300:
        return None
    parts = [
        _TOWN_PREFIX.sub("", p.strip())
        for p in _SPLIT.split(_REMOTE.sub(" ", text))
        if p and p.strip()
    ]
    in_division = _town_in_division(parts, text)
    if in_division is not None:
        return in_division
    cities = _cities()
    zone_cities = _zone_cities()
    city = next(
        (cities[fold(p)] for p in parts if _known(p, parts, cities, bare_town)), None
    ) or next((zone_cities[fold(p)] for p in parts if _known(p, parts, zone_cities, bare_town)),
              None)
    country: str | None = None
    zone: str | None = None
    for i, part in enumerate(parts):
        folded = fold(part)
        us_context = city is None or city[0] == "US"
        if (
            i > 0 and part.isupper() and part in _STATE_ZONES and us_context
            and re.search(rf",\s*{part}\b", text)  # "SAP FI/CO" names no state
        ):
            # "Austin, TX": a two-letter code after a city is a US state before it is a country.
            country, zone = "US", zone or _STATE_ZONES[part][1]
            continue
        state_zone = _state_by_name(folded)
        if state_zone is not None and (i > 0 or country_code(part) is None) and us_context:
            country, zone = "US", zone or state_zone
            continue
        region = _REGION_ZONES.get(folded)
        if region is not None:
            country, zone = country or region[0], zone or region[1]
            continue
        # Bare two-letter codes are too often words ("AI", "ML") or states ("MG"): only US/UK.
        code = country_code(part) if len(part) > 2 or part in {"US", "UK"} else None
        if code is not None and country is None:
            country = code
    if city is not None and (country is None or country == city[0]):
        return Place(city[0], city[1])
    if (city is None or country is not None) and (country is not None or bare_town):
        town = _town(parts, country)
        if town is not None:
            return Place(town.country, town.timezone)
    if country is None:
        return None
    if zone is None or not zone_in_country(zone, country):
        zone = country_timezone(country)
    return Place(country, zone)


def _known(
    part: str, parts: list[str], table: dict[str, tuple[str, str]], bare_town: bool
) -> bool:
    """A part that names a city of `table`. Where the caller reads a place, not an everyday
    word or a given name written alone ("FLORENCE" above a surname, "Reading" among hobbies);
    elsewhere such a word may still be the city ("Nice" is no company name)."""
    folded = fold(part)
    return folded in table and (not bare_town or len(parts) > 1 or folded not in NOT_TOWNS)


def _town(parts: list[str], country: str | None) -> Town | None:
    """The GeoNames town a part names: in `country` where the text names one, else the town a
    reader would take from the name alone, named first or last ("Cayma, Arequipa",
    "Banjarmasin, Kalimantan Selatan"; not "Kikuyu" inside "English (fluent), Kikuyu (native)")."""
    ends = list(dict.fromkeys([parts[0], parts[-1]])) if parts else []
    for part in parts if country is not None else ends:
        folded = fold(part)
        towns = gazetteer().towns(folded) if folded else []
        if country is not None:
            town = dominant([t for t in towns if t.country == country])
        elif not _may_stand_alone(part, folded):
            continue
        else:
            # Alone, a town's own name, or its name in the Cyrillic script of its own country
            # ("Біла Церква"): GeoNames' other alternates hold old and foreign names that are
            # words or brands here ("Google", "Canton", "Тема" for Tema, Ghana).
            town = dominant([
                t for t in towns
                if t.primary or (not folded.isascii() and t.country in _CYRILLIC_COUNTRIES)
            ])  # fmt: skip
        if town is not None:
            return town
    return None


def _may_stand_alone(part: str, folded: str) -> bool:
    """A name written as a town's is: capitalised, three letters or more ("Oi" is a Japanese
    town and a Portuguese greeting), not an acronym in capitals ("DAX", "ZARA", "BIM"), and
    neither an everyday word nor a wider place's name."""
    return (
        len(folded) >= 3 and part[:1].isupper()
        and not (part.isupper() and len(folded) <= 5)
        and folded not in NOT_TOWNS and not _names_no_town(folded)
    )


def _names_no_town(folded: str) -> bool:
    """A country, state or region word, which names a wider place than any town of that name."""
    return (
        folded in _REGION_ZONES or _state_by_name(folded) is not None
        or folded in _province_names() or country_code(folded) is not None
    )


def _town_in_division(parts: list[str], text: str) -> Place | None:
    """"London, ON", "Halifax, Nova Scotia", "El Paso, TX", "Portland, Maine": the town of that
    name in the US state or Canadian province the text names, which wins over a larger namesake
    elsewhere and over the state's usual zone."""
    divisions = set()
    for i, part in enumerate(parts):
        if i == 0:
            continue
        code = part.strip().upper() if part.strip().isupper() else None
        head = part.split()[0] if part.split() else ""
        if head.isupper() and head in _PROVINCES and re.search(rf",\s*{head}\b", text):
            code = head  # "London, ON N6A 3K7": the province before a postal code
        if code in _STATE_ZONES and re.search(rf",\s*{code}\b", text):
            divisions.add(("US", code))
        if code in _PROVINCES and re.search(rf",\s*{code}\b", text):
            divisions.add(("CA", _PROVINCES[code][1]))
        folded = fold(part)
        state = _state_codes().get(folded)
        if state is not None:
            divisions.add(("US", state))
        province = _province_names().get(folded)
        if province is not None:
            divisions.add(("CA", province))
    if not divisions:
        return None
    for part in parts:
        towns = [t for t in gazetteer().towns(fold(part)) if (t.country, t.admin1) in divisions]
        town = dominant(towns)
        if town is not None:
            return Place(town.country, town.timezone)
    return None


@cache
def division_names() -> frozenset[str]:
    """The folded names of US states and Canadian provinces: a country's name inside one
    ("British Columbia", "District of Columbia", "New Mexico") names the division, not the
    country."""
    return frozenset(name for name, _ in (*_STATE_ZONES.values(), *_PROVINCES.values()))


@cache
def _province_names() -> dict[str, str]:
    return {name: admin1 for name, admin1 in _PROVINCES.values()}


@cache
def _state_codes() -> dict[str, str]:
    return {name: code for code, (name, _) in _STATE_ZONES.items()}


def _state_by_name(folded: str) -> str | None:
    code = _state_codes().get(folded)
    return None if code is None else _STATE_ZONES[code][1]

