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
from worldhire.ingest.shared.place_names import _CITY_TABLE, _LOCAL_COUNTRY_NAMES
from worldhire.ingest.shared.towns import Town, dominant, gazetteer


@dataclass(frozen=True)
class Place:
    country: str | None
    timezone: str | None

# US state -> the zone most of its people live in.
_STATE_ZONES: dict[str, tuple[str, str]] = {
    "AL": ("alabama", "America/Chicago"), "AK": ("alaska", "America/Anchorage"),
    "AZ": ("arizona", "America/Phoenix"), "AR": ("arkansas", "America/Chicago"),
    "CA": ("california", "America/Los_Angeles"), "CO": ("colorado", "America/Denver"),
    "CT": ("connecticut", "America/New_York"), "DE": ("delaware", "America/New_York"),
    "DC": ("district of columbia", "America/New_York"), "FL": ("florida", "America/New_York"),
    "GA": ("georgia", "America/New_York"), "HI": ("hawaii", "Pacific/Honolulu"),
    "ID": ("idaho", "America/Boise"), "IL": ("illinois", "America/Chicago"),
    "IN": ("indiana", "America/Indiana/Indianapolis"), "IA": ("iowa", "America/Chicago"),
    "KS": ("kansas", "America/Chicago"), "KY": ("kentucky", "America/New_York"),
    "LA": ("louisiana", "America/Chicago"), "ME": ("maine", "America/New_York"),
    "MD": ("maryland", "America/New_York"), "MA": ("massachusetts", "America/New_York"),
    "MI": ("michigan", "America/Detroit"), "MN": ("minnesota", "America/Chicago"),
    "MS": ("mississippi", "America/Chicago"), "MO": ("missouri", "America/Chicago"),
    "MT": ("montana", "America/Denver"), "NE": ("nebraska", "America/Chicago"),
    "NV": ("nevada", "America/Los_Angeles"), "NH": ("new hampshire", "America/New_York"),
    "NJ": ("new jersey", "America/New_York"), "NM": ("new mexico", "America/Denver"),
    "NY": ("new york", "America/New_York"), "NC": ("north carolina", "America/New_York"),
    "ND": ("north dakota", "America/Chicago"), "OH": ("ohio", "America/New_York"),
    "OK": ("oklahoma", "America/Chicago"), "OR": ("oregon", "America/Los_Angeles"),
    "PA": ("pennsylvania", "America/New_York"), "RI": ("rhode island", "America/New_York"),
    "SC": ("south carolina", "America/New_York"), "SD": ("south dakota", "America/Chicago"),
    "TN": ("tennessee", "America/Chicago"), "TX": ("texas", "America/Chicago"),
    "UT": ("utah", "America/Denver"), "VT": ("vermont", "America/New_York"),
    "VA": ("virginia", "America/New_York"), "WA": ("washington", "America/Los_Angeles"),
    "WV": ("west virginia", "America/New_York"), "WI": ("wisconsin", "America/Chicago"),
    "WY": ("wyoming", "America/Denver"),
}  # fmt: skip

