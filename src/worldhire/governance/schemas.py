"""Accounts, tokens and audits at the edges: the typed answers of the API."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from worldhire.governance.accounts import TokenInfo, User
    from worldhire.governance.audit import AuditEntry, VerifyReport
    from worldhire.governance.principal import Principal


class MeOut(BaseModel):
    """Who a token stands for."""

    role: str
    tenant_id: str | None
    user_id: str | None
    candidate_id: str | None
    name: str

    @classmethod
    def of(cls, p: Principal) -> MeOut:
        return cls(role=p.role.value, tenant_id=p.tenant_id, user_id=p.user_id,
                   candidate_id=p.candidate_id, name=p.name)


class UserOut(BaseModel):
    id: str
    email: str
    role: str
    created_at: datetime

    @classmethod
    def of(cls, u: User) -> UserOut:
        return cls(id=u.id, email=u.email, role=u.role.value, created_at=u.created_at)


class TokenIssued(BaseModel):
    """A new token's secret, shown this once."""

    token: str


class TokenOut(BaseModel):
    """A token without its secret."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    label: str
    user_id: str | None
    revoked: bool
    created_at: datetime

    @classmethod
    def of(cls, t: TokenInfo) -> TokenOut:
        return cls.model_validate(t)


class AuditCheckOut(BaseModel):
    """The hash chain checked: entries, head, an anchor to keep, and what is wrong if anything."""

    ok: bool
    entries: int
    head: str
    anchor: str | None
    problems: list[str]

    @classmethod
    def of(cls, r: VerifyReport) -> AuditCheckOut:
        return cls(ok=r.ok, entries=r.entries, head=r.head,
                   anchor=str(r.anchor) if r.anchor else None, problems=r.problems)


class AuditEntryOut(BaseModel):
    seq: int
    id: str
    at: datetime
    action: str
    actor: str | None
    details: dict[str, Any]

    @classmethod
    def of(cls, e: AuditEntry) -> AuditEntryOut:
        return cls(seq=e.seq, id=e.entry_id, at=e.at, action=e.action,
                   actor=e.record.get("actor"), details=e.record.get("details", {}))


class GroupRateOut(BaseModel):
    """One group's rate (selection or scoring), its ratio to the best group's, and whether that
    ratio falls under four fifths."""

    selection_rate: float | None = None
    scoring_rate: float | None = None
    impact_ratio: float
    count: int
    flagged: bool


class GroupRatesOut(BaseModel):
    groups: dict[str, GroupRateOut]
    by_column: dict[str, dict[str, GroupRateOut]] | None = None
    intersections: dict[str, GroupRateOut] | None = None
    flagged: list[str]


class ScoringOut(GroupRatesOut):
    """LL144's scoring rate: the share of each group scoring above the sample's median."""

    method: str
    median: float


class BiasAuditOut(GroupRatesOut):
    """Selection rates and impact ratios per group, per column and per intersection; the scoring
    rates too when scores were given. Absent fields were not asked for."""

    rows: int
    group_cols: list[str]
    threshold: float
    scoring: ScoringOut | None = None


class ShortlistBiasOut(GroupRatesOut):
    """A bias audit of the tenant's own shortlists: the first `top` of each open role count as
    selected. Without open roles or people, `rows` is 0 and there are no groups."""

    top: int
    by: str
    roles: int
    rows: int
    group_cols: list[str] | None = None
    threshold: float | None = None
