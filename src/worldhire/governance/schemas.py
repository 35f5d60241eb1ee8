"""Accounts, tokens, audits, consent, corrections and erasure at the edges: the typed bodies and
answers of the API, and what the CLI's `privacy` commands print with --json."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from worldhire.core.models import Candidate, Consent
    from worldhire.governance.audit import AuditEntry, VerifyReport
    from worldhire.governance.erasure import ErasureReport
    from worldhire.governance.principal import Principal
    from worldhire.governance.purges.repository import PendingPurge
    from worldhire.governance.retention import Due
    from worldhire.governance.tenant_settings import ResumeOriginals
    from worldhire.governance.users.repository import TokenInfo, User


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


class TenantSettingsOut(BaseModel):
    """A tenant's settings: what its own choice is, and what applies."""

    tenant_id: str
    resume_originals: Literal["file", "text", "none"] = Field(
        description="what the tenant's imports keep of a résumé as received now: the file and "
                    "its text, the text only, or nothing")
    resume_originals_own: Literal["file", "text", "none"] | None = Field(
        description="the tenant's own choice; null: it follows the deployment's")
    resume_originals_default: Literal["file", "text", "none"] = Field(
        description="the deployment's WORLDHIRE_RESUME_ORIGINALS")

    @classmethod
    def of(cls, r: ResumeOriginals) -> TenantSettingsOut:
        return cls.model_validate({
            "tenant_id": r.tenant_id, "resume_originals": r.kept,
            "resume_originals_own": r.own, "resume_originals_default": r.deployment})


class TenantSettingsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resume_originals: Literal["file", "text", "none"] | None = Field(
        description="what to keep of a résumé as received from now on; null: follow the "
                    "deployment's default. What was stored before stays until the operator "
                    "runs 'worldhire privacy originals --apply'")


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
    """An entry's public part; what it says about each person stays sealed."""

    seq: int
    id: str
    at: datetime
    tenant_id: str | None
    action: str
    actor: str | None = Field(description="who acted, by id, as the hashed entry names them")
    actor_name: str = Field(description=(
        "who acted, as a person reads it: a user's e-mail address (for a candidate, their role "
        "and company), 'the candidate', 'system', or 'an erased person' once erased"))
    # Each action records its own details (a ranking's model and criteria, a correction's
    # fields ...), as they were hashed.
    details: dict[str, Any]
    people: int = Field(description="how many people the entry concerns")
    hash: str = Field(description="the entry's chain hash; 'SEQ:HASH' is an anchor")

    @classmethod
    def of(cls, e: AuditEntry, names: Callable[[str | None], str]) -> AuditEntryOut:
        return cls(seq=e.seq, id=e.entry_id, at=e.at, tenant_id=e.tenant_id, action=e.action,
                   actor=e.actor, actor_name=names(e.actor), details=e.details,
                   people=len(e.subjects), hash=e.hash)


class DecisionsIn(BaseModel):
    """Decisions to audit: one object per person, with group columns and the outcome."""

    model_config = ConfigDict(extra="forbid")

    rows: list[dict[str, str | int | float | bool | None]] = Field(min_length=1, max_length=100_000)
    group_cols: list[str] = Field(min_length=1, max_length=2)
    selected_col: str
    score_col: str | None = None


class GroupRateOut(BaseModel):
    """One group's rate (selection or scoring), its ratio to the best group's, whether that
    ratio falls under four fifths, and whether the group is too small for the ratio to mean
    much."""

    selection_rate: float | None = None
    scoring_rate: float | None = None
    impact_ratio: float
    count: int
    flagged: bool
    small_sample: bool = Field(description=(
        "fewer than 10 decisions, or under 2% of them: one decision moves the rate by a tenth "
        "or more, and NYC Local Law 144 lets an audit leave such groups out of the ratios"))


class GroupRatesOut(BaseModel):
    groups: dict[str, GroupRateOut]
    by_column: dict[str, dict[str, GroupRateOut]] | None = None
    intersections: dict[str, GroupRateOut] | None = None
    flagged: list[str] = Field(description="'column=group' of every group under four fifths")
    small_groups: list[str] = Field(description="'column=group' of every small-sample group")


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
    """A bias audit of worldhire's own shortlists: each open role ranked over its pool (the
    people who consented to matching), the first `top` count as selected and everyone else in
    the pool as not. All roles together, then each role. Without open roles or people, `rows`
    is 0 and there are no groups."""

    top: int
    by: str
    roles: int
    rows: int
    group_cols: list[str] | None = None
    threshold: float | None = None
    by_role: dict[str, BiasAuditOut] = Field(default_factory=dict)


class ConsentOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    purpose: str
    granted: bool
    source: str
    company: str | None
    at: str

    @classmethod
    def of(cls, k: Consent) -> ConsentOut:
        return cls(purpose=k.purpose.value, granted=k.granted, source=k.source,
                   company=k.company, at=k.at.isoformat())

    @classmethod
    def of_candidate(cls, c: Candidate) -> list[ConsentOut]:
        """`c`'s consent records, oldest first."""
        return [cls.of(k) for k in sorted(c.consents, key=lambda k: k.at)]


# -- bodies of consent, staff and corrections; the answers of corrections and erasure ----------


class ConsentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    purpose: Literal["matching", "outreach", "sharing", "retention"]
    granted: bool
    source: str = Field(min_length=1, max_length=300,
                        description="where the consent came from: a form, an e-mail ...")
    company: str | None = Field(default=None, max_length=200,
                                description="the company, for consent to sharing")


class UserIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(min_length=3, max_length=320)
    role: Literal["admin", "recruiter", "viewer"]


class ProfileEdit(BaseModel):
    """Corrections to what the parser read; a field left out stays as it is, an empty text
    clears it (the name cannot be cleared)."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, max_length=200)
    headline: str | None = Field(default=None, max_length=300)
    summary: str | None = Field(default=None, max_length=5000)
    location: str | None = Field(default=None, max_length=200)
    country: str | None = Field(default=None, max_length=60,
                                description="a name in any language the parser knows, or ISO "
                                            "alpha-2")
    timezone: str | None = Field(default=None, max_length=64, description="IANA name")
    email: str | None = Field(default=None, max_length=254)
    phone: str | None = Field(default=None, max_length=40)
    years_experience: float | None = Field(default=None, ge=0, le=70)
    links: list[str] | None = Field(default=None, max_length=20,
                                    description="GitHub, portfolio and other web links")


class CorrectionOut(BaseModel):
    candidate_id: str
    changed: list[str] = Field(description="the fields whose value changed (also in the audit "
                                           "log, without the values)")


class ErasureOut(BaseModel):
    model_config = ConfigDict(extra="forbid")

    candidate_id: str
    profile_deleted: bool
    key_destroyed: bool = Field(description="the key sealing the audit log's words about them")
    hooks: dict[str, int] = Field(description="entries removed from each index or cache")
    suppressed_identifiers: int
    webhook_deliveries_removed: int

    @classmethod
    def of(cls, candidate_id: str, report: ErasureReport) -> ErasureOut:
        return cls(candidate_id=candidate_id, profile_deleted=report.profile_deleted,
                   key_destroyed=report.key_destroyed, hooks=report.hooks,
                   suppressed_identifiers=report.suppressed,
                   webhook_deliveries_removed=report.webhook_deliveries)


class PendingPurgeOut(BaseModel):
    """An erasure still to be finished (`privacy purges`)."""

    candidate_id: str
    reason: str
    requested_at: str
    attempts: int = Field(description="failed retries so far")
    last_error: str | None

    @classmethod
    def of(cls, p: PendingPurge) -> PendingPurgeOut:
        return cls(candidate_id=p.candidate_id, reason=p.reason.value,
                   requested_at=p.requested_at.isoformat(), attempts=p.attempts,
                   last_error=p.last_error)


class RetentionDueOut(BaseModel):
    """A person past their retention period (`privacy retention`), erased unless a dry run."""

    candidate_id: str
    deadline: str
    reason: str
    erased: bool
    error: str | None = Field(description="why the erasure did not finish")

    @classmethod
    def of(cls, d: Due, *, dry_run: bool) -> RetentionDueOut:
        return cls(candidate_id=d.candidate_id, deadline=d.deadline.isoformat(),
                   reason=d.reason, erased=not dry_run and d.failed is None, error=d.failed)
