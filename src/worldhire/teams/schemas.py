"""A team plan at the edges: the request the API and the web form send, and the plan as the
API answers it and the CLI prints it with --json (the same models)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from worldhire.teams.spec import TeamSpecFile

MAX_PLAN_SECONDS = 20.0


class TeamPlanIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    spec: TeamSpecFile
    role_id: str | None = Field(default=None, description="pick from this role's shortlist")
    time_limit: float = Field(default=10.0, gt=0, le=MAX_PLAN_SECONDS)


class ConstraintOut(BaseModel):
    key: str
    description: str


class RelaxationOut(BaseModel):
    constraint: str
    suggestion: str
    value: float | None


class ConflictOut(BaseModel):
    """Why no team fits, and what to relax."""

    summary: str
    constraints: list[ConstraintOut]
    relaxations: list[RelaxationOut]


class MemberOut(BaseModel):
    id: str
    name: str
    country: str | None
    region: str | None
    timezone: str
    local_hours: str
    fit: float
    cost_usd: float
    required_skills: list[str]
    hired: bool


class CostOut(BaseModel):
    total_usd: float
    budget_usd: float | None
    left_usd: float | None


class ShareOut(BaseModel):
    name: str
    members: int
    share: float


class HourCoverage(BaseModel):
    hour: str
    worst: int
    best: int
    required: int


class SlotCoverage(BaseModel):
    slot: int
    start: str
    worst: int
    best: int
    required: int


class WindowMember(BaseModel):
    id: str
    name: str
    local: str


class OverlapWindow(BaseModel):
    start: str
    end: str
    hours: float
    dates: list[str]
    days: int
    members: list[WindowMember]


class Handoff(BaseModel):
    id: str
    name: str
    starts: str
    ends: str
    local: str
    hands_to: str
    at: str


class HandoffDay(BaseModel):
    dates: list[str]
    days: int
    sequence: list[Handoff]


class SkippedOut(BaseModel):
    candidate_id: str
    name: str
    reason: str


class TeamPlanOut(BaseModel):
    """A plan: the team (absent when none fits, with the conflict instead), its cost, shares by
    country and region, coverage by hour and slot, overlap windows and hand-offs."""

    status: str
    total_fit: float | None
    bound: float | None
    gap: float | None
    pool_size: int
    pruned_pool_size: int
    checked_dates: int
    days_covered_by_check: int
    timezone: str
    seconds: dict[str, float]
    conflict: ConflictOut | None = None
    team: list[MemberOut] | None = None
    cost: CostOut | None = None
    shares: dict[str, list[ShareOut]] | None = None
    coverage_by_hour: list[HourCoverage] | None = None
    coverage_by_slot: list[SlotCoverage] | None = None
    overlap_windows: list[OverlapWindow] | None = None
    handoffs: list[HandoffDay] | None = None
    skipped: list[SkippedOut] = Field(default_factory=list)
