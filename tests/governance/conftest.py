"""A small two-tenant world with users of every role, candidate accounts and platform profiles."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.factories import KUBERNETES, PYTORCH, make_candidate, make_role
from worldhire.core.models import Candidate, ConsentPurpose, EvidenceKind, Role
from worldhire.governance.access import ScopedServices
from worldhire.governance.accounts import Accounts
from worldhire.governance.consent import record_consent
from worldhire.governance.principal import AccessRole, Principal
from worldhire.governance.store import Governance
from worldhire.store.sql.repository import SqlRepository


@pytest.fixture
def gov(tmp_path: Path) -> Iterator[Governance]:
    repo = SqlRepository(f"sqlite:///{tmp_path / 'main.db'}")
    yield Governance(repo, tmp_path)
    repo.close()


@dataclass
class Side:
    """One tenant's objects and principals."""

    tenant_id: str
    candidate: Candidate
    other_candidate: Candidate
    role: Role
    admin: Principal
    recruiter: Principal
    viewer: Principal
    candidate_account: Principal
    token_id: str


@dataclass
class World:
    gov: Governance
    acme: Side
    globex: Side
    platform: Candidate  # self-registered, consented to matching
    private_platform: Candidate  # self-registered, no matching consent

    def services(self, principal: Principal) -> ScopedServices:
        return ScopedServices(self.gov, principal)


def _side(gov: Governance, name: str) -> Side:
    accounts = Accounts(gov)
    tenant = accounts.create_tenant(name)
    people = [
        make_candidate({PYTORCH: EvidenceKind.JOB, KUBERNETES: EvidenceKind.PROJECT},
                       name=f"{name} Person {i}", email=f"p{i}@{name}.example",
                       tenant_id=tenant.id)
        for i in range(2)
    ]
    gov.repo.save_candidates(people)
    for person in people:
        record_consent(gov, person.id, ConsentPurpose.OUTREACH, granted=True, source="form")
        record_consent(gov, person.id, ConsentPurpose.SHARING, granted=True, source="form",
                       company="Initech")
    role = make_role(tenant_id=tenant.id, company=name)
    gov.repo.save_role(role)
    principals = {}
    for role_name in (AccessRole.ADMIN, AccessRole.RECRUITER, AccessRole.VIEWER):
        user = accounts.add_user(tenant.id, f"{role_name.value}@{name}.example", role_name)
        principals[role_name] = Principal.user(tenant.id, role_name, user.id, user.email)
    token = accounts.issue_user_token(accounts.user(tenant.id, f"admin@{name}.example"))
    return Side(
        tenant.id, people[0], people[1], role, principals[AccessRole.ADMIN],
        principals[AccessRole.RECRUITER], principals[AccessRole.VIEWER],
        Principal.candidate(people[0].id), token.split("_")[1],
    )


@pytest.fixture
def world(gov: Governance) -> World:
    acme, globex = _side(gov, "acme"), _side(gov, "globex")
    platform = make_candidate({PYTORCH: EvidenceKind.JOB}, name="Pat Platform")
    private = make_candidate({PYTORCH: EvidenceKind.JOB}, consent=False, name="Quinn Private")
    gov.repo.save_candidates([platform, private])
    return World(gov, acme, globex, platform, private)
