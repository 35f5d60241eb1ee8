"""The hiring pipeline as a principal may see and change it, for the API, the web app and the
CLI: a tenant's user (or the local operator within one company) acts on that company's, the
local operator with no company chosen on every company's. The audit entries of an add and a
move (`audit_add`, `audit_move`) are written here, for this and for the candidate's own
applications (`pipeline.applying`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from worldhire.core.errors import NotFound, WorldhireError
from worldhire.core.models import Candidate, Role
from worldhire.governance.access import ScopedServices
from worldhire.governance.errors import AccessDenied, NotInScope
from worldhire.governance.principal import Action
from worldhire.pipeline.exchange import AtsDocument, import_ats
from worldhire.pipeline.funnel import FunnelReport, funnel
from worldhire.pipeline.models import (
    Application,
    Delivery,
    Note,
    Scorecard,
    StageMove,
    Subscription,
)
from worldhire.pipeline.outreach import MessageSender, OutreachDraft
from worldhire.pipeline.service import ApplicationView, Board, PipelineService, RatingInput
from worldhire.pipeline.stages import PipelineError, StageConfig
from worldhire.pipeline.webhooks import WebhookError, Webhooks
from worldhire.store.protocol import ListPage


class AlreadyInPipeline(WorldhireError):
    """The candidate already has an application for this role."""

    status = 409
    code = "already-in-pipeline"

    def __init__(self, message: str, application_id: str) -> None:
        super().__init__(message)
        self.application_id = application_id

    @property
    def extra(self) -> dict[str, Any]:
        return {"application_id": self.application_id}


def audit_move(scoped: ScopedServices, application: Application, move: StageMove) -> None:
    """A stage move in the audit log, as corrections and rankings are: who moved the
    application, from which stage to which, in the open; the reason sealed for the person (a
    rejection reason may say anything about them), so that erasing them leaves it unreadable.
    A shell opens one unit of work around the move and this entry: a move whose entry cannot be
    written is rolled back with it, so none goes unaudited."""
    scoped.audit.append(
        "move-stage", actor=move.actor, tenant_id=application.tenant_id,
        details={"application_id": application.id, "role_id": application.role_id,
                 "from_stage": move.from_stage, "to_stage": move.to_stage},
        subjects={application.candidate_id: {
            "candidate_id": application.candidate_id, "outcome": "moved",
            "from_stage": move.from_stage, "to_stage": move.to_stage, "reason": move.reason}},
    )


def audit_add(scoped: ScopedServices, application: Application, *,
              outcome: str = "added") -> None:
    """A person put on a role's pipeline, in the audit log as a move is: who added which
    application on which role, in the open; the person sealed, so that erasing them leaves the
    entry unreadable. A shell opens one unit of work around the add and this entry: an add whose
    entry cannot be written is rolled back with it. `outcome` says how ("imported": restored
    from an exported file, in the stage it had reached)."""
    scoped.audit.append(
        "add-to-pipeline", actor=scoped.principal.actor, tenant_id=application.tenant_id,
        details={"application_id": application.id, "role_id": application.role_id,
                 "stage": application.stage, "source": application.source},
        subjects={application.candidate_id: {
            "candidate_id": application.candidate_id, "outcome": outcome,
            "stage": application.stage}},
    )


class ScopedPipeline:
    """The pipeline as one tenant's user may see and change it: an application, role or webhook
    of another tenant reads as missing (NotInScope, 404), viewers only read, admins configure
    stages and webhooks, and a candidate account has no pipeline (403). The local operator with
    no company chosen acts on every company's applications, webhooks and deliveries; what is one
    company's own (its stages, its funnel, a new webhook) needs the company (403)."""

    def __init__(self, scoped: ScopedServices, service: PipelineService, webhooks: Webhooks
                 ) -> None:
        scoped.principal.require(Action.READ)
        self.tenant_id = (None if scoped.principal.over_every_tenant
                          else scoped.principal.require_tenant())
        self.scoped = scoped
        self.service = service
        self.webhooks = webhooks

    @property
    def actor(self) -> str:
        return self.scoped.principal.actor

    def _require(self, action: Action) -> None:
        self.scoped.principal.require(action)

    def _company(self) -> str:
        """The one company whose stages, funnel or webhook this is."""
        return self.scoped.principal.require_tenant()

    def role(self, role_id: str) -> Role:
        return self.scoped.get_role(role_id)

    def candidate(self, candidate_id: str) -> Candidate:
        return self.scoped.get_candidate(candidate_id)

    def application(self, application_id: str) -> Application:
        found = self.service.store.get_application(application_id)
        if found is None or self.tenant_id not in (None, found.tenant_id):
            raise NotInScope(f"no application {application_id!r} in your scope")
        return found

    def applications(self, role_id: str | None = None, stage: str | None = None
                     ) -> list[Application]:
        if role_id is not None:
            self.role(role_id)
        found = self.service.store.list_applications(tenant_id=self.tenant_id, role_id=role_id)
        return [a for a in found if stage is None or a.stage == stage]

    def applications_of(self, candidate_id: str) -> list[Application]:
        """One person's applications in the caller's scope: their company's (every company's
        for the operator), so a profile says which roles the person is already on."""
        candidate = self.candidate(candidate_id)
        return [a for a in self.service.store.applications_of(candidate.id)
                if self.tenant_id in (None, a.tenant_id)]

    def application_page(
        self, role_id: str | None = None, stage: str | None = None, *, limit: int = 50,
        offset: int = 0, after: tuple[str, str] | None = None, count: bool = True,
    ) -> ListPage[Application]:
        """One page of `applications`, paged and counted by the store."""
        if role_id is not None:
            self.role(role_id)
        return self.service.store.application_page(
            self.tenant_id, role_id=role_id, stage=stage, limit=limit, offset=offset,
            after=after, count=count)

    def history(self, application_id: str) -> list[StageMove]:
        self.application(application_id)
        return self.service.history(application_id)

    def show(self, application_id: str) -> ApplicationView:
        self.application(application_id)
        try:
            return self.service.show(application_id)
        except PipelineError as exc:  # its candidate or role is gone (erased, deleted)
            raise NotFound(str(exc)) from exc

    def add(self, candidate_id: str, role_id: str, source: str = "manual") -> Application:
        self._require(Action.WRITE)
        role = self.role(role_id)
        candidate = self.candidate(candidate_id)
        existing = self.service.store.find_application(candidate.id, role.id)
        if existing is not None:
            raise AlreadyInPipeline(
                f"{candidate.display_name} is already in the pipeline for {role.title} "
                f"({existing.id}, stage {existing.stage})", existing.id)
        added = self.service.add(candidate.id, role.id, actor=self.actor, source=source)
        audit_add(self.scoped, added)
        return added

    def import_document(self, doc: AtsDocument) -> tuple[int, int]:
        """Restore an exported file's roles and applications (pipeline.exchange.import_ats),
        each application audited as an add is. Only the operator over every company: the file
        names the companies its roles go to."""
        self._require(Action.WRITE)
        if self.tenant_id is not None:
            raise AccessDenied("an import writes to the companies the file names: the "
                               "operator's, over every company")
        return import_ats(self.service.repo, self.service.store, doc,
                          added=lambda a: audit_add(self.scoped, a, outcome="imported"))

    def move(self, application_id: str, to_stage: str, reason: str | None) -> StageMove:
        self._require(Action.WRITE)
        application = self.application(application_id)
        move = self.service.move(application_id, to_stage, actor=self.actor, reason=reason)
        audit_move(self.scoped, application, move)
        return move

    def note(self, application_id: str, text: str) -> Note:
        self._require(Action.WRITE)
        self.application(application_id)
        return self.service.note(application_id, text, author=self.actor)

    def notes(self, application_id: str) -> list[Note]:
        self.application(application_id)
        return self.service.store.notes(application_id)

    def scorecards(self, application_id: str) -> list[Scorecard]:
        self.application(application_id)
        return self.service.store.scorecards(application_id)

    def score(self, application_id: str, ratings: Sequence[RatingInput], summary: str, *,
              interviewer: str | None = None) -> Scorecard:
        """A scorecard recorded by the caller, for the interviewer they name (by default
        themself: the recruiter entering a colleague's ratings names the colleague)."""
        self._require(Action.WRITE)
        self.application(application_id)
        return self.service.score(application_id, ratings, interviewer=interviewer or self.actor,
                                  summary=summary)

    def outreach(self, application_id: str, *, sender_name: str | None) -> OutreachDraft:
        self._require(Action.WRITE)
        self.show(application_id)
        return self.service.outreach(application_id, sender_name=sender_name)

    def send_outreach(self, application_id: str, draft: OutreachDraft, sender: MessageSender,
                      *, from_address: str, from_name: str) -> Note:
        """Send a draft of this tenant's application (only with the person's consent to
        outreach); the note on the application names the caller."""
        self._require(Action.WRITE)
        self.show(application_id)
        return self.service.send_outreach(application_id, draft, sender,
                                          from_address=from_address, from_name=from_name,
                                          actor=self.actor)

    def board(self, role_id: str) -> Board:
        role = self.role(role_id)
        board = self.service.board(role.id)
        for candidate_id in board.people:
            try:
                board.people[candidate_id] = self.scoped.get_candidate(candidate_id)
            except AccessDenied:  # left the scope since (consent withdrawn): an id only
                board.people[candidate_id] = None
        return board

    def funnel(self) -> FunnelReport:
        """The tenant's funnel by stage, role and region (worldhire.pipeline.funnel). Regions
        come from where each person lives, an aggregate: a person who has left the tenant's
        scope still counts, unnamed."""
        company = self._company()
        applications = self.service.store.list_applications(tenant_id=company)
        countries: dict[str, str | None] = {}
        for a in applications:
            if a.candidate_id not in countries:
                person = self.service.repo.get_candidate(a.candidate_id)
                countries[a.candidate_id] = person.country if person else None
        titles = {r.id: r.title for r in self.scoped.list_roles()}
        return funnel(self.stages(), applications,
                      self.service.store.tenant_moves(company), role_titles=titles,
                      countries=countries)

    # stages and webhooks (admins) --------------------------------------------------------------

    def stages(self) -> StageConfig:
        return self.service.config(self._company())

    def configure(self, config: StageConfig) -> StageConfig:
        self._require(Action.CONFIGURE)
        self.service.configure(self._company(), config)
        return config

    def subscriptions(self) -> list[Subscription]:
        self._require(Action.CONFIGURE)
        return self.webhooks.subscriptions(self.tenant_id)

    def subscribe(self, url: str, events: Sequence[str], fmt: str) -> Subscription:
        self._require(Action.CONFIGURE)
        return self.webhooks.register(self._company(), url, list(events), fmt)

    def unsubscribe(self, hook_id: str) -> None:
        if all(s.id != hook_id for s in self.subscriptions()):
            raise NotInScope(f"no webhook {hook_id!r} in your scope")
        self.webhooks.deactivate(hook_id)

    def deliveries(self, limit: int) -> list[Delivery]:
        self._require(Action.CONFIGURE)
        return self.webhooks.deliveries(tenant_id=self.tenant_id, limit=limit)

    def replay(self, delivery_id: str) -> Delivery:
        """Queue a recorded delivery to be sent again (a conflict while it is still queued)."""
        self._require(Action.CONFIGURE)
        found = self.webhooks.deliveries(tenant_id=self.tenant_id, delivery_id=delivery_id,
                                         limit=1)
        if not found:
            raise NotInScope(f"no delivery {delivery_id!r} in your scope")
        try:
            self.webhooks.check_replayable(found[0].id)
        except WebhookError as exc:
            raise DeliveryNotReplayable(str(exc)) from exc
        return self.webhooks.requeue(found[0].id)


class DeliveryNotReplayable(WorldhireError):
    """A delivery that cannot be queued again: its webhook was deactivated."""

    status = 409
    code = "delivery-not-replayable"
