"""A small two-tenant world behind the HTTP app, built once per session (ingest is the slow
part): tenant A holds a few real demo résumés and a role, tenant B its own role and résumé,
and a candidate registered on the platform. Each principal gets a token."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from worldhire.api.app import API_MODULES, API_PREFIX, create_app
from worldhire.api.context import AppContext
from worldhire.api.settings import ApiSettings
from worldhire.comp.data import bundled_salary_path
from worldhire.config import Settings
from worldhire.core.models import Candidate, Role
from worldhire.demo.service import world_dir
from worldhire.governance.principal import AccessRole
from worldhire.ingest.service import Kind

RESUMES_A = ["pl-katarzyna-nowak.pdf", "in-arjun-mehta.json", "ro-mihai-stan.md",
             "ke-faith-achieng.txt", "ua-olena-tkachenko.docx", "br-lucas-moreira.json"]
RESUMES_B = ["vn-tran-minh-quan.json"]
SELF_REGISTERED = "mx-daniela-torres.txt"
ROLE_FILE = "01-senior-ml-engineer-llm-platform.json"


@dataclass
class World:
    app: FastAPI
    tokens: dict[str, str]  # "a-admin", "a-recruiter", "a-viewer", "b-admin", "candidate"
    tenant_a: str
    tenant_b: str
    role_a: str
    role_b: str
    candidates_a: list[str]
    candidate_b: str
    self_registered: str
    home: Path
    extra: dict[str, str] = field(default_factory=dict)
    own_tenants: dict[str, str] = field(default_factory=dict)  # prefix -> tenant id

    def auth(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}"}

    @property
    def ctx(self) -> AppContext:
        return context_of(self.app)

    def candidate(self, candidate_id: str) -> Candidate:
        found = self.ctx.repo.get_candidate(candidate_id)
        assert found is not None, candidate_id
        return found

    def role(self, role_id: str) -> Role:
        found = self.ctx.repo.get_role(role_id)
        assert found is not None, role_id
        return found

    def own_tenant(self, name: str, prefix: str) -> str:
        """A tenant one test makes for itself, its staff signed in as "<prefix>-admin",
        "<prefix>-recruiter" and "<prefix>-viewer". Every test file of the session shares this
        world and leaves applications, consents and stage sets in tenants A and B; none of that
        reaches a tenant of one's own, so a test may count or reconfigure all that is in it."""
        if prefix not in self.own_tenants:
            ctx = self.ctx
            tenant = ctx.repo.ensure_tenant(name).id
            self.tokens.update(staff_tokens(ctx, tenant, prefix))
            self.own_tenants[prefix] = tenant
        return self.own_tenants[prefix]


def context_of(app: object) -> AppContext:
    """The services behind the app (a TestClient's app is any ASGI app; Starlette types the
    state as Any)."""
    assert isinstance(app, FastAPI)
    ctx: AppContext = app.state.ctx
    return ctx


@dataclass(frozen=True)
class Operation:
    """One API operation: a method on a route of a router the app mounts."""

    method: str
    path: str  # with the API prefix
    route: APIRoute


def api_operations() -> list[Operation]:
    """Every API operation, ordered by path and method (the route table is the same for any
    store)."""
    found = []
    for module in API_MODULES:
        for route in module.router.routes:
            assert isinstance(route, APIRoute)
            found += [Operation(m, API_PREFIX + route.path, route) for m in route.methods or ()]
    return sorted(found, key=lambda op: (op.path, op.method))


def make_settings(home: Path, **overrides: object) -> ApiSettings:
    # The tests' webhook receivers listen on 127.0.0.1, which a deployment refuses by default.
    core = Settings.load(home, webhook_allow_private=True)
    return ApiSettings.load(core, secret_key="test-secret", **overrides)


def staff_tokens(ctx: AppContext, tenant_id: str, prefix: str) -> dict[str, str]:
    """A token for an admin, a recruiter and a viewer of the tenant, keyed "<prefix>-<role>"."""
    tokens = {}
    for role in (AccessRole.ADMIN, AccessRole.RECRUITER, AccessRole.VIEWER):
        user = ctx.accounts.add_user(tenant_id, f"{role.value}@{prefix}.example", role)
        tokens[f"{prefix}-{role.value}"] = ctx.accounts.issue_user_token(user)
    return tokens


def build_world(home: Path, **overrides: object) -> World:
    app = create_app(make_settings(home, **overrides))
    ctx = context_of(app)
    root = world_dir()
    tenant_a = ctx.repo.ensure_tenant("Acme AI").id
    tenant_b = ctx.repo.ensure_tenant("Globex").id
    role_bytes = (root / "roles" / ROLE_FILE).read_bytes()
    role_a = ctx.ingest(tenant_a).ingest_bytes(role_bytes, ROLE_FILE, Kind.ROLE).role_id
    role_b = ctx.ingest(tenant_b).ingest_bytes(role_bytes, ROLE_FILE, Kind.ROLE).role_id
    ids_a = []
    for name in RESUMES_A:
        data = (root / "candidates" / name).read_bytes()
        ids_a += ctx.ingest(tenant_a).ingest_bytes(data, name, Kind.RESUME).candidate_ids
    data = (root / "candidates" / RESUMES_B[0]).read_bytes()
    cand_b = ctx.ingest(tenant_b).ingest_bytes(data, RESUMES_B[0], Kind.RESUME).candidate_ids[0]
    data = (root / "candidates" / SELF_REGISTERED).read_bytes()
    own = ctx.ingest(None).ingest_bytes(data, SELF_REGISTERED, Kind.RESUME).candidate_ids[0]
    tokens = {**staff_tokens(ctx, tenant_a, "a"), **staff_tokens(ctx, tenant_b, "b")}
    tokens["candidate"] = ctx.accounts.issue_candidate_token(own)
    assert role_a and role_b
    return World(app, tokens, tenant_a, tenant_b, role_a, role_b, ids_a, cand_b, own, home)


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    # Every test signs up from the same test client address; the per-address sign-up limit is
    # tested on an app of its own (tests/security/test_upload_api.py).
    built = build_world(tmp_path_factory.mktemp("api-home"), signup_burst=1_000.0)
    yield built
    built.ctx.close()


@pytest.fixture
def client(world: World) -> TestClient:
    # Not entered as a context manager: that would run the lifespan and close the shared store.
    return TestClient(world.app)


@pytest.fixture(scope="session")
def small_salaries(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every 150th row of the bundled salary file: a real pay model that fits in seconds."""
    with gzip.open(bundled_salary_path(), "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    path = tmp_path_factory.mktemp("salaries") / "salaries.csv"
    path.write_text("\n".join([lines[0], *lines[1::150]]) + "\n", encoding="utf-8")
    return path
