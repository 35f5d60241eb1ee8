"""Ranking quality on annotated sentences: R-Precision@K and MRR.

File format (one JSON object a line): {"id", "text", "labels": [ESCO preferred labels], ...};
extra keys such as "domain" are kept for per-domain figures.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, ValidationError

from worldhire.core.errors import WorldhireError
from worldhire.skills.ranker import Features, SkillRanker


class GoldFileError(WorldhireError, ValueError):
    """An annotated file cannot be read."""

    status = 422
    code = "gold-file"


class GoldSentence(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    text: str
    labels: list[str]
    domain: str = "all"


def read_gold(path: Path) -> list[GoldSentence]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows.append(GoldSentence.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise GoldFileError(f"{path}:{number}: not a gold sentence: {exc}") from exc
    return rows


def r_precision_at(ranked: Sequence[str], gold: set[str], k: int = 5) -> float:
    """Hits in the top k over min(k, |gold|): 1.0 when every gold label that fits is found."""
    if not gold:
        return 0.0
    hits = sum(1 for label in ranked[:k] if label in gold)
    return hits / min(k, len(gold))


def reciprocal_rank(ranked: Sequence[str], gold: set[str]) -> float:
    for position, label in enumerate(ranked, 1):
        if label in gold:
            return 1.0 / position
    return 0.0


@dataclass(frozen=True)
class Report:
    n: int
    rp_at_5: float
    mrr: float

    def __str__(self) -> str:
        return f"n={self.n} RP@5={self.rp_at_5:.3f} MRR={self.mrr:.3f}"


def report(rankings: Sequence[Sequence[str]], gold: Sequence[set[str]]) -> Report:
    if not gold:
        return Report(0, 0.0, 0.0)
    rp = [r_precision_at(r, g) for r, g in zip(rankings, gold, strict=True)]
    rr = [reciprocal_rank(r, g) for r, g in zip(rankings, gold, strict=True)]
    return Report(len(gold), float(np.mean(rp)), float(np.mean(rr)))


def _labels_of(ranker: SkillRanker, feats: Features, scores: np.ndarray) -> list[str]:
    order = np.argsort(-scores, kind="stable")
    return [ranker.taxonomy.get(feats.concept_ids[i]).label for i in order[:50]]


def evaluate(ranker: SkillRanker, sentences: Sequence[GoldSentence]) -> dict[str, Report]:
    """Figures per domain and over all for the ranker's model."""
    feats = ranker.features([s.text for s in sentences], "esco")
    rankings = [_labels_of(ranker, f, ranker.score(f)) for f in feats]
    out: dict[str, Report] = {}
    domains = sorted({s.domain for s in sentences})
    for domain in [*domains, "all"]:
        picked = [i for i, s in enumerate(sentences) if domain in ("all", s.domain)]
        out[domain] = report([rankings[i] for i in picked],
                             [set(sentences[i].labels) for i in picked])
    return out
