"""The audited shortlist of a fixed pool, compared field by field with a recorded one: ids, scores,
every criterion and requirement check with its citations, the line on the next person, who a
filter removed and why, everyone else's score, and the audit record's subjects and digest of the
rest. Work on the ranking's speed must leave all of it as it is; a deliberate change to the
scoring rewrites the record (`WORLDHIRE_REWRITE_GOLDEN=1 pytest tests/match/test_ranking_golden.py`)
and shows its diff in review."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.factories import KUBERNETES, PYTHON, PYTORCH, TENSORFLOW, make_candidate, make_role
from worldhire.assess.stored import assessor
from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind, Requirement, Skill
from worldhire.embed import HashEmbedder
from worldhire.governance.decisions import recorded_shortlist
from worldhire.governance.store import Governance
from worldhire.index.queue import drain
from worldhire.match import service
from worldhire.match.service import MatchFilters
from worldhire.store.sql.repository import SqlRepository

GOLDEN = Path(__file__).parent / "data" / "golden_shortlist.json"
EMBEDDER = HashEmbedder(dim=64)
DOCKER = Skill("wh:docker", "Docker")
MLOPS = Skill("wh:mlops", "MLOps")
RAG = Skill("wh:rag", "Retrieval-augmented generation")
LIGHTNING = Skill("wh:pytorch-lightning", "PyTorch Lightning")
SKILLS = [PYTORCH, KUBERNETES, PYTHON, TENSORFLOW, DOCKER, MLOPS, RAG, LIGHTNING]
KINDS = [EvidenceKind.JOB, EvidenceKind.PROJECT, EvidenceKind.REPOSITORY, EvidenceKind.SKILLS]
PLACES = [("PL", "Europe/Warsaw"), ("IN", "Asia/Kolkata"), ("BR", "America/Sao_Paulo"),
          ("DE", "Europe/Berlin"), ("VN", "Asia/Ho_Chi_Minh"), ("US", "America/New_York")]
SUMMARIES = [
    "Deployed models to production on Kubernetes, on call for a 99.9% uptime serving stack; "
    "cut p99 latency from 400 ms to 90 ms.",
    "Maintainer of an open-source library (1.2k stars); my pull requests were merged into "
    "PyTorch. I review code and mentor two juniors.",
    "Remote since 2018 with clients in the US and Germany, async across time zones; I write "
    "design docs and a blog.",
    "Built a retrieval system from scratch for 3M documents; profiled and optimised the "
    "embedding pipeline, 4x faster.",
    "",
]
WHEN = datetime(2025, 1, 15, tzinfo=UTC)


def person(i: int) -> Candidate:
    """The i-th person of the pool: a mix of skills, shown or only listed, places, pay, years
    and writing, all fixed (ids and dates too), so the record cannot drift with the clock."""
    country, zone = PLACES[i % len(PLACES)]
    shown = {SKILLS[(i * 3 + n) % len(SKILLS)]: KINDS[(i + n) % len(KINDS)]
             for n in range(1 + i % 4)}
    c = make_candidate(
        shown, id=f"cand_golden{i:03d}", name=f"Person {i:03d}", email=f"p{i}@example.com",
        country=country, timezone=zone, years_experience=float(1 + (i * 7) % 14),
        pay_expectation_usd=None if i % 9 == 0 else 40_000.0 + 4_000 * (i % 17),
        needs_sponsorship=i % 5 == 0, work_authorization=["EU"] if i % 6 == 0 else [],
        summary=SUMMARIES[i % len(SUMMARIES)], headline="Machine learning engineer",
        languages=["English (C1)"] if i % 3 == 0 else ["English (B1)", "Polish"],
        available_from=date(2024, 1, 1) if i % 4 == 0 else None, created_at=WHEN,
        updated_at=WHEN,
    )
    renamed = {}
    for n, item in enumerate(c.evidence):
        renamed[item.id] = f"ev_golden{i:03d}_{n}"
        item.id, item.end = renamed[item.id], date(2024, 6, 1)
        item.start = date(2024 - (i % 6), 1, 1)
    for mention in c.skills:
        mention.evidence_id = renamed.get(mention.evidence_id or "", mention.evidence_id)
    if i % 7 == 3:
        c.evidence.append(EvidenceItem(
            EvidenceKind.JOB, "ML platform engineer", "Ran the training platform on Kubernetes "
            "for 40 researchers; shipped a feature store used by 12 teams.",
            start=date(2019, 3, 1), end=date(2023, 2, 1), id=f"ev_golden{i:03d}_job"))
    return c


def roles(tenant_id: str) -> list[tuple[str, Any, MatchFilters]]:
    return [
        ("platform", make_role(
            [Requirement(PYTORCH, must=True), Requirement(KUBERNETES, must=True),
             Requirement(MLOPS, must=False, needs_review=True),
             Requirement(Skill("esco:english", "English"), must=False)],
            id="role_golden_platform", tenant_id=tenant_id, title="Senior ML platform engineer",
            description="Run training and serving of PyTorch models on Kubernetes.",
            created_at=WHEN, updated_at=WHEN), MatchFilters()),
        ("llm", make_role(
            [Requirement(RAG, must=True), Requirement(PYTHON, must=True),
             Requirement(TENSORFLOW, must=False)],
            id="role_golden_llm", tenant_id=tenant_id, title="LLM applications engineer",
            description="Retrieval-augmented generation in Python.", min_overlap_hours=2.0,
            created_at=WHEN, updated_at=WHEN),
         MatchFilters(countries=("EU", "IN"), max_pay_usd=90_000, no_sponsorship=True)),
    ]


def record_of(gov: Governance, role_id: str, filters: MatchFilters, home: Path) -> dict[str, Any]:
    result, record = recorded_shortlist(gov, role_id, top=8, filters=filters, embedder=EMBEDDER,
                                        index_home=home)
    return {
        "shown": [
            {"id": r.candidate.id, "score": r.score,
             "assessment": r.assessment.as_dict() if r.assessment else None,
             "review": [c.needs_review for c in r.explanation.requirements]}
            for r in result.results
        ],
        "rejected": sorted([r.candidate.id, r.reason] for r in result.rejected),
        "others": [list(o) for o in result.others],
        "pool_size": result.pool_size,
        "subjects": [record.subjects[cid] for cid in record.ranked],
        "details": {k: v for k, v in record.details.items()
                    if k not in ("model_version", "inputs_digest")},
    }


@pytest.mark.parametrize("in_store", [False, True], ids=["whole-pool", "in-store"])
def test_the_audited_shortlist_of_a_fixed_pool_is_the_recorded_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_store: bool
) -> None:
    if in_store:
        monkeypatch.setattr(service, "RETRIEVE_ABOVE", 0)
    repo = SqlRepository(f"sqlite:///{tmp_path / 'store.db'}")
    if in_store:  # as the product stores them; the whole pool's are computed in the request
        repo.assess_on_write(assessor)
    tenant = repo.ensure_tenant("acme")
    repo.save_candidates([person(i) for i in range(36)])
    drain(repo, EMBEDDER, tmp_path)
    gov = Governance(repo, tmp_path)
    got = {}
    for name, role, filters in roles(tenant.id):
        repo.save_role(role)
        got[name] = record_of(gov, role.id, filters, tmp_path)
    repo.close()
    key = "in_store" if in_store else "whole_pool"
    recorded = json.loads(GOLDEN.read_text()) if GOLDEN.exists() else {}
    if os.environ.get("WORLDHIRE_REWRITE_GOLDEN"):  # a deliberate change to the scoring
        recorded[key] = got
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(recorded, indent=1, sort_keys=True, ensure_ascii=False)
                          + "\n")
    assert json.loads(json.dumps(got)) == recorded[key]
    for name in got:  # the record is not empty: people shown, filtered and scored below
        assert got[name]["shown"] and got[name]["others"]
    # The whole pool's filters say why; in the store they are predicates and remove silently.
    assert bool(got["llm"]["rejected"]) is not in_store
