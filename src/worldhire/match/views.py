"""Plain-data views of match results, shared by the CLI's --json and the API."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from worldhire.assess.rubric import Assessment
from worldhire.match.models import MatchResult, RequirementCheck, Shortlist


def _check(check: RequirementCheck) -> dict[str, Any]:
    return {
        "requirement": check.requirement,
        "must": check.must,
        "status": check.status.value,
        "credit": check.credit,
        "via": check.via,
        "note": check.note,
        "needs_review": check.needs_review,
        "evidence": [asdict(c) for c in check.citations],
    }


def assessment_view(assessment: Assessment) -> dict[str, Any]:
    return {
        name: {"score": s.score, "detail": s.detail,
               "evidence": [asdict(c) for c in s.citations]}
        for name, s in assessment.scores.items()
    }


def result_view(result: MatchResult, rank: int) -> dict[str, Any]:
    ex = result.explanation
    cited = [c for check in ex.requirements for c in check.citations]
    return {
        "rank": rank,
        "candidate_id": result.candidate.id,
        "name": result.candidate.display_name,
        "role_id": result.role.id,
        "score": result.score,
        "criteria": result.criteria,
        "explanation": {
            "met": [_check(c) for c in ex.met],
            "partial": [_check(c) for c in ex.partial],
            "missing": [_check(c) for c in ex.missing],
            "criteria": [asdict(c) for c in ex.criteria],
            "versus_next": ex.versus_next,
        },
        "evidence": [asdict(c) for c in cited],
        "assessment": assessment_view(result.assessment) if result.assessment else None,
    }


def shortlist_view(shortlist: Shortlist) -> dict[str, Any]:
    role = shortlist.role
    return {
        "role": {"id": role.id, "title": role.title, "company": role.company},
        "pool_size": shortlist.pool_size,
        "results": [result_view(r, i) for i, r in enumerate(shortlist.results, start=1)],
        "rejected": [
            {"candidate_id": r.candidate.id, "name": r.candidate.display_name, "reason": r.reason}
            for r in shortlist.rejected
        ],
    }
