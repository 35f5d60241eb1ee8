"""The hiring pipeline: put a candidate on a role, move them through the tenant's stages, keep
notes and interview scorecards, draft and send outreach, and answer who moved what when.

`PipelineService` acts on the whole store; `pipeline.scoped.ScopedPipeline` is the same
pipeline as a principal may see and change it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from worldhire.core.errors import RoleNotOpen
from worldhire.core.models import Candidate, ConsentPurpose, Role, utcnow
from worldhire.pipeline.events import CANDIDATE_SHORTLISTED, STAGE_CHANGED, EventSink
from worldhire.pipeline.models import (
    RATING_SCALE,
    Application,
    Note,
    Rating,
    Scorecard,
    StageMove,
)
from worldhire.pipeline.outreach import (
    MessageSender,
    OutreachDraft,
    OutreachError,
    draft_outreach,
    send_outreach,
)
from worldhire.pipeline.repository import PipelineStore
from worldhire.pipeline.stages import IllegalMove, PipelineError, StageConfig, default_config
from worldhire.store.protocol import Repository

MAX_NOTE_CHARS = 20_000
WITHDRAWN = "withdrawn by the candidate"
NO_OUTREACH_CONSENT = ("no consent to outreach on file: the address is withheld and the message "
                       "cannot be sent")


@dataclass(frozen=True)
class RatingInput:
    """An interviewer's rating as entered: the requirement by skill id or label."""

    requirement: str
    rating: int
    evidence: str


@dataclass
class ApplicationView:
    application: Application
    candidate: Candidate
    role: Role
    history: list[StageMove]
    notes: list[Note]
    scorecards: list[Scorecard]
    allowed: tuple[str, ...] = field(default=())


@dataclass
class Board:
    """A role's applications by stage, with the people on the cards (None for someone who has
    left the reader's scope)."""

    role: Role
    config: StageConfig
    columns: dict[str, list[Application]]
    people: dict[str, Candidate | None]


