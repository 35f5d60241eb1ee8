"""Countries, regions, cities and time zones as job posts name them in the hiring regions'
languages, inflected forms included ("z Polski", "w Polsce", "residentes no Brasil", "з України",
"horário de Brasília", "czasu polskiego", "9:00–17:00 CET").

Everything is matched on folded text (`folded_text.fold`), whole words only.
"""

from __future__ import annotations

import gettext
import re
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pycountry

from worldhire.core.geo.regions import named_regions
from worldhire.core.geo.zones import is_timezone
from worldhire.ingest.lexicon.companies import LEGAL_FORM_BEFORE
from worldhire.ingest.lexicon.hours import ZONE_PHRASES
from worldhire.ingest.lexicon.mobility import NATIONALITIES
from worldhire.ingest.lexicon.regions import REGION_NAMES
from worldhire.ingest.lexicon.restrictions import GAZETTEER_LANGUAGES, PLAIN_COUNTRY_NAMES
from worldhire.ingest.posts.words import spoken_language_names
from worldhire.ingest.shared.edit_distance import edit_distance
from worldhire.ingest.shared.folded_text import fold
from worldhire.ingest.shared.geo import (
    country_code,
    division_names,
    resolve_place,
    uncased_city_names,
)
from worldhire.ingest.shared.geo import fold as place_key

