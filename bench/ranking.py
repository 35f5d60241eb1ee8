"""Ranking quality on hand-labelled pools: nDCG@10 of lexical only, dense only, hybrid (RRF) and
the full ranker.

    .venv/bin/python bench/ranking.py [--json] [--embedder minilm|minilm-int8|hash]

bench/data/ranking_candidates.json holds 30 written profiles: for each area a strong one (shipped,
measured work, no famous employer or degree), a weaker or more junior one, some that only list
keywords, and a famous-school profile with thin evidence. bench/data/ranking_roles.json holds 40
roles, each ranking the whole bank, with graded relevance judged from the evidence (3: hire-grade
fit, 2: good, 1: partial, 0: not a fit; unlisted candidates are 0). A "!" before a requirement
marks a nice-to-have.
"""

from __future__ import annotations

import argparse
import json
import math
from datetime import date
from pathlib import Path

from worldhire.core.models import (
    Candidate,
    Consent,
    ConsentPurpose,
    EvidenceItem,
    EvidenceKind,
    Requirement,
    Role,
    Seniority,
    Skill,
)
from worldhire.embed.protocol import Embedder
from worldhire.index.vectors import Hit
from worldhire.ingest.resumes.skill_linking import sentence_around
from worldhire.match.retrieval import HybridRetriever, fuse, role_text
from worldhire.match.service import rank
from worldhire.skills.linker import default_linker
from worldhire.skills.taxonomy_cache import load_taxonomy

DATA = Path(__file__).parent / "data"
K = 10


def load_candidates() -> list[Candidate]:
    linker = default_linker()
    raw = json.loads((DATA / "ranking_candidates.json").read_text())
    out = []
    for key, spec in raw.items():
        person = Candidate(
            name=key, id=key, headline=spec["headline"], summary=spec["summary"],
            timezone=spec["tz"], pay_expectation_usd=spec["pay"],
            years_experience=spec["years"], languages=spec["languages"],
            consents=[Consent(ConsentPurpose.MATCHING, True, "benchmark")],
        )
        for kind, title, text, start in spec["evidence"]:
            person.evidence.append(EvidenceItem(
                EvidenceKind(kind), title, text,
                start=date(start, 1, 1) if start else None,
                end=date(2025, 1, 1) if start and kind == "job" else None,
            ))
        for item in person.evidence:
            for m in linker.link(item.text):
                m.evidence_id = item.id
                if m.span:
                    m.snippet = sentence_around(item.text, m.span)
                person.skills.append(m)
        for text in (person.headline, person.summary):
            person.skills += linker.link(text)
        out.append(person)
    return out


def load_roles() -> list[tuple[Role, dict[str, int]]]:
    taxonomy = load_taxonomy()
    out = []
    for spec in json.loads((DATA / "ranking_roles.json").read_text()):
        requirements = []
        for label in spec["requirements"]:
            name = label.lstrip("!")
            skill = taxonomy.resolve(name) or Skill(f"text:{name.lower()}", name)
            requirements.append(Requirement(skill, must=not label.startswith("!")))
        role = Role(
            tenant_id="bench", title=spec["title"], company="Bench", id=spec["id"],
            description=spec["description"], seniority=Seniority(spec["seniority"]),
            requirements=requirements, timezone=spec["tz"], budget_usd_year=spec["budget"],
        )
        out.append((role, spec["labels"]))
    return out


def ndcg(ranked: list[str], labels: dict[str, int], k: int = K) -> float:
    gain = sum((2 ** labels.get(key, 0) - 1) / math.log2(i + 2) for i, key in enumerate(ranked[:k]))
    ideal = sorted(labels.values(), reverse=True)[:k]
    best = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return gain / best if best else 0.0


def complete(hits: list[Hit], keys: list[str]) -> list[str]:
    """A full ranking: the hits, then everyone not retrieved in a fixed order."""
    seen = [h.key for h in hits]
    return seen + sorted(set(keys) - set(seen))


def embedder_named(name: str) -> Embedder:
    if name == "hash":
        from worldhire.embed import HashEmbedder

        return HashEmbedder(256)
    from worldhire.embed import minilm

    return minilm(precision="int8" if name == "minilm-int8" else "float32")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--embedder", choices=["minilm", "minilm-int8", "hash"], default="minilm")
    args = parser.parse_args()

    pool = load_candidates()
    keys = [c.id for c in pool]
    retriever = HybridRetriever(pool, embedder_named(args.embedder))
    scores: dict[str, list[float]] = {"lexical": [], "dense": [], "hybrid": [], "full": []}
    roles = load_roles()
    for role, labels in roles:
        query = role_text(role)
        lexical = retriever.lexical_hits(query, len(keys))
        dense = retriever.dense(query, len(keys))
        fused = fuse([lexical, dense])
        hybrid = sorted(fused, key=lambda k: (-fused[k], k))
        full = [r.candidate.id for r in rank(pool, role, retriever=retriever).results]
        scores["lexical"].append(ndcg(complete(lexical, keys), labels))
        scores["dense"].append(ndcg(complete(dense, keys), labels))
        scores["hybrid"].append(ndcg(complete([Hit(k, 0) for k in hybrid], keys), labels))
        scores["full"].append(ndcg(full, labels))
    result = {
        "pools": len(roles),
        "candidates_per_pool": len(pool),
        "embedder": args.embedder,
        **{f"ndcg_at_10_{name}": round(sum(v) / len(v), 4) for name, v in scores.items()},
        "full_beats_each": all(
            sum(scores["full"]) > sum(v) for name, v in scores.items() if name != "full"
        ),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>22}: {value}")


if __name__ == "__main__":
    main()