class PipelineService:
    def __init__(
        self, repo: Repository, store: PipelineStore, events: EventSink | None = None
    ) -> None:
        self.repo = repo
        self.store = store
        self.events = events

    # stages ------------------------------------------------------------------------------------

    def config(self, tenant_id: str) -> StageConfig:
        return self.store.get_config(tenant_id) or default_config()

    def configure(self, tenant_id: str, config: StageConfig) -> None:
        """Replace a tenant's stages. Applications in a stage the new configuration drops would
        be stranded, so that is refused."""
        if self.repo.get_tenant(tenant_id) is None:
            raise PipelineError(f"no tenant with id {tenant_id!r}")
        stranded = sorted({
            a.stage for a in self.store.list_applications(tenant_id)
            if a.stage not in config.names
        })
        if stranded:
            raise PipelineError(
                f"applications sit in {', '.join(stranded)}, which the new stages drop"
            )
        self.store.set_config(tenant_id, config)

    # applications ------------------------------------------------------------------------------

    def add(
        self, candidate_id: str, role_id: str, *, actor: str, source: str = "manual",
        score: float | None = None, at: datetime | None = None,
    ) -> Application:
        role = self._role(role_id)
        if not role.is_open:
            raise RoleNotOpen(f"role {role.id} is {role.status}: it takes no new applications")
        candidate = self._candidate(candidate_id)
        if candidate.tenant_id not in (None, role.tenant_id):
            raise PipelineError(f"candidate {candidate_id} belongs to another tenant")
        config = self.config(role.tenant_id)
        when = at or utcnow()
        application = Application(
            role.tenant_id, candidate.id, role.id, config.initial, source=source,
            created_at=when, updated_at=when,
        )
        first = StageMove(application.id, 1, None, config.initial, _actor(actor), when)
        self.store.add_application(application, first)
        if self.events is not None:
            data: dict[str, Any] = {"application_id": application.id, "candidate_id": candidate.id,
                    "role_id": role.id, "role_title": role.title, "stage": config.initial,
                    "source": source, "actor": first.actor}
            if score is not None:
                data["score"] = score
            self.events.emit(role.tenant_id, CANDIDATE_SHORTLISTED, data)
        return application

    def move(
        self, application_id: str, to_stage: str, *, actor: str, reason: str | None = None,
        at: datetime | None = None,
    ) -> StageMove:
        application = self.get(application_id)
        config = self.config(application.tenant_id)
        config.check(application.stage, to_stage, reason)
        history = self.store.history(application_id)
        clean_reason = reason.strip() if reason and reason.strip() else None
        move = StageMove(
            application_id, len(history) + 1, application.stage, to_stage, _actor(actor),
            at or utcnow(), clean_reason,
        )
        rejection = clean_reason if config.stage(to_stage).needs_reason else None
        self.store.record_move(move, rejection)
        self._announce(application, move)
        return move

    def note(self, application_id: str, text: str, *, author: str) -> Note:
        self.get(application_id)
        body = text.strip()
        if not body:
            raise PipelineError("a note needs some text")
        if len(body) > MAX_NOTE_CHARS:
            raise PipelineError(f"a note is at most {MAX_NOTE_CHARS} characters")
        note = Note(application_id, _actor(author), body)
        self.store.add_note(note)
        return note

    def score(
        self, application_id: str, ratings: Sequence[RatingInput], *, interviewer: str,
        summary: str = "",
    ) -> Scorecard:
        """A structured scorecard: exactly one rating per requirement of the role (1-4), each
        with the evidence the interviewer saw."""
        application = self.get(application_id)
        role = self._role(application.role_id)
        if not role.requirements:
            raise PipelineError(f"role {role.id} has no requirements to score against")
        by_key: dict[str, int] = {}
        for i, q in enumerate(role.requirements):
            # (a requirement of alternatives, "PyTorch or JAX", by its first skill or in full)
            for key in (q.skill.id, q.skill.label, q.key, q.label):
                by_key.setdefault(key.casefold(), i)
        chosen: dict[int, RatingInput] = {}
        for given in ratings:
            index = by_key.get(given.requirement.strip().casefold())
            if index is None:
                raise PipelineError(
                    f"{given.requirement!r} is not a requirement of {role.title}; requirements: "
                    + ", ".join(q.label for q in role.requirements)
                )
            if index in chosen:
                raise PipelineError(f"{given.requirement!r} is rated twice")
            if given.rating not in RATING_SCALE:
                raise PipelineError(
                    f"rating for {given.requirement!r} must be 1-4, got {given.rating}"
                )
            if not given.evidence.strip():
                raise PipelineError(f"say what you saw for {given.requirement!r}")
            chosen[index] = given
        missing = [q.label for i, q in enumerate(role.requirements) if i not in chosen]
        if missing:
            raise PipelineError(f"rate every requirement; missing: {', '.join(missing)}")
        card = Scorecard(
            application_id, _actor(interviewer), application.stage,
            tuple(
                Rating(q.skill.id, q.label, chosen[i].rating, chosen[i].evidence.strip())
                for i, q in enumerate(role.requirements)
            ),
            summary.strip(),
        )
        self.store.add_scorecard(card)
        return card

    # reading -----------------------------------------------------------------------------------

    def get(self, application_id: str) -> Application:
        found = self.store.get_application(application_id)
        if found is None:
            raise PipelineError(f"no application with id {application_id!r}")
        return found

    def history(self, application_id: str) -> list[StageMove]:
        self.get(application_id)
        return self.store.history(application_id)

    def show(self, application_id: str) -> ApplicationView:
        application = self.get(application_id)
        return ApplicationView(
            application, self._candidate(application.candidate_id),
            self._role(application.role_id), self.store.history(application_id),
            self.store.notes(application_id), self.store.scorecards(application_id),
            self.config(application.tenant_id).allowed(application.stage),
        )

    def board(self, role_id: str) -> Board:
        """A role's applications by stage, in the tenant's stage order, with the people on the
        cards (None for one no longer stored)."""
        role = self._role(role_id)
        config = self.config(role.tenant_id)
        columns: dict[str, list[Application]] = {n: [] for n in config.names}
        for a in self.store.list_applications(role_id=role_id):
            columns.setdefault(a.stage, []).append(a)
        ids = list(dict.fromkeys(a.candidate_id for apps in columns.values() for a in apps))
        found = {c.id: c for c in self.repo.get_candidates(ids)}
        return Board(role, config, columns, {i: found.get(i) for i in ids})

    # outreach ----------------------------------------------------------------------------------

    def outreach(self, application_id: str, *, sender_name: str | None) -> OutreachDraft:
        """A draft citing the evidence behind the fit, with call times in the candidate's local
        time inside the overlap with the team. Contact details are only handed out with consent
        to outreach: without it the address is withheld and the draft says so."""
        from worldhire.match.service import rank

        view = self.show(application_id)
        ranked = rank([view.candidate], view.role)
        if not ranked.results:
            reason = ranked.rejected[0].reason if ranked.rejected else "not ranked"
            raise OutreachError(f"the candidate does not pass the role's filters: {reason}")
        draft = draft_outreach(ranked.results[0], sender_name=sender_name)
        if not view.candidate.consented(ConsentPurpose.OUTREACH):
            draft.to = None
            draft.warnings.append(NO_OUTREACH_CONSENT)
        return draft

    def send_outreach(
        self, application_id: str, draft: OutreachDraft, sender: MessageSender, *,
        from_address: str, from_name: str, actor: str,
    ) -> Note:
        """Send a draft (only with the person's consent to outreach) and note it on the
        application."""
        application = self.get(application_id)
        if draft.candidate_id != application.candidate_id:
            raise OutreachError("the draft was written for another application")
        candidate = self._candidate(application.candidate_id)
        send_outreach(draft, candidate, sender, from_address=from_address, from_name=from_name)
        return self.note(application_id, f"Outreach sent to {draft.to}: {draft.subject}",
                         author=actor)

    def _role(self, role_id: str) -> Role:
        role = self.repo.get_role(role_id)
        if role is None:
            raise PipelineError(f"no role with id {role_id!r}")
        return role

    def withdraw(self, application_id: str, *, actor: str, at: datetime | None = None
                 ) -> StageMove:
        """The candidate withdraws: the application goes to the tenant's rejection stage (the
        final stage that asks for a reason) with WITHDRAWN as the reason, from any open stage:
        a person may always step back, whatever moves the stages allow recruiters."""
        application = self.get(application_id)
        config = self.config(application.tenant_id)
        if config.stage(application.stage).terminal:
            raise IllegalMove(f"the application is already final ({application.stage})")
        closing = [s.name for s in config.stages if s.terminal and s.needs_reason]
        if not closing:
            raise PipelineError("this company's stages have no rejection stage to withdraw to; "
                                "write to the company")
        move = StageMove(application_id, len(self.store.history(application_id)) + 1,
                         application.stage, closing[0], _actor(actor), at or utcnow(), WITHDRAWN)
        self.store.record_move(move, WITHDRAWN)
        self._announce(application, move)
        return move

    def _announce(self, application: Application, move: StageMove) -> None:
        """The `stage.changed` event of a move, to the tenant's webhooks."""
        if self.events is None:
            return
        role = self.repo.get_role(application.role_id)
        self.events.emit(application.tenant_id, STAGE_CHANGED, {
            "application_id": move.application_id, "candidate_id": application.candidate_id,
            "role_id": application.role_id, "role_title": role.title if role else "",
            "from_stage": move.from_stage, "to_stage": move.to_stage, "actor": move.actor,
            "reason": move.reason,
        })

    def _candidate(self, candidate_id: str) -> Candidate:
        candidate = self.repo.get_candidate(candidate_id)
        if candidate is None:
            raise PipelineError(f"no candidate with id {candidate_id!r}")
        return candidate


def _actor(actor: str) -> str:
    who = actor.strip()
    if not who:
        raise PipelineError("every change names who made it")
    return who[:200]
