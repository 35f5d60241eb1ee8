"""Writes src/worldhire/data/geo/countries.csv: every ISO 3166-1 country and territory (plus
Kosovo, XK, which people write although ISO has not assigned it) with its UN M49 region,
sub-region and intermediate region, and its EU and EEA membership.

The M49 areas and the memberships come from the table that country_converter keeps (its
UNregion, EU and EEA columns); country_converter is only read here, at build time, so the package
ships a few kilobytes and no run-time dependency.

    pip install country_converter && python tools/build_geo.py
"""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

OUT = Path(__file__).parents[1] / "src" / "worldhire" / "data" / "geo" / "countries.csv"

# M49 names the finest area country_converter lists; these are the levels above it.
INTERMEDIATE_TO_SUB_REGION = {
    "Caribbean": "Latin America and the Caribbean",
    "Central America": "Latin America and the Caribbean",
    "South America": "Latin America and the Caribbean",
    "Eastern Africa": "Sub-Saharan Africa",
    "Middle Africa": "Sub-Saharan Africa",
    "Southern Africa": "Sub-Saharan Africa",
    "Western Africa": "Sub-Saharan Africa",
}
SUB_REGION_TO_REGION = {
    "Northern Africa": "Africa", "Sub-Saharan Africa": "Africa",
    "Latin America and the Caribbean": "Americas", "Northern America": "Americas",
    "Central Asia": "Asia", "Eastern Asia": "Asia", "South-eastern Asia": "Asia",
    "Southern Asia": "Asia", "Western Asia": "Asia",
    "Eastern Europe": "Europe", "Northern Europe": "Europe", "Southern Europe": "Europe",
    "Western Europe": "Europe",
    "Australia and New Zealand": "Oceania", "Melanesia": "Oceania", "Micronesia": "Oceania",
    "Polynesia": "Oceania",
    # M49 gives Antarctica no region; it is its own here so every code has one.
    "Antarctica": "Antarctica",
}


def _country_converter_table() -> Path:
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install country_converter first")
    return Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"


def main() -> None:
    rows = []
    with _country_converter_table().open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            # Greece and the UK carry a regex of their two codes ("^GB$|^UK$"): the first is ISO's.
            code = re.sub(r"[^A-Z]", "", row["ISO2"])[:2]
            finest = row["UNregion"]
            if len(code) != 2 or not finest or row["obsolete"]:
                continue
            sub = INTERMEDIATE_TO_SUB_REGION.get(finest, finest)
            rows.append([
                code, row["name_short"], SUB_REGION_TO_REGION[sub], sub,
                finest if finest in INTERMEDIATE_TO_SUB_REGION else "",
                "1" if row["EU"] == "EU" else "", "1" if row["EEA"] == "EEA" else "",
            ])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["alpha2", "name", "region", "sub_region", "intermediate_region", "eu",
                         "eea"])
        writer.writerows(sorted(rows))
    print(f"{len(rows)} countries -> {OUT}")


if __name__ == "__main__":
    main()
