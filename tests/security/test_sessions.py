"""Issue 18, item 7: sign-out ends the session on the server, sessions expire, and tokens can
expire. A copied session cookie kept working after sign-out (the token never expired)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from tests.api.conftest import context_of, make_settings
from worldhire.api.app import create_app
from worldhire.core.models import utcnow
from worldhire.governance.principal import AccessRole
from worldhire.governance.repository import connection
from worldhire.store.sql import schema_governance as g
from worldhire.web.session import COOKIE


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[TestClient, str]]:
    app = create_app(make_settings(tmp_path))
    ctx = context_of(app)
    tenant = ctx.repo.ensure_tenant("Acme AI").id
    user = ctx.accounts.add_user(tenant, "recruiter@a.example", AccessRole.RECRUITER)
    with TestClient(app) as client:
        yield client, ctx.accounts.issue_user_token(user)


def csrf(client: TestClient, path: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert found
    return found.group(1)


def sign_in(client: TestClient, token: str) -> str:
    answer = client.post("/signin", data={"token": token, "csrf": csrf(client, "/signin")},
                         follow_redirects=False)
    assert answer.status_code == 303
    return client.cookies[COOKIE]


def signed_in_as_recruiter(client: TestClient, cookie: str) -> bool:
    client.cookies.set(COOKIE, cookie)
    answer = client.get("/roles", follow_redirects=False)
    return answer.status_code == 200


def test_a_copied_cookie_stops_working_at_sign_out(world: tuple[TestClient, str]) -> None:
    client, token = world
    copied = sign_in(client, token)
    assert signed_in_as_recruiter(client, copied)
    out = client.post("/signout", data={"csrf": csrf(client, "/roles")}, follow_redirects=False)
    assert out.status_code == 303
    assert not signed_in_as_recruiter(client, copied)
    # The token itself still works, and a new sign-in is a new session.
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).is_success
    client.cookies.clear()
    assert signed_in_as_recruiter(client, sign_in(client, token))


def test_a_session_expires_on_the_server(world: tuple[TestClient, str]) -> None:
    client, token = world
    cookie = sign_in(client, token)
    ctx = context_of(client.app)
    with connection(ctx.gov) as conn:
        conn.execute(update(g.web_sessions).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert not signed_in_as_recruiter(client, cookie)


def test_a_token_with_an_expiry_stops_working(world: tuple[TestClient, str]) -> None:
    client, _ = world
    ctx = context_of(client.app)
    user = ctx.accounts.users(ctx.repo.ensure_tenant("Acme AI").id)[0]
    token = ctx.accounts.issue_user_token(user, valid_for=timedelta(hours=1))
    me = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/me", headers=me).status_code == 200
    with connection(ctx.gov) as conn:
        conn.execute(update(g.api_tokens).where(g.api_tokens.c.expires_at.is_not(None))
                     .values(expires_at=utcnow() - timedelta(seconds=1)))
    assert client.get("/api/v1/me", headers=me).status_code == 401


def test_an_admin_issues_a_token_that_expires(world: tuple[TestClient, str]) -> None:
    client, _ = world
    ctx = context_of(client.app)
    tenant = ctx.repo.ensure_tenant("Acme AI").id
    admin = ctx.accounts.add_user(tenant, "admin@a.example", AccessRole.ADMIN)
    headers = {"Authorization": f"Bearer {ctx.accounts.issue_user_token(admin)}"}
    issued = client.post("/api/v1/users/recruiter@a.example/tokens", headers=headers,
                         params={"valid_days": 7})
    assert issued.status_code == 201
    token_id = issued.json()["token"].split("_")[1]
    with connection(ctx.gov) as conn:
        expires = conn.execute(select(g.api_tokens.c.expires_at)
                               .where(g.api_tokens.c.id == token_id)).scalar_one()
    days = (expires.replace(tzinfo=UTC) - utcnow()).total_seconds() / 86400
    assert 6.9 < days <= 7
