"""Job titles to ESCO occupations: clean, embed, adapt, score every occupation, rank.

A batch of titles is cleaned (cleaning.py), embedded with MiniLM once per distinct cleaned
title, moved by a learned residual adapter (a 384x384 map trained on ESCO alternative labels
held out one at a time, hard negatives from the same ISCO group), and scored against all 3,007
occupations at once by a linear model over the features of features.py. The score reported is
the softmax probability of the occupation among all of them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np
import numpy.typing as npt

from worldhire.core.memory import hand_back_freed_memory
from worldhire.embed.protocol import Embedder
from worldhire.occupations.catalog import Catalog, Occupation, load_catalog
from worldhire.occupations.cleaning import clean_title
from worldhire.occupations.features import FEATURES, FeatureSpace, Matrix
from worldhire.occupations.index import (
    OccupationIndex,
    OccupationIndexError,
    build_index,
    fingerprint,
    shipped_index,
)
from worldhire.skills.precision import fast_inference

MODEL_FILE = "title_model.json"
ADAPTER_FILE = "title_adapter.npy"
BATCH = 256


@dataclass(frozen=True)
class OccupationMatch:
    uri: str
    label: str
    isco_code: str
    isco_label: str
    score: float


@dataclass(frozen=True)
class TitleModel:
    """The learned parts: feature weights of the linear scorer and the query adapter."""

    weights: dict[str, float]
    adapter: npt.NDArray[np.float32] | None = None  # residual map, d x d
    # Added per unit of a name hit (features.NameHits) after the linear score: a title that
    # names an occupation in so many words should rank it first.
    name_hit_margin: float = 0.0

    def adapt(self, vectors: Matrix) -> Matrix:
        if self.adapter is None:
            return vectors
        moved = vectors + vectors @ self.adapter
        norms = np.linalg.norm(moved, axis=1, keepdims=True)
        return (moved / np.where(norms == 0, 1.0, norms)).astype(np.float32)

    def score(self, features: dict[str, Matrix]) -> Matrix:
        total = np.zeros_like(features["name_max"])
        for name, weight in self.weights.items():
            if weight:
                total += np.float32(weight) * features[name]
        return total


ZERO_SHOT = TitleModel(weights={"name_max": 1.0})


def shipped_model() -> TitleModel:
    folder = resources.files("worldhire").joinpath("occupations/data")
    model_file = folder.joinpath(MODEL_FILE)
    if not model_file.is_file():
        return TitleModel(weights={"name_max": 1.0})
    spec = json.loads(model_file.read_text(encoding="utf-8"))
    unknown = set(spec["weights"]) - set(FEATURES)
    if unknown:
        raise OccupationIndexError(f"{MODEL_FILE} names unknown features: {sorted(unknown)}")
    adapter = None
    adapter_file = folder.joinpath(ADAPTER_FILE)
    if spec.get("adapter") and adapter_file.is_file():
        import io

        adapter = np.load(io.BytesIO(adapter_file.read_bytes())).astype(np.float32)
    return TitleModel(weights={k: float(v) for k, v in spec["weights"].items()}, adapter=adapter,
                      name_hit_margin=float(spec.get("name_hit_margin", 0.0)))


@dataclass
class TitleMatcher:
    catalog: Catalog
    embedder: Embedder
    space: FeatureSpace
    model: TitleModel
    clean: bool = True
    _vector_cache: dict[str, Matrix] = field(default_factory=dict, repr=False)

    def embed(self, texts: Sequence[str]) -> Matrix:
        """Vectors for texts, each distinct text embedded once (titles repeat a lot)."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._vector_cache))
        if missing:
            with fast_inference():
                fresh = self.embedder.embed(missing)
            for text, vector in zip(missing, fresh, strict=True):
                self._vector_cache[text] = vector
            if len(self._vector_cache) > 200_000:
                self._vector_cache.clear()
                return self.embedder.embed(list(texts))
        return np.stack([self._vector_cache[t] for t in texts]) if texts else np.zeros(
            (0, self.embedder.dim), np.float32)

    def query_forms(self, titles: Sequence[str]) -> list[str]:
        return [clean_title(t) if self.clean else " ".join((t or "").split()) for t in titles]

    def scores(self, titles: Sequence[str]) -> Matrix:
        """Linear scores, titles x occupations (catalog order)."""
        forms = self.query_forms(titles)
        vectors = self.model.adapt(self.embed(forms))
        scores = self.model.score(self.space.compute(forms, vectors))
        if self.model.name_hit_margin:
            hits = self.space.name_hits.coverage(forms, scores.shape[1])
            # A hit lifts by the margin, or by as much as it takes to pass the row's best by
            # the margin when that is more: a whole title named in full ranks first however far
            # the dense features had put its occupation down ("LLM engineer" sat 6.3 below
            # "mechanical engineer"), a partial hit moves its share of that way.
            margin = np.float32(self.model.name_hit_margin)
            lift = np.maximum(margin, scores.max(axis=1, keepdims=True) - scores + margin)
            scores += hits * lift
        return scores

    def match(self, titles: Sequence[str], top: int = 10,
              progress: Callable[[int], None] | None = None) -> list[list[OccupationMatch]]:
        """The `top` occupations for each title, best first. An empty title gets none."""
        out: list[list[OccupationMatch]] = []
        for start in range(0, len(titles), BATCH):
            chunk = list(titles[start:start + BATCH])
            keep = [i for i, t in enumerate(chunk) if t and t.strip()]
            results: list[list[OccupationMatch]] = [[] for _ in chunk]
            if keep:
                scores = self.scores([chunk[i] for i in keep])
                for row, i in enumerate(keep):
                    results[i] = self._ranked(scores[row], top)
            out.extend(results)
            if progress:
                progress(len(chunk))
        return out

    def _ranked(self, row: Matrix, top: int) -> list[OccupationMatch]:
        k = min(top, len(row))
        best = np.argpartition(-row, k - 1)[:k]
        best = best[np.argsort(-row[best], kind="stable")]
        shifted = np.exp(row - row.max())
        probabilities = shifted / shifted.sum()
        return [self._match(self.catalog.occupations[i], float(probabilities[i])) for i in best]

    def _match(self, occupation: Occupation, score: float) -> OccupationMatch:
        return OccupationMatch(
            uri=occupation.uri, label=occupation.label, isco_code=occupation.isco_code,
            isco_label=self.catalog.isco_label(occupation.isco_code), score=round(score, 4),
        )