# Local names of the countries people hire from and into, with the inflected forms that follow
# prepositions in Polish, Ukrainian and Romanian.
_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "PL": ("poland", "polska", "polski", "polsce", "polskę", "polonia", "poloniei", "polônia",
           "pologne", "polen", "польща", "польщі", "польщу", "ba lan"),
    "RO": ("romania", "românia", "româniei", "rumunia", "rumunii", "rumunię", "rumanía",
           "roménia", "roumanie", "rumänien", "румунія", "румунії"),
    "UA": ("ukraine", "ukraina", "ukrainy", "ukrainie", "ucrania", "ucrânia", "ucraina",
           "ucrainei", "україна", "україни", "україні", "украина", "украины", "украине"),
    "RU": ("russia", "россия", "россии", "рф", "росія", "росії", "rusia", "rússia", "rosja",
           "rosji", "russie", "russland"),
    "KZ": ("kazakhstan", "казахстан", "казахстана", "казахстане", "kazachstan"),
    "DE": ("germany", "deutschland", "niemcy", "niemiec", "niemczech", "alemania", "alemanha",
           "germania", "germaniei", "allemagne", "німеччина", "німеччини", "німеччині", "đức",
           "jerman"),
    "ES": ("spain", "españa", "espanha", "hiszpania", "hiszpanii", "spania", "spaniei",
           "espagne", "spanien", "іспанія", "іспанії", "tây ban nha", "spanyol"),
    "PT": ("portugal", "portugalia", "portugalii", "portugaliei", "португалія", "португалії",
           "bồ đào nha"),
    "FR": ("france", "francia", "frança", "francja", "francji", "franța", "franței",
           "frankreich", "франція", "франції", "pháp", "prancis"),
    "IT": ("italy", "italia", "itália", "włochy", "włoszech", "italie", "italien", "італія"),
    "NL": ("netherlands", "holanda", "países bajos", "holandia", "holandii", "olanda",
           "pays-bas", "niederlande", "нідерланди", "hà lan", "belanda"),
    "GB": ("uk", "u.k.", "united kingdom", "reino unido", "wielka brytania", "wielkiej brytanii",
           "regatul unit", "royaume-uni", "vereinigtes königreich", "großbritannien",
           "велика британія", "великій британії", "vương quốc anh", "inggris", "britain"),
    "US": ("usa", "u.s.", "us", "united states", "estados unidos", "ee. uu.", "ee.uu.", "eua",
           "stany zjednoczone", "stanach zjednoczonych", "usa", "сша", "sua", "statele unite",
           "états-unis", "etats-unis", "vereinigte staaten", "hoa kỳ", "mỹ", "amerika serikat"),
    "CA": ("canada", "canadá", "kanada", "канада"),
    "BR": ("brazil", "brasil", "brazylia", "brazylii", "brazilia", "braziliei", "brésil",
           "brasilien", "бразилія", "бразилії"),
    "MX": ("mexico", "méxico", "meksyk", "meksyku", "mexic", "mexique", "mexiko", "мексика"),
    "AR": ("argentina", "argentyna", "argentynie", "argentine", "argentinien", "аргентина"),
    "CO": ("colombia", "colômbia", "kolumbia", "kolumbii", "columbia", "colombie",
           "kolumbien", "колумбія"),
    "CL": ("chile", "chili", "чилі"),
    "PE": ("peru", "perú", "pérou", "перу"),
    "UY": ("uruguay", "uruguai", "urugwaj"),
    "EC": ("ecuador", "equador", "ekwador"),
    "BO": ("bolivia", "bolívia", "boliwia"),
    "PY": ("paraguay", "paraguai", "paragwaj"),
    "CR": ("costa rica", "kostaryka"),
    "VN": ("vietnam", "viet nam", "việt nam", "wietnam", "wietnamie", "в'єтнам"),
    "ID": ("indonesia", "indonezja", "indonezji", "indonésia", "indonésie", "indonesien",
           "індонезія"),
    "PH": ("philippines", "filipinas", "filipiny", "filipinach", "filipine", "philippinen",
           "філіппіни", "filipina"),
    "IN": ("india", "índia", "indiach", "inde", "indien", "індія", "ấn độ"),
    "NG": ("nigeria", "nigéria", "nigerii"),
    "KE": ("kenya", "quênia", "kenia", "kenii"),
    "EG": ("egypt", "egipto", "egito", "egipt", "egipcie", "égypte", "ägypten", "єгипет"),
    "RS": ("serbia", "sérvia", "serbii", "serbie", "serbien", "сербія", "сербия", "сербии"),
    "CH": ("switzerland", "suiza", "suíça", "szwajcaria", "szwajcarii", "elveția", "suisse",
           "schweiz", "швейцарія"),
    "AT": ("austria", "áustria", "austrii", "autriche", "österreich", "австрія"),
    "CZ": ("czechia", "czech republic", "czechy", "czechach", "chequia", "tchéquie",
           "tschechien", "чехія", "cehia"),
    "HU": ("hungary", "hungría", "hungria", "węgry", "węgrzech", "ungaria", "hongrie",
           "ungarn", "угорщина"),
    "BG": ("bulgaria", "bulgária", "bułgaria", "bułgarii", "bulgarie", "bulgarien", "болгарія"),
    "MD": ("moldova", "mołdawia", "mołdawii", "moldavie", "moldau", "молдова", "moldavia"),
    "IE": ("ireland", "irlanda", "irlandia", "irlandii", "irlande", "irland", "ірландія"),
    "BE": ("belgium", "bélgica", "belgia", "belgii", "belgique", "belgien"),
    "SE": ("sweden", "suecia", "suécia", "szwecja", "szwecji", "suède", "schweden"),
    "TR": ("turkey", "türkiye", "turquía", "turquia", "turcja", "turcji", "turquie", "türkei"),
    "SG": ("singapore", "singapur", "singapura", "cingapura"),
    "MY": ("malaysia", "malasia", "malásia", "malezja", "malaisie"),
    "TH": ("thailand", "tailandia", "tailândia", "tajlandia", "thaïlande", "thái lan"),
    "ZA": ("south africa", "sudáfrica", "áfrica do sul", "rpa", "afrique du sud", "südafrika"),
}  # fmt: skip

