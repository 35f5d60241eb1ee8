"""Audited automated decisions: a ranking runs through here and lands in the audit log with who
asked, the role, the ranker's version, a digest of its inputs, the ranked people and why."""

from __future__ import annotations

import hashlib
import inspect
import json
from collections.abc import Collection
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from worldhire import __version__
from worldhire.core.geo import regions
from worldhire.core.models import Candidate, Role
from worldhire.core.plain import plain
from worldhire.embed.protocol import Embedder
from worldhire.governance.audit import AuditEntry, AuditLog, canonical
from worldhire.governance.store import Governance
from worldhire.match import criteria, models, overlap, retrieval
from worldhire.match import service as match_service
from worldhire.match.models import MatchResult, Shortlist
from worldhire.match.service import MatchFilters, shortlist

MODEL_NAME = "worldhire.match"


@cache
def ranker_version() -> str:
    """The package version plus a digest of the ranking code: any change to it shows."""
    modules = (criteria, models, overlap, regions, retrieval, match_service)
    source = "".join(inspect.getsource(m) for m in modules)
    return f"{__version__}+{hashlib.sha256(source.encode()).hexdigest()[:12]}"


def inputs_digest(
    role: Role, pool: list[Candidate], filters: MatchFilters | None,
    shown: Collection[str] | None = None,
) -> str:
    """SHA-256 over what the ranking read: the role, the filters and each profile. The people
    `shown` (everyone when None) count by their whole profile; the rest of the pool by the
    version of the profile that was read (its id and when it was last written, which the
    store changes on every write), so the cost follows what is shown, not the pool, and a
    profile changed since still shows as a different input."""
    people = sorted(
        (c.id, hashlib.sha256(canonical(plain(c)).encode()).hexdigest()
         if shown is None or c.id in shown else c.updated_at.isoformat())
        for c in pool
    )
    blob = canonical({
        "role": plain(role), "filters": asdict(filters or MatchFilters()), "pool": people,
    })
    return hashlib.sha256(blob.encode()).hexdigest()


def _explanation(result: MatchResult, next_name: str | None) -> dict[str, Any]:
    ex = result.explanation
    versus = ex.versus_next
    if next_name:
        # The record is sealed with this person's key: it must not carry another person's name.
        versus = versus.replace(next_name, "the next candidate")
    # Spelled out rather than dataclasses.asdict, whose deep copies were most of the record's
    # cost; every field is a string or a number.
    return {
        "criteria": [{"name": c.name, "score": c.score, "weight": c.weight, "detail": c.detail}
                     for c in ex.criteria],
        "requirements": [
            {
                "requirement": c.requirement, "must": c.must, "status": c.status.value,
                "credit": c.credit, "via": c.via, "note": c.note,
                "evidence": [{"evidence_id": cite.evidence_id,
                              "evidence_title": cite.evidence_title, "snippet": cite.snippet}
                             for cite in c.citations],
            }
            for c in ex.requirements
        ],
        "versus_next": versus,
    }


def others_digest(ranking: Shortlist) -> str:
    """SHA-256 over who else was scored (id, rank, score) and who a hard filter removed (id,
    reason): the part of the decision not shown, checkable by replaying the ranking without
    writing a record per person."""
    shown = len(ranking.results)
    blob = canonical({
        "scored": [[cid, shown + n, score] for n, (cid, score) in enumerate(ranking.others, 1)],
        "filtered": sorted([r.candidate.id, r.reason] for r in ranking.rejected),
    })
    return hashlib.sha256(blob.encode()).hexdigest()


@dataclass(frozen=True)
class RankingRecord:
    """What the audit log keeps of one ranking, made where the ranking ran (a Ray task too) and
    appended by one writer."""

    tenant_id: str | None
    details: dict[str, Any]
    subjects: dict[str, dict[str, Any]]
    ranked: list[str]

    def append(self, log: AuditLog, actor: str) -> AuditEntry:
        return log.append("rank-candidates", actor=actor, tenant_id=self.tenant_id,
                          details=self.details, subjects=self.subjects, ranked=self.ranked)