def load_index(catalog: Catalog, embedder: Embedder,
               progress: Callable[[int, int], None] | None = None) -> OccupationIndex:
    """The shipped index when it matches this catalog and model, else one built now."""
    index = shipped_index(embedder.name)
    if index is not None and index.fingerprint == fingerprint(embedder.name, catalog):
        return index
    return build_index(catalog, embedder, progress)


def make_matcher(embedder: Embedder, model: TitleModel | None = None, clean: bool = True,
                 progress: Callable[[int, int], None] | None = None) -> TitleMatcher:
    catalog = load_catalog()
    index = load_index(catalog, embedder, progress)
    return TitleMatcher(catalog=catalog, embedder=embedder,
                        space=FeatureSpace.build(catalog, index),
                        model=model if model is not None else shipped_model(), clean=clean)


@lru_cache(maxsize=1)
def default_matcher() -> TitleMatcher:
    """The product's matcher: the offline MiniLM, the shipped index and the shipped model."""
    from worldhire.embed.minilm import minilm

    matcher = make_matcher(minilm())
    # Reading the catalog and building the lexical index allocate and free tens of MB (names,
    # tokens) that the allocator would keep beside the model for as long as the process runs.
    hand_back_freed_memory()
    return matcher


def normalize_titles(titles: Sequence[str], top: int = 1) -> list[list[OccupationMatch]]:
    return default_matcher().match(titles, top)
