"""The pipeline at the edges: what the API accepts and answers, and what the CLI prints with
--json (the same models, so both say the same thing the same way)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from worldhire.core.models import Candidate
from worldhire.pipeline.events import EVENTS
from worldhire.pipeline.models import (
    Application,
    Delivery,
    Grouping,
    Note,
    StageMove,
    State,
    Subscription,
)
from worldhire.pipeline.scorecard_schemas import ScorecardOut
from worldhire.pipeline.stages import StageConfig

# The use cases import governance: the models name them only in the constructors' signatures.
if TYPE_CHECKING:
    from collections.abc import Callable

    from worldhire.pipeline.applying import OwnApplication
    from worldhire.pipeline.funnel import FunnelReport
    from worldhire.pipeline.outreach import OutreachDraft
    from worldhire.pipeline.service import ApplicationView, Board

MAX_STAGES = 30
STAGE_NAME = Field(min_length=1, max_length=40)


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


# bodies ----------------------------------------------------------------------------------------


class ApplicationIn(_In):
    candidate_id: str = Field(min_length=1, max_length=100)
    role_id: str = Field(min_length=1, max_length=100)


class MoveIn(_In):
    to_stage: str = Field(min_length=1, max_length=40)
    reason: str | None = Field(default=None, max_length=2000,
                               description="why; required when the stage needs one (rejected)")


class NoteIn(_In):
    text: str = Field(min_length=1, max_length=20_000)


class RatingIn(_In):
    requirement: str = Field(min_length=1, max_length=200, description="skill id or label")
    rating: int = Field(ge=1, le=4, description="1 no evidence … 4 strong evidence")
    evidence: str = Field(min_length=1, max_length=5000, description="what the interviewer saw")


class ScorecardIn(_In):
    ratings: list[RatingIn] = Field(min_length=1, max_length=100,
                                    description="one per requirement of the role")
    summary: str = Field(default="", max_length=10_000)


class StageSpec(_In):
    name: str = STAGE_NAME
    terminal: bool = False
    needs_reason: bool = False


class Stages(_In):
    """A tenant's stages and the moves allowed between them (read, and written by admins)."""

    initial: str = STAGE_NAME
    stages: list[StageSpec] = Field(min_length=1, max_length=MAX_STAGES)
    moves: dict[str, list[str]] = Field(default_factory=dict, max_length=MAX_STAGES)

    @classmethod
    def of(cls, config: StageConfig) -> Stages:
        return cls.model_validate(config.to_dict())

    def config(self) -> StageConfig:
        return StageConfig.from_dict(self.model_dump())


class OutreachIn(_In):
    sender_name: str | None = Field(
        default=None, min_length=1, max_length=200,
        description="who signs the draft; without it, the company's hiring team")


class WebhookIn(_In):
    url: str = Field(min_length=8, max_length=2000, description="http(s) URL to POST events to")
    events: list[Literal["candidate.shortlisted", "application.stage_changed",
                         "consent.withdrawn"]] = Field(min_length=1, max_length=len(EVENTS))
    format: Literal["json", "slack", "jira", "github"] = "json"


# answers ---------------------------------------------------------------------------------------


class ApplicationOut(BaseModel):
    id: str
    candidate_id: str
    role_id: str
    stage: str
    source: str
    rejection_reason: str | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, a: Application) -> ApplicationOut:
        return cls(id=a.id, candidate_id=a.candidate_id, role_id=a.role_id, stage=a.stage,
                   source=a.source, rejection_reason=a.rejection_reason,
                   created_at=a.created_at, updated_at=a.updated_at)


class MoveOut(BaseModel):
    seq: int
    from_stage: str | None
    to_stage: str
    actor: str = Field(description="who moved it, by id")
    actor_name: str = Field(description=(
        "who moved it, as a person reads it: a user's e-mail address, 'the candidate', "
        "'system', or 'an erased person' once erased"))
    at: datetime
    reason: str | None

    @classmethod
    def of(cls, m: StageMove, names: Callable[[str | None], str]) -> MoveOut:
        return cls(seq=m.seq, from_stage=m.from_stage, to_stage=m.to_stage, actor=m.actor,
                   actor_name=names(m.actor), at=m.at, reason=m.reason)