def record_ranking(
    log: AuditLog,
    ranking: Shortlist,
    pool: list[Candidate],
    *,
    actor: str,
    top: int | None,
    filters: MatchFilters | None = None,
) -> AuditEntry:
    return ranking_record(ranking, pool, top=top, filters=filters).append(log, actor)


def ranking_record(
    ranking: Shortlist,
    pool: list[Candidate],
    *,
    top: int | None,
    filters: MatchFilters | None = None,
) -> RankingRecord:
    """The shown results, each with its explanation sealed with that person's key; everyone
    else the ranking read is covered by counts and a digest (`others_digest`), not a record
    each."""
    role = ranking.role
    subjects: dict[str, dict[str, Any]] = {}
    results = ranking.results
    for rank_no, result in enumerate(results, start=1):
        below = results[rank_no].candidate.display_name if rank_no < len(results) else None
        subjects[result.candidate.id] = {
            "candidate_id": result.candidate.id, "outcome": "shortlisted",
            "rank": rank_no, "score": result.score, "explanation": _explanation(result, below),
        }
    details = {
        "role_id": role.id, "model": MODEL_NAME, "model_version": ranker_version(),
        "inputs_digest": inputs_digest(role, pool, filters, shown=set(subjects)),
        "pool_size": ranking.pool_size,
        "top": top, "filters": json.loads(canonical(asdict(filters or MatchFilters()))),
        "shortlisted": len(results), "scored": len(results) + len(ranking.others),
        "filtered_out": len(ranking.rejected), "others_digest": others_digest(ranking),
        "explanation": "criterion scores and evidence per shown person, sealed per person",
    }
    return RankingRecord(role.tenant_id, details, subjects, [r.candidate.id for r in results])


def recorded_shortlist(
    gov: Governance,
    role: Role | str,
    *,
    top: int = 10,
    filters: MatchFilters | None = None,
    embedder: Embedder | None = None,
    index_home: Path | None = None,
) -> tuple[Shortlist, RankingRecord]:
    """`match.service.shortlist` and the record of it the audit log keeps; the caller appends
    it for each principal the result is handed to before handing it out."""
    records: list[RankingRecord] = []

    def record(ranking: Shortlist, pool: list[Candidate]) -> None:
        records.append(ranking_record(ranking, pool, top=top, filters=filters))

    result = shortlist(gov.repo, role, top=top, filters=filters, embedder=embedder,
                       index_home=index_home, audit=record)
    return result, records[0]


def audited_shortlist(
    gov: Governance,
    role: Role | str,
    *,
    actor: str,
    top: int = 10,
    filters: MatchFilters | None = None,
    embedder: Embedder | None = None,
    index_home: Path | None = None,
) -> tuple[Shortlist, AuditEntry]:
    """`match.service.shortlist` (same arguments, same result), recorded in the audit log
    before the result is handed out."""
    result, record = recorded_shortlist(gov, role, top=top, filters=filters, embedder=embedder,
                                        index_home=index_home)
    return result, record.append(AuditLog(gov), actor)


def record_role_matches(
    log: AuditLog, candidate: Candidate, results: list[MatchResult], *, actor: str
) -> AuditEntry:
    """`roles_for`: the roles ranked for one person, sealed with their key."""
    payload = {
        "candidate_id": candidate.id, "outcome": "roles ranked",
        "roles": [
            {"role_id": r.role.id, "rank": i, "score": r.score, "criteria": r.criteria}
            for i, r in enumerate(results, start=1)
        ],
    }
    details = {
        "model": MODEL_NAME, "model_version": ranker_version(),
        "role_ids": [r.role.id for r in results],
        "inputs_digest": hashlib.sha256(
            canonical({"candidate": plain(candidate),
                       "roles": sorted(r.role.id for r in results)}).encode()
        ).hexdigest(),
    }
    return log.append(
        "rank-roles", actor=actor, tenant_id=candidate.tenant_id, details=details,
        subjects={candidate.id: payload}, ranked=[candidate.id],
    )
