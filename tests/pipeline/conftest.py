"""A store with one tenant, one role and a few candidates, and the pipeline service on it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.factories import KUBERNETES, PYTHON, PYTORCH, make_candidate, make_role
from worldhire.core.models import Candidate, EvidenceKind, Requirement, Role, Tenant
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.service import PipelineService
from worldhire.store.sql.repository import SqlRepository


@dataclass
class World:
    repo: SqlRepository
    tenant: Tenant
    role: Role
    people: list[Candidate]
    service: PipelineService


def build_world(repo: SqlRepository, service: PipelineService | None = None) -> World:
    tenant = repo.ensure_tenant("acme")
    role = make_role(
        [Requirement(PYTORCH), Requirement(PYTHON), Requirement(KUBERNETES, must=False)],
        tenant_id=tenant.id, timezone="America/New_York", work_start_hour=9, work_end_hour=17,
    )
    repo.save_role(role)
    people = [
        make_candidate({PYTORCH: EvidenceKind.JOB, PYTHON: EvidenceKind.PROJECT},
                       name="Ada Nowak", email="ada@example.com"),
        make_candidate({KUBERNETES: EvidenceKind.JOB}, name="Bola Eze", email="bola@example.com",
                       country="NG", timezone="Africa/Lagos", tenant_id=tenant.id),
    ]
    repo.save_candidates(people)
    return World(repo, tenant, role, people,
                 service or PipelineService(repo, SqlPipelineStore.on(repo)))


@pytest.fixture
def world(repo: SqlRepository) -> World:
    return build_world(repo)
