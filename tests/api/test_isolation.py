"""Every /api/v1 route: refused without a token, and refused with another tenant's token."""

from __future__ import annotations

import time
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import World, api_operations
from worldhire.pipeline.events import CONSENT_WITHDRAWN
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.service import PipelineService
from worldhire.pipeline.stages import StageConfig, default_config
from worldhire.pipeline.webhooks import Webhooks
from worldhire.searches.models import SavedSearch, SearchQuery
from worldhire.searches.repository import SqlSavedSearches

PUBLIC = {("POST", "/api/v1/signup")}


def api_routes() -> list[tuple[str, str]]:
    """(method, path) of every API operation."""
    return sorted((op.method, op.path) for op in api_operations())


ROUTES = api_routes()


@pytest.fixture(scope="module", autouse=True)
def tenant_a_pipeline(world: World) -> None:
    """Tenant A's application, webhook and recorded delivery, for the routes that name them.
    The webhook points at a closed port and is deactivated, so the delivery is never sent."""
    ctx = world.ctx
    if "application_id" in world.extra:
        return
    service = PipelineService(ctx.repo, SqlPipelineStore.on(ctx.repo))
    found = service.store.find_application(world.candidates_a[0], world.role_a)
    application = found or service.add(world.candidates_a[0], world.role_a, actor="test")
    # Module-scoped, so before the per-test permission to reach loopback: allow it here.
    hooks = Webhooks.on(ctx.repo, allow_private=True)
    hook = hooks.register(world.tenant_a, "http://127.0.0.1:9/closed", [CONSENT_WITHDRAWN])
    [delivery] = hooks.enqueue(world.tenant_a, CONSENT_WITHDRAWN,
                               {"candidate_id": world.candidates_a[0], "purpose": "matching"})
    hooks.deactivate(hook.id)
    # Finished now (one "not sent" attempt, then failed): left pending, the app's webhook worker,
    # woken by any write of another test, would record that attempt in the middle of a test that
    # checks no refused request touched the delivery.
    hooks.deliver(delivery.id)
    # A version whose original file is kept (a PDF): tenant A downloads it, B is refused.
    [version] = ctx.repo.versions_of(world.candidates_a[0], documents=True)
    assert version.document is not None and version.document.original is not None
    search = SavedSearch(world.tenant_a, "Isolation walk", SearchQuery(words="python"),
                         created_by="test")
    SqlSavedSearches.on(ctx.repo).add(search)
    world.extra.update(application_id=application.id, hook_id=hook.id, delivery_id=delivery.id,
                       version_id=version.id, search_id=search.id,
                       other_candidate_id=world.candidates_a[1])


def fill(path: str, world: World) -> str:
    """Tenant A's objects in every path parameter."""
    path = (path.replace("{candidate_id}", world.candidates_a[0])
            .replace("{role_id}", world.role_a)
            .replace("{email_or_id}", "admin@a.example")
            .replace("{token_id}", world.tokens["a-recruiter"].split("_")[1]))
    for name, value in world.extra.items():
        path = path.replace("{" + name + "}", value)
    return path


BODIES: dict[tuple[str, str], dict[str, Any]] = {
    ("POST", "/api/v1/candidates/{candidate_id}/consent"):
        {"purpose": "outreach", "granted": True, "source": "test"},
    ("POST", "/api/v1/team-plans"): {"role_id": "{role_id}", "spec": {"size": 1}},
    ("POST", "/api/v1/applications"): {"candidate_id": "{candidate_id}", "role_id": "{role_id}"},
    ("POST", "/api/v1/applications/{application_id}/moves"): {"to_stage": "contacted"},
    ("POST", "/api/v1/applications/{application_id}/notes"): {"text": "a note"},
    ("POST", "/api/v1/applications/{application_id}/scorecards"):
        {"ratings": [{"requirement": "Python", "rating": 3, "evidence": "seen"}]},
    ("POST", "/api/v1/applications/{application_id}/outreach"): {},
    ("PUT", "/api/v1/pipeline/stages"): StageConfig.to_dict(default_config()),
    ("POST", "/api/v1/webhooks"): {"url": "http://127.0.0.1:9/x", "events": ["consent.withdrawn"]},
    ("PATCH", "/api/v1/roles/{role_id}"): {"title": "Taken over"},
    ("POST", "/api/v1/roles/{role_id}/requirements"): {"skill": "Python"},
    ("PATCH", "/api/v1/candidates/{candidate_id}"): {"name": "Taken Over"},
    ("POST", "/api/v1/saved-searches"): {"name": "Taken over", "q": "python"},
    # Two of tenant A's own profiles: another tenant is refused by scope, not by the body.
    ("POST", "/api/v1/candidates/{candidate_id}/merge"): {"other_id": "{other_candidate_id}"},
}
# Routes that take a file: another tenant's upload must be refused before it is read.
UPLOADS: dict[tuple[str, str], bytes] = {
    ("POST", "/api/v1/candidates/{candidate_id}/versions"):
        b"Taken Over\ntaken@evil.example\n\nData scientist at Evil Corp since 2020.\n",
}
LIST_BODIES: dict[tuple[str, str], list[Any]] = {
    ("PUT", "/api/v1/roles/{role_id}/requirements"): [{"skill": "Python"}],
}