# Brazilian, Mexican, Indian states by full name (two-letter codes clash with country codes).
_REGION_ZONES: dict[str, tuple[str, str]] = {
    "minas gerais": ("BR", "America/Sao_Paulo"), "santa catarina": ("BR", "America/Sao_Paulo"),
    "rio grande do sul": ("BR", "America/Sao_Paulo"), "parana": ("BR", "America/Sao_Paulo"),
    "pernambuco": ("BR", "America/Recife"), "ceara": ("BR", "America/Fortaleza"),
    "bahia": ("BR", "America/Bahia"), "amazonas": ("BR", "America/Manaus"),
    "jalisco": ("MX", "America/Mexico_City"), "nuevo leon": ("MX", "America/Monterrey"),
    "yucatan": ("MX", "America/Merida"), "quintana roo": ("MX", "America/Cancun"),
    "baja california": ("MX", "America/Tijuana"), "sonora": ("MX", "America/Hermosillo"),
    "karnataka": ("IN", "Asia/Kolkata"), "maharashtra": ("IN", "Asia/Kolkata"),
    "tamil nadu": ("IN", "Asia/Kolkata"), "telangana": ("IN", "Asia/Kolkata"),
    "kerala": ("IN", "Asia/Kolkata"), "west bengal": ("IN", "Asia/Kolkata"),
    "lagos state": ("NG", "Africa/Lagos"),
    # The states and provinces an address ends with where the city is small ("Patna - 800020,
    # Bihar", "Bacoor, Cavite", "Nnewi, Anambra State").
    "bihar": ("IN", "Asia/Kolkata"), "uttar pradesh": ("IN", "Asia/Kolkata"),
    "andhra pradesh": ("IN", "Asia/Kolkata"), "madhya pradesh": ("IN", "Asia/Kolkata"),
    "gujarat": ("IN", "Asia/Kolkata"), "rajasthan": ("IN", "Asia/Kolkata"),
    "odisha": ("IN", "Asia/Kolkata"), "jharkhand": ("IN", "Asia/Kolkata"),
    "haryana": ("IN", "Asia/Kolkata"), "assam": ("IN", "Asia/Kolkata"),
    "uttarakhand": ("IN", "Asia/Kolkata"), "himachal pradesh": ("IN", "Asia/Kolkata"),
    "cavite": ("PH", "Asia/Manila"), "laguna": ("PH", "Asia/Manila"),
    "bulacan": ("PH", "Asia/Manila"), "pampanga": ("PH", "Asia/Manila"),
    "batangas": ("PH", "Asia/Manila"),
    "anambra state": ("NG", "Africa/Lagos"), "rivers state": ("NG", "Africa/Lagos"),
    "oyo state": ("NG", "Africa/Lagos"), "enugu state": ("NG", "Africa/Lagos"),
    "sindh": ("PK", "Asia/Karachi"),
    # "Laval (Québec)", "Lyon – Auvergne-Rhône-Alpes": Canadian provinces and French regions
    "quebec": ("CA", "America/Toronto"), "ontario": ("CA", "America/Toronto"),
    "qc": ("CA", "America/Toronto"), "nouveau-brunswick": ("CA", "America/Moncton"),
    "ile-de-france": ("FR", "Europe/Paris"), "auvergne-rhone-alpes": ("FR", "Europe/Paris"),
    "hauts-de-france": ("FR", "Europe/Paris"), "provence-alpes-cote d'azur": ("FR", "Europe/Paris"),
    "nouvelle-aquitaine": ("FR", "Europe/Paris"), "occitanie": ("FR", "Europe/Paris"),
    "grand est": ("FR", "Europe/Paris"), "bretagne": ("FR", "Europe/Paris"),
    "wallonie": ("BE", "Europe/Brussels"), "flandre": ("BE", "Europe/Brussels"),
    "khyber pakhtunkhwa": ("PK", "Asia/Karachi"),
}  # fmt: skip

# Canadian provinces by postal code: (name, GeoNames first-level code), so that "London, ON" and
# "Halifax, Nova Scotia" are the Canadian towns. Only beside a town: "NL" and "PE" alone are the
# Netherlands and Peru.
_PROVINCES: dict[str, tuple[str, str]] = {
    "AB": ("alberta", "01"), "BC": ("british columbia", "02"), "MB": ("manitoba", "03"),
    "NB": ("new brunswick", "04"), "NL": ("newfoundland and labrador", "05"),
    "NS": ("nova scotia", "07"), "ON": ("ontario", "08"), "PE": ("prince edward island", "09"),
    "QC": ("quebec", "10"), "SK": ("saskatchewan", "11"),
}  # fmt: skip

# Towns of 15,000 people or more whose name, written alone, is more often an everyday word (in
# English or a hiring-region language), a brand or employer, or a given name than the town: "Nice
# to have", "Reading, hiking", "Mobile: +1 ...", "Ingeniero | Orange", a name line "FLORENCE".
# With their country or state beside them they are the town ("Nice, France", "Split, Croatia").
_NOT_TOWN_WORDS = """
airport alliance along annex nice apex bank bar bath batman bay bear bend best bow bra brick buy can
cat central centro come commonwealth cork cove crystal date deal defiance delta dig dome drama
eagle enterprise federal fleet flint forest fountain gap god golden green hire hit holiday hook
horn hub humble hurricane imperial independence jam liberal liberty lend mach man manage march
marks metro mile mine mission mobile moss most much normal of officer opportunity orchards
overland pace panorama paradise parole peer pen plaque plum plunge police pop posse punch
reading republic reservoir retreat rich roses rouge sale salt same save say seaside semi sparks
split spring springs summit sunrise sunset superior surprise tame tank temple terrace than time
tire turbo union universidad university upland uptown vista walnut wedding weir woodland worms
tours lens sens agen nancy pau orange nokia toyota honda mango anthem mascara tequila butterfly
badger mustang vulcan hercules olympic praia porto natal serra maia santos mora sur este tapa
sala oliveira
adam adrian alice alicia alma anna ann ariel arnold barry bethany brad bradley brandon bryan
carmen cary chester claudio clive cornelius daphne david dolores donna douglas duncan eden
elizabeth eugene everett fatima fergus flora florence frederick george gilbert gloria graham
griffin harvey hassan helena henrietta howard isa jackson jasper kamal kendall kim kyle lara
lawrence layla leo leslie lincoln linda lindsay logan lola lucas madison marco mari mariana
mariano marina marion martin mary mason matthews mercedes miranda monroe nigel nikki norman
patti ramon randolph regina roman ron roy sebastian seymour shelby sherman shirley sidney
stanley stella stuart sue taylor teresa tracy tyler vera victoria vincent warren wayne wilson
zachary yuki ali abu babu kai kari kira gary allen dalton athena argos mentor ventas
mobil male langue rugby
"""
NOT_TOWNS = frozenset(_NOT_TOWN_WORDS.split())

