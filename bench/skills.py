"""Skill-linking benchmark: RP@5, MRR and speed of `worldhire skills rank` on the annotated set.

The annotated sentences (bench/data/skills_{dev,test}.jsonl, see bench/data/README.md) carry gold
ESCO v1.1 preferred labels. The linker runs through the real CLI, as the held-out judge runs it;
a zero-shot baseline (all-MiniLM-L6-v2 over the 13,896 label texts) runs in-process beside it.

    .venv/bin/python bench/skills.py --split dev
    .venv/bin/python bench/skills.py --split test --json
    .venv/bin/python bench/skills.py --no-linker          # the baseline alone
    .venv/bin/python bench/skills.py --no-linker --precision int8   # on the int8 model

Keep the test split for final reporting: tune on dev.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

DATA_DIR = Path(__file__).resolve().parent / "data"
SHARED_LABELS = Path("/work/shared/data/esco/esco_1.1_skill_labels.txt")
LABELS_FILE = "esco_1.1_skill_labels.txt"
DEFAULT_CACHE = Path(os.environ.get("WORLDHIRE_BENCH_CACHE", "~/.cache/worldhire-bench"))
DOMAINS = ("tech", "nontech")
MIN_THROUGHPUT_SENTENCES = 2000
SEMANTIC_CHUNK = 256


class BenchError(Exception):
    """The benchmark cannot run or its inputs are malformed; the message says why."""


# -- file formats ------------------------------------------------------------------------------


class GoldSentence(BaseModel):
    """One annotated line of bench/data/skills_*.jsonl."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    labels: tuple[str, ...] = Field(min_length=1, max_length=4)
    domain: Literal["tech", "nontech"]
    source: Literal["job_ad", "resume"]


class RankedSkill(BaseModel):
    label: str
    score: float
    span: tuple[int, int] | None = None


class RankedLine(BaseModel):
    """One line of the CLI's OUT.jsonl."""

    id: str
    skills: list[RankedSkill]


def load_split(split: str, data_dir: Path = DATA_DIR) -> list[GoldSentence]:
    path = data_dir / f"skills_{split}.jsonl"
    if not path.is_file():
        raise BenchError(f"no annotated split at {path}")
    return [GoldSentence.model_validate_json(line) for line in _lines(path)]


def esco_labels() -> list[str]:
    """The ESCO v1.1 preferred labels, exactly as written (one keeps a trailing space)."""
    packaged = resources.files("worldhire").joinpath("data", "esco", LABELS_FILE)
    text = packaged.read_text("utf-8") if packaged.is_file() else SHARED_LABELS.read_text("utf-8")
    return [line for line in text.split("\n") if line.strip()]


def read_ranking(path: Path, expected_ids: Sequence[str]) -> list[list[str]]:
    """Ranked labels per input line, checked against the contract: a line per input, in order."""
    rows: list[RankedLine] = []
    for number, line in enumerate(_lines(path), start=1):
        try:
            rows.append(RankedLine.model_validate_json(line))
        except ValidationError as error:
            raise BenchError(f"{path}:{number}: not a ranking line: {error}") from error
    if len(rows) != len(expected_ids):
        raise BenchError(f"{path}: {len(rows)} output lines for {len(expected_ids)} inputs")
    for number, (row, wanted) in enumerate(zip(rows, expected_ids, strict=True), start=1):
        if row.id != wanted:
            raise BenchError(f"{path}:{number}: id {row.id!r} where {wanted!r} was expected")
    return [[skill.label for skill in row.skills] for row in rows]


def _lines(path: Path) -> Iterable[str]:
    with path.open(encoding="utf-8") as handle:
        yield from (line for line in handle if line.strip())


# -- metrics -----------------------------------------------------------------------------------


def r_precision_at(gold: Iterable[str], ranked: Sequence[str], k: int = 5) -> float:
    """Gold hits among the top k, over min(k, |gold|): R-Precision@K of the Decorte benchmark."""
    wanted = set(gold)
    return len(wanted.intersection(ranked[:k])) / min(k, len(wanted))


def strict_r_precision_at(gold: Iterable[str], ranked: Sequence[str], k: int = 5) -> float:
    """Gold hits among the top min(k, |gold|) only: classic R-precision, capped at k."""
    wanted = set(gold)
    cut = min(k, len(wanted))
    return len(wanted.intersection(ranked[:cut])) / cut


def reciprocal_rank(gold: Iterable[str], ranked: Sequence[str]) -> float:
    wanted = set(gold)
    return next((1.0 / rank for rank, label in enumerate(ranked, 1) if label in wanted), 0.0)


@dataclass(frozen=True)
class Scores:
    sentences: int
    rp_at_5: float
    strict_rp_at_5: float
    mrr: float


