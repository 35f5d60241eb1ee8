"""The towns of GeoNames (15,000 people or more) that a location may name, from the table shipped
in worldhire/data/geo/towns.tsv.gz (see its SOURCE.md; rebuilt by tools/build_towns.py).

Loaded on first use, once per process. A name may belong to many towns ("Santiago", "London",
"Córdoba"): `dominant` says which one a reader would take, or None where a careful reader would
ask which.
"""

from __future__ import annotations

import gzip
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

# "Much larger": a town is the one meant when it has ten times the people of the next town of
# that name (London, England over London, Ontario; Santiago de Chile over every other Santiago),
# and no town is meant when two are closer (Halifax, Córdoba, Valencia, Cambridge, Tripoli).
DOMINANCE = 10.0


@dataclass(frozen=True, slots=True)
class Town:
    country: str  # ISO 3166-1 alpha-2
    admin1: str  # GeoNames first-level division code: the US state's postal code, "08" Ontario
    population: int
    timezone: str  # IANA
    primary: bool  # the name asked for is the town's own or a spelling of it, not another name


class Gazetteer:
    """Folded name -> the towns of that name."""

    def __init__(self, lines: Iterable[str]) -> None:
        # Rows as two flat columns: "country\tadmin1\tzone" (a few thousand distinct strings,
        # shared) and the population; an object per town would triple the table's memory.
        self._places: list[str] = []
        self._populations = array("L")
        # An int per name where one town has it (most names): the row index, or ~index for an
        # alternate name; a tuple of them where several do.
        self._names: dict[str, int | tuple[int, ...]] = {}
        interned: dict[str, str] = {}
        for line in lines:
            _name, country, admin1, population, zone, names, alternates = (
                line.rstrip("\n").split("\t"))
            index = len(self._places)
            place = f"{country}\t{admin1}\t{zone}"
            self._places.append(interned.setdefault(place, place))
            self._populations.append(int(population))
            own = names.split("|")
            for key in own + (alternates.split("|") if alternates else []):
                code = index if key in own else ~index
                held = self._names.get(key)
                if held is None:
                    self._names[key] = code
                elif isinstance(held, int):
                    self._names[key] = (held, code)
                else:
                    self._names[key] = (*held, code)

    def __len__(self) -> int:
        return len(self._places)

    def towns(self, folded: str) -> list[Town]:
        """Every town a folded name ("cluj-napoca", "thu duc") is the name of, largest first."""
        held = self._names.get(folded)
        if held is None:
            return []
        codes = (held,) if isinstance(held, int) else held
        found = [self._town(code) for code in codes]
        return sorted(found, key=lambda t: -t.population)

    def _town(self, code: int) -> Town:
        index = code if code >= 0 else ~code
        country, admin1, zone = self._places[index].split("\t")
        return Town(country, admin1, self._populations[index], zone, primary=code >= 0)


def dominant(towns: list[Town]) -> Town | None:
    """The town meant by a name the given towns share: the only one, or the one with DOMINANCE
    times the people of any other. An alternate name ("Canton" for Guangzhou) weighs as a town
    DOMINANCE times smaller, so a town's own name wins over another's old or foreign name."""
    if not towns:
        return None
    weighed = sorted(towns, key=_weight, reverse=True)
    if len(weighed) > 1 and _weight(weighed[0]) < DOMINANCE * _weight(weighed[1]):
        return None
    return weighed[0]


def _weight(town: Town) -> float:
    return town.population if town.primary else town.population / DOMINANCE


@cache
def gazetteer() -> Gazetteer:
    blob = resources.files("worldhire").joinpath("data", "geo", "towns.tsv.gz").read_bytes()
    lines = gzip.decompress(blob).decode("utf-8").splitlines()
    return Gazetteer(lines[1:])  # the first line names the columns
