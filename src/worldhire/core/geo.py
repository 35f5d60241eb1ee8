"""Geography as data: each country's continent, from the GeoNames table shipped in
worldhire/data/geo (see its SOURCE.md), so a region filter covers every country of its
continent instead of the ones someone remembered to list."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources


@cache
def continent_of() -> dict[str, str]:
    """ISO 3166 alpha-2 code -> GeoNames continent code (AF, AN, AS, EU, NA, OC, SA)."""
    text = resources.files("worldhire").joinpath("data", "geo", "countries.csv").read_text(
        encoding="utf-8")
    return {row["alpha2"]: row["continent"] for row in csv.DictReader(text.splitlines())}


def countries_in(*continents: str) -> frozenset[str]:
    wanted = set(continents)
    return frozenset(code for code, continent in continent_of().items() if continent in wanted)
