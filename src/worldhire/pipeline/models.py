"""What the pipeline records: applications, their moves, notes and interview scorecards, and the
webhooks tenants subscribe with and the deliveries queued for them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Literal

from worldhire.core.models import new_id, utcnow

# A four-point scale keeps interviewers from sitting on the fence.
RATING_SCALE = {1: "no evidence", 2: "some evidence", 3: "solid evidence", 4: "strong evidence"}

# Where a candidate's own application stands, in words that are not the company's stage names.
State = Literal["in progress", "closed", "withdrawn"]
# How the funnel groups applications: all of them by stage, or per role, or per region.
Grouping = Literal["stage", "role", "region"]


@dataclass
class Application:
    tenant_id: str
    candidate_id: str
    role_id: str
    stage: str
    source: str = "manual"  # "shortlist", "manual", "import"
    rejection_reason: str | None = None
    id: str = field(default_factory=lambda: new_id("app"))
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)


@dataclass(frozen=True)
class StageMove:
    """One line of an application's history; the first (seq 1) has no `from_stage`."""

    application_id: str
    seq: int
    from_stage: str | None
    to_stage: str
    actor: str
    at: datetime
    reason: str | None = None


@dataclass(frozen=True)
class Note:
    application_id: str
    author: str
    text: str
    at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=lambda: new_id("note"))


@dataclass(frozen=True)
class Rating:
    """An interviewer's rating of one of the role's requirements, with what they saw."""

    skill_id: str
    label: str
    rating: int
    evidence: str


@dataclass(frozen=True)
class Scorecard:
    application_id: str
    interviewer: str
    stage: str
    ratings: tuple[Rating, ...]
    summary: str = ""
    at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=lambda: new_id("card"))

    @property
    def mean(self) -> float:
        return sum(r.rating for r in self.ratings) / len(self.ratings) if self.ratings else 0.0


class PayloadFormat(StrEnum):
    JSON = "json"
    SLACK = "slack"
    JIRA = "jira"
    GITHUB = "github"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"


@dataclass(frozen=True)
class Subscription:
    tenant_id: str
    url: str
    events: tuple[str, ...]
    format: PayloadFormat
    secret: str
    active: bool = True
    id: str = field(default_factory=lambda: new_id("hook"))
    created_at: datetime = field(default_factory=utcnow)


@dataclass(frozen=True)
class Attempt:
    at: datetime
    ok: bool
    status_code: int | None
    error: str | None


@dataclass(frozen=True)
class Delivery:
    id: str
    subscription_id: str
    event: str
    body: str
    status: DeliveryStatus
    created_at: datetime
    attempts: tuple[Attempt, ...] = ()
