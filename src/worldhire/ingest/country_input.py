"""A country as a person types it into a box, an option or a request field: its ISO code in any
case ("de", "DEU"), or its name in English or in a language the gazetteer knows ("Germany",
"deutschland", "Côte d'Ivoire", "cote d’ivoire"). The API, the CLI and the web app all read it
here; what is no country is one `UnknownCountry`, naming the field, that each shell shows in its
own way (a 422 problem, an exit code, the form's error)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache, partial
from typing import Any

import pycountry

from worldhire.core.errors import InvalidInput
from worldhire.core.geo.countries import countries
from worldhire.ingest.geo import country_code, fold

# Curly quotes as phones and word processors type them ("Côte d’Ivoire").
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


class UnknownCountry(InvalidInput):
    """Text typed as a country that is neither a country's code nor one of its names."""

    code = "unknown-country"

    def __init__(self, typed: Sequence[str], *, field: str = "country") -> None:
        listed = ", ".join(f"“{t.strip()}”" for t in typed)
        super().__init__(f"{listed}: not a country we know. Write its name (Germany, Brasil) or "
                         "its two-letter code (DE, BR).", field=field)
        self.typed = tuple(typed)

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from what was typed, not from the message, when a worker process raises it.
        return partial(UnknownCountry, field=self.field or "country"), (self.typed,)


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
    """The codes of countries typed one a text or as comma- or semicolon-separated lists, in
    order, each once; one UnknownCountry naming every part that is none."""
    codes: list[str] = []
    unknown: list[str] = []
    for text in texts:
        for part in text.replace(";", ",").split(","):
            if not part.strip():
                continue
            code = _code_of(part)
            if code is None:
                unknown.append(part.strip())
            elif code not in codes:
                codes.append(code)
    if unknown:
        raise UnknownCountry(unknown, field=field)
    return codes
