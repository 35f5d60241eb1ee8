"""Every /api/v1 route: refused without a token, and refused with another tenant's token."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from tests.api.conftest import World
from worldhire.api.app import API_MODULES, API_PREFIX

PUBLIC = {("POST", "/api/v1/signup")}


def api_routes() -> list[tuple[str, str]]:
    """(method, path) of every API operation, read from the routers the app mounts."""
    out = []
    for module in API_MODULES:
        for route in module.router.routes:
            assert isinstance(route, APIRoute)
            out += [(m, API_PREFIX + route.path) for m in sorted(route.methods)]
    return sorted(out)


ROUTES = api_routes()


def fill(path: str, world: World) -> str:
    """Tenant A's objects in every path parameter."""
    return (path.replace("{candidate_id}", world.candidates_a[0])
            .replace("{role_id}", world.role_a)
            .replace("{email_or_id}", "admin@a.example")
            .replace("{token_id}", world.tokens["a-recruiter"].split("_")[1]))


BODIES: dict[tuple[str, str], dict[str, Any]] = {
    ("POST", "/api/v1/candidates/{candidate_id}/consent"):
        {"purpose": "outreach", "granted": True, "source": "test"},
    ("POST", "/api/v1/team-plans"): {"role_id": "{role_id}", "spec": {"size": 1}},
}


def request(client: TestClient, method: str, path: str, world: World,
            headers: dict[str, str]) -> Any:
    body = BODIES.get((method, path))
    if body and body.get("role_id") == "{role_id}":
        body = {**body, "role_id": world.role_a}
    return client.request(method, fill(path, world), headers=headers, json=body)


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
    assert tenant_a_intact(client, world)
    assert client.get("/api/v1/me", headers=world.auth("a-recruiter")).status_code == 200


def test_a_user_cannot_issue_tokens_for_another_tenants_user(client: TestClient,
                                                             world: World) -> None:
    response = client.post("/api/v1/users/admin@a.example/tokens", headers=world.auth("b-admin"))
    assert response.status_code == 404
    listed = client.get("/api/v1/tokens", headers=world.auth("b-admin")).json()
    assert all(t["user_id"] is None or t["label"].endswith("b.example") for t in listed)


def tenant_a_intact(client: TestClient, world: World) -> bool:
    a = world.auth("a-admin")
    return (client.get(f"/api/v1/roles/{world.role_a}", headers=a).status_code == 200
            and all(client.get(f"/api/v1/candidates/{c}", headers=a).status_code == 200
                    for c in world.candidates_a[:1]))


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
])
def test_roles_without_the_right_are_refused(client: TestClient, world: World, who: str,
                                             method: str, path: str, body: Any) -> None:
    response = client.request(method, fill(path, world), headers=world.auth(who), json=body)
    assert response.status_code == 403, response.text
    assert tenant_a_intact(client, world)
