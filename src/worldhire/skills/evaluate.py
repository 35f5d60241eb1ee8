"""Ranking quality on annotated sentences: R-Precision@K and MRR.

File format (one JSON object a line): {"id", "text", "labels": [ESCO preferred labels], ...};
extra keys such as "domain" are kept for per-domain figures. `read_span_annotations` also reads
the span-level CSV of the Decorte et al. skill-extraction benchmark (columns sentence, span,
sub_span, label; arXiv 2209.05987, 2307.10778) into the same per-sentence form.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
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


# Span labels of the benchmark that name no ESCO skill: the papers leave them out of the gold set.
NO_ESCO_LABEL = frozenset({"LABEL NOT PRESENT", "UNDERSPECIFIED"})
_SPAN_COLUMNS = {"sentence", "span", "label"}
_ANONYMISED = re.compile(r"<[A-Z]+>")


@dataclass(frozen=True)
class SpanAnnotations:
    """A span-annotated file read per sentence, as the benchmark's papers score it."""

    sentences: list[GoldSentence]  # those with at least one ESCO label
    unlinked_sentences: int  # every span "LABEL NOT PRESENT" or "UNDERSPECIFIED": not scored
    spans: int
    unlinked_spans: int


def read_span_annotations(path: Path, domain: str) -> SpanAnnotations:
    """One gold sentence per distinct sentence text, its labels the set of its spans' ESCO
    labels. Spans marked LABEL NOT PRESENT or UNDERSPECIFIED add nothing, and a sentence left
    with no label is not scored (RP@K has no denominator there), as in the papers' evaluation.
    Repeated rows of one sentence (the files have some) count once."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = _SPAN_COLUMNS - set(reader.fieldnames or ())
            if missing:
                raise GoldFileError(f"{path}: no column {sorted(missing)} (expected sentence, "
                                    "span, sub_span, label)")
            rows = list(reader)
    except OSError as exc:
        raise GoldFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise GoldFileError(f"{path} is not a UTF-8 CSV file: {exc}") from exc
    by_text: dict[str, set[str]] = {}
    for number, row in enumerate(rows, 2):
        text, label = (row.get("sentence") or "").strip(), (row.get("label") or "").strip()
        if not text or not label:
            raise GoldFileError(f"{path}:{number}: a span row needs a sentence and a label")
        by_text.setdefault(text, set()).add(label)
    sentences = [
        GoldSentence(id=f"{domain}-{_text_id(text)}", text=text,
                     labels=sorted(labels - NO_ESCO_LABEL), domain=domain)
        for text, labels in by_text.items() if labels - NO_ESCO_LABEL
    ]
    return SpanAnnotations(
        sentences=sentences,
        unlinked_sentences=len(by_text) - len(sentences),
        spans=len(rows),
        unlinked_spans=sum(1 for r in rows if (r.get("label") or "").strip() in NO_ESCO_LABEL),
    )


def _text_id(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def near_copy_key(text: str) -> str:
    """Sentences of one ad repeated with small edits ("You'll" / "You will", more or fewer
    <ORGANIZATION> tags) share this key, so cross-validation keeps them in one fold."""
    plain = _ANONYMISED.sub(" ", text).lower().replace("you'll", "you will")
    return " ".join(re.findall(r"[a-z0-9]+", plain)[:8])


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
