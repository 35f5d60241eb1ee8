"""Hybrid skill ranking: dense retrieval proposes, lexical evidence and literal hits rerank.

Stage 1 takes the top candidates of each text by a dense score over two concept representations
(label vector and synonym centroid). Stage 2 adds every literal hit, then scores each candidate by
a weighted sum of features (dense similarities, soft word overlap, literal hit strength) whose
weights are tuned on the development split (see data/rank_weights.json).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, fields
from importlib import resources
from typing import Literal

import numpy as np

from worldhire.embed.protocol import Embedder, Vectors
from worldhire.skills.literal import LiteralMatcher, best_per_concept
from worldhire.skills.overlap import OverlapScorer, stems
from worldhire.skills.semantic import ConceptIndex
from worldhire.skills.taxonomy import Taxonomy
from worldhire.skills.text import tokenize

Space = Literal["esco", "worldhire"]
FEATURES = ("label", "centroid", "part", "overlap", "literal", "implied")
# Clauses: split on punctuation and on coordinating words that join separate duties.
_CLAUSE = re.compile(r"[,;:()]|\s(?:and|or|with|while|as well as|including)\s", re.IGNORECASE)
MIN_CLAUSE_WORDS = 2
WEIGHTS_FILE = "rank_weights.json"


@dataclass(frozen=True)
class RankWeights:
    label: float = 0.5  # cosine to the preferred label
    centroid: float = 0.5  # cosine to the label-and-synonyms centroid
    overlap: float = 0.3  # rarity-weighted share of a name's words present in the text
    literal: float = 0.6  # strength of an exact label/alias hit (0 when none)
    part: float = 0.0  # best dense score of one clause (0: clauses are not embedded)
    implied: float = 0.3  # a named tool's taxonomy neighbours (broader, related, mapped)
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
        self._ids: dict[Space, list[str]] = {}
        self._position: dict[Space, dict[str, int]] = {}
        self._label: dict[Space, np.ndarray] = {}
        self._centroid: dict[Space, np.ndarray] = {}
        for space in ("esco", "worldhire"):
            keep = [
                i for i, cid in enumerate(index.ids)
                if space == "worldhire" or cid.startswith("esco:")
            ]
            self._ids[space] = [index.ids[i] for i in keep]
            self._position[space] = {cid: i for i, cid in enumerate(self._ids[space])}
            # Transposed once here so that scoring a batch is two plain matrix products.
            self._label[space] = np.ascontiguousarray(index.label_vectors[keep].T)
            self._centroid[space] = np.ascontiguousarray(index.centroid_vectors[keep].T)

    def features(
        self, texts: Sequence[str], space: Space, vectors: Vectors | None = None
    ) -> list[Features]:
        w = self.weights
        # Clauses cost extra embeddings, so they are only cut when their feature counts.
        parts = [_parts(text) if w.part > 0 else [] for text in texts]
        flat_parts = [p for group in parts for p in group]
        if vectors is None:
            vectors = self.embedder.embed([*texts, *flat_parts])
        text_vectors, part_vectors = vectors[: len(texts)], vectors[len(texts) :]
        ids, position = self._ids[space], self._position[space]
        label_sim = text_vectors @ self._label[space]
        centroid_sim = text_vectors @ self._centroid[space]
        dense = w.label * label_sim + w.centroid * centroid_sim
        part_dense = dense.copy()
        if len(flat_parts):
            part_scores = w.label * (part_vectors @ self._label[space]) + w.centroid * (
                part_vectors @ self._centroid[space]
            )
            offset = 0
            for t, group in enumerate(parts):
                if group:
                    block = part_scores[offset : offset + len(group)]
                    part_dense[t] = np.maximum(dense[t], block.max(axis=0))
                    offset += len(group)
        # A clause can name a skill the whole sentence dilutes: propose from both.
        proposal = np.maximum(dense, part_dense)
        k = min(w.candidates, len(ids))
        out = []
        for t, text in enumerate(texts):
            top = np.argpartition(-proposal[t], k - 1)[:k] if k else np.array([], np.int64)
            literal = self._literal(text, space)
            implied = self._implied(literal, space)
            chosen = list(dict.fromkeys([*(ids[i] for i in top), *literal, *implied]))
            cols = [position[c] for c in chosen]
            text_stems = stems(text)
            matrix = np.stack(
                [
                    label_sim[t, cols],
                    centroid_sim[t, cols],
                    part_dense[t, cols],
                    np.array([self.overlap.score(text_stems, c) for c in chosen]),
                    np.array([literal[c][0] if c in literal else 0.0 for c in chosen]),
                    np.array([implied.get(c, 0.0) for c in chosen]),
                ],
                axis=1,
            ) if chosen else np.zeros((0, len(FEATURES)))
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
        batch: int = 256, progress: Callable[[int], None] | None = None,
    ) -> list[list[RankedSkill]]:
        results: list[list[RankedSkill]] = []
        for start in range(0, len(texts), batch):
            chunk = texts[start : start + batch]
            for feats in self.features(chunk, space):
                scores = self.score(feats)
                order = np.argsort(-scores, kind="stable")[:top_k]
                results.append(
                    [
                        RankedSkill(feats.concept_ids[i], _squash(float(scores[i])), feats.spans[i])
                        for i in order
                    ]
                )
            if progress:
                progress(len(chunk))
        return results


def _parts(text: str) -> list[str]:
    """The clauses of a sentence worth embedding alone (none when it has only one)."""
    pieces = [p.strip() for p in _CLAUSE.split(text)]
    pieces = [p for p in pieces if len(p.split()) >= MIN_CLAUSE_WORDS]
    return pieces if len(pieces) > 1 else []


def _squash(raw: float) -> float:
    """Maps the weighted sum into [0, 1] monotonically, for a score people can read."""
    return float(1.0 / (1.0 + np.exp(-6.0 * (raw - 0.6))))
