"""Skill linking on human labels: RP@5 on the TECH and HOUSE validation splits of the
skill-extraction benchmark of Decorte et al. (arXiv 2209.05987, 2307.10778), scored as its papers
score it.

Data: ../shared/data/skill_benchmark_validation/{tech,house}_validation_annotations.csv (see the
SOURCE.md there). Development data: read by this bench and by tools/train_skill_ranker.py, never
shipped in the package.

Scoring, per sentence: gold = the ESCO labels of the sentence's annotated spans, less the spans
marked LABEL NOT PRESENT or UNDERSPECIFIED; a sentence left with no gold label is not scored;
repeated rows of one sentence count once. RP@5 = gold labels among the top 5 / min(5, |gold|),
averaged over sentences, against all 13,896 ESCO 1.1 skill labels.

Systems:
- zero-shot: all-MiniLM-L6-v2 cosine between the sentence and each preferred label.
- shipped: the model `worldhire skills rank --taxonomy esco` runs (in process here). When its
  reranker was trained on these sentences (rank_model.json says so) this figure is in-sample and
  is printed as such: quote the cross-validated one.
- --cv: 5-fold cross-validation with tools/train_skill_ranker.py's data and fits: fold k of TECH
  and HOUSE held out together (near-copies of a sentence in one fold), the reranker trained on
  everything else. It also prints, on the same folds, a reranker trained without any human label
  (the figure before they were used). Trains the query adapter once and 11 rerankers: minutes.
  It also scores the links `worldhire skills extract` makes (every named skill, and up to three
  implied ones per sentence at or above a threshold) on the held-out sentences: precision,
  recall and F0.5 at the shipped threshold, at each threshold of a grid, and at the threshold
  each fold's training sentences choose.

    .venv/bin/python bench/skills_human.py
    .venv/bin/python bench/skills_human.py --cv
    .venv/bin/python bench/skills_human.py --cv --json
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import numpy as np

from worldhire.skills.evaluate import (
    GoldFileError,
    GoldSentence,
    SpanAnnotations,
    r_precision_at,
    read_span_annotations,
)

ROOT = Path(__file__).resolve().parents[1]
SPLITS = ("tech", "house")
TOP = 5


def _script(path: Path, name: str) -> ModuleType:
    # bench/ and tools/ are folders of scripts, not packages: load one under a name of its own.
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _trainer() -> ModuleType:
    return _script(ROOT / "tools" / "train_skill_ranker.py", "train_skill_ranker")


def read_splits(folder: Path) -> dict[str, SpanAnnotations]:
    return {name: read_span_annotations(folder / f"{name}_validation_annotations.csv", name)
            for name in SPLITS}


def rp_at_5(gold: Sequence[GoldSentence], ranked: Sequence[Sequence[str]]) -> float:
    if not gold:
        return math.nan
    return float(np.mean([r_precision_at(r, set(g.labels), TOP)
                          for g, r in zip(gold, ranked, strict=True)]))


def zero_shot(splits: dict[str, SpanAnnotations]) -> dict[str, float]:
    skills_bench = _script(ROOT / "bench" / "skills.py", "bench_skills")
    labels = skills_bench.esco_labels()
    baseline = skills_bench.minilm_baseline(labels)
    return {name: rp_at_5(s.sentences, baseline.rank([g.text for g in s.sentences], TOP))
            for name, s in splits.items()}


def shipped(splits: dict[str, SpanAnnotations]) -> tuple[dict[str, float], str, float]:
    """RP@5 of the shipped ranker, its training note, and sentences per second (one process,
    the model already loaded)."""
    from worldhire.skills.service import default_ranker

    ranker = default_ranker()
    out: dict[str, float] = {}
    texts = 0
    started = time.perf_counter()
    for name, split in splits.items():
        ranked = ranker.rank([g.text for g in split.sentences], TOP, "esco")
        texts += len(split.sentences)
        labels = [[ranker.taxonomy.get(s.concept_id).label for s in row] for row in ranked]
        out[name] = rp_at_5(split.sentences, labels)
    return out, ranker.model.trained, texts / (time.perf_counter() - started)


def cross_validated(
    folder: Path,
) -> tuple[dict[str, dict[str, list[float]]], dict[str, dict[str, float]]]:
    """RP@5 per fold of each system, and the semantic linker's links on the held-out sentences
    per threshold (pooled over folds)."""
    from worldhire.skills.taxonomy_cache import load_taxonomy

    trainer = _trainer()
    args = trainer.parser().parse_args(["--human", str(folder)])
    data = trainer.prepare(args)
    ranking = {
        "without human labels": trainer.cross_validate_human(data, train_on_human=False),
        "with human labels (5-fold CV)": trainer.cross_validate_human(data),
    }
    links = {
        name: {"precision": c.precision, "recall": c.recall, "f_beta": c.f_beta(),
               "links": c.links}
        for name, c in trainer.cross_validate_abstention(data, load_taxonomy()).items()
    }
    return ranking, links


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawTextHelpFormatter)
    trainer = _trainer()
    parser.add_argument("--data", type=Path, default=trainer.HUMAN_DEFAULT,
                        help="folder of the validation CSVs (default: %(default)s)")
    parser.add_argument("--cv", action="store_true", help="also cross-validate the training")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    try:
        splits = read_splits(args.data)
    except GoldFileError as error:
        print(f"bench/skills_human.py: {error}", file=sys.stderr)
        return 2
    report: dict[str, object] = {
        "data": {name: {"scored_sentences": len(s.sentences),
                        "unlinked_sentences": s.unlinked_sentences, "spans": s.spans,
                        "unlinked_spans": s.unlinked_spans} for name, s in splits.items()},
        "zero_shot": zero_shot(splits),
    }
    figures, note, speed = shipped(splits)
    in_sample = "human-annotated" in note and " 0 human-annotated" not in note
    report["shipped"] = {**figures, "in_sample": in_sample, "trained": note,
                         "sentences_per_s_in_process": round(speed, 1)}
    if args.cv:
        ranking, links = cross_validated(args.data)
        report["cv"] = {
            system: {name: {"mean": float(np.mean(folds)), "folds": folds}
                     for name, folds in per_split.items()}
            for system, per_split in ranking.items()
        }
        report["cv_links"] = links
    report["command"] = ".venv/bin/python bench/skills_human.py" + " --cv" * args.cv
    if args.json:
        print(json.dumps(report))
    else:
        print_report(report)
    return 0


def print_report(report: dict[str, object]) -> None:
    data = report["data"]
    assert isinstance(data, dict)
    for name, counts in data.items():
        print(f"{name.upper()}: {counts['scored_sentences']} sentences scored "
              f"({counts['unlinked_sentences']} with no ESCO label left out), "
              f"{counts['spans']} spans, {counts['unlinked_spans']} without an ESCO label")
    zero = report["zero_shot"]
    shipped_figures = report["shipped"]
    assert isinstance(zero, dict) and isinstance(shipped_figures, dict)
    print(f"{'system':34s} {'TECH':>7s} {'HOUSE':>7s}")
    print(f"{'zero-shot MiniLM':34s} {zero['tech']:7.3f} {zero['house']:7.3f}")
    tag = "shipped (in-sample!)" if shipped_figures["in_sample"] else "shipped"
    print(f"{tag:34s} {shipped_figures['tech']:7.3f} {shipped_figures['house']:7.3f}")
    cv = report.get("cv")
    if isinstance(cv, dict):
        for system, per_split in cv.items():
            print(f"{system:34s} {per_split['tech']['mean']:7.3f} "
                  f"{per_split['house']['mean']:7.3f}")
            for name in SPLITS:
                folds = " ".join(f"{f:.3f}" for f in per_split[name]["folds"])
                print(f"    {name} folds: {folds}")
    links = report.get("cv_links")
    if isinstance(links, dict):
        print("semantic links (skills extract) on held-out sentences, TECH and HOUSE pooled, "
              "by threshold:")
        for name, c in links.items():
            print(f"    {name:10s} P {c['precision']:.3f} R {c['recall']:.3f} "
                  f"F0.5 {c['f_beta']:.3f} ({c['links']} links)")
    print(f"shipped model: {shipped_figures['trained']}")
    print(f"reproduce: {report['command']}")


if __name__ == "__main__":
    raise SystemExit(main())
