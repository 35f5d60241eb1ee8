"""A bias audit of worldhire's own shortlists: each open role the reader sees is ranked over its
pool (the people who consented to matching, as every shortlist reads it) through the one ranking
path, the first `top` count as selected, and everyone else in the pool as not: a hard filter's
refusal is an outcome too. Selection rates are compared across residency regions or countries,
for all roles together and role by role."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from worldhire.core.models import Candidate, Role
from worldhire.embed.protocol import Embedder
from worldhire.governance.access import ScopedServices
from worldhire.governance.bias import audit_rows
from worldhire.governance.residency import region_of
from worldhire.governance.schemas import BiasAuditOut, ShortlistBiasOut
from worldhire.match.service import shortlist
from worldhire.store.protocol import Repository


class GroupBy(StrEnum):
    REGION = "region"
    COUNTRY = "country"


@dataclass(frozen=True)
class Decision:
    role_id: str
    group: str
    selected: bool


def _group(repo: Repository, candidate: Candidate, by: GroupBy) -> str:
    if by is GroupBy.COUNTRY:
        return candidate.country or "unknown"
    return region_of(repo, candidate)


def role_decisions(repo: Repository, role: Role, *, top: int, by: GroupBy,
                   embedder: Embedder | None = None,
                   index_home: Path | None = None) -> list[Decision]:
    """Everyone in the role's pool, shortlisted in the first `top` or not."""
    read: list[list[Candidate]] = []
    ranking = shortlist(repo, role, top=top, embedder=embedder, index_home=index_home,
                        audit=lambda _, pool: read.append(pool))
    # A small pool is read whole by the ranking; a large one only down to its retrieved top.
    pool = read[0] if len(read[0]) == ranking.pool_size else repo.matching_pool(role.tenant_id)
    chosen = {r.candidate.id for r in ranking.results}
    return [Decision(role.id, _group(repo, c, by), c.id in chosen) for c in pool]


def shortlist_bias(scoped: ScopedServices, *, top: int = 10, by: GroupBy = GroupBy.REGION,
                   embedder: Embedder | None = None,
                   index_home: Path | None = None) -> ShortlistBiasOut:
    """The audit over the open roles the principal sees (a company's own; every company's for
    the platform operator)."""
    repo = scoped.gov.repo
    roles = [r for r in scoped.list_roles() if r.is_open]
    per_role = {role.id: role_decisions(repo, role, top=top, by=by, embedder=embedder,
                                        index_home=index_home) for role in roles}
    every = [d for decisions in per_role.values() for d in decisions]
    if not every:
        return ShortlistBiasOut(top=top, by=by.value, roles=len(roles), rows=0, groups={},
                                flagged=[], small_groups=[])

    def audit(decisions: list[Decision]) -> BiasAuditOut:
        return audit_rows([{by.value: d.group} for d in decisions], [by.value],
                          [d.selected for d in decisions])

    overall = audit(every)
    return ShortlistBiasOut(
        top=top, by=by.value, roles=len(roles), rows=overall.rows,
        group_cols=overall.group_cols, threshold=overall.threshold,
        groups=overall.groups, by_column=overall.by_column, flagged=overall.flagged,
        small_groups=overall.small_groups,
        by_role={role_id: audit(decisions) for role_id, decisions in per_role.items()
                 if decisions},
    )