# A few cities posts name in their own languages ("Nueva York", "Varsovia", "Lizbona").
_EXONYMS: dict[str, str] = {
    "nueva york": "new york", "nova iorque": "new york", "nowy jork": "new york",
    "нью-йорк": "new york", "new york city": "new york", "londres": "london", "londyn": "london",
    "лондон": "london", "berlín": "berlin", "berlim": "berlin", "berlinie": "berlin",
    "берлін": "berlin", "varsovia": "warsaw", "varsóvia": "warsaw", "warszawa": "warsaw",
    "warszawie": "warsaw", "warschau": "warsaw", "varșovia": "warsaw", "варшава": "warsaw",
    "poznaniu": "poznan", "krakowie": "krakow", "wrocławiu": "wroclaw", "gdańsku": "gdansk",
    "łodzi": "lodz", "lizbona": "lisbon", "lizbonie": "lisbon", "lisboa": "lisbon",
    "лісабон": "lisbon", "lisbonne": "lisbon", "lissabon": "lisbon", "múnich": "munich",
    "munique": "munich", "monachium": "munich", "münchen": "munich", "київ": "kyiv",
    "києві": "kyiv", "kijów": "kyiv", "kijowie": "kyiv", "kiev": "kyiv", "львів": "lviv",
    "львові": "lviv", "lwów": "lviv", "харків": "kharkiv", "bucarest": "bucharest",
    "bukareszt": "bucharest", "bucurești": "bucharest", "бухарест": "bucharest",
    "ciudad de méxico": "mexico city", "cidade do méxico": "mexico city", "são paulo": "sao paulo",
    "brasília": "brasilia", "bogotá": "bogota", "medellín": "medellin", "lyon": "lyon",
    "hanói": "hanoi", "hà nội": "hanoi", "thành phố hồ chí minh": "ho chi minh city",
    "tp. hcm": "ho chi minh city", "tp.hcm": "ho chi minh city", "đà nẵng": "da nang",
    "viena": "vienna", "wiedeń": "vienna", "wien": "vienna", "praga": "prague", "prag": "prague",
    "ámsterdam": "amsterdam", "amsterdã": "amsterdam", "zúrich": "zurich", "zürich": "zurich",
    "barcelone": "barcelona", "madryt": "madrid", "madrycie": "madrid", "paryż": "paris",
    "paryżu": "paris", "париж": "paris", "parís": "paris", "cracovia": "krakow",
    "cluj": "cluj-napoca", "clujul": "cluj-napoca", "iași": "iasi", "timișoara": "timisoara",
    # Russian cases of the cities Russian-speaking teams moved to ("созвоны ... по Белграду",
    # "офис в Лимасоле")
    "белград": "belgrade", "белграде": "belgrade", "белграду": "belgrade",
    "лимасол": "limassol", "лимасоле": "limassol", "лимасолу": "limassol",
    "тбилиси": "tbilisi", "ереване": "yerevan", "ереван": "yerevan", "алматы": "almaty",
}  # fmt: skip

# Zones named by an abbreviation, or by a bare word a post's hours use ('US Eastern', 'Pacific');
# zones named in a language's own words are the résumé's table (lexicon/hours.ZONE_PHRASES).
_ZONE_ABBREVIATIONS: dict[str, str] = {
    "cet": "Europe/Berlin", "cest": "Europe/Berlin", "mez": "Europe/Berlin",
    "eet": "Europe/Bucharest", "eest": "Europe/Bucharest", "wet": "Europe/Lisbon",
    "gmt": "Europe/London", "bst": "Europe/London", "et": "America/New_York",
    "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
    "us eastern": "America/New_York", "ct": "America/Chicago", "cst": "America/Chicago",
    "mt": "America/Denver", "pt": "America/Los_Angeles", "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles", "pacific": "America/Los_Angeles", "brt": "America/Sao_Paulo",
    "ist": "Asia/Kolkata", "pkt": "Asia/Karachi", "npt": "Asia/Kathmandu",
    "wib": "Asia/Jakarta", "ict": "Asia/Ho_Chi_Minh", "uyt": "America/Montevideo",
    "art": "America/Argentina/Buenos_Aires", "cot": "America/Bogota", "wat": "Africa/Lagos",
    "eat": "Africa/Nairobi", "sast": "Africa/Johannesburg", "pht": "Asia/Manila",
    "sgt": "Asia/Singapore", "myt": "Asia/Kuala_Lumpur", "hkt": "Asia/Hong_Kong",
    "jst": "Asia/Tokyo", "kst": "Asia/Seoul", "aest": "Australia/Sydney",
    "wita": "Asia/Makassar", "msk": "Europe/Moscow", "trt": "Europe/Istanbul",
}  # fmt: skip
# A zone an abbreviation names stands for every place on its clock: "CET" at an Amsterdam
# company is Amsterdam's time, "Eastern" at a Toronto one Toronto's.
_ABBREVIATED_ZONES = frozenset(_ZONE_ABBREVIATIONS.values())
_CLOCK_DAYS = (datetime(2026, 1, 15, 12), datetime(2026, 7, 15, 12))


