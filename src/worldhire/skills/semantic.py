"""Dense representations of every concept, computed once per model and taxonomy.

A concept is represented by every name it has: its preferred label, all its ESCO alternative
labels (or extension aliases) and, for extension concepts, a generated description. A text is
scored against a concept by the best of those names (max-pooling) and by their centroid, so a
job ad that says "patch servers" meets "maintain ICT server" through one of its synonyms.

Embedding the ~117k names takes many minutes on a 2-core CPU, so the index for the shipped model
travels with the package: label rows as int8, the other names as 4-bit codes (about 24 MB in
all), dequantized to float32 once at load. Any other model or taxonomy builds its own index into
the cache directory once.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
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
    pack_names,
    starts_of,
    unit_rows,
    unpack_names,
    write_arrays,
)
from worldhire.skills.taxonomy import Concept, Taxonomy
from worldhire.skills.text import name_key

SHIPPED_INDEX = "index-{model}.npz"
FORMAT_VERSION = "names-v2"  # part of the fingerprint: an index in an older layout is rebuilt


class SkillIndexError(WorldhireError, RuntimeError):
    """The concept index cannot be loaded or built."""

    status = 503
    code = "skill-index"


def describe(concept: Concept, taxonomy: Taxonomy) -> str:
    """A generated one-line description: what kind of thing it is and what it sits under."""
    parents = [s.label for s in taxonomy.broader(concept.id)]
    mapped = [taxonomy.get(i).label for i in concept.esco_ids]
    parts = [concept.label]
    if concept.kind and concept.source == "wh":
        parts.append(f"({concept.kind})")
    if parents or mapped:
        parts.append("- " + ", ".join(dict.fromkeys([*parents, *mapped])))
    if concept.description:
        parts.append(concept.description)
    return " ".join(parts)


def representations(taxonomy: Taxonomy) -> list[list[str]]:
    """Per concept (in taxonomy order): its names to embed, the preferred label first."""
    out = []
    for concept in taxonomy.concepts.values():
        names = [concept.label.strip()]
        seen = {name_key(concept.label)}
        for alias in concept.aliases + concept.cased_aliases:
            key = name_key(alias)
            if len(alias.strip()) > 1 and key not in seen:
                seen.add(key)
                names.append(alias.strip())
        description = describe(concept, taxonomy)
        if description != concept.label:
            names.append(description)
        out.append(names)
    return out


def fingerprint(model: str, names: Sequence[Sequence[str]]) -> str:
    digest = hashlib.sha256(f"{FORMAT_VERSION}\x1d{model}".encode())
    for group in names:
        for text in group:
            digest.update(text.encode() + b"\x1f")
        digest.update(b"\x1e")
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class ConceptIndex:
    """Name vectors grouped by concept: concept i owns rows starts[i] to starts[i+1] (its
    label first), so per-concept max-pooling is one `np.maximum.reduceat`."""

    ids: list[str]
    name_vectors: Matrix  # L2-normalised rows
    starts: npt.NDArray[np.int64]
    fingerprint: str

    @property
    def label_vectors(self) -> Matrix:
        return self.name_vectors[self.starts]

    def centroid_vectors(self) -> Matrix:
        """Per concept, the normalised mean of its names, the label counted twice (it is the
        canonical name; the synonyms are looser)."""
        sums = np.add.reduceat(self.name_vectors, self.starts, axis=0) + self.label_vectors
        return unit_rows(sums)

    def save(self, path: Path) -> None:
        write_arrays(path, {
            "ids": np.array(self.ids),
            **pack_names(self.name_vectors, self.starts),
            "fingerprint": np.array(self.fingerprint),
        })

    @classmethod
    def from_bytes(cls, blob: bytes) -> ConceptIndex:
        with np.load(io.BytesIO(blob)) as data:
            if "counts" not in data:
                raise SkillIndexError("the index predates the per-name layout")
            vectors, starts = unpack_names(data["counts"], data["labels"], data["other_codes"])
            fp = str(data["fingerprint"])
            ids = [str(i) for i in data["ids"]]
        return cls(ids=ids, name_vectors=vectors, starts=starts, fingerprint=fp)


def build_index(
    taxonomy: Taxonomy, embedder: Embedder, progress: Progress | None = None,
    batch: int = 4096,
) -> ConceptIndex:
    names = representations(taxonomy)
    flat = [text for group in names for text in group]
    vectors = embed_shortest_first(embedder, flat, batch, progress)
    counts = np.array([len(group) for group in names], dtype=np.int64)
    return ConceptIndex(
        ids=list(taxonomy.concepts),
        name_vectors=unit_rows(vectors),
        starts=starts_of(counts),
        fingerprint=fingerprint(embedder.name, names),
    )


def load_index(
    taxonomy: Taxonomy, embedder: Embedder, progress: Progress | None = None,
    cache_dir: Path | None = None,
) -> ConceptIndex:
    """The index for this taxonomy and model: shipped, cached in `cache_dir`, or built now (and
    cached there; without a cache directory it lives in memory only)."""
    wanted = fingerprint(embedder.name, representations(taxonomy))
    shipped = resources.files("worldhire").joinpath(
        "skills", "data", SHIPPED_INDEX.format(model=_safe(embedder.name))
    )
    cached = (cache_dir / f"index-{_safe(embedder.name)}-{wanted}.npz"
              if cache_dir is not None else None)
    for source in (shipped, cached):
        if source is not None and source.is_file():
            try:
                index = ConceptIndex.from_bytes(source.read_bytes())
            except (SkillIndexError, KeyError, ValueError):
                continue  # an index in an older layout: rebuild
            if index.fingerprint == wanted:
                return index
    index = build_index(taxonomy, embedder, progress)
    if cached is None:
        return index
    try:
        index.save(cached)
    except OSError as exc:
        raise SkillIndexError(f"cannot write the skill index cache {cached}: {exc}") from exc
    return index


def shipped_index_path(model: str) -> Path:
    """Where `worldhire skills build-index --ship` writes the index that travels in the package."""
    root = Path(str(resources.files("worldhire").joinpath("skills", "data")))
    return root / SHIPPED_INDEX.format(model=_safe(model))


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in name)
