"""Trains the skill ranker's learned parts and reports their cross-validated quality on dev.

    .venv/bin/python tools/train_skill_ranker.py            # CV figures only
    .venv/bin/python tools/train_skill_ranker.py --write    # also writes both files

1. The query adapter (src/worldhire/skills/data/query_adapter.npy): a 384x384 residual linear map
   on MiniLM text vectors, trained on synthetic sentences (about 2,000, see
   `synthetic_sentences`) and the training split (bench/data/skills_train.jsonl, counted
   TRAIN_REPEAT times) with a softmax over every ESCO concept centroid, so a job-ad sentence
   lands nearer the names of the skills it calls for. Dev is never used for it, so the figures
   below measure the adapter on sentences it has not seen.
2. The reranker (src/worldhire/skills/data/rank_model.json), on features of adapted vectors.

Reranker data: the development split (bench/data/skills_dev.jsonl), the training split, and
synthetic job-ad sentences made from the taxonomy itself (ESCO alternative labels and extension
aliases in templates, see `synthetic_sentences`); the test split is never read. The training
split was written apart from dev and test, and its near-copies of them were removed
(tools/filter_skill_train.py). The model is pairwise: a logistic
regression on feature differences between a gold candidate and each other candidate of the same
sentence, so it learns what puts the right skill above the wrong ones of that very sentence; a
one-feature logistic fit afterwards turns its scores into probabilities. Figures are from k-fold
cross-validation over dev sentences: the sentences scored are never in the fold trained on, and
every fold also trains on the training split and the synthetic sentences.
Seeded, so the same data give the same file.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from worldhire.embed import minilm
from worldhire.skills.evaluate import GoldSentence, r_precision_at, read_gold
from worldhire.skills.ranker import (
    ADAPTER_FILE,
    FEATURES,
    MODEL_FILE,
    Features,
    RankModel,
    SkillRanker,
)
from worldhire.skills.semantic import load_index
from worldhire.skills.service import default_matcher
from worldhire.skills.taxonomy import Taxonomy, load_taxonomy

DEV = Path(__file__).resolve().parents[1] / "bench" / "data" / "skills_dev.jsonl"
TRAIN = DEV.with_name("skills_train.jsonl")
TRAIN_REPEAT = 3  # the adapter sees each written training sentence this often per epoch
SEED = 7
FOLDS = 5
CANDIDATES = 100
REGULARISATION = 0.1  # inverse L2 strength of the pairwise fit (flat from 0.01 to 1 on dev)
SYNTHETIC_ESCO = 600  # ESCO concepts drawn for the reranker's synthetic sentences
ADAPTER_ESCO = 4000  # ESCO concepts drawn for the adapter's synthetic sentences
ADAPTER_TOOL_ROUNDS = 3  # passes over the extension tools for the adapter's sentences
ADAPTER_EPOCHS = 10
ADAPTER_TEMPERATURE = 0.05
ADAPTER_L2 = 1e-2
ESCO_TEMPLATES = (
    "You will {0}.",
    "Experience in {0} is a plus.",
    "Responsibilities include {0} and {1}.",
    "We are looking for someone able to {0}.",
    "Day to day you {0}, and you also {1}.",
)
TOOL_TEMPLATES = (
    "Hands-on experience with {0}.",
    "Our stack: {0} and {1}.",
    "You have shipped production work using {0}.",
)


@dataclass(frozen=True)
class Example:
    text: str
    gold: frozenset[str]  # concept ids
    domain: str


def gold_examples(taxonomy: Taxonomy, sentences: Sequence[GoldSentence]) -> list[Example]:
    out = []
    for s in sentences:
        ids = set()
        for label in s.labels:
            concept = taxonomy.by_esco_label(label)
            if concept is None:
                raise SystemExit(f"{s.id}: gold label {label!r} is not an ESCO label")
            ids.add(concept.id)
        out.append(Example(s.text, frozenset(ids), s.domain))
    return out


def synthetic_sentences(
    taxonomy: Taxonomy, rng: random.Random, concepts: int = SYNTHETIC_ESCO, tool_rounds: int = 1
) -> list[Example]:
    """Job-ad sentences built from the taxonomy: an ESCO synonym stands in for its concept, and
    a named extension tool stands for the ESCO concepts it maps to."""
    esco = [c for c in taxonomy.esco() if any(len(a.split()) >= 2 for a in c.aliases)]
    drawn = rng.sample(esco, min(concepts, len(esco)))
    out = []
    for first, second in zip(drawn[::2], drawn[1::2], strict=False):
        template = rng.choice(ESCO_TEMPLATES)
        picks = (first, second) if "{1}" in template else (first,)
        names = [rng.choice([a for a in c.aliases if len(a.split()) >= 2]) for c in picks]
        gold = frozenset(c.id for c in picks)
        out.append(Example(template.format(*names, ""), gold, "synthetic"))
    tools = [c for c in taxonomy.extension() if c.esco_ids]
    for _ in range(tool_rounds):
        rng.shuffle(tools)
        for first, second in zip(tools[::2], tools[1::2], strict=False):
            template = rng.choice(TOOL_TEMPLATES)
            picks = (first, second) if "{1}" in template else (first,)
            names = [rng.choice([c.label, *c.aliases]) for c in picks]
            gold = frozenset(target for c in picks for target in c.esco_ids)
            out.append(Example(template.format(*names, ""), gold, "synthetic"))
    return out


def train_adapter(
    vectors: npt.NDArray[np.float32], gold: Sequence[Sequence[int]],
    centroids: npt.NDArray[np.float32],
) -> npt.NDArray[np.float32]:
    """The residual map A minimising the cross-entropy of each sentence's gold concepts under a
    softmax over all concept centroids of normalise(v + vA), with an L2 pull toward A = 0."""
    import torch

    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    dim = vectors.shape[1]
    weights = torch.zeros(dim, dim, requires_grad=True)
    optimiser = torch.optim.Adam([weights], lr=1e-3)
    texts, concepts = torch.tensor(vectors), torch.tensor(centroids)
    order = np.random.default_rng(SEED)
    for _ in range(ADAPTER_EPOCHS):
        shuffled = order.permutation(len(vectors))
        for start in range(0, len(vectors), 128):
            batch = shuffled[start : start + 128]
            moved = texts[batch] + texts[batch] @ weights
            moved = moved / moved.norm(dim=1, keepdim=True)
            log_p = torch.log_softmax(moved @ concepts.T / ADAPTER_TEMPERATURE, dim=1)
            loss = -torch.stack([log_p[i, list(gold[j])].mean() for i, j in enumerate(batch)])
            loss = loss.mean() + ADAPTER_L2 * (weights * weights).sum()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    return np.asarray(weights.detach().numpy(), dtype=np.float32)


def targets(feats: Features, example: Example) -> npt.NDArray[np.bool_]:
    return np.array([c in example.gold for c in feats.concept_ids])


def pairwise(
    feats: Sequence[Features], labels: Sequence[npt.NDArray[np.bool_]],
    mean: npt.NDArray[np.float64], scale: npt.NDArray[np.float64],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    """Every (gold, other) pair of each sentence, both ways round."""
    diffs, wins = [], []
    for f, y in zip(feats, labels, strict=True):
        standard = (f.matrix - mean) / scale
        pos, neg = standard[y], standard[~y]
        if not len(pos) or not len(neg):
            continue
        d = (pos[:, None, :] - neg[None, :, :]).reshape(-1, len(FEATURES))
        diffs += [d, -d]
        wins += [np.ones(len(d), np.int64), np.zeros(len(d), np.int64)]
    return np.vstack(diffs), np.concatenate(wins)


def fit(
    feats: Sequence[Features], labels: Sequence[npt.NDArray[np.bool_]], note: str
) -> RankModel:
    matrix = np.vstack([f.matrix for f in feats])
    mean = matrix.mean(axis=0)
    scale = np.maximum(matrix.std(axis=0), 1e-6)
    diffs, wins = pairwise(feats, labels, mean, scale)
    ranker = LogisticRegression(C=REGULARISATION, fit_intercept=False, max_iter=5000)
    weights = ranker.fit(diffs, wins).coef_[0]
    # Platt scaling: the pairwise scores only order candidates; this makes them probabilities.
    scores = ((matrix - mean) / scale) @ weights
    platt = LogisticRegression(max_iter=1000).fit(scores[:, None], np.concatenate(labels))
    slope, intercept = float(platt.coef_[0][0]), float(platt.intercept_[0])
    return RankModel(
        candidates=CANDIDATES, mean=tuple(mean.tolist()), scale=tuple(scale.tolist()),
        coef=tuple((weights * slope).tolist()), intercept=intercept, trained=note,
    )


def rp_at_5(model: RankModel, feats: Features, example: Example) -> float:
    order = np.argsort(-model.logits(feats.matrix), kind="stable")
    return r_precision_at([feats.concept_ids[i] for i in order], set(example.gold))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--write", action="store_true", help=f"write data/{MODEL_FILE}")
    parser.add_argument("--no-synthetic", action="store_true",
                        help="train the reranker on dev sentences only")
    parser.add_argument("--no-adapter", action="store_true", help="no query adapter")
    parser.add_argument("--no-train-split", action="store_true",
                        help="leave the written training split out of both parts")
    args = parser.parse_args(argv)
    rng = random.Random(SEED)
    taxonomy, embedder = load_taxonomy(), minilm()
    index = load_index(taxonomy, embedder)
    written = [] if args.no_train_split else gold_examples(taxonomy, read_gold(TRAIN))
    adapter = None
    if not args.no_adapter:
        esco = {cid: i for i, cid in enumerate(index.ids) if cid.startswith("esco:")}
        pairs = synthetic_sentences(taxonomy, rng, ADAPTER_ESCO, ADAPTER_TOOL_ROUNDS)
        print(f"query adapter: {len(pairs)} synthetic and {len(written)} written sentences")
        pairs += written * TRAIN_REPEAT
        adapter = train_adapter(
            embedder.embed([p.text for p in pairs]),
            [[esco[c] for c in sorted(p.gold)] for p in pairs],
            index.centroid_vectors()[: len(esco)],
        )
    ranker = SkillRanker(taxonomy, embedder, index, literal=default_matcher(),
                         model=RankModel(candidates=CANDIDATES), adapter=adapter)
    dev = gold_examples(taxonomy, read_gold(DEV))
    extra = [*written, *([] if args.no_synthetic else synthetic_sentences(taxonomy, rng))]
    print(f"{len(dev)} dev sentences, {len(written)} written for training, "
          f"{len(extra) - len(written)} synthetic")
    dev_feats = ranker.features([e.text for e in dev], "esco")
    extra_feats = ranker.features([e.text for e in extra], "esco")
    dev_y = [targets(f, e) for f, e in zip(dev_feats, dev, strict=True)]
    extra_y = [targets(f, e) for f, e in zip(extra_feats, extra, strict=True)]

    scores: dict[str, list[float]] = {}
    for train, held in KFold(FOLDS, shuffle=True, random_state=SEED).split(np.arange(len(dev))):
        model = fit([*(dev_feats[i] for i in train), *extra_feats],
                    [*(dev_y[i] for i in train), *extra_y], "cv fold")
        for i in held:
            scores.setdefault(dev[i].domain, []).append(rp_at_5(model, dev_feats[i], dev[i]))
    for domain, values in sorted(scores.items()):
        print(f"{FOLDS}-fold CV on dev, {domain}: RP@5 {np.mean(values):.3f} (n={len(values)})")

    flags = (" --no-synthetic" * args.no_synthetic + " --no-adapter" * args.no_adapter
             + " --no-train-split" * args.no_train_split)
    note = (f"tools/train_skill_ranker.py{flags}: pairwise logistic on {len(dev)} dev + "
            f"{len(written)} training-split + {len(extra) - len(written)} synthetic sentences, "
            f"seed {SEED}")
    final = fit([*dev_feats, *extra_feats], [*dev_y, *extra_y], note)
    for name, weight in zip(FEATURES, final.coef, strict=True):
        print(f"  {name:14s} {weight:+.3f}")
    if args.write:
        target = Path(str(resources.files("worldhire").joinpath("skills", "data", MODEL_FILE)))
        target.write_text(final.model_dump_json(indent=2) + "\n")
        print(f"wrote {target}")
        adapter_path = target.with_name(ADAPTER_FILE)
        if adapter is None:
            adapter_path.unlink(missing_ok=True)
        else:
            np.save(adapter_path, adapter)
            print(f"wrote {adapter_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
