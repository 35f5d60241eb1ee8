"""Résumé skills on span-style gold: precision and recall of the skills `worldhire ingest` stores.

Data: bench/data/resume_skills/ (see its README.md): job-board exports written for this project,
each with the surface skills a human annotator marks. Split fixed before tuning: odd ids dev,
even ids test.

Product path: each résumé goes through `IngestService(repo).ingest_bytes(data, "upload.txt")`
into a fresh SQLite store, exactly as `worldhire ingest` stores it; the candidate's stored skill
mentions are read back from the store.

Matching rule. Texts are compared by their name keys (HTML entities decoded, then
`worldhire.skills.text.name_key`: folded tokens joined by spaces). A predicted skill is one
concept of the candidate, with its quotes (the exact text of each of its mention spans in the
stored evidence) and its names (the concept's label, aliases and written names in the taxonomy).
- a gold span is found when some predicted skill has a name equal to it, or a quote equal to it,
  inside it, or holding it, word for word ("Selenium" inside "Selenium WebDriver" counts both
  ways); a quote over MAX_QUOTE_WORDS words (an implied skill's whole sentence) matches by
  equality only;
- a predicted skill is correct when it finds some gold span of its résumé by the same rule.
Recall counts distinct gold spans (by key) per résumé, precision distinct concepts per résumé;
both are micro-averaged over the split.

    .venv/bin/python bench/resume_skills.py                      # dev
    .venv/bin/python bench/resume_skills.py --show-misses 40     # dev, with misses and wrong links
    .venv/bin/python bench/resume_skills.py --split test         # report only
    .venv/bin/python bench/resume_skills.py --batch second       # r47-r76 only (also: first)
    .venv/bin/python bench/resume_skills.py --batch third        # r77-r123 (odd ids: dev only)
    .venv/bin/python bench/resume_skills.py --batch fourth       # r124-r133 (dev r125...r133)
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from extraction import mention_quotes
from worldhire.skills.text import name_key

DATA = Path(__file__).resolve().parent / "data" / "resume_skills"
MAX_QUOTE_WORDS = 6


class BenchError(Exception):
    """The benchmark's data is malformed; the message says which file and why."""


@dataclass
class Resume:
    id: str
    text: str
    gold: list[str]


def key(text: str) -> str:
    return name_key(html.unescape(text))


# Written in four batches, each split before any tuning on it: the first mostly IT, the second
# across occupations (telecom, BPO, banking, sales, engineering, pharma, teaching, hospitality,
# logistics, HR, accounts, as well as IT), the third beyond IT again, odd ids only (all dev), the
# fourth IT and office jobs again (r124-r133, split by parity as the first two).
BATCHES = {"first": range(1, 47), "second": range(47, 77), "third": range(77, 124),
           "fourth": range(124, 134)}


def load(split: str, batch: str = "all") -> list[Resume]:
    labels = yaml.safe_load((DATA / "labels.yaml").read_text(encoding="utf-8"))
    out = []
    for rid, gold in sorted(labels.items()):
        number = int(rid[1:])
        if split != "all" and (number % 2 == 1) != (split == "dev"):
            continue
        if batch != "all" and number not in BATCHES[batch]:
            continue
        text = (DATA / f"{rid}.txt").read_text(encoding="utf-8")
        flat = f" {key(text)} "
        for surface in gold:
            if f" {key(str(surface))} " not in flat:
                raise BenchError(f"{rid}: gold {surface!r} does not occur in the text")
        out.append(Resume(rid, text, [str(g) for g in gold]))
    if not out:
        raise BenchError(f"no résumé in split {split!r}, batch {batch!r}")
    return out


@dataclass
class Predicted:
    concept_id: str
    label: str
    quotes: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)


def _inside(small: str, big: str) -> bool:
    return bool(small) and f" {small} " in f" {big} "


def finds(p: Predicted, gold_key: str) -> bool:
    if gold_key in p.names or gold_key in p.quotes:
        return True
    return any(
        len(q.split()) <= MAX_QUOTE_WORDS and (_inside(q, gold_key) or _inside(gold_key, q))
        for q in p.quotes
    )


