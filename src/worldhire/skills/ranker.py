"""Hybrid skill ranking: dense retrieval proposes, lexical evidence and literal hits rerank.

Stage 1 scores every concept of the space at once, per batch of texts: one matrix product
against all name vectors, max-pooled per concept, and one against the concept centroids; the
best candidates of each text go on. Stage 2 adds every literal hit, then scores each candidate by
a weighted sum of features (dense similarities, soft word overlap, literal hit strength, priors
on the kind of concept) whose weights are tuned on the development split (data/rank_weights.json).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, fields
from importlib import resources
from typing import Literal

import numpy as np
import numpy.typing as npt

from worldhire.embed.protocol import Embedder, Vectors
from worldhire.skills.literal import LiteralMatcher, best_per_concept
from worldhire.skills.overlap import OverlapScorer, stems
from worldhire.skills.precision import fast_inference
from worldhire.skills.semantic import ConceptIndex
from worldhire.skills.taxonomy import Taxonomy
from worldhire.skills.text import tokenize, words

Space = Literal["esco", "worldhire"]
FEATURES = ("label", "best", "centroid", "overlap", "literal", "implied", "knowledge", "brevity")
WEIGHTS_FILE = "rank_weights.json"
EMBED_BATCH = 256  # texts per matrix product: big enough for BLAS, small enough for memory


@dataclass(frozen=True)
class RankWeights:
    label: float = 0.4  # cosine to the preferred label
    best: float = 0.3  # best cosine over all names (label and synonyms)
    centroid: float = 0.3  # cosine to the centroid of the names
    overlap: float = 0.3  # rarity-weighted share of a name's words present in the text
    literal: float = 0.6  # strength of an exact label/alias hit (0 when none)
    implied: float = 0.3  # a named tool's taxonomy neighbours (broader, related, mapped)
    knowledge: float = 0.0  # 1 for ESCO "knowledge" concepts, 0 for skills and competences
    brevity: float = 0.0  # 1 / words in the label: one-word labels are often too generic
    candidates: int = 60  # dense candidates per text before reranking

    @classmethod
    def shipped(cls) -> RankWeights:
        path = resources.files("worldhire").joinpath("skills", "data", WEIGHTS_FILE)
        if not path.is_file():
            return cls()
        raw = json.loads(path.read_text())
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2) + "\n"


@dataclass(frozen=True)
class RankedSkill:
    concept_id: str
    score: float
    span: tuple[int, int] | None  # the literal hit that supports it, if any


@dataclass(frozen=True)
class Features:
    """Per text: candidate concepts and their feature columns, before weighting."""

    concept_ids: list[str]
    matrix: np.ndarray  # (candidates, len(FEATURES))
    spans: list[tuple[int, int] | None]


@dataclass(frozen=True)
class _Dense:
    """Per batch of texts, dense similarities to every concept of the space (texts x concepts)."""

    label: npt.NDArray[np.float32]
    best: npt.NDArray[np.float32]
    centroid: npt.NDArray[np.float32]


class SkillRanker:
    def __init__(
        self,
        taxonomy: Taxonomy,
        embedder: Embedder,
        index: ConceptIndex,
        literal: LiteralMatcher | None = None,
        weights: RankWeights | None = None,
    ) -> None:
        self.taxonomy = taxonomy
        self.embedder = embedder
        self.literal = literal or LiteralMatcher(taxonomy)
        self.weights = weights or RankWeights.shipped()
        self.overlap = OverlapScorer(taxonomy.concepts.values())
        self._names = index.name_vectors
        self._starts = index.starts
        self._labels = np.ascontiguousarray(index.label_vectors)
        self._centroids = index.centroid_vectors()
        self._ids: dict[Space, list[str]] = {}
        self._position: dict[Space, dict[str, int]] = {}
        self._priors: dict[Space, npt.NDArray[np.float64]] = {}
        # A space is a leading run of the index's concepts (ESCO first, then the extension),
        # so its vectors are row slices: views that BLAS reads in place, never copies.
        self._size: dict[Space, int] = {}
        for space in ("esco", "worldhire"):
            inside = [space == "worldhire" or cid.startswith("esco:") for cid in index.ids]
            size = sum(inside)
            if not all(inside[:size]):
                raise ValueError(f"the index does not list the {space} concepts first")
            ids = index.ids[:size]
            self._size[space] = size
            self._ids[space] = ids
            self._position[space] = {cid: i for i, cid in enumerate(ids)}
            concepts = [taxonomy.concept(cid) for cid in ids]
            self._priors[space] = np.array(
                [
                    [float(c.kind == "knowledge") for c in concepts],
                    [1.0 / max(1, len(words(c.label))) for c in concepts],
                ]
            ).T

    def _dense(self, vectors: Vectors, space: Space) -> _Dense:
        size = self._size[space]
        starts = self._starts[:size]
        rows = int(self._starts[size]) if size < len(self._starts) else len(self._names)
        names = vectors @ self._names[:rows].T
        return _Dense(
            label=vectors @ self._labels[:size].T,
            best=np.maximum.reduceat(names, starts, axis=1),
            centroid=vectors @ self._centroids[:size].T,
        )

    def features(
        self, texts: Sequence[str], space: Space, vectors: Vectors | None = None
    ) -> list[Features]:
        out: list[Features] = []
        for start in range(0, len(texts), EMBED_BATCH):
            chunk = texts[start : start + EMBED_BATCH]
            chunk_vectors = (
                vectors[start : start + EMBED_BATCH] if vectors is not None
                else self._embed(chunk)
            )
            out += self._batch_features(chunk, space, chunk_vectors)
        return out

    def _embed(self, texts: Sequence[str]) -> Vectors:
        with fast_inference():
            return self.embedder.embed(texts)

    def _batch_features(
        self, texts: Sequence[str], space: Space, vectors: Vectors
    ) -> list[Features]:
        w = self.weights
        ids, position, priors = self._ids[space], self._position[space], self._priors[space]
        dense = self._dense(vectors, space)
        proposal = w.label * dense.label + w.best * dense.best + w.centroid * dense.centroid
        k = min(w.candidates, len(ids))
        top = (
            np.argpartition(-proposal, k - 1, axis=1)[:, :k] if k
            else np.zeros((len(texts), 0), np.int64)
        )
        out = []
        for t, text in enumerate(texts):
            literal = self._literal(text, space)
            implied = self._implied(literal, space)
            chosen = list(dict.fromkeys([*(ids[i] for i in top[t]), *literal, *implied]))
            if not chosen:
                out.append(Features([], np.zeros((0, len(FEATURES))), []))
                continue
            cols = np.array([position[c] for c in chosen])
            text_stems = stems(text)
            matrix = np.column_stack(
                [
                    dense.label[t, cols],
                    dense.best[t, cols],
                    dense.centroid[t, cols],
                    [self.overlap.score(text_stems, c) for c in chosen],
                    [literal[c][0] if c in literal else 0.0 for c in chosen],
                    [implied.get(c, 0.0) for c in chosen],
                    priors[cols],
                ]
            )
            spans = [literal[c][1] if c in literal else None for c in chosen]
            out.append(Features(chosen, matrix, spans))
        return out

    def _implied(
        self, literal: dict[str, tuple[float, tuple[int, int]]], space: Space
    ) -> dict[str, float]:
        """Skills a named tool implies through the taxonomy's edges ("PyTorch" implies deep
        learning), weighted by edge strength and the hit's own score."""
        implied: dict[str, float] = {}
        for source, (score, _) in literal.items():
            if not source.startswith("wh:"):
                continue
            for neighbour, weight in self.taxonomy.related(source):
                targets = (
                    self.taxonomy.esco_targets(neighbour.id) if space == "esco"
                    else (neighbour.id,)
                )
                for target in targets:
                    implied[target] = max(implied.get(target, 0.0), weight * score)
        return implied

    def _literal(self, text: str, space: Space) -> dict[str, tuple[float, tuple[int, int]]]:
        """Literal hits in this space: extension hits count for the ESCO concepts they map to."""
        found: dict[str, tuple[float, tuple[int, int]]] = {}
        for hit in best_per_concept(self.literal.hits(text, tokenize(text))):
            targets = (
                self.taxonomy.esco_targets(hit.concept_id) if space == "esco"
                else (hit.concept_id,)
            )
            for target in targets:
                if target not in found or found[target][0] < hit.score:
                    found[target] = (hit.score, (hit.start, hit.end))
        return found

    def score(self, features: Features) -> np.ndarray:
        w = self.weights
        weights = np.array([getattr(w, name) for name in FEATURES], dtype=np.float64)
        return np.asarray(features.matrix @ weights, dtype=np.float64)

    def rank(
        self, texts: Sequence[str], top_k: int, space: Space = "esco",
        batch: int = EMBED_BATCH, progress: Callable[[int], None] | None = None,
    ) -> list[list[RankedSkill]]:
        """Per text (in input order), its top_k skills best first. Texts are embedded in order
        of length, so a batch pads little."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        results: list[list[RankedSkill]] = [[] for _ in texts]
        for start in range(0, len(order), batch):
            rows = order[start : start + batch]
            for row, feats in zip(rows, self.features([texts[i] for i in rows], space),
                                  strict=True):
                scores = self.score(feats)
                best = np.argsort(-scores, kind="stable")[:top_k]
                results[row] = [
                    RankedSkill(feats.concept_ids[i], _squash(float(scores[i])), feats.spans[i])
                    for i in best
                ]
            if progress:
                progress(len(rows))
        return results


def _squash(raw: float) -> float:
    """Maps the weighted sum into [0, 1] monotonically, for a score people can read."""
    return float(1.0 / (1.0 + np.exp(-6.0 * (raw - 0.6))))
