"""A country as a person types it into a box, an option or a request field: its ISO code in any
case ("de", "DEU"), or its name in English or in a language the gazetteer knows ("Germany",
"deutschland", "Côte d'Ivoire", "cote d’ivoire"); where a filter also takes a region, the region
by its name in `core.geo.regions` ("EU", "latam", "Middle East", "América Latina") or as a UN M49
area ("Sub-Saharan Africa"). The API, the CLI and the web app all read it here; what is no
country (or region) is one `UnknownCountry`, naming the field, that each shell shows in its own
way (a 422 problem, an exit code, the form's error).

A list is typed with commas, semicolons or new lines between its entries; a comma inside a
country's name as ISO writes it ("Korea, Republic of", "Bolivia, Plurinational State of") stays
in that entry."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, partial
from typing import Any

import pycountry

from worldhire.core.errors import InvalidInput
from worldhire.core.geo.countries import countries
from worldhire.core.geo.regions import region_named
from worldhire.ingest.lexicon.regions import REGION_NAMES
from worldhire.ingest.shared.geo import country_code, fold

# Curly quotes as phones and word processors type them ("Côte d’Ivoire").
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
# The most comma-separated pieces of one country's name as ISO writes it ("Korea, Republic of").
_NAME_PIECES = 2


class UnknownCountry(InvalidInput):
    """Text typed as a country that is neither a country's code nor one of its names."""

    code = "unknown-country"

    def __init__(self, typed: Sequence[str], *, field: str = "country",
                 regions: bool = False) -> None:
        listed = ", ".join(f"“{t.strip()}”" for t in typed)
        if regions:
            hint = ("not a country or region we know. Write a country's name (Germany, Brasil) "
                    "or two-letter code (DE, BR), or a region (EU, LATAM, Africa, Middle East, "
                    "Sub-Saharan Africa).")
        else:
            hint = ("not a country we know. Write its name (Germany, Brasil) or its two-letter "
                    "code (DE, BR).")
        super().__init__(f"{listed}: {hint}", field=field)
        self.typed = tuple(typed)
        self.regions = regions

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from what was typed, not from the message, when a worker process raises it.
        return partial(UnknownCountry, field=self.field or "country",
                       regions=self.regions), (self.typed,)


@cache
def _names() -> dict[str, str]:
    """Every country's names as pycountry and the UN M49 table give them, folded: the exact
    forms a parser of running text need not know ("cote d'ivoire", "DR Congo")."""
    table: dict[str, str] = {}
    for known in pycountry.countries:
        for name in (known.name, getattr(known, "official_name", None),
                     getattr(known, "common_name", None)):
            if name:
                table.setdefault(_folded(name), str(known.alpha_2))
    for code, country in countries().items():
        table.setdefault(_folded(country.name), code)
    return table


def _folded(text: str) -> str:
    # `fold` with the three other apostrophes people type ("Cote d‘Ivoire", "Cote dʼIvoire")
    # made one: fold maps only "’", and a country's name must match however it was typed.
    return fold(" ".join(text.translate(_APOSTROPHES).split()))


def _code_of(text: str) -> str | None:
    words = " ".join(text.translate(_APOSTROPHES).split())
    if not words:
        return None
    if len(words) <= 3:
        # Typed alone, a short word is a code in any case ("de", "DEU") or an alias ("uk").
        return country_code(words.upper())
    return country_code(words) or _names().get(_folded(words))


def typed_country(text: str, *, field: str = "country") -> str:
    """The alpha-2 code of the country `text` names; UnknownCountry (for `field`) if none."""
    code = _code_of(text)
    if code is None:
        raise UnknownCountry([text], field=field)
    return code


def optional_country(text: str | None, *, field: str = "country") -> str | None:
    """As `typed_country`, with None for nothing typed (None, or only spaces)."""
    if text is None or not text.strip():
        return None
    return typed_country(text, field=field)


def typed_countries(texts: Iterable[str], *, field: str = "countries") -> list[str]:
    """The codes of countries typed one a text or as lists (module doc), in order, each once;
    one UnknownCountry naming every part that is none."""
    return _read_list(texts, _code_of, UnknownCountry, field=field)


def country_entries(text: str) -> list[str]:
    """The entries of a list of countries as typed (module doc), each read later where it is
    used: "Korea, Republic of, PL" -> ["Korea, Republic of", "PL"]."""
    return list(_entries(text, _code_of))


def typed_areas(texts: Iterable[str], *, field: str = "country") -> tuple[str, ...]:
    """What a filter on where people live reads, typed as `typed_countries` takes it: each
    entry a country's code, or a region's name as `core.geo.regions.expand` takes it ("EU",
    "LATAM", "Sub-Saharan Africa"); in order, each once. One UnknownCountry (that says regions
    are welcome) names every entry that is neither."""
    return tuple(_read_list(texts, _area_of, partial(UnknownCountry, regions=True), field=field))


@cache
def _region_words() -> dict[str, str]:
    return {_folded(name): region for region, names in REGION_NAMES.items() for name in names}


def _area_of(text: str) -> str | None:
    """A region ("latam", "Sub-Saharan Africa", "América Latina") before a country: no region's
    name is a country's, and "EU" or "CEE", short as a code, is no country's code."""
    words = " ".join(text.translate(_APOSTROPHES).split())
    if not words:
        return None
    return region_named(words) or _region_words().get(_folded(words)) or _code_of(words)


def _read_list(texts: Iterable[str], read: Callable[[str], str | None],
               refuse: Callable[..., UnknownCountry], *, field: str) -> list[str]:
    found: list[str] = []
    unknown: list[str] = []
    for text in texts:
        for entry in _entries(text, read):
            value = read(entry)
            if value is None:
                unknown.append(entry)
            elif value not in found:
                found.append(value)
    if unknown:
        raise refuse(unknown, field=field)
    return found


def _entries(text: str, read: Callable[[str], str | None]) -> Iterator[str]:
    """The entries of a typed list. Semicolons and new lines always part entries; a comma does
    unless the pieces on both sides of it are one name together ("Korea, Republic of"): the
    longest run of pieces that `read` knows is one entry, a piece alone is one otherwise."""
    for line in text.replace(";", "\n").splitlines():
        pieces = [p.strip() for p in line.split(",") if p.strip()]
        start = 0
        while start < len(pieces):
            end = next((end for end in range(min(len(pieces), start + _NAME_PIECES), start + 1, -1)
                        if read(", ".join(pieces[start:end])) is not None), start + 1)
            yield ", ".join(pieces[start:end])
            start = end