def score(gold: Sequence[GoldSentence], ranked: Sequence[Sequence[str]]) -> Scores:
    """RP@5 over the top 5; MRR over the whole ranking each system returned (its --top)."""
    if not gold:
        return Scores(0, math.nan, math.nan, math.nan)
    pairs = list(zip(gold, ranked, strict=True))
    return Scores(
        sentences=len(pairs),
        rp_at_5=float(np.mean([r_precision_at(g.labels, r, 5) for g, r in pairs])),
        strict_rp_at_5=float(np.mean([strict_r_precision_at(g.labels, r, 5) for g, r in pairs])),
        mrr=float(np.mean([reciprocal_rank(g.labels, r) for g, r in pairs])),
    )


def score_by_domain(
    gold: Sequence[GoldSentence], ranked: Sequence[Sequence[str]]
) -> dict[str, Scores]:
    out = {"overall": score(gold, ranked)}
    for domain in DOMAINS:
        picked = [(g, r) for g, r in zip(gold, ranked, strict=True) if g.domain == domain]
        out[domain] = score([g for g, _ in picked], [r for _, r in picked])
    return out


# -- the linker, through the real CLI ------------------------------------------------------------


@dataclass(frozen=True)
class Speed:
    sentences_per_s: float
    timed_sentences: int
    cold_start_s: float


@dataclass(frozen=True)
class RunResult:
    ranked: list[list[str]]
    speed: Speed
    unknown_labels: int


def cli_command(taxonomy: str, top: int, in_path: Path, out_path: Path) -> list[str]:
    return [
        sys.executable, "-m", "worldhire", "skills", "rank",
        "--taxonomy", taxonomy, "--top", str(top), str(in_path), str(out_path),
    ]  # fmt: skip


def run_cli(
    sentences: Sequence[GoldSentence], taxonomy: str, top: int, repeat: int, label_set: set[str]
) -> RunResult:
    """Ranks the split through the CLI.

    Speed excludes process start and model load: a one-sentence run measures that fixed cost,
    and a run over the split repeated `repeat` times (distinct ids) measures the rest. A first,
    untimed one-sentence run lets the linker build whatever it caches on disk beforehand.
    """
    ids = [s.id if r == 0 else f"{s.id}~{r}" for r in range(repeat) for s in sentences]
    texts = [s.text for _ in range(repeat) for s in sentences]
    with tempfile.TemporaryDirectory(prefix="worldhire-bench-") as folder:
        root = Path(folder)
        _timed_cli(root, "warm-up", ids[:1], texts[:1], taxonomy, top)
        cold_start = _timed_cli(root, "one", ids[:1], texts[:1], taxonomy, top)[0]
        elapsed, ranked = _timed_cli(root, "all", ids, texts, taxonomy, top)
    if elapsed <= cold_start:
        raise BenchError(
            f"ranking {len(ids)} sentences ({elapsed:.1f} s) was not slower than one sentence "
            f"({cold_start:.1f} s): timings are noise, raise --repeat"
        )
    first = ranked[: len(sentences)]
    unknown = sum(label not in label_set for labels in first for label in labels)
    speed = Speed((len(ids) - 1) / (elapsed - cold_start), len(ids), cold_start)
    return RunResult(first, speed, unknown)