def office_clock_zone(zone: str, office_zone: str | None, text: str) -> str:
    """The office's own zone where `zone` is an abbreviation's default ("CET" -> Europe/Berlin)
    that keeps the office's clock all year and the text does not name the default's city;
    otherwise `zone`."""
    if office_zone is None or zone == office_zone or zone not in _ABBREVIATED_ZONES:
        return zone
    if fold(zone.rsplit("/", 1)[-1].replace("_", " ")) in fold(text):
        return zone  # "overlap with Berlin (CET)" at a Vienna company is Berlin's
    try:
        named, office = ZoneInfo(zone), ZoneInfo(office_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return zone
    same = all(d.replace(tzinfo=named).utcoffset() == d.replace(tzinfo=office).utcoffset()
               for d in _CLOCK_DAYS)  # fmt: skip
    return office_zone if same else zone


_EXCLUDED = re.compile(r"\bnon[- ]?$")
_ZONE_AFTER = re.compile(r"\s+(?:standard\s+)?time\b")
_UTC_OFFSET = re.compile(r"\b(?:utc|gmt)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?\b")


@cache
def _name_pattern(table: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    names = sorted({name for name, _ in table}, key=len, reverse=True)
    body = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])")


@cache
def _countries() -> dict[str, str]:
    """Folded country name -> alpha-2: the names above, then every country's name in English
    and in the hiring regions' languages (pycountry's Unicode translations), with the forms
    Polish, Ukrainian, Romanian and German give a name after a preposition. A name that two
    countries share ("Corée" for both Koreas) names neither."""
    table: dict[str, set[str]] = {}
    for code, lang, name in _gazetteer_names():
        for form in (name, *_inflected(name, lang)):
            table.setdefault(fold(form), set()).add(code)
    found = {name: next(iter(codes)) for name, codes in table.items() if len(codes) == 1}
    found.update({fold(n): code for code, names in PLAIN_COUNTRY_NAMES.items() for n in names})
    found.update({fold(n): code for code, names in _COUNTRY_NAMES.items() for n in names})
    return found


def _gazetteer_names() -> list[tuple[str, str, str]]:
    """(alpha-2, language, name) for every country: its English name, common name and their
    translations; a formal name's part before its comma ("Bolivia, Estado Plurinacional de")."""
    out: list[tuple[str, str, str]] = []
    translations = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang],
                                  fallback=True)
        for lang in GAZETTEER_LANGUAGES
    }  # fmt: skip
    for country in pycountry.countries:
        english = [country.name, getattr(country, "common_name", country.name)]
        for lang, names in [("en", english)] + [
            (lang, [t.gettext(n) for n in english]) for lang, t in translations.items()
        ]:
            for name in names:
                name = name.split(",")[0].strip()
                if len(fold(name)) >= 4 and fold(name) not in _NOT_COUNTRY_NAMES:
                    out.append((country.alpha_2, lang, name))
    return out


# Gazetteer names that are everyday words or names in the posts' languages.
_NOT_COUNTRY_NAMES = frozenset({
    "jersey", "georgia", "jordan", "chad", "guernsey", "niger", "mali", "chin",
})


def _inflected(name: str, lang: str) -> list[str]:
    """The forms a one-word country name takes after a preposition: Polish "Słowacja" ->
    "Słowacji", "Czechy" -> "Czech"; Ukrainian "Польща" -> "Польщі"; Romanian "Franța" ->
    "Franței"; German "Deutschland" -> "Deutschlands"."""
    if " " in name or len(name) < 5:
        return []
    low = name.lower()
    if lang == "pl":
        if low.endswith(("ja", "ia")):
            return [name[:-1] + "i", name[:-1] + "ę"]
        if low.endswith("a"):
            return [name[:-1] + e for e in ("i", "y", "ę", "ie")]
        if low.endswith("y"):
            return [name[:-1], name[:-1] + "ach"]
        if low.endswith(("ś", "ć", "ń")):
            return [name[:-1] + {"ś": "si", "ć": "ci", "ń": "ni"}[low[-1]]]
    if lang == "uk":
        if low.endswith("а"):
            return [name[:-1] + e for e in ("і", "и", "у")]
        if low.endswith("я"):
            return [name[:-1] + e for e in ("ї", "ю", "і")]
    if lang == "ro" and low.endswith("a"):
        return [name[:-1] + "ei"]
    if lang == "de" and not low.endswith(("s", "z", "x", "e")):
        return [name + "s"]
    return []