class NoteOut(BaseModel):
    id: str
    author: str = Field(description="who wrote it, by id")
    author_name: str = Field(description="who wrote it, as a person reads it (as actor_name)")
    text: str
    at: datetime

    @classmethod
    def of(cls, n: Note, names: Callable[[str | None], str]) -> NoteOut:
        return cls(id=n.id, author=n.author, author_name=names(n.author), text=n.text, at=n.at)


class PersonRef(BaseModel):
    id: str
    name: str
    headline: str | None


class RoleRef(BaseModel):
    id: str
    title: str


class ApplicationDetail(ApplicationOut):
    """One application with its history, notes, scorecards and the moves allowed next."""

    candidate: PersonRef
    role: RoleRef
    allowed_moves: list[str]
    history: list[MoveOut]
    notes: list[NoteOut]
    scorecards: list[ScorecardOut]

    @classmethod
    def of_view(cls, v: ApplicationView, names: Callable[[str | None], str]
                ) -> ApplicationDetail:
        return cls(
            **ApplicationOut.of(v.application).model_dump(),
            candidate=PersonRef(id=v.candidate.id, name=v.candidate.display_name,
                                headline=v.candidate.headline),
            role=RoleRef(id=v.role.id, title=v.role.title),
            allowed_moves=list(v.allowed),
            history=[MoveOut.of(m, names) for m in v.history],
            notes=[NoteOut.of(n, names) for n in v.notes],
            scorecards=[ScorecardOut.of(s, names) for s in v.scorecards],
        )


class CardOut(ApplicationOut):
    """An application on a board: the person (None once they left the caller's scope)."""

    candidate_name: str | None
    headline: str | None
    country: str | None
    allowed_moves: list[str]

    @classmethod
    def of_card(cls, a: Application, person: Candidate | None, allowed: tuple[str, ...]
                ) -> CardOut:
        return cls(**ApplicationOut.of(a).model_dump(),
                   candidate_name=person.display_name if person else None,
                   headline=person.headline if person else None,
                   country=person.country if person else None, allowed_moves=list(allowed))


class ColumnOut(BaseModel):
    stage: str
    terminal: bool
    needs_reason: bool
    applications: list[CardOut]


class BoardRole(RoleRef):
    company: str


class BoardOut(BaseModel):
    """A role's applications by stage, in the tenant's stage order."""

    role: BoardRole
    columns: list[ColumnOut]

    @classmethod
    def of(cls, board: Board) -> BoardOut:
        stages = {s.name: s for s in board.config.stages}
        return cls(
            role=BoardRole(id=board.role.id, title=board.role.title, company=board.role.company),
            columns=[
                ColumnOut(
                    stage=name,
                    # A stage the configuration dropped still shows what sits in it, as final.
                    terminal=stages[name].terminal if name in stages else True,
                    needs_reason=stages[name].needs_reason if name in stages else False,
                    applications=[CardOut.of_card(a, board.people.get(a.candidate_id),
                                                  board.config.allowed(a.stage))
                                  for a in apps])
                for name, apps in board.columns.items()
            ],
        )


class CitedOut(BaseModel):
    requirement: str
    evidence_title: str
    snippet: str


class SlotOut(BaseModel):
    start: datetime
    end: datetime
    candidate_tz: str
    team_tz: str
    text: str