def _timed_cli(
    root: Path, name: str, ids: Sequence[str], texts: Sequence[str], taxonomy: str, top: int
) -> tuple[float, list[list[str]]]:
    in_path, out_path = root / f"{name}.in.jsonl", root / f"{name}.out.jsonl"
    with in_path.open("w", encoding="utf-8") as handle:
        for sentence_id, text in zip(ids, texts, strict=True):
            handle.write(json.dumps({"id": sentence_id, "text": text}, ensure_ascii=False) + "\n")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    started = time.perf_counter()
    done = subprocess.run(
        cli_command(taxonomy, top, in_path, out_path), capture_output=True, text=True, env=env
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip()[-2000:]
        raise BenchError(
            f"`worldhire skills rank` failed with exit code {done.returncode}:\n{tail}"
        )
    return elapsed, read_ranking(out_path, ids)


# -- the zero-shot baseline, in process ----------------------------------------------------------


Embed = Callable[[Sequence[str]], np.ndarray]


class DenseBaseline:
    """Cosine similarity between a sentence and each label text; nothing learned, nothing added."""

    def __init__(self, labels: Sequence[str], embed: Embed, label_vectors: np.ndarray) -> None:
        if label_vectors.shape[0] != len(labels):
            raise BenchError(f"{label_vectors.shape[0]} label vectors for {len(labels)} labels")
        self.labels = list(labels)
        self.embed = embed
        self.label_vectors = label_vectors

    def rank(self, texts: Sequence[str], top: int) -> list[list[str]]:
        out: list[list[str]] = []
        for start in range(0, len(texts), SEMANTIC_CHUNK):
            sims = self.embed(texts[start : start + SEMANTIC_CHUNK]) @ self.label_vectors.T
            best = np.argpartition(-sims, top - 1, axis=1)[:, :top]
            for row, picks in zip(sims, best, strict=True):
                ordered = picks[np.argsort(-row[picks], kind="stable")]
                out.append([self.labels[i] for i in ordered])
        return out


def minilm_baseline(labels: Sequence[str], cache: Path = DEFAULT_CACHE,
                    precision: str = "float32") -> DenseBaseline:
    from worldhire.embed import minilm

    model = minilm(precision=precision)
    digest = hashlib.sha256("\n".join(labels).encode()).hexdigest()[:16]
    path = cache.expanduser() / f"esco-labels-{model.name}-{digest}.npy"
    if path.is_file():
        vectors = np.load(path)
    else:
        print(f"embedding {len(labels)} labels once, cached at {path}", file=sys.stderr)
        vectors = model.embed(labels)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part.npy")
        np.save(partial, vectors)
        partial.rename(path)
    return DenseBaseline(labels, model.embed, vectors)


def run_baseline(
    baseline: DenseBaseline, sentences: Sequence[GoldSentence], top: int, repeat: int
) -> RunResult:
    texts = [s.text for s in sentences] * repeat
    started = time.perf_counter()
    ranked = baseline.rank(texts, top)
    elapsed = max(time.perf_counter() - started, 1e-9)
    return RunResult(ranked[: len(sentences)], Speed(len(texts) / elapsed, len(texts), 0.0), 0)


# -- report ---------------------------------------------------------------------------------------


def report_entry(result: RunResult, gold: Sequence[GoldSentence]) -> dict[str, object]:
    by_domain = score_by_domain(gold, result.ranked)
    return {
        **{name: asdict(scores) for name, scores in by_domain.items()},
        "speed": asdict(result.speed),
        "unknown_labels": result.unknown_labels,
    }


def reproduce_command(args: argparse.Namespace) -> str:
    parts = [
        ".venv/bin/python bench/skills.py",
        f"--split {args.split}",
        f"--taxonomy {args.taxonomy}",
    ]
    parts += [f"--top {args.top}", f"--repeat {args.repeat}"]
    parts += [f"--precision {args.precision}"] * (args.precision != "float32")
    parts += ["--no-linker"] * args.no_linker + ["--no-baseline"] * args.no_baseline
    return " ".join(parts + ["--json"] * args.json)


def print_table(report: dict[str, object]) -> None:
    from rich.console import Console
    from rich.table import Table

    top = report["top"]
    table = Table(title=f"Skill linking on the {report['split']} split")
    for column in ("system", "domain", "sentences", "RP@5", "strict RP@5", f"MRR@{top}"):
        table.add_column(column, justify="left" if column in ("system", "domain") else "right")
    for system in ("linker", "baseline"):
        entry = report.get(system)
        if not isinstance(entry, dict):
            continue
        for domain in ("overall", *DOMAINS):
            s = entry[domain]
            row = (f"{s['rp_at_5']:.3f}", f"{s['strict_rp_at_5']:.3f}", f"{s['mrr']:.3f}")
            table.add_row(system, domain, str(s["sentences"]), *row)
    console = Console()
    console.print(table)
    for system in ("linker", "baseline"):
        entry = report.get(system)
        if isinstance(entry, dict):
            speed = entry["speed"]
            console.print(
                f"{system}: {speed['sentences_per_s']:.0f} sentences/s over "
                f"{speed['timed_sentences']} sentences on {report['cpu_count']} cores"
                + (f", cold start {speed['cold_start_s']:.1f} s" if system == "linker" else "")
                + (f", {entry['unknown_labels']} labels outside ESCO" if system == "linker" else "")
            )
    # Plain print: Rich would wrap the command, and it must paste as one line.
    print(f"reproduce: {report['command']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--taxonomy", choices=("esco", "worldhire"), default="esco")
    parser.add_argument("--top", type=int, default=5, help="ranking depth asked of each system")
    parser.add_argument(
        "--repeat", type=int, default=0,
        help=f"copies of the split timed for speed (default: >= {MIN_THROUGHPUT_SENTENCES} lines)",
    )  # fmt: skip
    parser.add_argument("--no-linker", action="store_true", help="skip the CLI (baseline only)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the MiniLM baseline")
    parser.add_argument("--precision", choices=("float32", "int8"), default="float32",
                        help="the baseline's model (embed/minilm.py PRECISIONS)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if args.top < 5:
        parser.error("--top must be at least 5: RP@5 reads the top 5")
    try:
        gold = load_split(args.split)
        args.repeat = args.repeat or math.ceil(MIN_THROUGHPUT_SENTENCES / len(gold))
        labels = esco_labels()
        report: dict[str, object] = {
            "split": args.split, "taxonomy": args.taxonomy, "top": args.top,
            "sentences": len(gold), "repeat": args.repeat, "cpu_count": os.cpu_count(),
            "precision": args.precision,
            "command": reproduce_command(args),
        }  # fmt: skip
        if not args.no_linker:
            linked = run_cli(gold, args.taxonomy, args.top, args.repeat, set(labels))
            report["linker"] = report_entry(linked, gold)
        if not args.no_baseline:
            dense = minilm_baseline(labels, precision=args.precision)
            baseline = run_baseline(dense, gold, args.top, args.repeat)
            report["baseline"] = report_entry(baseline, gold)
    except (BenchError, ValidationError, OSError) as error:
        print(f"bench/skills.py: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report, indent=None))
    else:
        print_table(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