@cache
def _regions() -> dict[str, str]:
    return {fold(n): region for region, names in REGION_NAMES.items() for n in names}


@cache
def _zone_words() -> dict[str, str]:
    return {fold(k): v for k, v in {**ZONE_PHRASES, **_ZONE_ABBREVIATIONS}.items()}


def countries_in(text: str, which: str = "both") -> list[str]:
    """Alpha-2 codes of the countries and regions a sentence names, in order of mention; only
    those of the countries named one by one with `which="countries"`, only those of its region
    words with `which="regions"`."""
    folded = fold(text)
    table = {**_countries(), **_regions()}
    regions = named_regions()
    out: list[str] = []
    divisions = [m.span() for m in _division_pattern().finditer(folded)]
    for match in _name_pattern(tuple(table.items())).finditer(folded):
        name = match.group(0)
        if any(a <= match.start() and match.end() <= b and b - a > len(name)
               for a, b in divisions):  # fmt: skip
            continue  # "residents of Ontario and British Columbia": a province, not Colombia
        if _EXCLUDED.search(folded[max(0, match.start() - 12) : match.start()]):
            continue  # "non-EU drivers"
        if _ZONE_AFTER.match(folded, match.end()):
            continue  # "East Africa Time", "Central European Time" name a zone
        original = text[match.start() : match.end()]
        if len(name) <= 3 and not original.isupper() and fold(original) == original.lower():
            continue  # "us", "my", "sua" are words; "US", "SUA", "Mỹ" name places
        code = table[name]
        if which == ("countries" if code in regions else "regions"):
            continue
        out += sorted(regions[code]) if code in regions else [code]
    for match in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b", text):
        if which == "regions":
            break
        named = country_code(match.group(0))  # English names the table leaves out ("Rwanda")
        if named is not None and not _EXCLUDED.search(fold(text[: match.start()])[-12:]):
            out.append(named)
    return list(dict.fromkeys(out))


@cache
def _division_pattern() -> re.Pattern[str]:
    return _name_pattern(tuple((name, name) for name in division_names()))


def misspelt_countries(text: str) -> list[str]:
    """Countries a text names with a typo ("Canda", "Mexcio", "Phillipines"): a capitalised
    word of five letters or more that is no name but one edit (two from nine letters) from a
    country's name with the same first letter. Nationalities and spoken languages ("German",
    "Polish") are not typos."""
    names = _countries()
    out = []
    for word in re.findall(r"\b[A-Z][^\W\d_]{4,}\b", text):
        key = fold(word)
        if key in names or key in _not_typos():
            continue
        most = 2 if len(key) >= 9 else 1
        close = [
            n for n in names
            if n[:1] == key[:1] and len(n) >= 5 and abs(len(n) - len(key)) <= most
            and edit_distance(key, n, most) <= most
        ]  # fmt: skip
        if len({names[n] for n in close}) == 1:
            out.append(names[close[0]])
    return out


@cache
def _not_typos() -> frozenset[str]:
    return frozenset(fold(w) for w in (*NATIONALITIES, *spoken_language_names()))


def zone_in(text: str) -> str | None:
    """The time zone a sentence names: an IANA name, a city, a UTC offset, an abbreviation or a
    language's own words ("czasu polskiego")."""
    iana = re.search(r"\b[A-Z][a-z]+/[A-Z][A-Za-z_]+\b", text)
    if iana and is_timezone(iana.group(0)):  # not "Recife/PE", a city and its state
        return iana.group(0)
    city = city_in(text)
    if city is not None and city[1] is not None:
        return city[1]
    folded = fold(text)
    offset = _UTC_OFFSET.search(folded)
    # (the offset's own "GMT" or "UTC" names no zone of its own: "GMT+1" is no London time)
    if offset:
        blank = " " * (offset.end() - offset.start())
        text = text[: offset.start()] + blank + text[offset.end() :]
        folded = folded[: offset.start()] + blank + folded[offset.end() :]
    named = _named_zone(text, folded)
    if offset:
        hours = int(offset.group(2))
        if hours <= 14 and not offset.group(3):
            sign = "-" if offset.group(1) == "+" else "+"  # Etc/GMT signs are inverted
            zone = "UTC" if hours == 0 else f"Etc/GMT{sign}{hours}"
            # "SGT (UTC+8)": the offset explains the abbreviation, whose zone is the place's
            return named if named is not None and _same_offset(named, zone) else zone
    return named


