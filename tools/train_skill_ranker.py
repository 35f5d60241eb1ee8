"""Trains the skill ranker's learned parts and reports their cross-validated quality.

    .venv/bin/python tools/train_skill_ranker.py            # CV figures only
    .venv/bin/python tools/train_skill_ranker.py --write    # also writes both files

1. The query adapter (src/worldhire/skills/data/query_adapter.npy): a 384x384 residual linear map
   on MiniLM text vectors, trained on synthetic sentences (about 2,000, see
   `synthetic_sentences`) and the training split (bench/data/skills_train.jsonl, counted
   TRAIN_REPEAT times) with a softmax over every ESCO concept centroid, so a job-ad sentence
   lands nearer the names of the skills it calls for. Neither dev nor the human-annotated splits
   are used for it, so the figures below measure the adapter on sentences it has not seen.
2. The reranker (src/worldhire/skills/data/rank_model.json), on features of adapted vectors.

Reranker data: the development split (bench/data/skills_dev.jsonl), the training split, the
human-annotated validation splits of the Decorte et al. benchmark (TECH and HOUSE, read from
--human; development data, never shipped), and synthetic job-ad sentences made from the taxonomy
itself (ESCO alternative labels and extension aliases in templates, see `synthetic_sentences`);
the test split is never read. The training split was written apart from dev and test, and its
near-copies of them were removed (tools/filter_skill_train.py). The model is pairwise: a logistic
regression on feature differences between a gold candidate and each other candidate of the same
sentence, so it learns what puts the right skill above the wrong ones of that very sentence; a
one-feature logistic fit afterwards turns its scores into probabilities.

Figures: 5-fold cross-validation over dev sentences, and 5-fold cross-validation over the human
splits (fold k of TECH and of HOUSE held out together, near-copies of a sentence kept in one
fold, the reranker trained on everything else); the sentences scored are never in what the fold
trained on. bench/skills_human.py prints the same human-split figures beside the zero-shot
baseline. Seeded, so the same data give the same files.
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
from sklearn.model_selection import GroupKFold, KFold

from worldhire.embed import minilm
from worldhire.skills.evaluate import (
    GoldSentence,
    near_copy_key,
    r_precision_at,
    read_gold,
    read_span_annotations,
)
from worldhire.skills.linker import SEMANTIC_MIN_SCORE, SEMANTIC_PER_SEGMENT, names_a_product
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
from worldhire.skills.taxonomy import Taxonomy
from worldhire.skills.taxonomy_cache import load_taxonomy
from worldhire.skills.text import readable

DEV = Path(__file__).resolve().parents[1] / "bench" / "data" / "skills_dev.jsonl"
TRAIN = DEV.with_name("skills_train.jsonl")
TRAIN_REPEAT = 3  # the adapter sees each written training sentence this often per epoch
# The human-annotated validation splits of the Decorte et al. benchmark (development data: used
# for training and cross-validated figures, never shipped in the package).
HUMAN_DEFAULT = next(
    (root / "data" / "skill_benchmark_validation" for root in (DEV.parents[3] / "shared",
                                                                Path("/work/shared"))
     if root.is_dir()),
    Path("../shared/data/skill_benchmark_validation"),
)
HUMAN_SPLITS = ("tech", "house")
SEED = 7
FOLDS = 5
CANDIDATES = 100
REGULARISATION = 0.1  # inverse L2 strength of the pairwise fit (flat from 0.01 to 1 on dev)
# Semantic-link thresholds tried by the abstention cross-validation, and its F-beta (beta < 1:
# precision counts more, since no link beats a wrong one).
ABSTENTION_GRID = tuple(round(0.3 + 0.05 * i, 2) for i in range(14))
ABSTENTION_BETA = 0.5
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


@dataclass(frozen=True)
class HumanSplit:
    """Human-annotated benchmark sentences (TECH or HOUSE validation) and their folds."""

    name: str
    examples: list[Example]
    folds: list[npt.NDArray[np.int64]]  # held-out positions per fold


def human_splits(taxonomy: Taxonomy, folder: Path) -> list[HumanSplit]:
    """The validation splits of the Decorte et al. benchmark, each cut into FOLDS folds; near
    copies of a sentence (one ad's lines repeated with small edits) share a fold."""
    out = []
    for name in HUMAN_SPLITS:
        read = read_span_annotations(folder / f"{name}_validation_annotations.csv", name)
        examples = gold_examples(taxonomy, read.sentences)
        groups = [near_copy_key(s.text) for s in read.sentences]
        cut = GroupKFold(FOLDS, shuffle=True, random_state=SEED)
        folds = [held for _, held in cut.split(np.arange(len(examples)), groups=groups)]
        out.append(HumanSplit(name, examples, folds))
    return out


class Trainer:
    """Features and fits for one configuration of training data."""

    def __init__(self, taxonomy: Taxonomy, args: argparse.Namespace) -> None:
        self.taxonomy, self.args = taxonomy, args
        self.embedder = minilm()
        self.index = load_index(taxonomy, self.embedder)
        self.matcher = default_matcher()
        self._vectors: dict[str, npt.NDArray[np.float32]] = {}

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """MiniLM vectors, each text embedded once however many folds reuse it."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if todo:
            cleaned = [readable(t) for t in todo]  # as the ranker embeds them
            for text, vector in zip(todo, self.embedder.embed(cleaned), strict=True):
                self._vectors[text] = vector
        return np.array([self._vectors[t] for t in texts], dtype=np.float32)

    def adapter(self, examples: Sequence[Example]) -> npt.NDArray[np.float32] | None:
        if self.args.no_adapter:
            return None
        esco = {cid: i for i, cid in enumerate(self.index.ids) if cid.startswith("esco:")}
        return train_adapter(
            self.embed([e.text for e in examples]),
            [[esco[c] for c in sorted(e.gold)] for e in examples],
            self.index.centroid_vectors()[: len(esco)],
        )

    def features(
        self, adapter: npt.NDArray[np.float32] | None, examples: Sequence[Example]
    ) -> tuple[list[Features], list[npt.NDArray[np.bool_]]]:
        ranker = SkillRanker(self.taxonomy, self.embedder, self.index, literal=self.matcher,
                             model=RankModel(candidates=CANDIDATES), adapter=adapter)
        feats = ranker.features([e.text for e in examples], "esco",
                                vectors=self.embed([e.text for e in examples]))
        return feats, [targets(f, e) for f, e in zip(feats, examples, strict=True)]


@dataclass
class Prepared:
    """Everything the fits need: candidate features of every training sentence, the adapter
    they were computed with, and where each kind of sentence sits in the lists."""

    adapter: npt.NDArray[np.float32] | None
    dev: list[Example]
    written: list[Example]
    synthetic: list[Example]
    humans: list[HumanSplit]
    feats: list[Features]  # dev, written, synthetic, then each human split in order
    ys: list[npt.NDArray[np.bool_]]

    @property
    def others(self) -> int:
        """How many sentences come before the human splits."""
        return len(self.dev) + len(self.written) + len(self.synthetic)


def parser() -> argparse.ArgumentParser:
    out = argparse.ArgumentParser(description=__doc__,
                                  formatter_class=argparse.RawTextHelpFormatter)
    out.add_argument("--write", action="store_true", help=f"write data/{MODEL_FILE}")
    out.add_argument("--no-synthetic", action="store_true",
                     help="train the reranker on dev sentences only")
    out.add_argument("--no-adapter", action="store_true", help="no query adapter")
    out.add_argument("--no-train-split", action="store_true",
                     help="leave the written training split out of both parts")
    out.add_argument("--human", type=Path, default=HUMAN_DEFAULT, metavar="DIR",
                     help="folder of the benchmark's validation CSVs (default: %(default)s)")
    out.add_argument("--no-human", action="store_true",
                     help="leave the human-annotated validation splits out of training")
    out.add_argument("--skip-dev-cv", action="store_true", help="no cross-validation on dev")
    out.add_argument("--skip-human-cv", action="store_true",
                     help="no cross-validation on the human splits")
    return out


def prepare(args: argparse.Namespace, humans_always: bool = False) -> Prepared:
    """Loads every split, trains the adapter (minutes) and computes candidate features.
    humans_always: read the human splits even with --no-human (to score on them)."""
    rng = random.Random(SEED)
    taxonomy = load_taxonomy()
    trainer = Trainer(taxonomy, args)
    written = [] if args.no_train_split else gold_examples(taxonomy, read_gold(TRAIN))
    read_humans = humans_always or not args.no_human
    humans = human_splits(taxonomy, args.human) if read_humans else []
    adapter_synthetic = synthetic_sentences(taxonomy, rng, ADAPTER_ESCO, ADAPTER_TOOL_ROUNDS)
    dev = gold_examples(taxonomy, read_gold(DEV))
    synthetic = [] if args.no_synthetic else synthetic_sentences(taxonomy, rng)
    print(f"{len(dev)} dev sentences, {len(written)} written for training, "
          f"{sum(len(h.examples) for h in humans)} human-annotated "
          f"({', '.join(h.name for h in humans) or 'none'}), {len(synthetic)} synthetic for the "
          f"reranker, {len(adapter_synthetic)} for the adapter", flush=True)
    # The adapter never sees dev or the human splits, so cross-validating the reranker over
    # either measures both learned parts on sentences they were not trained on.
    adapter = trainer.adapter([*adapter_synthetic, *written * TRAIN_REPEAT])
    feats, ys = trainer.features(
        adapter, [*dev, *written, *synthetic, *(e for h in humans for e in h.examples)])
    return Prepared(adapter, dev, written, synthetic, humans, feats, ys)


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    data = prepare(args)
    feats, ys, dev, n_dev = data.feats, data.ys, data.dev, len(data.dev)
    if not args.skip_dev_cv:
        scores: dict[str, list[float]] = {}
        for train, held in KFold(FOLDS, shuffle=True, random_state=SEED).split(np.arange(n_dev)):
            keep = [*train.tolist(), *range(n_dev, len(feats))]
            model = fit([feats[i] for i in keep], [ys[i] for i in keep], "cv fold")
            for i in held:
                scores.setdefault(dev[i].domain, []).append(rp_at_5(model, feats[i], dev[i]))
        for domain, values in sorted(scores.items()):
            print(f"{FOLDS}-fold CV on dev, {domain}: RP@5 {np.mean(values):.3f} "
                  f"(n={len(values)})")
    if data.humans and not args.skip_human_cv:
        for name, folds in cross_validate_human(data).items():
            print(f"{FOLDS}-fold CV on human {name}: RP@5 {np.mean(folds):.3f} "
                  f"(folds {' '.join(f'{f:.3f}' for f in folds)})")
        for name, counts in cross_validate_abstention(data, load_taxonomy()).items():
            print(f"semantic links on held-out human sentences, threshold {name}: "
                  f"P {counts.precision:.3f} R {counts.recall:.3f} "
                  f"F{ABSTENTION_BETA:g} {counts.f_beta():.3f} ({counts.links} links)")

    flags = (" --no-synthetic" * args.no_synthetic + " --no-adapter" * args.no_adapter
             + " --no-train-split" * args.no_train_split + " --no-human" * args.no_human)
    human = sum(len(h.examples) for h in data.humans)
    note = (f"tools/train_skill_ranker.py{flags}: pairwise logistic on {n_dev} dev + "
            f"{len(data.written)} training-split + {human} human-annotated (TECH and HOUSE "
            f"validation) + {len(data.synthetic)} synthetic sentences, seed {SEED}")
    final = fit(feats, ys, note)
    for name, weight in zip(FEATURES, final.coef, strict=True):
        print(f"  {name:14s} {weight:+.3f}")
    if args.write:
        target = Path(str(resources.files("worldhire").joinpath("skills", "data", MODEL_FILE)))
        target.write_text(final.model_dump_json(indent=2) + "\n")
        print(f"wrote {target}")
        adapter_path = target.with_name(ADAPTER_FILE)
        if data.adapter is None:
            adapter_path.unlink(missing_ok=True)
        else:
            np.save(adapter_path, data.adapter)
            print(f"wrote {adapter_path}")
    return 0


def cross_validate_human(data: Prepared, train_on_human: bool = True) -> dict[str, list[float]]:
    """Per human split, RP@5 of each held-out fold. Fold k of every split is held out together
    and the reranker is trained on everything else: the other data and (train_on_human) the
    other four folds of every split. Without train_on_human, one reranker trained on the other
    data alone scores every fold: the same figure before the human labels were used."""
    positions: list[list[int]] = []
    offset = data.others
    for h in data.humans:
        positions.append(list(range(offset, offset + len(h.examples))))
        offset += len(h.examples)
    base = fit(data.feats[: data.others], data.ys[: data.others], "without human labels")
    per_fold: dict[str, list[float]] = {h.name: [] for h in data.humans}
    for k in range(FOLDS):
        model = base
        if train_on_human:
            held = {rows[i] for h, rows in zip(data.humans, positions, strict=True)
                    for i in h.folds[k]}
            keep = [i for i in range(len(data.feats)) if i not in held]
            model = fit([data.feats[i] for i in keep], [data.ys[i] for i in keep], "cv fold")
        for h, rows in zip(data.humans, positions, strict=True):
            per_fold[h.name].append(float(np.mean(
                [rp_at_5(model, data.feats[rows[i]], h.examples[i]) for i in h.folds[k]])))
    return per_fold


@dataclass(frozen=True)
class LinkCounts:
    """Links made on held-out human sentences against their gold labels."""

    correct: int
    links: int
    gold: int

    @property
    def precision(self) -> float:
        return self.correct / self.links if self.links else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    def f_beta(self, beta: float = ABSTENTION_BETA) -> float:
        p, r = self.precision, self.recall
        return (1 + beta**2) * p * r / (beta**2 * p + r) if p + r else 0.0

    def __add__(self, other: LinkCounts) -> LinkCounts:
        return LinkCounts(self.correct + other.correct, self.links + other.links,
                          self.gold + other.gold)


def linked(model: RankModel, feats: Features, taxonomy: Taxonomy, threshold: float) -> set[str]:
    """What `skills extract` links in one sentence: every named skill (a literal hit), and up to
    SEMANTIC_PER_SEGMENT implied ones at or above the threshold that are not products."""
    probability = 1.0 / (1.0 + np.exp(-model.logits(feats.matrix)))
    order = np.argsort(-probability, kind="stable")
    named = {feats.concept_ids[i] for i in order if feats.spans[i] is not None}
    implied = [feats.concept_ids[i] for i in order
               if feats.spans[i] is None and probability[i] >= threshold
               and not names_a_product(taxonomy.concept(feats.concept_ids[i]))]
    return named | set(implied[:SEMANTIC_PER_SEGMENT])


def link_counts(model: RankModel, sentences: Sequence[tuple[Features, Example]],
                taxonomy: Taxonomy, threshold: float) -> LinkCounts:
    total = LinkCounts(0, 0, 0)
    for f, e in sentences:
        found = linked(model, f, taxonomy, threshold)
        total += LinkCounts(len(found & e.gold), len(found), len(e.gold))
    return total


def cross_validate_abstention(data: Prepared, taxonomy: Taxonomy) -> dict[str, LinkCounts]:
    """Links of the semantic linker on held-out human sentences (the folds of
    `cross_validate_human`), pooled over folds: at the shipped threshold, at each threshold of
    ABSTENTION_GRID, and at the threshold chosen on each fold's training sentences (the best
    F-beta there, beta ABSTENTION_BETA: a wrong link costs more than a missing one)."""
    positions: list[list[int]] = []
    offset = data.others
    for h in data.humans:
        positions.append(list(range(offset, offset + len(h.examples))))
        offset += len(h.examples)
    pooled: dict[str, LinkCounts] = {}
    chosen: list[float] = []
    for k in range(FOLDS):
        held_out = {rows[i] for h, rows in zip(data.humans, positions, strict=True)
                    for i in h.folds[k]}
        keep = [i for i in range(len(data.feats)) if i not in held_out]
        model = fit([data.feats[i] for i in keep], [data.ys[i] for i in keep], "cv fold")
        human = [(rows[i], e) for h, rows in zip(data.humans, positions, strict=True)
                 for i, e in enumerate(h.examples)]
        train = [(data.feats[r], e) for r, e in human if r not in held_out]
        held = [(data.feats[r], e) for r, e in human if r in held_out]
        tuned = {t: link_counts(model, train, taxonomy, t) for t in ABSTENTION_GRID}
        best = max(ABSTENTION_GRID, key=lambda t: tuned[t].f_beta())
        chosen.append(best)
        for name, threshold in [("shipped", SEMANTIC_MIN_SCORE), ("cv-chosen", best),
                                *((f"{t:.2f}", t) for t in ABSTENTION_GRID)]:
            pooled[name] = pooled.get(name, LinkCounts(0, 0, 0)) + link_counts(
                model, held, taxonomy, threshold)
    print(f"abstention thresholds chosen per fold: {' '.join(f'{t:.2f}' for t in chosen)}")
    return pooled


if __name__ == "__main__":
    raise SystemExit(main())
