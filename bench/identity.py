"""Identity resolution on the labelled extraction corpus: files of one person should become one
candidate, files of different people should never.

Every résumé of bench/data/extraction (labels/<id>.json, field "person") goes through
`IngestService(repo).ingest_bytes` into ONE fresh SQLite store (the platform pool), in id order,
the way `worldhire ingest FOLDER` would import the whole folder. Then, from the store:

- people with several files: how many ended as exactly one candidate (joined), and how many were
  split over several candidates (missed);
- candidates holding files of more than one labelled person (false joins: the costly error);
- warnings the importer was shown.

    .venv/bin/python bench/identity.py            # both splits (nothing here is tuned on it)
    .venv/bin/python bench/identity.py --split test --json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).parent / "data" / "extraction"


def labelled_resumes(split: str | None) -> list[dict[str, Any]]:
    found = []
    for path in sorted((CORPUS / "labels").glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        if label.get("kind") == "resume" and (split is None or label.get("split") == split):
            found.append(label)
    return found


def run(split: str | None) -> dict[str, Any]:
    from worldhire.ingest.service import IngestService, Kind, Status
    from worldhire.store.sql.repository import SqlRepository

    labels = labelled_resumes(split)
    with tempfile.TemporaryDirectory(prefix="worldhire-identity-") as workdir:
        repo = SqlRepository(f"sqlite:///{Path(workdir) / 'pool.db'}")
        service = IngestService(repo)
        placed: dict[str, list[str]] = {}  # document id -> candidate ids
        warnings: list[str] = []
        failed = 0
        began = time.perf_counter()
        for label in labels:
            data = (CORPUS / label["file"]).read_bytes()
            outcome = service.ingest_bytes(data, label["file"], Kind.RESUME)
            if outcome.status is Status.ERROR:
                failed += 1
            placed[label["id"]] = outcome.candidate_ids
            warnings += [f"{label['id']}: {w}" for w in outcome.warnings]
        seconds = time.perf_counter() - began
        candidates = len(repo.list_candidates())
        repo.close()
    files_of: dict[str, list[str]] = defaultdict(list)
    for label in labels:
        files_of[label["person"]].append(label["id"])
    people_of: dict[str, set[str]] = defaultdict(set)
    for label in labels:
        for candidate_id in placed[label["id"]]:
            people_of[candidate_id].add(label["person"])
    several = {p: docs for p, docs in files_of.items() if len(docs) > 1}
    joined = [p for p, docs in several.items()
              if len({c for d in docs for c in placed[d]}) == 1 and all(placed[d] for d in docs)]
    false_joins = {c: sorted(people) for c, people in people_of.items() if len(people) > 1}
    return {
        "split": split or "all", "files": len(labels), "people": len(files_of),
        "failed_files": failed, "candidates": candidates,
        "people_with_several_files": len(several), "joined": len(joined),
        "missed": sorted(set(several) - set(joined)),
        "false_joins": len(false_joins), "false_join_detail": false_joins,
        "warnings": warnings, "seconds": round(seconds, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "test"], default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.split)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(f"{result['files']} résumés of {result['people']} people ({result['split']}), "
              f"{result['failed_files']} refused -> {result['candidates']} candidates "
              f"in {result['seconds']} s")
        print(f"people with several files joined into one candidate: {result['joined']} of "
              f"{result['people_with_several_files']}"
              + (f" (missed: {', '.join(result['missed'])})" if result["missed"] else ""))
        print(f"candidates holding files of different people (false joins): "
              f"{result['false_joins']}")
        for person, detail in result["false_join_detail"].items():
            print(f"  {person}: {', '.join(detail)}")
        for warning in result["warnings"]:
            print(f"  warning {warning}")
    command = "python bench/identity.py" + (f" --split {args.split}" if args.split else "")
    print(f"\nreproduce: PYTHONPATH=src HF_HUB_OFFLINE=1 {command}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