# Where towns are written in the Cyrillic script.
_CYRILLIC_COUNTRIES = frozenset({"UA", "RU", "BY", "KZ", "KG", "TJ", "BG", "RS", "MK", "MN"})

_COUNTRY_ALIASES = {
    "usa": "US", "u.s.a.": "US", "u.s.": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "u.k.": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "britain": "GB",
    "great britain": "GB", "russia": "RU", "turkey": "TR", "ivory coast": "CI", "kosovo": "XK",
    "xk": "XK",  # Kosovo's code in use (not ISO-assigned): region lists hold it
    "vietnam": "VN", "viet nam": "VN", "czechia": "CZ", "holland": "NL", "uae": "AE",
    "the netherlands": "NL", "the philippines": "PH", "korea": "KR", "south korea": "KR",
    "laos": "LA", "macedonia": "MK", "bosnia": "BA", "moldova": "MD", "iran": "IR",
    "polska": "PL", "romania": "RO", "românia": "RO", "srbija": "RS", "ukraina": "UA",
    "brasil": "BR", "méxico": "MX", "mexico": "MX", "misr": "EG", "deutschland": "DE",
}  # fmt: skip

# Several zones, one of which holds the clear majority of the population.
_REMOTE = re.compile(r"\b(?:fully\s+)?remote(?:ly)?\b|\banywhere\b|\bworldwide\b", re.IGNORECASE)
# "м. Львів", "г. Одесса", "mun. Cluj-Napoca", "Kota Bandung": a town's abbreviated kind.
_TOWN_PREFIX = re.compile(
    r"^(?:м|г|смт|mun|kota|kab|municipiul|oraș|oras|tp|thành phố|tỉnh|quận|huyện|phường)\.?\s+"
    # "Q. Bình Thạnh", "H. Củ Chi": Vietnamese district and ward kinds cut to a letter and a dot
    r"|^(?:q|p|h)\.\s*"
    # "จ.สมุทรปราการ", "อ.บางพลี": a Thai province (จังหวัด) and district (อำเภอ) cut to a letter
    r"|^(?:จ|อ|จังหวัด|อำเภอ)\.?\s*(?=[\u0e01-\u0e2e])"
    # "Kiambu County", "Ernakulam District": a division named after its chief town
    r"|\s+(?:county|district)$"
    # "59300 Valenciennes", "4000 Liège": a postcode before the town
    r"|^\d{4,5}\s+(?=[^\W\d_])"
    # "Lyon 7e", "Paris 15ème", "Marseille 1er": the arrondissement after the town
    r"|\s+\d{1,2}\s*(?:e|er|ème|eme)$",
    re.IGNORECASE,
)
# "،" is the Arabic comma ("الدقي، الجيزة، مصر").
_SPLIT = re.compile(r"\s*(?:,|،|/|\||·|•|;|\(|\)|—|–|→|\s-\s|\bin\b|\bbased\b)\s*", re.IGNORECASE)


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


@cache
def uncased_city_names() -> dict[str, tuple[str, str]]:
    """The known cities written in a script without capitals ("الزقازيق", "กรุงเทพมหานคร"):
    folded name -> (country, zone)."""
    return {name: place for name, place in _cities().items()
            if name[0].isalpha() and name[0].upper() == name[0].lower()}


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


# Several readers of a résumé ask where the same line is (header, contact lines, job headers).
@lru_cache(maxsize=4096)
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
    # A part of digits alone (a postcode, a house or ward number) names no place, so a town
    # before a trailing postcode still ends the address ("Q. Gò Vấp, 71409").
    parts = [p for p in parts if not p.isdigit()]
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


def known_city(name: str) -> Place | None:
    """The known city a name is, where the text around it already says it names a town (a
    postal code before it): everyday words and given names count ("4150-174 Porto")."""
    folded = fold(name)
    city = _cities().get(folded) or _zone_cities().get(folded)
    return Place(*city) if city is not None else None


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

