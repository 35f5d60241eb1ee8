"""One person as a company's user sees them (identity.service.person_profile, the web app's
candidate page): the roles of theirs the person is on and may be added to, who may be the same
person, and the audit trail only for those who may read it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import make_candidate, make_role
from worldhire.governance.access import ScopedServices
from worldhire.governance.errors import NotInScope
from worldhire.governance.principal import AccessRole, Principal
from worldhire.governance.store import Governance
from worldhire.identity.keys import Identity
from worldhire.identity.service import person_profile
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.scoped import ScopedPipeline
from worldhire.pipeline.service import PipelineService
from worldhire.pipeline.webhooks import Webhooks
from worldhire.store.protocol import CandidateWrite
from worldhire.store.sql.repository import SqlRepository

DOWNLOAD = "/candidates/x/versions/{version_id}/original"


def test_a_recruiter_sees_the_roles_the_person_is_on_and_may_be_added_to(
        repo: SqlRepository, tmp_path: Path) -> None:
    gov = Governance(repo, tmp_path)
    acme = repo.ensure_tenant("acme").id
    globex = repo.ensure_tenant("globex").id
    marta = make_candidate(name="Marta Nowak", email="marta@example.com", tenant_id=acme)
    again = make_candidate(name="Marta Nowak", email="marta@example.com", tenant_id=acme)
    repo.save_ingested([CandidateWrite(c, keys=list(Identity.of(c).stored_keys()))
                        for c in (marta, again)])
    on = make_role(tenant_id=acme, title="ML Engineer")
    offered = [make_role(tenant_id=acme, title=t) for t in ("zeta Analyst", "Data Engineer")]
    closed = make_role(tenant_id=acme, title="Old Role", status="closed")
    theirs = make_role(tenant_id=globex, title="Globex Role")
    for role in (on, *offered, closed, theirs):
        repo.save_role(role)

    def seen_by(role: AccessRole) -> tuple[ScopedServices, ScopedPipeline]:
        scoped = ScopedServices(gov, Principal.user(acme, role, f"usr_{role.value}"))
        service = PipelineService(repo, SqlPipelineStore.on(repo))
        return scoped, ScopedPipeline(scoped, service, Webhooks.on(repo, allow_private=True))

    scoped, pipeline = seen_by(AccessRole.RECRUITER)
    pipeline.add(marta.id, on.id)
    found = person_profile(scoped, pipeline, marta.id, download=DOWNLOAD)

    assert found.candidate.id == marta.id and found.own and found.may_write and found.contact
    assert [(a.role_id, title) for a, title in found.applications] == [(on.id, "ML Engineer")]
    assert [r.title for r in found.open_roles] == ["Data Engineer", "zeta Analyst"]
    assert [c.id for c, _ in found.duplicates] == [again.id]
    assert found.trail is None  # a recruiter does not read the audit log
    admin, admin_pipeline = seen_by(AccessRole.ADMIN)
    audited = person_profile(admin, admin_pipeline, marta.id, download=DOWNLOAD)
    assert audited.trail is not None
    assert [r.entry.action for r in audited.trail] == ["add-to-pipeline"]
    assert audited.role_titles[on.id] == "ML Engineer"
    viewer, viewer_pipeline = seen_by(AccessRole.VIEWER)
    assert person_profile(viewer, viewer_pipeline, marta.id, download=DOWNLOAD).open_roles == []
    outsider = ScopedServices(gov, Principal.user(globex, AccessRole.ADMIN, "usr_gus"))
    with pytest.raises(NotInScope):
        person_profile(outsider, ScopedPipeline(outsider, PipelineService(
            repo, SqlPipelineStore.on(repo)), Webhooks.on(repo)), marta.id, download=DOWNLOAD)
