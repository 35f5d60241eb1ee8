"""Each country's UN M49 region, sub-region and intermediate region, and its EU and EEA
membership, from the table shipped in worldhire/data/geo (see its SOURCE.md)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Country:
    alpha2: str
    name: str
    region: str  # M49 region: Africa, Americas, Asia, Europe, Oceania (and Antarctica)
    sub_region: str  # M49 sub-region: "Sub-Saharan Africa", "Western Asia", ...
    intermediate_region: str | None  # M49 intermediate region: "Caribbean", "Eastern Africa"...
    eu: bool
    eea: bool


@cache
def countries() -> dict[str, Country]:
    """ISO 3166 alpha-2 code (and XK) -> its areas."""
    text = resources.files("worldhire").joinpath("data", "geo", "countries.csv").read_text(
        encoding="utf-8")
    return {
        row["alpha2"]: Country(
            alpha2=row["alpha2"], name=row["name"], region=row["region"],
            sub_region=row["sub_region"], intermediate_region=row["intermediate_region"] or None,
            eu=row["eu"] == "1", eea=row["eea"] == "1",
        )
        for row in csv.DictReader(text.splitlines())
    }


def sub_region_of(code: str | None) -> str | None:
    """M49 sub-region of an alpha-2 code ("PL" -> "Eastern Europe"); None when unknown."""
    found = countries().get((code or "").strip().upper())
    return found.sub_region if found else None


def in_areas(*areas: str) -> frozenset[str]:
    """Codes whose M49 region, sub-region or intermediate region is one of `areas`."""
    wanted = set(areas)
    return frozenset(
        code for code, country in countries().items()
        if wanted & {country.region, country.sub_region, country.intermediate_region}
    )


@cache
def eu_members() -> frozenset[str]:
    return frozenset(code for code, country in countries().items() if country.eu)


@cache
def eea_members() -> frozenset[str]:
    return frozenset(code for code, country in countries().items() if country.eea)
