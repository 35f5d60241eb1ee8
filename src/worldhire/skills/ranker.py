"""Hybrid skill ranking: dense retrieval proposes, a learned linear model reranks.

Text vectors first go through a small learned query adapter (data/query_adapter.npy, see
`adapt`). Stage 1 scores every concept of the space at once, per batch of texts: one matrix product
against all name vectors, max-pooled per concept, and one against the concept centroids; the
best candidates of each text go on. Stage 2 adds every literal hit and the skills a named tool
implies, describes each candidate by a row of features (dense similarities and their rank within
the text, soft word overlap, literal hit strength, taxonomy implication, how technical the concept
and the text are, how central the candidate is among the others, priors on the kind of concept),
and scores it with a logistic model (data/rank_model.json). Both files are made by
tools/train_skill_ranker.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Literal

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from worldhire.core.errors import WorldhireError
from worldhire.embed.protocol import Embedder, Vectors
from worldhire.skills.literal import LiteralMatcher, best_per_concept
from worldhire.skills.overlap import OverlapScorer, stems
from worldhire.skills.precision import fast_inference
from worldhire.skills.semantic import ConceptIndex
from worldhire.skills.taxonomy import Taxonomy
from worldhire.skills.text import readable, tokenize, words

Space = Literal["esco", "worldhire"]
FEATURES = (
    "label",  # cosine to the preferred label
    "best",  # best cosine over all names (label and synonyms)
    "centroid",  # cosine to the centroid of the names
    "label_gap",  # each of the three minus its best value over the whole space for this text
    "best_gap",
    "centroid_gap",
    "proposal_rank",  # log2(1 + rank) of the stage-1 score among the text's candidates
    "overlap",  # rarity-weighted share of a name's words present in the text
    "literal",  # strength of an exact label/alias hit (0 when none)
    "literal_wh",  # the hit is an extension (curated tool) name mapped onto this concept
    "implied",  # a named tool's direct taxonomy neighbours (related, mapped)
    "ancestry",  # a named tool's broader concepts, two or three levels up
    "tech_concept",  # how technical the concept is (projection on the extension direction)
    "tech_match",  # that times how technical the text is
    "density",  # cosine to the consensus of the text's best stage-1 candidates
    "hub",  # cosine to the mean concept: generic concepts sit near the middle
    "knowledge",  # 1 for ESCO "knowledge" concepts, 0 for skills and competences
    "brevity",  # 1 / words in the label: one-word labels are often too generic
)
MODEL_FILE = "rank_model.json"
ADAPTER_FILE = "query_adapter.npy"
EMBED_BATCH = 256  # texts per matrix product: big enough for BLAS, small enough for memory
CONSENSUS_CANDIDATES = 10
ANCESTRY_HOPS = 3
ANCESTRY_DECAY = 0.7


class RankModelError(WorldhireError, ValueError):
    """The reranking model file is missing, malformed, or made for other features."""

    status = 503
    code = "rank-model"


class RankModel(BaseModel):
    """Stage-1 proposal weights and the stage-2 logistic model over standardised features."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    proposal_label: float = 1.0
    proposal_best: float = 0.7
    proposal_centroid: float = 0.3
    candidates: int = Field(default=100, ge=0)
    features: tuple[str, ...] = FEATURES
    mean: tuple[float, ...] = (0.0,) * len(FEATURES)
    scale: tuple[float, ...] = (1.0,) * len(FEATURES)
    coef: tuple[float, ...] = (1.0, 0.7, 0.3) + (0.0,) * 4 + (0.2, 0.3) + (0.0, 0.3) + (0.0,) * 7
    intercept: float = -2.0
    trained: str = ""  # how this model was made, for people reading the file

    @model_validator(mode="after")
    def _shapes_agree(self) -> RankModel:
        if self.features != FEATURES:
            raise ValueError(f"made for features {list(self.features)}, not {list(FEATURES)}")
        if not len(self.mean) == len(self.scale) == len(self.coef) == len(FEATURES):
            raise ValueError("mean, scale and coef need one value per feature")
        if any(s <= 0 for s in self.scale):
            raise ValueError("every scale must be positive")
        return self

    @classmethod
    def shipped(cls) -> RankModel:
        path = resources.files("worldhire").joinpath("skills", "data", MODEL_FILE)
        if not path.is_file():
            raise RankModelError(f"no reranking model at {path}: run tools/train_skill_ranker.py")
        try:
            return cls.model_validate(json.loads(path.read_text()))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise RankModelError(f"{path} is not a usable reranking model: {exc}") from exc

    def logits(self, matrix: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        standard = (matrix - np.array(self.mean)) / np.array(self.scale)
        return np.asarray(standard @ np.array(self.coef) + self.intercept, dtype=np.float64)


@dataclass(frozen=True)
class RankedSkill:
    concept_id: str
    score: float  # the model's probability that the text calls for this skill
    span: tuple[int, int] | None  # the literal hit that supports it, if any


@dataclass(frozen=True)
class Features:
    """Per text: candidate concepts and their feature columns, before weighting."""

    concept_ids: list[str]
    matrix: npt.NDArray[np.float64]  # (candidates, len(FEATURES))
    spans: list[tuple[int, int] | None]


@dataclass(frozen=True)
class _Dense:
    """Per batch of texts, dense similarities to every concept of the space (texts x concepts)."""

    label: npt.NDArray[np.float32]
    best: npt.NDArray[np.float32]
    centroid: npt.NDArray[np.float32]


@dataclass(frozen=True)
class _Literal:
    score: float
    span: tuple[int, int]
    via_extension: bool


class SkillRanker:
    def __init__(
        self,
        taxonomy: Taxonomy,
        embedder: Embedder,
        index: ConceptIndex,
        literal: LiteralMatcher | None = None,
        model: RankModel | None = None,
        adapter: npt.NDArray[np.float32] | None = None,
    ) -> None:
        self.taxonomy = taxonomy
        self.embedder = embedder
        if adapter is not None and adapter.shape != (embedder.dim, embedder.dim):
            raise ValueError(f"a {adapter.shape} query adapter for {embedder.dim}-d vectors")
        self.adapter = adapter
        self.literal = literal or LiteralMatcher(taxonomy)
        self.model = model or RankModel.shipped()
        self.overlap = OverlapScorer(taxonomy.concepts.values())
        self._names = index.name_vectors
        self._starts = index.starts
        self._labels = np.ascontiguousarray(index.label_vectors)
        self._centroids = index.centroid_vectors()
        # The extension is all technical, so the direction from the average ESCO concept to the
        # average extension concept measures how technical a concept or a text is.
        is_wh = np.array([cid.startswith("wh:") for cid in index.ids])
        direction = (
            self._centroids[is_wh].mean(axis=0) - self._centroids[~is_wh].mean(axis=0)
            if is_wh.any() and (~is_wh).any() else np.zeros(self._centroids.shape[1])
        )
        self._tech_direction = (direction / max(float(np.linalg.norm(direction)), 1e-9)).astype(
            np.float32
        )
        middle = self._centroids.mean(axis=0)
        middle /= max(float(np.linalg.norm(middle)), 1e-9)
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
            self._priors[space] = np.column_stack([
                self._centroids[:size] @ self._tech_direction,
                self._centroids[:size] @ middle,
                [float(c.kind == "knowledge") for c in concepts],
                [1.0 / max(1, len(words(c.label))) for c in concepts],
            ])

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
            return self.embedder.embed([readable(t) for t in texts])

    def _batch_features(
        self, texts: Sequence[str], space: Space, vectors: Vectors
    ) -> list[Features]:
        m = self.model
        ids, position, priors = self._ids[space], self._position[space], self._priors[space]
        vectors = adapt(vectors, self.adapter)
        dense = self._dense(vectors, space)
        proposal = (
            m.proposal_label * dense.label + m.proposal_best * dense.best
            + m.proposal_centroid * dense.centroid
        )
        k = min(m.candidates, len(ids))
        top = (
            np.argpartition(-proposal, k - 1, axis=1)[:, :k] if k
            else np.zeros((len(texts), 0), np.int64)
        )
        peaks = np.column_stack([dense.label.max(axis=1), dense.best.max(axis=1),
                                 dense.centroid.max(axis=1)])
        text_tech = vectors @ self._tech_direction
        consensus = self._consensus(proposal, top)
        out = []
        for t, text in enumerate(texts):
            literal, tools = self._literal(text, space)
            implied = self._implied(tools, space)
            ancestry = self._ancestry(tools, space)
            chosen = list(dict.fromkeys([
                *(ids[i] for i in top[t]), *literal, *implied, *ancestry
            ]))
            if not chosen:
                out.append(Features([], np.zeros((0, len(FEATURES))), []))
                continue
            cols = np.array([position[c] for c in chosen])
            stage1 = proposal[t, cols]
            rank = np.empty(len(cols))
            rank[np.argsort(-stage1, kind="stable")] = np.arange(len(cols))
            density = (self._centroids[cols] * consensus[t]).sum(axis=1)
            text_stems = stems(text)
            label, best, centroid = dense.label[t, cols], dense.best[t, cols], \
                dense.centroid[t, cols]
            matrix = np.column_stack(
                [
                    label, best, centroid,
                    label - peaks[t, 0], best - peaks[t, 1], centroid - peaks[t, 2],
                    np.log2(1.0 + rank),
                    [self.overlap.score(text_stems, c) for c in chosen],
                    [literal[c].score if c in literal else 0.0 for c in chosen],
                    [float(c in literal and literal[c].via_extension) for c in chosen],
                    [implied.get(c, 0.0) for c in chosen],
                    [ancestry.get(c, 0.0) for c in chosen],
                    priors[cols, 0],
                    priors[cols, 0] * text_tech[t],
                    density,
                    priors[cols, 1:],
                ]
            )
            spans = [literal[c].span if c in literal else None for c in chosen]
            out.append(Features(chosen, matrix, spans))
        return out

    def _consensus(
        self, proposal: npt.NDArray[np.float32], top: npt.NDArray[np.int64]
    ) -> npt.NDArray[np.float32]:
        """Per text, the normalised mean centroid of its best few stage-1 candidates: what the
        dense scores agree the text is about, as one vector."""
        if top.shape[1] == 0:
            return np.zeros((len(top), self._centroids.shape[1]), np.float32)
        few = min(CONSENSUS_CANDIDATES, top.shape[1])
        order = np.argsort(-np.take_along_axis(proposal, top, axis=1), axis=1)[:, :few]
        mean = self._centroids[np.take_along_axis(top, order, axis=1)].mean(axis=1)
        norms = np.linalg.norm(mean, axis=1, keepdims=True)
        unit: npt.NDArray[np.float32] = (mean / np.maximum(norms, 1e-9)).astype(np.float32)
        return unit

    def _implied(self, tools: dict[str, float], space: Space) -> dict[str, float]:
        """Skills a named tool implies through the taxonomy's edges ("PyTorch" implies deep
        learning), weighted by edge strength and the hit's own score."""
        implied: dict[str, float] = {}
        for source, hit in tools.items():
            for neighbour, weight in self.taxonomy.related(source):
                for target in self._targets(neighbour.id, space):
                    implied[target] = max(implied.get(target, 0.0), weight * hit)
        return implied

    def _ancestry(self, tools: dict[str, float], space: Space) -> dict[str, float]:
        """A named tool's broader concepts beyond the first level ("BERT" is a transformer,
        which is deep learning), each level up weaker."""
        found: dict[str, float] = {}
        for source, hit in tools.items():
            level = [source]
            strength = hit
            for _ in range(ANCESTRY_HOPS):
                level = [p.id for c in level for p in self.taxonomy.broader(c)]
                strength *= ANCESTRY_DECAY
                for parent in level:
                    for target in self._targets(parent, space):
                        found[target] = max(found.get(target, 0.0), strength)
        return found

    def _targets(self, concept_id: str, space: Space) -> tuple[str, ...]:
        return self.taxonomy.esco_targets(concept_id) if space == "esco" else (concept_id,)

    def _literal(
        self, text: str, space: Space
    ) -> tuple[dict[str, _Literal], dict[str, float]]:
        """Literal hits in this space (extension hits count for the ESCO concepts they map to),
        and the extension concepts named, whatever the space, with their hit scores."""
        found: dict[str, _Literal] = {}
        tools: dict[str, float] = {}
        for hit in best_per_concept(self.literal.hits(text, tokenize(text))):
            via = hit.concept_id.startswith("wh:")
            if via:
                tools[hit.concept_id] = hit.score
            for target in self._targets(hit.concept_id, space):
                if target not in found or found[target].score < hit.score:
                    found[target] = _Literal(hit.score, (hit.start, hit.end), via)
        return found, tools

    def score(self, features: Features) -> npt.NDArray[np.float64]:
        return self.model.logits(features.matrix)

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
                logits = self.score(feats)
                best = np.argsort(-logits, kind="stable")[:top_k]
                results[row] = [
                    RankedSkill(feats.concept_ids[i], _probability(float(logits[i])),
                                feats.spans[i])
                    for i in best
                ]
            if progress:
                progress(len(rows))
        return results


def adapt(vectors: Vectors, adapter: npt.NDArray[np.float32] | None) -> Vectors:
    """Moves text vectors toward the names of the skills they call for: v + vA, renormalised.
    The residual form keeps the model's own geometry where the adapter has learned nothing."""
    if adapter is None:
        return vectors
    moved = vectors + vectors @ adapter
    norms = np.linalg.norm(moved, axis=1, keepdims=True)
    unit: Vectors = (moved / np.maximum(norms, 1e-9)).astype(np.float32)
    return unit


def shipped_adapter() -> npt.NDArray[np.float32] | None:
    """The query adapter trained by tools/train_skill_ranker.py for the shipped model, if any."""
    path = resources.files("worldhire").joinpath("skills", "data", ADAPTER_FILE)
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        return np.asarray(np.load(handle), dtype=np.float32)


def _probability(logit: float) -> float:
    return float(1.0 / (1.0 + np.exp(-logit)))
