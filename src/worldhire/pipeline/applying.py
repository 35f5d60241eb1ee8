"""A candidate's own applications: apply to an open role, see where each stands, withdraw.

Applying puts the person on the role's pipeline (source "applied"), where the company's
recruiters see them; a platform profile is shown to companies only with the matching consent,
so applying without it is refused with a clear word instead of landing an application the
company cannot open."""

from __future__ import annotations

from dataclasses import dataclass

from worldhire.core.models import ConsentPurpose, Role
from worldhire.governance.access import ScopedServices
from worldhire.governance.errors import AccessDenied, NotInScope
from worldhire.governance.principal import AccessRole, Action
from worldhire.governance.role_access import employer
from worldhire.pipeline.models import Application, StageMove, State
from worldhire.pipeline.scoped import AlreadyInPipeline, audit_add, audit_move
from worldhire.pipeline.service import WITHDRAWN, PipelineService
from worldhire.pipeline.stages import PipelineError

APPLIED = "applied"


class MatchingConsentNeeded(PipelineError):
    """A platform profile hidden from companies cannot apply: the company could not open it."""

    status = 409
    code = "matching-consent-needed"


@dataclass(frozen=True)
class OwnApplication:
    """One application as its candidate sees it: the role, and whether it is still open, closed
    by the company, or withdrawn (the company's stage names and reasons stay the company's)."""

    application: Application
    role_title: str
    company: str
    state: State
    employer: str  # who posts the role, as the roles to apply to name it


class CandidateApplications:
    def __init__(self, scoped: ScopedServices, service: PipelineService) -> None:
        principal = scoped.principal
        if principal.role is not AccessRole.CANDIDATE or not principal.candidate_id:
            raise AccessDenied("applications are made by a candidate account")
        self.scoped = scoped
        self.service = service
        self.candidate_id = principal.candidate_id

    def mine(self) -> list[OwnApplication]:
        out = []
        # Who posted each role, as the roles the person may apply to name it: two accounts'
        # roles of one title and company read apart here as there.
        accounts = {t.id: t.name for t in self.service.repo.list_tenants()}
        for a in self.service.store.applications_of(self.candidate_id):
            role = self.service.repo.get_role(a.role_id)
            final = self.service.config(a.tenant_id).stage(a.stage).terminal
            state: State = ("withdrawn" if final and a.rejection_reason == WITHDRAWN
                            else "closed" if final else "in progress")
            company = role.company if role else ""
            out.append(OwnApplication(a, role.title if role else "a role since removed",
                                      company, state,
                                      employer(company, accounts.get(a.tenant_id, ""))))
        return out

    def apply(self, role_id: str) -> tuple[Application, Role]:
        self.scoped.principal.require(Action.WRITE)
        role = self.scoped.get_role(role_id)  # a candidate sees open roles only
        person = self.scoped.get_candidate(self.candidate_id)
        if person.tenant_id is None and not person.consented(ConsentPurpose.MATCHING):
            raise MatchingConsentNeeded(
                "companies cannot see your profile while “Match me with open roles” is off; "
                "turn it on to apply")
        existing = self.service.store.find_application(person.id, role.id)
        if existing is not None:
            raise AlreadyInPipeline(f"you already applied to {role.title}", existing.id)
        added = self.service.add(person.id, role.id, actor=self.scoped.principal.actor,
                                 source=APPLIED)
        audit_add(self.scoped, added)
        return added, role

    def withdraw(self, application_id: str) -> StageMove:
        self.scoped.principal.require(Action.WRITE)
        found = self.service.store.get_application(application_id)
        if found is None or found.candidate_id != self.candidate_id:
            raise NotInScope(f"no application {application_id!r} of yours")
        move = self.service.withdraw(application_id, actor=self.scoped.principal.actor)
        audit_move(self.scoped, found, move)
        return move
