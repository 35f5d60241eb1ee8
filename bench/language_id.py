"""Language detection (worldhire.ingest.shared.language): accuracy on written sentences, and speed.

Data: bench/data/language_id/{dev,test}.tsv, 15 sentences per language per split in en, es, pt,
pl, uk, ro, fr, de, vi, id, and 10 per split in ru and tr (added before Russian and Turkish
were tuned), written for this project the way résumés and posts are written (bullets,
fragments, tool names in English, some typed without diacritics or in chat style). The split
was fixed before any tuning; tune on dev only.

Speed: every sentence of the split, and a 3,400-character résumé (tests/ingest/conftest.py's
RESUME_TEXT three times), timed on this machine with its current load (printed).

    .venv/bin/python bench/language_id.py [--split dev|test] [--show-misses]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "ingest"))

from conftest import RESUME_TEXT  # noqa: E402
from worldhire.ingest.shared.language import detect_language  # noqa: E402

DATA = Path(__file__).parent / "data" / "language_id"


def load(split: str) -> list[tuple[str, str]]:
    rows = (DATA / f"{split}.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [(lang, text) for lang, text in (row.split("\t", 1) for row in rows if row.strip())]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test"], default="dev")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    if args.show_misses and args.split == "test":
        parser.error("--show-misses is for the dev split: tune on dev only")
    rows = load(args.split)
    per_language: dict[str, Counter[str]] = defaultdict(Counter)
    misses = []
    for gold, text in rows:
        found = detect_language(text)
        outcome = "right" if found == gold else ("none" if found is None else "wrong")
        per_language[gold][outcome] += 1
        if found != gold:
            misses.append((gold, found, text))
    total = Counter[str]()
    print(f"split {args.split}: {len(rows)} sentences\n")
    print(f"{'lang':6}{'n':>4}{'right':>8}{'none':>6}{'wrong':>7}{'acc':>7}")
    for language in sorted(per_language):
        counts = per_language[language]
        n = sum(counts.values())
        total.update(counts)
        print(
            f"{language:6}{n:>4}{counts['right']:>8}{counts['none']:>6}{counts['wrong']:>7}"
            f"{counts['right'] / n:>7.2f}"
        )
    n = sum(total.values())
    print(
        f"{'all':6}{n:>4}{total['right']:>8}{total['none']:>6}{total['wrong']:>7}"
        f"{total['right'] / n:>7.2f}"
    )
    print(
        f"\nwrong answers (a language given, not the right one): {total['wrong']}; "
        f"no answer: {total['none']}"
    )
    if args.show_misses:
        for gold, found, text in misses:
            print(f"  {gold} -> {found}: {text}")

    texts = [text for _, text in rows]
    rounds = 20
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            detect_language(text)
    per_sentence = (time.perf_counter() - started) / (rounds * len(texts))
    resume = RESUME_TEXT * 3
    started = time.perf_counter()
    for _ in range(200):
        detect_language(resume)
    per_resume = (time.perf_counter() - started) / 200
    load_average = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"\nspeed: {per_sentence * 1e6:.1f} µs a sentence, {per_resume * 1e3:.3f} ms a "
        f"{len(resume):,}-character résumé (load average {load_average:.1f}, "
        f"{os.cpu_count()} cores)"
    )
    print(f"\nreproduce: PYTHONPATH=src python bench/language_id.py --split {args.split}")


if __name__ == "__main__":
    main()
