"""Drops training sentences that are near-duplicates of an evaluation sentence.

    .venv/bin/python tools/filter_skill_train.py            # report only
    .venv/bin/python tools/filter_skill_train.py --write    # rewrite bench/data/skills_train.jsonl

The training split was written apart from dev and test, without reading them, but sentences
written in the same job-ad style repeat each other ("Keep the CRM up to date with every call and
meeting."), and training on a near-copy of an evaluation sentence would inflate its figures. A
training sentence goes when its MiniLM cosine to any dev or test sentence reaches THRESHOLD, or
its word overlap (Jaccard) reaches WORD_OVERLAP: dev and test sentences never come that close to
each other (their closest pairs are near 0.6 and 0.4). Only texts of the evaluation splits are
read, never their labels.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from pathlib import Path

from worldhire.embed import minilm

DATA = Path(__file__).resolve().parents[1] / "bench" / "data"
THRESHOLD = 0.7
WORD_OVERLAP = 0.45


def word_overlap(first: str, second: str) -> float:
    a, b = _words(first), _words(second)
    return len(a & b) / max(1, len(a | b))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def texts(split: str) -> list[str]:
    path = DATA / f"skills_{split}.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--write", action="store_true", help="rewrite the training split")
    args = parser.parse_args(argv)
    path = DATA / "skills_train.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    embedder = minilm()
    evaluation = texts("dev") + texts("test")
    training = [json.loads(line)["text"] for line in lines]
    cosine = (embedder.embed(training) @ embedder.embed(evaluation).T).max(axis=1)
    kept = []
    for line, text, sim in zip(lines, training, cosine, strict=True):
        words = max(word_overlap(text, other) for other in evaluation)
        if sim >= THRESHOLD or words >= WORD_OVERLAP:
            print(f"drop (cosine {sim:.2f}, words {words:.2f}) {text}")
        else:
            kept.append(line)
    print(f"{len(kept)} of {len(lines)} training sentences kept "
          f"(cosine < {THRESHOLD}, word overlap < {WORD_OVERLAP})")
    if args.write:
        path.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
