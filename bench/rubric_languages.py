"""The evidence rubric by the language a résumé is written in: a person's work should score the
same whether they describe it in English, Polish or Vietnamese (`assess/signals.py`).

Reads the extraction corpus's dev résumés (bench/data/extraction; labelled with their language)
through the product's parser, scores each with the role-independent rubric
(`assess.rubric.general_assessment`), and prints per language the mean of each dimension and the
share of résumés where no sentence shows built systems, production work or distributed work.

    PYTHONPATH=src HF_HUB_OFFLINE=1 .venv/bin/python bench/rubric_languages.py [--split dev]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from statistics import mean

from worldhire.assess import signals
from worldhire.assess.rubric import general_assessment
from worldhire.core.errors import WorldhireError
from worldhire.ingest.parse import parse_resume

CORPUS = Path(__file__).parent / "data" / "extraction"
# Depth reads the skills linked in the evidence, which the parser alone does not link: the
# dimensions below are the ones read from the words.
DIMENSIONS = ("projects", "production", "collaboration", "communication", "distributed")
SILENT = {"built": signals.BUILT, "production": signals.PRODUCTION,
          "distributed": signals.DISTRIBUTED}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    args = parser.parse_args()
    scores: dict[str, list[dict[str, float]]] = defaultdict(list)
    silent: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(SILENT, 0))
    for label in sorted((CORPUS / "labels").glob("*.json")):
        meta = json.loads(label.read_text())
        if meta["kind"] != "resume" or meta["split"] != args.split:
            continue
        try:
            people = parse_resume(CORPUS / meta["file"])
        except WorldhireError:  # a file the parser refuses has no rubric to score
            continue
        for person in people[:1]:
            assessment = general_assessment(person)
            scores[meta["lang"]].append(
                {d: assessment.scores[d].score for d in DIMENSIONS})
            for name, pattern in SILENT.items():
                if not signals.find(person, pattern):
                    silent[meta["lang"]][name] += 1
    head = f"{'lang':<5}{'n':>5}" + "".join(f"{d[:8]:>10}" for d in DIMENSIONS) + "".join(
        f"{'no ' + n[:6]:>11}" for n in SILENT)
    print(head)
    everyone = [s for rows in scores.values() for s in rows]
    for lang, rows in sorted(scores.items(), key=lambda kv: (kv[0] != "en", kv[0])):
        means = "".join(f"{mean(r[d] for r in rows):>10.3f}" for d in DIMENSIONS)
        shares = "".join(f"{silent[lang][n] / len(rows):>11.2f}" for n in SILENT)
        print(f"{lang:<5}{len(rows):>5}{means}{shares}")
    others = [r for lang, rows in scores.items() if lang != "en" for r in rows]
    print(f"{'all':<5}{len(everyone):>5}"
          + "".join(f"{mean(r[d] for r in everyone):>10.3f}" for d in DIMENSIONS))
    print(f"{'!en':<5}{len(others):>5}"
          + "".join(f"{mean(r[d] for r in others):>10.3f}" for d in DIMENSIONS))
    print(f"reproduce: PYTHONPATH=src HF_HUB_OFFLINE=1 python bench/rubric_languages.py "
          f"--split {args.split}")


if __name__ == "__main__":
    main()