def request(client: TestClient, method: str, path: str, world: World,
            headers: dict[str, str]) -> Any:
    body: Any = BODIES.get((method, path))
    if body is not None:
        body = {k: fill(v, world) if isinstance(v, str) else v for k, v in body.items()}
    body = LIST_BODIES.get((method, path), body)
    while True:
        upload = UPLOADS.get((method, path))
        if upload is not None:
            response = client.request(method, fill(path, world), headers=headers,
                                      files={"files": ("cv.txt", upload, "text/plain")})
        else:
            response = client.request(method, fill(path, world), headers=headers, json=body)
        # Hundreds of calls in a row on one key outrun the rate limit: wait as told.
        if response.status_code != 429:
            return response
        time.sleep(float(response.headers["retry-after"]))


def test_the_route_table_covers_the_issue() -> None:
    paths = {p for _, p in ROUTES}
    for needed in ["/api/v1/candidates/files", "/api/v1/candidates/json-resume",
                   "/api/v1/candidates", "/api/v1/candidates/{candidate_id}",
                   "/api/v1/candidates/{candidate_id}/evidence",
                   "/api/v1/candidates/{candidate_id}/roles",
                   "/api/v1/candidates/{candidate_id}/consent",
                   "/api/v1/candidates/{candidate_id}/export", "/api/v1/roles",
                   "/api/v1/roles/{role_id}", "/api/v1/roles/{role_id}/shortlist",
                   "/api/v1/pay/estimate", "/api/v1/pay/compare", "/api/v1/team-plans",
                   "/api/v1/audit/verify", "/api/v1/audit/bias", "/api/v1/users"]:
        assert needed in paths