def _named_zone(text: str, folded: str) -> str | None:
    words = _zone_words()
    for match in _name_pattern(tuple(words.items())).finditer(folded):
        original = text[match.start() : match.end()]
        if len(original) <= 4 and not original.isupper():
            continue  # "est", "art", "pt" are words in Romance languages
        if _LEGAL_NAME_START.match(text, match.start()):
            continue  # "PT Kopi Awan Nusantara": an Indonesian company, not Pacific Time
        return words[match.group(0)]
    return None


def _same_offset(zone: str, other: str) -> bool:
    """The two zones keep the same clock on a January or a July day."""
    return any(
        day.replace(tzinfo=ZoneInfo(zone)).utcoffset()
        == day.replace(tzinfo=ZoneInfo(other)).utcoffset()
        for day in _CLOCK_DAYS
    )


# A legal form opening a company's name ("PT Kopi Awan"), which may spell a zone's abbreviation.
_LEGAL_NAME_START = re.compile(rf"{LEGAL_FORM_BEFORE}\s+[A-Z]")


def city_in(text: str) -> tuple[str, str | None] | None:
    """(country, zone) of the first known city a text names, exonyms included."""
    folded = fold(text)
    exonyms = {fold(k): v for k, v in _EXONYMS.items()}
    for match in _name_pattern(tuple(exonyms.items())).finditer(folded):
        place = resolve_place(exonyms[match.group(0)])
        if place is not None and place.country:
            return place.country, place.timezone
    # A city in a script without capitals has no capital to be found by, and Thai runs its
    # words together ("สมุทรปราการ (บางพลี)", "الزقازيق، الشرقية، مصر"): a known one counts
    # wherever it stands.
    keyed = place_key(text)
    uncased = [(keyed.find(name), place) for name, place in uncased_city_names().items()]
    if found := min(((at, place) for at, place in uncased if at >= 0), default=None):
        return found[1]
    # (an elided article is no part of the name: "l'équipe d'Abidjan"; "Villeneuve-d'Ascq" is)
    words = re.findall(r"[^\W\d_][\w'-]*", _ELIDED.sub("", text))
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        for size in (4, 3, 2, 1):
            name = " ".join(words[i : i + size])
            if len(name.split()) < size or any(_code(w) for w in words[i : i + size]):
                continue
            # A town's whole name of three or four words is no chance ("Santiago de Compostela"
            # is in Spain, "San Pedro Garza García" in Nuevo León): it outweighs a known city
            # its first word names.
            place = resolve_place(name, bare_town=size >= 3 and _capitalised(words[i : i + size]))
            if place is not None and place.timezone and country_code(name) is None:
                return place.country or "", place.timezone
    return None


def _code(word: str) -> bool:
    """A country's code in capitals ("HND": Honduras, and the Higher National Diploma) is no
    part of a town's name: "HND in Accounting" names no place."""
    return word.isupper() and len(word) <= 3 and country_code(word) is not None


_ELIDED = re.compile(r"(?<![\w-])(?:[dlDL]|[qQ]u)['’](?=[^\W\d_])")


def _capitalised(words: list[str]) -> bool:
    """Every word of a name is capitalised, but for the short words joining it ("de", "la")."""
    return words[-1][:1].isupper() and all(w[:1].isupper() or len(w) <= 3 for w in words)


def place_of(text: str, *, bare_town: bool = False) -> tuple[str | None, str | None]:
    """(country, zone) of a location text such as "Berlin", "Warszawa (Mokotów)" or
    "Paseo de la Castellana, Madrid". `bare_town`: the text is known to be a place (a post's
    location line), so a town named alone counts (see geo.resolve_place)."""
    city = city_in(text)
    if city is not None:
        return city[0] or None, city[1]
    codes = [c for c in countries_in(text) if len(c) == 2]
    for part in re.split(r"[,·|/()]", text):
        place = resolve_place(part.strip(), bare_town=bare_town) if part.strip() else None
        if place is not None and place.country:
            return place.country, place.timezone
    return (codes[0], None) if len(codes) == 1 else (None, None)