def predicted_skills(candidate: Any, taxonomy: Any) -> list[Predicted]:
    by_concept: dict[str, Predicted] = {}
    for mention, quotes in mention_quotes(candidate):
        cid = mention.skill.id
        if cid not in by_concept:
            names = taxonomy.concept(cid).names if cid in taxonomy else (mention.skill.label,)
            by_concept[cid] = Predicted(cid, mention.skill.label, names={key(n) for n in names})
        by_concept[cid].quotes.update(key(q) for q in quotes)
    return list(by_concept.values())


def read_candidates(resumes: list[Resume], workdir: Path) -> dict[str, list[Any]]:
    from worldhire.ingest.service import IngestService, Kind, Status
    from worldhire.store.sql.repository import SqlRepository

    template = workdir / "template.db"
    SqlRepository(f"sqlite:///{template}").close()
    out: dict[str, list[Any]] = {}
    for resume in resumes:
        db = workdir / "doc.db"
        shutil.copyfile(template, db)
        repo = SqlRepository(f"sqlite:///{db}")
        try:
            outcome = IngestService(repo).ingest_bytes(
                resume.text.encode(), "upload.txt", Kind.AUTO)
            if outcome.status is Status.ERROR or outcome.role_id is not None:
                print(f"{resume.id}: not read as a résumé ({outcome.error or 'a role'})",
                      file=sys.stderr)
            out[resume.id] = [c for c in map(repo.get_candidate, outcome.candidate_ids) if c]
        finally:
            repo.close()
            db.unlink(missing_ok=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--batch", choices=("all", *BATCHES), default="all",
                        help="first (r01-r46, mostly IT), second (r47-r76, all occupations), "
                             "third (r77-r123, odd ids, beyond IT: dev only), "
                             "or fourth (r124-r133, IT and office jobs)")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.show_misses and args.split != "dev":
        parser.error("--show-misses is for the dev split: tune on dev only")
    from worldhire.skills.taxonomy_cache import load_taxonomy

    taxonomy = load_taxonomy()
    resumes = load(args.split, args.batch)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        candidates = read_candidates(resumes, Path(tmp))
    seconds = time.perf_counter() - began
    found = gold_total = right = pred_total = 0
    missed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    for resume in resumes:
        predicted = [p for c in candidates[resume.id] for p in predicted_skills(c, taxonomy)]
        gold_keys = {key(g): g for g in resume.gold}
        gold_total += len(gold_keys)
        pred_total += len(predicted)
        for gk, surface in gold_keys.items():
            if any(finds(p, gk) for p in predicted):
                found += 1
            else:
                missed[surface] += 1
        for p in predicted:
            if any(finds(p, gk) for gk in gold_keys):
                right += 1
            else:
                wrong[f"{p.label} <- {' | '.join(sorted(p.quotes)) or '?'}"] += 1
    precision = right / pred_total if pred_total else 0.0
    recall = found / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    figures = {
        "split": args.split, "batch": args.batch, "resumes": len(resumes), "gold": gold_total,
        "predicted": pred_total, "precision": round(precision, 3), "recall": round(recall, 3),
        "f1": round(f1, 3), "seconds": round(seconds, 1),
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"résumé skills, {args.split} ({args.batch} batch): {len(resumes)} résumés, "
              f"{gold_total} gold spans, {pred_total} predicted skills")
        print(f"  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  "
              f"({seconds:.1f} s through IngestService)")
        if args.show_misses:
            print("missed:", ", ".join(f"{s} x{n}" if n > 1 else s
                                       for s, n in missed.most_common(args.show_misses)))
            print("wrong:")
            for label, n in wrong.most_common(args.show_misses):
                print(f"  {n:3d}  {label}")
    flags = "" if args.split == "dev" else f" --split {args.split}"
    flags += "" if args.batch == "all" else f" --batch {args.batch}"
    print("reproduce: PYTHONPATH=src HF_HUB_OFFLINE=1 .venv/bin/python bench/resume_skills.py"
          + flags)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
