"""A bias audit of worldhire's own shortlists: every open role is ranked over its pool, the first
`top` count as selected, and selection rates are compared across residency regions (or
countries). Candidates removed by hard filters count as not selected: that is their outcome."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from worldhire.core.geo.residency import region_for_country
from worldhire.core.models import Candidate
from worldhire.governance.access import ScopedServices
from worldhire.governance.bias import audit_rows
from worldhire.governance.store import Governance
from worldhire.match.service import rank


class GroupBy(StrEnum):
    REGION = "region"
    COUNTRY = "country"


@dataclass(frozen=True)
class Decision:
    role_id: str
    candidate_id: str
    group: str
    selected: bool


def _group(gov: Governance, candidate: Candidate, by: GroupBy) -> str:
    if by is GroupBy.COUNTRY:
        return candidate.country or "unknown"
    region_of = getattr(gov.repo, "region_of", None)
    placed = region_of(candidate.id) if callable(region_of) else None
    return placed or region_for_country(candidate.country)


def shortlist_decisions(gov: Governance, *, top: int, by: GroupBy) -> list[Decision]:
    decisions = []
    for role in gov.repo.list_roles():
        if role.status != "open":
            continue
        pool = gov.repo.list_candidates(role.tenant_id, include_platform=True)
        chosen = {r.candidate.id for r in rank(pool, role, top=top).results}
        decisions += [
            Decision(role.id, c.id, _group(gov, c, by), c.id in chosen) for c in pool
        ]
    return decisions


def shortlist_audit(gov: Governance, *, top: int = 10, by: GroupBy = GroupBy.REGION) -> dict[
    str, Any
]:
    decisions = shortlist_decisions(gov, top=top, by=by)
    if not decisions:
        return {"top": top, "by": by.value, "roles": {}, "overall": None}
    per_role: dict[str, list[Decision]] = {}
    for d in decisions:
        per_role.setdefault(d.role_id, []).append(d)

    def audit(items: list[Decision]) -> dict[str, Any]:
        rows = [{by.value: d.group} for d in items]
        return audit_rows(rows, [by.value], [d.selected for d in items])

    return {
        "top": top,
        "by": by.value,
        "roles": {role_id: audit(items) for role_id, items in per_role.items()},
        "overall": audit(decisions),
    }


def tenant_shortlist_audit(scoped: ScopedServices, *, top: int, by: str) -> dict[str, Any]:
    """Each open role of the reader's tenant ranked over the pool the tenant sees; the first `top`
    are selected, everyone else (hard-filtered included) is not. Grouped by region or country."""
    pool = scoped.list_candidates()
    rows: list[dict[str, Any]] = []
    selected: list[bool] = []
    roles = [r for r in scoped.list_roles() if r.status == "open"]
    for role in roles:
        chosen = {r.candidate.id for r in rank(pool, role, top=top).results}
        for c in pool:
            group = (c.country or "unknown") if by == "country" else region_for_country(c.country)
            rows.append({by: group})
            selected.append(c.id in chosen)
    if not rows:
        return {"top": top, "by": by, "roles": len(roles), "rows": 0, "groups": {}, "flagged": []}
    return {"top": top, "by": by, "roles": len(roles), **audit_rows(rows, [by], selected)}
