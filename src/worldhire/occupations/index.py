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
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from worldhire.core.errors import WorldhireError
from worldhire.embed.protocol import Embedder
from worldhire.occupations.catalog import Catalog

SHIPPED_INDEX = "occupations-{model}.npz"
FORMAT_VERSION = "occupations-v1"
Matrix = npt.NDArray[np.float32]
Progress = Callable[[int, int], None]
_NIBBLE_QUANTILE = 0.99  # clip rare outlier coordinates: more resolution for the rest
_DECODE_ROWS = 2048  # name rows decoded at a time when the index is read


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
        path.parent.mkdir(parents=True, exist_ok=True)
        is_label = np.zeros(len(self.name_vectors), dtype=bool)
        is_label[self.starts] = True
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            uris=np.array(self.uris),
            counts=np.diff(np.append(self.starts, len(self.name_vectors))).astype(np.int32),
            labels=_to_int8(self.name_vectors[is_label]),
            other_codes=_to_nibbles(self.name_vectors[~is_label]),
            descriptions=_to_int8(self.description_vectors),
            isco_codes=np.array(self.isco_codes),
            isco=_to_int8(self.isco_vectors),
            fingerprint=np.array(self.fingerprint),
        )
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(buffer.getvalue())
        tmp.replace(path)  # never leave a half-written index behind

    @classmethod
    def from_bytes(cls, blob: bytes) -> OccupationIndex:
        try:
            with np.load(io.BytesIO(blob)) as data:
                counts = data["counts"].astype(np.int64)
                labels = _from_int8(data["labels"])
                others = data["other_codes"]
                descriptions = _from_int8(data["descriptions"])
                isco_codes = [str(c) for c in data["isco_codes"]]
                isco = _from_int8(data["isco"])
                fp = str(data["fingerprint"])
                uris = [str(u) for u in data["uris"]]
        except (KeyError, ValueError, OSError) as exc:
            raise OccupationIndexError(f"unreadable occupation index: {exc}") from exc
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        vectors = np.empty((int(counts.sum()), labels.shape[1]), dtype=np.float32)
        is_label = np.zeros(len(vectors), dtype=bool)
        is_label[starts] = True
        vectors[is_label] = labels
        # The alternative names (48 MB as float32) are decoded a block at a time into their
        # rows: decoded whole, their codes, norms and quotients were three more copies, and the
        # process that loads the index peaked about 100 MB above what it then holds.
        rows = np.flatnonzero(~is_label)
        for start in range(0, len(rows), _DECODE_ROWS):
            block = slice(start, start + _DECODE_ROWS)
            vectors[rows[block]] = _from_nibbles(others[block], labels.shape[1])
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
    # Similar lengths in one batch waste less padding; the order is undone below.
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for start in range(0, len(texts), batch):
        rows = order[start:start + batch]
        vectors[rows] = embedder.embed([texts[i] for i in rows])
        if progress:
            progress(min(start + batch, len(texts)), len(texts))
    vectors = _normalise(vectors)
    n_names = sum(len(g) for g in names)
    n_occ = len(catalog.occupations)
    counts = np.array([len(g) for g in names], dtype=np.int64)
    return OccupationIndex(
        uris=[o.uri for o in catalog.occupations],
        name_vectors=vectors[:n_names],
        starts=np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64),
        description_vectors=vectors[n_names:n_names + n_occ],
        isco_codes=groups,
        isco_vectors=vectors[n_names + n_occ:],
        fingerprint=fingerprint(embedder.name, catalog),
    )


def _to_int8(vectors: Matrix) -> npt.NDArray[np.int8]:
    """Per-row scaling to the int8 range: only directions matter, and they survive well."""
    peak = np.abs(vectors).max(axis=1, keepdims=True)
    scaled = vectors * (127.0 / np.where(peak == 0, 1.0, peak))
    return np.clip(np.round(scaled), -127, 127).astype(np.int8)


def _from_int8(vectors: npt.NDArray[np.int8]) -> Matrix:
    return _normalise(vectors.astype(np.float32))


def _to_nibbles(vectors: Matrix) -> npt.NDArray[np.uint8]:
    """Signed 4-bit codes in [-8, 7], two per byte; normalising the codes alone recovers the
    direction, so no scale is stored."""
    if len(vectors) == 0:
        return np.zeros((0, (vectors.shape[1] + 1) // 2), np.uint8)
    scale = np.quantile(np.abs(vectors), _NIBBLE_QUANTILE, axis=1, keepdims=True)
    scale = np.where(scale == 0, 1.0, scale)
    codes = np.clip(np.round(vectors * (7.0 / scale)), -8, 7).astype(np.int8)
    if codes.shape[1] % 2:
        codes = np.pad(codes, ((0, 0), (0, 1)))
    unsigned = (codes + 8).astype(np.uint8)
    return ((unsigned[:, 0::2] << 4) | unsigned[:, 1::2]).astype(np.uint8)


def _from_nibbles(packed: npt.NDArray[np.uint8], dim: int) -> Matrix:
    codes = np.empty((len(packed), packed.shape[1] * 2), dtype=np.float32)
    codes[:, 0::2] = (packed >> 4).astype(np.float32) - 8.0
    codes[:, 1::2] = (packed & 0x0F).astype(np.float32) - 8.0
    return _normalise(codes[:, :dim])


def _normalise(vectors: Matrix) -> Matrix:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1.0, norms)).astype(np.float32)

