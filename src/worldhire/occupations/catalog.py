"""The ESCO 1.1.1 occupations and the ISCO-08 groups they hang under, read from package data.

Both files are unmodified ESCO copies (CC BY 4.0, see worldhire/data/esco/SOURCE.md).
"""

from __future__ import annotations

import csv
import gzip
import io
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

OCCUPATIONS_FILE = "esco_1.1.1_occupations.csv.gz"
ISCO_GROUPS_FILE = "esco_1.1.1_isco_groups.csv.gz"
ESCO_VERSION = "1.1.1"


@dataclass(frozen=True)
class Occupation:
    uri: str
    label: str  # the ESCO preferred label
    alt_labels: tuple[str, ...]
    description: str
    isco_code: str  # the four-digit ISCO-08 unit group, leading zeros kept ("0110")


@dataclass(frozen=True)
class IscoGroup:
    code: str  # 1 to 4 digits: major, sub-major, minor or unit group
    label: str


@dataclass(frozen=True)
class Catalog:
    occupations: tuple[Occupation, ...]
    isco_groups: dict[str, IscoGroup]

    @cached_property
    def by_uri(self) -> dict[str, Occupation]:
        return {o.uri: o for o in self.occupations}

    @cached_property
    def position(self) -> dict[str, int]:
        return {o.uri: i for i, o in enumerate(self.occupations)}

    def isco_path(self, code: str) -> list[IscoGroup]:
        """The groups from the major group down to `code` (those the data has)."""
        return [self.isco_groups[code[:n]] for n in range(1, len(code) + 1)
                if code[:n] in self.isco_groups]

    def isco_label(self, code: str) -> str:
        group = self.isco_groups.get(code)
        return group.label if group else ""


def _data_text(name: str) -> str:
    blob = resources.files("worldhire").joinpath("data/esco", name).read_bytes()
    return gzip.decompress(blob).decode("utf-8")


def _names(cell: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(n.split()) for n in cell.splitlines() if n.strip()))


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    """Every ESCO occupation, in a fixed order (sorted by URI) that the shipped index follows."""
    groups = {}
    for row in csv.DictReader(io.StringIO(_data_text(ISCO_GROUPS_FILE))):
        code = row["CODE"].strip()
        groups[code] = IscoGroup(code=code, label=row["PREFERREDLABEL"].strip())
    occupations = []
    for row in csv.DictReader(io.StringIO(_data_text(OCCUPATIONS_FILE))):
        label = " ".join(row["PREFERREDLABEL"].split())
        alts = tuple(a for a in _names(row["ALTLABELS"]) if a != label)
        occupations.append(Occupation(
            uri=row["ORIGINURI"].strip(),
            label=label,
            alt_labels=alts,
            description=" ".join(row["DESCRIPTION"].split()),
            isco_code=row["ISCOGROUPCODE"].strip().zfill(4),
        ))
    occupations.sort(key=lambda o: o.uri)
    return Catalog(occupations=tuple(occupations), isco_groups=groups)
