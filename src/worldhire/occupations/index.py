"""Dense vectors of every name of every ESCO occupation, computed once and shipped.

An occupation is represented by its preferred label, its alternative labels (gendered pairs
such as "waiter/waitress" also split into "waiter" and "waitress"), its description, and the
label of its ISCO-08 unit group. Embedding the ~37k texts takes minutes on two cores, so the
index for the shipped model travels with the package: preferred labels, descriptions and ISCO
labels as int8 rows, the alternative labels as 4-bit codes (about 8 MB in all), dequantized to
float32 once at load.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from worldhire.core.errors import WorldhireError
from worldhire.embed.batched import Progress, embed_shortest_first
from worldhire.embed.protocol import Embedder
from worldhire.embed.quantized import (
    Matrix,
    from_int8,
    pack_names,
    starts_of,
    to_int8,
    unit_rows,
    unpack_names,
    write_arrays,
)
from worldhire.occupations.catalog import Catalog

SHIPPED_INDEX = "occupations-{model}.npz"
FORMAT_VERSION = "occupations-v1"


class OccupationIndexError(WorldhireError, RuntimeError):
    """The occupation index cannot be loaded or built."""

    status = 503
    code = "occupation-index"


def gender_variants(name: str) -> list[str]:
    """ "waiter/waitress" -> ["waiter", "waitress"]; "head waiter/head waitress" likewise;
    "ground steward/ground stewardess" -> both. Names without one slash give nothing."""
    if name.count("/") != 1:
        return []
    left, right = (part.strip() for part in name.split("/"))
    if not left or not right:
        return []
    left_words, right_words = left.split(), right.split()
    if len(right_words) == 1 and len(left_words) > 1:
        right = " ".join([*left_words[:-1], right])
    return [left, right]


def name_key(text: str) -> str:
    """Case-, space- and punctuation-insensitive form used to compare names."""
    return " ".join(re.sub(r"[^\w+#]+", " ", text.lower()).split())


def occupation_names(catalog: Catalog) -> list[list[str]]:
    """Per occupation (catalog order): preferred label first, then distinct other names."""
    out = []
    for occupation in catalog.occupations:
        names = [occupation.label]
        seen = {name_key(occupation.label)}
        candidates = [*gender_variants(occupation.label)]
        for alt in occupation.alt_labels:
            candidates += [alt, *gender_variants(alt)]
        for name in candidates:
            key = name_key(name)
            if len(key) > 1 and key not in seen:
                seen.add(key)
                names.append(name)
        out.append(names)
    return out


def fingerprint(model: str, catalog: Catalog) -> str:
    digest = hashlib.sha256(f"{FORMAT_VERSION}\x1d{model}".encode())
    for names in occupation_names(catalog):
        digest.update("\x1f".join(names).encode() + b"\x1e")
    for occupation in catalog.occupations:
        digest.update(f"{occupation.description}\x1f{occupation.isco_code}".encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class OccupationIndex:
    """Occupation i owns name rows starts[i] to starts[i+1] (its preferred label first), so a
    per-occupation maximum is one `np.maximum.reduceat`."""

    uris: list[str]
    name_vectors: Matrix  # L2-normalised rows
    starts: npt.NDArray[np.int64]
    description_vectors: Matrix  # one per occupation
    isco_codes: list[str]  # the unit groups, in the order of isco_vectors
    isco_vectors: Matrix
    fingerprint: str

    @property
    def label_vectors(self) -> Matrix:
        return self.name_vectors[self.starts]

    @property
    def owner(self) -> npt.NDArray[np.int64]:
        """For each name row, the position of the occupation it belongs to."""
        counts = np.diff(np.append(self.starts, len(self.name_vectors)))
        return np.repeat(np.arange(len(self.starts)), counts)

    def save(self, path: Path) -> None:
        write_arrays(path, {
            "uris": np.array(self.uris),
            **pack_names(self.name_vectors, self.starts),
            "descriptions": to_int8(self.description_vectors),
            "isco_codes": np.array(self.isco_codes),
            "isco": to_int8(self.isco_vectors),
            "fingerprint": np.array(self.fingerprint),
        })

    @classmethod
    def from_bytes(cls, blob: bytes) -> OccupationIndex:
        try:
            with np.load(io.BytesIO(blob)) as data:
                vectors, starts = unpack_names(data["counts"], data["labels"],
                                               data["other_codes"])
                descriptions = from_int8(data["descriptions"])
                isco_codes = [str(c) for c in data["isco_codes"]]
                isco = from_int8(data["isco"])
                fp = str(data["fingerprint"])
                uris = [str(u) for u in data["uris"]]
        except (KeyError, ValueError, OSError) as exc:
            raise OccupationIndexError(f"unreadable occupation index: {exc}") from exc
        return cls(uris=uris, name_vectors=vectors, starts=starts,
                   description_vectors=descriptions, isco_codes=isco_codes, isco_vectors=isco,
                   fingerprint=fp)


def shipped_index(model: str) -> OccupationIndex | None:
    resource = resources.files("worldhire").joinpath(
        "occupations/data", SHIPPED_INDEX.format(model=model))
    if not resource.is_file():
        return None
    return OccupationIndex.from_bytes(resource.read_bytes())


def build_index(catalog: Catalog, embedder: Embedder, progress: Progress | None = None,
                batch: int = 2048) -> OccupationIndex:
    names = occupation_names(catalog)
    groups = sorted({o.isco_code for o in catalog.occupations})
    texts = [n for group in names for n in group]
    texts += [o.description or o.label for o in catalog.occupations]
    texts += [catalog.isco_label(code) or code for code in groups]
    vectors = unit_rows(embed_shortest_first(embedder, texts, batch, progress))
    n_names = sum(len(g) for g in names)
    n_occ = len(catalog.occupations)
    counts = np.array([len(g) for g in names], dtype=np.int64)
    return OccupationIndex(
        uris=[o.uri for o in catalog.occupations],
        name_vectors=vectors[:n_names],
        starts=starts_of(counts),
        description_vectors=vectors[n_names:n_names + n_occ],
        isco_codes=groups,
        isco_vectors=vectors[n_names + n_occ:],
        fingerprint=fingerprint(embedder.name, catalog),
    )