class OutreachDraftOut(BaseModel):
    """A message citing the evidence behind the fit, with call times; `to` is withheld without
    the person's consent to outreach."""

    candidate_id: str
    role_id: str
    to: str | None
    subject: str
    body: str
    warnings: list[str]
    sent: bool = False
    cited: list[CitedOut]
    slots: list[SlotOut]

    @classmethod
    def of(cls, d: OutreachDraft, *, sent: bool = False) -> OutreachDraftOut:
        return cls(
            candidate_id=d.candidate_id, role_id=d.role_id, to=d.to, subject=d.subject,
            body=d.body, warnings=list(d.warnings), sent=sent,
            cited=[CitedOut(requirement=c.requirement, evidence_title=c.citation.evidence_title,
                            snippet=c.citation.snippet) for c in d.cited],
            slots=[SlotOut(start=s.start, end=s.end, candidate_tz=s.candidate_tz,
                           team_tz=s.team_tz, text=s.describe()) for s in d.slots],
        )


class SubscriptionOut(BaseModel):
    id: str
    url: str
    events: list[str]
    format: str
    active: bool
    created_at: datetime

    @classmethod
    def of(cls, s: Subscription) -> SubscriptionOut:
        return cls(id=s.id, url=s.url, events=list(s.events), format=s.format.value,
                   active=s.active, created_at=s.created_at)


class NewSubscriptionOut(SubscriptionOut):
    """A webhook just registered: its signing secret, shown this once."""

    secret: str

    @classmethod
    def of_new(cls, s: Subscription) -> NewSubscriptionOut:
        return cls(**SubscriptionOut.of(s).model_dump(), secret=s.secret)


class AttemptOut(BaseModel):
    at: datetime
    ok: bool
    status_code: int | None
    error: str | None


class DeliveryOut(BaseModel):
    id: str
    subscription_id: str
    event: str
    status: str
    created_at: datetime
    payload: dict[str, Any]
    attempts: list[AttemptOut]

    @classmethod
    def of(cls, d: Delivery) -> DeliveryOut:
        return cls(id=d.id, subscription_id=d.subscription_id, event=d.event,
                   status=d.status.value, created_at=d.created_at, payload=json.loads(d.body),
                   attempts=[AttemptOut(at=a.at, ok=a.ok, status_code=a.status_code,
                                        error=a.error) for a in d.attempts])


class ApplyIn(_In):
    role_id: str = Field(min_length=1, max_length=100)


class OwnApplicationOut(BaseModel):
    """An application as its candidate sees it (the company's stage names stay the company's)."""

    id: str
    role_id: str
    role_title: str
    company: str
    employer: str = Field(description=(
        "who posts the role, as a role's employer: its company, and the account that posted "
        "it where that is another name ('Larkspur Health, posted by Acme AI')"))
    state: State
    applied_at: datetime

    @classmethod
    def of(cls, own: OwnApplication) -> OwnApplicationOut:
        a = own.application
        return cls(id=a.id, role_id=a.role_id, role_title=own.role_title, company=own.company,
                   employer=own.employer, state=own.state, applied_at=a.created_at)


class StageFiguresOut(BaseModel):
    stage: str
    reached: int = Field(description="applications whose history entered the stage")
    in_stage_now: int
    decided: int = Field(description="applications that reached the stage and have left it: went "
                                     "on, or ended (rejected, withdrawn); those still open there "
                                     "are not counted")
    conversion_to_next: float | None = Field(
        description="share of the decided applications that went on to a later stage; null for "
                    "final stages and where none is decided yet")
    median_days: float | None = Field(description="median days in the stage, finished stays "
                                                  "only; null before any")
    finished_stays: int


class FunnelGroupOut(BaseModel):
    grouping: Grouping
    key: str
    label: str
    applications: int
    stages: list[StageFiguresOut]


class FunnelOut(BaseModel):
    """The tenant's funnel: `groups[0]` is every application ("stage" grouping), then one group
    per role and one per candidate region."""

    groups: list[FunnelGroupOut]

    @classmethod
    def of(cls, report: FunnelReport) -> FunnelOut:
        return cls(groups=[
            FunnelGroupOut(grouping=g.grouping, key=g.key, label=g.label,
                           applications=g.applications,
                           stages=[StageFiguresOut(**vars(s)) for s in g.stages])
            for g in report.groups
        ])
