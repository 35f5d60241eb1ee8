"""Issue 18, item 7: the request rate is limited per authenticated account, and per client
address before authentication. Keyed on the token id as sent, anyone knowing an id could lock
its owner out, and made-up ids were never limited."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import context_of, make_settings
from worldhire.api.app import create_app
from worldhire.governance import tokens
from worldhire.governance.principal import AccessRole

BURST = 4


@pytest.fixture
def app_and_token(tmp_path: Path) -> Iterator[tuple[TestClient, str]]:
    app = create_app(make_settings(tmp_path, rate_per_second=0.01, rate_burst=BURST))
    accounts = context_of(app).accounts
    tenant = context_of(app).repo.ensure_tenant("Acme AI").id
    user = accounts.add_user(tenant, "admin@acme.example", AccessRole.ADMIN)
    with TestClient(app) as client:
        yield client, accounts.issue_user_token(user)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def forged(token_id: str) -> str:
    return f"wh_{token_id}_{secrets.token_urlsafe(32)}"


def test_someone_knowing_a_token_id_cannot_lock_its_owner_out(
    app_and_token: tuple[TestClient, str],
) -> None:
    client, token = app_and_token
    parts = tokens.split(token)
    assert parts is not None
    token_id = parts[0]
    answers = [client.get("/api/v1/me", headers=bearer(forged(token_id))).status_code
               for _ in range(BURST + 2)]
    assert answers[:BURST] == [401] * BURST and answers[BURST:] == [429, 429]
    assert client.get("/api/v1/me", headers=bearer(token)).status_code == 200


def test_made_up_token_ids_are_limited_by_address(app_and_token: tuple[TestClient, str]) -> None:
    client, _ = app_and_token
    answers = [client.get("/api/v1/me", headers=bearer(forged(secrets.token_hex(8)))).status_code
               for _ in range(BURST + 2)]
    assert answers[BURST:] == [429, 429]


def test_an_account_has_one_bucket_whatever_the_token(app_and_token: tuple[TestClient, str],
                                                      ) -> None:
    client, token = app_and_token
    ctx = context_of(client.app)
    user = ctx.accounts.users(ctx.repo.ensure_tenant("Acme AI").id)[0]
    second = ctx.accounts.issue_user_token(user)
    answers = [client.get("/api/v1/me", headers=bearer(t)).status_code
               for t in [token, second] * (BURST // 2 + 1)]
    assert answers[:BURST] == [200] * BURST and set(answers[BURST:]) == {429}