@pytest.mark.parametrize(("method", "path"), [r for r in ROUTES if r not in PUBLIC])
def test_every_route_needs_a_token(client: TestClient, world: World, method: str,
                                   path: str) -> None:
    for headers in ({}, {"Authorization": "Bearer wh_0123456789abcdef_" + "x" * 43},
                    {"Authorization": "Basic YWxhZGRpbjpvcGVuc2VzYW1l"}):
        response = request(client, method, path, world, headers)
        assert response.status_code == 401, (method, path, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["status"] == 401


SCOPED = [r for r in ROUTES if "{" in r[1] and r not in PUBLIC]


@pytest.mark.parametrize(("method", "path"), SCOPED)
def test_another_tenant_cannot_reach_tenant_a_objects(
    client: TestClient, world: World, method: str, path: str
) -> None:
    response = request(client, method, path, world, world.auth("b-admin"))
    assert response.status_code in (403, 404), (method, path, response.text)
    assert not tenant_a_broken(client, world)
    assert client.get("/api/v1/me", headers=world.auth("a-recruiter")).status_code == 200


def test_a_user_cannot_issue_tokens_for_another_tenants_user(client: TestClient,
                                                             world: World) -> None:
    response = client.post("/api/v1/users/admin@a.example/tokens", headers=world.auth("b-admin"))
    assert response.status_code == 404
    listed = client.get("/api/v1/tokens", headers=world.auth("b-admin")).json()
    assert all(t["user_id"] is None or t["label"].endswith("b.example") for t in listed)


def tenant_a_broken(client: TestClient, world: World) -> list[str]:
    """What tenant A's admin can no longer read of its own (empty while all is well). Asked
    after every refused call, so on a fast machine its key outruns the rate limit too: `request`
    waits as told (a 429 here failed the full suite)."""
    a = world.auth("a-admin")
    paths = [f"/api/v1/roles/{world.role_a}",
             *(f"/api/v1/candidates/{c}" for c in world.candidates_a[:1])]
    answers = [(path, request(client, "GET", path, world, a)) for path in paths]
    return [f"{path}: {r.status_code} {r.text[:300]}" for path, r in answers
            if r.status_code != 200]


@pytest.mark.parametrize("who", ["b-admin", "b-recruiter", "b-viewer", "candidate"])
def test_lists_hold_only_what_the_caller_may_see(client: TestClient, world: World,
                                                 who: str) -> None:
    candidates = client.get("/api/v1/candidates?limit=200", headers=world.auth(who)).json()
    ids = {c["id"] for c in candidates["items"]}
    assert not ids & set(world.candidates_a)
    roles = client.get("/api/v1/roles?limit=200", headers=world.auth(who)).json()
    if who != "candidate":
        assert {r["id"] for r in roles["items"]} == {world.role_b}


def test_a_candidate_sees_only_themselves(client: TestClient, world: World) -> None:
    me = world.auth("candidate")
    listed = client.get("/api/v1/candidates", headers=me).json()
    assert [c["id"] for c in listed["items"]] == [world.self_registered]
    other = client.get(f"/api/v1/candidates/{world.candidate_b}", headers=me)
    assert other.status_code == 404
    assert client.get(f"/api/v1/candidates/{world.candidate_b}/export",
                      headers=me).status_code == 404


@pytest.mark.parametrize(("who", "method", "path", "body"), [
    ("a-viewer", "POST", "/api/v1/roles", {"title": "x", "company": "y"}),
    ("a-viewer", "GET", "/api/v1/roles/{role_id}/shortlist", None),
    ("a-recruiter", "GET", "/api/v1/candidates/{candidate_id}/export", None),
    ("a-recruiter", "DELETE", "/api/v1/candidates/{candidate_id}", None),
    ("a-recruiter", "GET", "/api/v1/audit/verify", None),
    ("a-recruiter", "GET", "/api/v1/users", None),
    ("candidate", "POST", "/api/v1/roles", {"title": "x", "company": "y"}),
    ("a-viewer", "PATCH", "/api/v1/roles/{role_id}", {"title": "x"}),
    ("a-viewer", "POST", "/api/v1/roles/{role_id}/close", None),
    ("candidate", "PATCH", "/api/v1/roles/{role_id}", {"title": "x"}),
])
def test_roles_without_the_right_are_refused(client: TestClient, world: World, who: str,
                                             method: str, path: str, body: Any) -> None:
    response = client.request(method, fill(path, world), headers=world.auth(who), json=body)
    assert response.status_code == 403, response.text
    assert not tenant_a_broken(client, world)


def test_the_route_table_covers_the_pipeline_and_the_market() -> None:
    present = set(ROUTES)
    for needed in [("POST", "/api/v1/applications"), ("GET", "/api/v1/applications"),
                   ("GET", "/api/v1/applications/{application_id}"),
                   ("POST", "/api/v1/applications/{application_id}/moves"),
                   ("POST", "/api/v1/applications/{application_id}/notes"),
                   ("POST", "/api/v1/applications/{application_id}/scorecards"),
                   ("POST", "/api/v1/applications/{application_id}/outreach"),
                   ("GET", "/api/v1/roles/{role_id}/board"),
                   ("GET", "/api/v1/pipeline/stages"), ("PUT", "/api/v1/pipeline/stages"),
                   ("GET", "/api/v1/webhooks"), ("POST", "/api/v1/webhooks"),
                   ("DELETE", "/api/v1/webhooks/{hook_id}"),
                   ("GET", "/api/v1/webhooks/deliveries"),
                   ("POST", "/api/v1/webhooks/deliveries/{delivery_id}/replay"),
                   ("GET", "/api/v1/market"), ("GET", "/api/v1/candidates/{candidate_id}/gaps"),
                   ("GET", "/api/v1/candidates/{candidate_id}/left-out")]:
        assert needed in present


PIPELINE_AND_MARKET = [r for r in ROUTES if r[1].startswith((
    "/api/v1/applications", "/api/v1/pipeline", "/api/v1/webhooks", "/api/v1/market"))
    or r[1].endswith(("/board", "/gaps", "/left-out"))]


def pipeline_state(world: World) -> tuple[object, ...]:
    """Everything about tenant A's pipeline that a refused request could have changed."""
    ctx = world.ctx
    store = SqlPipelineStore.on(ctx.repo)
    app_id = world.extra["application_id"]
    hooks = Webhooks.on(ctx.repo, allow_private=True)
    return (
        [(a.id, a.stage) for a in store.list_applications(tenant_id=world.tenant_a)],
        store.history(app_id), store.notes(app_id), store.scorecards(app_id),
        store.get_config(world.tenant_a), store.get_config(world.tenant_b),
        [(s.id, s.active) for s in hooks.subscriptions()],
        [(d.id, len(d.attempts)) for d in hooks.deliveries(limit=1000)],
    )


@pytest.mark.parametrize(("method", "path"), PIPELINE_AND_MARKET)
@pytest.mark.parametrize("who", ["b-admin", "candidate"])
def test_pipeline_and_market_refuse_other_tenants_and_candidates(
    client: TestClient, world: World, method: str, path: str, who: str
) -> None:
    before = pipeline_state(world)
    response = request(client, method, path, world, world.auth(who))
    if who == "candidate":
        # A candidate has no pipeline and no market view; only their own gaps.
        assert response.status_code in (403, 404), (method, path, response.text)
    elif "{" in path or (method, path) == ("POST", "/api/v1/applications"):
        assert response.status_code == 404, (method, path, response.text)
    else:
        # Tenant-wide routes answer for the caller's own tenant: nothing of A's shows through.
        assert response.status_code in (200, 201, 204, 422), (method, path, response.text)
        assert world.tenant_a not in response.text
        assert world.extra["application_id"] not in response.text
        assert world.extra["hook_id"] not in response.text
    if response.status_code >= 400:
        assert response.headers["content-type"] == "application/problem+json"
        assert pipeline_state(world) == before
    else:
        if (method, path) == ("POST", "/api/v1/webhooks"):
            # Tenant B's own new webhook points at a closed port: stop it before any event.
            Webhooks.on(world.ctx.repo).deactivate(response.json()["id"])
        after = pipeline_state(world)
        assert after[:4] == before[:4]  # tenant A's applications, history, notes, scorecards
        assert after[4] == before[4]  # and tenant A's stages
