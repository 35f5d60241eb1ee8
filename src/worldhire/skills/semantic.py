"""Dense representations of every concept, computed once per model and taxonomy.

Each concept has two vectors: its preferred label, and the centroid of its label with its
synonyms and generated description. Embedding the ~125k names takes minutes on a laptop CPU, so
the index for the shipped model travels with the package (int8, a few MB) and any other
model or taxonomy builds its own into the cache directory once.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from worldhire.config import Settings
from worldhire.embed.protocol import Embedder
from worldhire.skills.taxonomy import Concept, Taxonomy

CACHE_ENV = "WORLDHIRE_SKILLS_CACHE"
SHIPPED_INDEX = "index-{model}.npz"
MAX_SYNONYMS = 1  # per concept: the first synonym widens the label; more cost minutes to embed
Matrix = npt.NDArray[np.float32]
Progress = Callable[[int, int], None]


class SkillIndexError(RuntimeError):
    """The concept index cannot be loaded or built."""


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


def representations(taxonomy: Taxonomy) -> tuple[list[str], list[list[str]]]:
    """Per concept (in taxonomy order): its label, and the extra texts that widen it."""
    labels, extras = [], []
    for concept in taxonomy.concepts.values():
        labels.append(concept.label.strip())
        synonyms = [a for a in concept.aliases if len(a) > 2][:MAX_SYNONYMS]
        extra = [*synonyms]
        description = describe(concept, taxonomy)
        if description != concept.label:
            extra.append(description)
        extras.append(extra)
    return labels, extras


def fingerprint(model: str, labels: Sequence[str], extras: Sequence[Sequence[str]]) -> str:
    digest = hashlib.sha256(model.encode())
    for label, extra in zip(labels, extras, strict=True):
        digest.update(label.encode())
        for text in extra:
            digest.update(b"\x1f" + text.encode())
        digest.update(b"\x1e")
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class ConceptIndex:
    ids: list[str]
    label_vectors: Matrix  # one L2-normalised row per concept
    centroid_vectors: Matrix
    fingerprint: str

    def rows(self, concept_ids: Sequence[str]) -> list[int]:
        position = {cid: i for i, cid in enumerate(self.ids)}
        return [position[c] for c in concept_ids]

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            ids=np.array(self.ids),
            labels=_to_int8(self.label_vectors),
            centroids=_to_int8(self.centroid_vectors),
            fingerprint=np.array(self.fingerprint),
        )
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(buffer.getvalue())
        tmp.replace(path)  # never leave a half-written index behind

    @classmethod
    def from_bytes(cls, blob: bytes) -> ConceptIndex:
        with np.load(io.BytesIO(blob)) as data:
            return cls(
                ids=[str(i) for i in data["ids"]],
                label_vectors=_from_int8(data["labels"]),
                centroid_vectors=_from_int8(data["centroids"]),
                fingerprint=str(data["fingerprint"]),
            )


def _to_int8(vectors: Matrix) -> npt.NDArray[np.int8]:
    """Per-row scaling to the int8 range: only directions matter, and they survive well."""
    peak = np.abs(vectors).max(axis=1, keepdims=True)
    scaled = vectors * (127.0 / np.where(peak == 0, 1.0, peak))
    return np.clip(np.round(scaled), -127, 127).astype(np.int8)


def _from_int8(vectors: npt.NDArray[np.int8]) -> Matrix:
    return _normalise(vectors.astype(np.float32))


def _normalise(vectors: Matrix) -> Matrix:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1.0, norms)).astype(np.float32)


def build_index(
    taxonomy: Taxonomy, embedder: Embedder, progress: Progress | None = None,
    batch: int = 2048,
) -> ConceptIndex:
    labels, extras = representations(taxonomy)
    flat = [*labels, *(t for extra in extras for t in extra)]
    chunks = []
    for start in range(0, len(flat), batch):
        chunks.append(embedder.embed(flat[start : start + batch]))
        if progress:
            progress(min(start + batch, len(flat)), len(flat))
    vectors = np.concatenate(chunks) if chunks else np.zeros((0, embedder.dim), np.float32)
    label_vectors = vectors[: len(labels)]
    centroids = label_vectors.copy()
    offset = len(labels)
    for row, extra in enumerate(extras):
        if extra:
            # The label counts as much as all its synonyms together: it is the canonical name.
            block = vectors[offset : offset + len(extra)]
            centroids[row] = label_vectors[row] + block.mean(axis=0)
            offset += len(extra)
    return ConceptIndex(
        ids=list(taxonomy.concepts),
        label_vectors=_normalise(label_vectors),
        centroid_vectors=_normalise(centroids),
        fingerprint=fingerprint(embedder.name, labels, extras),
    )


def cache_dir() -> Path:
    env = os.environ.get(CACHE_ENV)
    return Path(env).expanduser() if env else Settings.load().home / "cache" / "skills"


def load_index(
    taxonomy: Taxonomy, embedder: Embedder, progress: Progress | None = None
) -> ConceptIndex:
    """The index for this taxonomy and model: shipped, cached, or built now (and cached)."""
    labels, extras = representations(taxonomy)
    wanted = fingerprint(embedder.name, labels, extras)
    shipped = resources.files("worldhire").joinpath(
        "skills", "data", SHIPPED_INDEX.format(model=_safe(embedder.name))
    )
    cached = cache_dir() / f"index-{_safe(embedder.name)}-{wanted}.npz"
    for source in (shipped, cached):
        if source.is_file():
            index = ConceptIndex.from_bytes(source.read_bytes())
            if index.fingerprint == wanted:
                return index
    index = build_index(taxonomy, embedder, progress)
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
