"""A stage move goes in the audit log as corrections and rankings do: who moved the application,
from which stage to which, in the open; the reason sealed for the person, readable in their
audit trail until they are erased, and never in the clear in the database. Putting a person on
a pipeline (a recruiter's add, a candidate's application) is logged the same way."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.factories import make_candidate, make_role
from worldhire.core.models import Candidate
from worldhire.governance.access import ScopedServices
from worldhire.governance.audit import AuditLog
from worldhire.governance.principal import AccessRole, Principal
from worldhire.governance.store import Governance
from worldhire.pipeline.applying import CandidateApplications
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.scoped import ScopedPipeline
from worldhire.pipeline.service import WITHDRAWN, PipelineService
from worldhire.pipeline.webhooks import Webhooks

REASON = "Quetzalcoatlite salary ask, 40% over the budget"


def test_moves_are_audited_and_erasure_seals_their_reasons(gov: Governance,
                                                            tmp_path: Path) -> None:
    tenant = gov.repo.ensure_tenant("acme").id
    marta = make_candidate(name="Marta Nowak", tenant_id=tenant)
    gov.repo.save_candidates([marta])
    role = make_role(tenant_id=tenant, title="ML Engineer")
    gov.repo.save_role(role)
    recruiter = Principal.user(tenant, AccessRole.RECRUITER, "usr_ewa")
    admin = ScopedServices(gov, Principal.user(tenant, AccessRole.ADMIN, "usr_boss"))
    service = PipelineService(gov.repo, SqlPipelineStore.on(gov.repo))
    pipeline = ScopedPipeline(ScopedServices(gov, recruiter), service,
                              Webhooks.on(gov.repo, allow_private=True))
    application = pipeline.add(marta.id, role.id)
    pipeline.move(application.id, "contacted", None)
    pipeline.move(application.id, "rejected", REASON)

    [added] = [e for e in admin.audit_entries() if e.action == "add-to-pipeline"]
    assert (added.actor, added.tenant_id) == (recruiter.actor, tenant)
    assert added.details["application_id"] == application.id
    assert added.details["role_id"] == role.id and marta.id not in str(added.record)
    moves = [e for e in admin.audit_entries() if e.action == "move-stage"]
    assert [(e.actor, e.details["from_stage"], e.details["to_stage"]) for e in moves] == [
        (recruiter.actor, "sourced", "contacted"), (recruiter.actor, "contacted", "rejected")]
    assert all(e.details["application_id"] == application.id for e in moves)
    assert all(REASON not in str(e.record) for e in moves)  # sealed, not in the open
    trail = [r.about for r in admin.candidate_audit(marta.id) if r.entry.action == "move-stage"]
    assert [(a["to_stage"], a["reason"]) for a in trail] == [("contacted", None),
                                                             ("rejected", REASON)]
    assert [r.about for r in admin.candidate_audit(marta.id)
            if r.entry.action == "add-to-pipeline"] == [
        {"candidate_id": marta.id, "outcome": "added", "stage": "sourced"}]
    assert admin.verify_audit().ok

    ScopedServices(gov, Principal.operator()).erase(marta.id)
    assert AuditLog(gov).about(marta.id) == []  # their key is gone: nothing opens
    assert len([e for e in admin.audit_entries() if e.action == "move-stage"]) == 2
    assert len([e for e in admin.audit_entries() if e.action == "add-to-pipeline"]) == 1
    assert admin.verify_audit().ok
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"Quetzalcoatlite" not in path.read_bytes(), path


@dataclass(frozen=True)
class OwnApplying:
    """A platform person, acme's open role, the person's own scope and the pipeline service."""

    tenant_id: str
    person: Candidate
    role_id: str
    own: ScopedServices
    service: PipelineService


@pytest.fixture
def applying(gov: Governance) -> OwnApplying:
    tenant = gov.repo.ensure_tenant("acme").id
    person = make_candidate(name="Ana Lima", tenant_id=None)
    gov.repo.save_candidates([person])
    role = make_role(tenant_id=tenant, title="Data Scientist")
    gov.repo.save_role(role)
    return OwnApplying(tenant, person, role.id, ScopedServices(gov, Principal.candidate(person.id)),
                       PipelineService(gov.repo, SqlPipelineStore.on(gov.repo)))


def test_a_candidates_withdrawal_is_audited(applying: OwnApplying) -> None:
    person, own = applying.person, applying.own
    application = applying.service.add(person.id, applying.role_id, actor="recruiter:ewa")
    CandidateApplications(own, applying.service).withdraw(application.id)
    [moved] = [r for r in own.candidate_audit(person.id) if r.entry.action == "move-stage"]
    assert moved.entry.actor == Principal.candidate(person.id).actor
    assert moved.about["reason"] == WITHDRAWN and moved.entry.tenant_id == applying.tenant_id


def test_a_candidates_application_is_audited(applying: OwnApplying) -> None:
    person, own = applying.person, applying.own
    CandidateApplications(own, applying.service).apply(applying.role_id)
    [added] = [r for r in own.candidate_audit(person.id) if r.entry.action == "add-to-pipeline"]
    assert added.entry.actor == Principal.candidate(person.id).actor
    assert added.entry.tenant_id == applying.tenant_id
