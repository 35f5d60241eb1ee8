"""API tokens: random, shown once, stored hashed, checked in constant time, revocable."""

from __future__ import annotations

import hmac
from collections.abc import Callable

import pytest
from sqlalchemy import select

from tests.governance.conftest import World
from worldhire.governance import tokens
from worldhire.governance.accounts import Accounts, named_or_only_tenant
from worldhire.governance.errors import AccessDenied, GovernanceError
from worldhire.governance.principal import AccessRole
from worldhire.governance.repository import connection
from worldhire.governance.store import Governance
from worldhire.store.sql import schema_governance as g


def test_a_token_authenticates_as_its_user_and_only_its_hash_is_stored(world: World) -> None:
    accounts = Accounts(world.gov)
    user = accounts.user(world.acme.tenant_id, "recruiter@acme.example")
    value = accounts.issue_user_token(user)
    principal = accounts.authenticate(value)
    assert (principal.tenant_id, principal.role, principal.user_id) == (
        world.acme.tenant_id, AccessRole.RECRUITER, user.id
    )
    token_id, secret = tokens.split(value) or ("", "")
    with connection(world.gov) as conn:
        stored = conn.execute(select(g.api_tokens).where(g.api_tokens.c.id == token_id)).one()
        dump = "\n".join(str(tuple(r)) for r in conn.execute(select(g.api_tokens)).all())
    assert secret not in dump and value not in dump
    assert stored.secret_sha256 == tokens.secret_hash(secret)


def test_tokens_are_random(world: World) -> None:
    accounts = Accounts(world.gov)
    user = accounts.user(world.acme.tenant_id, "viewer@acme.example")
    values = {accounts.issue_user_token(user) for _ in range(20)}
    assert len(values) == 20


@pytest.mark.parametrize("mangle", [
    lambda v: v[:-1] + ("A" if v[-1] != "A" else "B"),  # wrong secret
    lambda v: "wh_0000000000000000_" + v.split("_", 2)[2],  # unknown id
    lambda v: v + "x",  # malformed
    lambda v: "",
    lambda v: "Bearer " + v,
])
def test_wrong_tokens_are_refused_alike(world: World, mangle: Callable[[str], str]) -> None:
    accounts = Accounts(world.gov)
    value = accounts.issue_user_token(accounts.user(world.acme.tenant_id, "admin@acme.example"))
    with pytest.raises(AccessDenied, match="invalid or revoked token"):
        accounts.authenticate(mangle(value))


def test_revoked_tokens_stop_working(world: World) -> None:
    accounts = Accounts(world.gov)
    value = accounts.issue_user_token(accounts.user(world.acme.tenant_id, "admin@acme.example"))
    token_id = (tokens.split(value) or ("", ""))[0]
    assert accounts.revoke(token_id)
    with pytest.raises(AccessDenied):
        accounts.authenticate(value)


def test_comparison_goes_through_compare_digest(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    original = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return original(a, b)

    monkeypatch.setattr("worldhire.governance.tokens.hmac.compare_digest", spy)
    accounts = Accounts(world.gov)
    value = accounts.issue_user_token(accounts.user(world.acme.tenant_id, "admin@acme.example"))
    accounts.authenticate(value)
    with pytest.raises(AccessDenied):
        accounts.authenticate("wh_0000000000000000_" + "A" * 43)  # unknown id still compares
    assert len(calls) == 2


def test_candidate_tokens_act_as_that_candidate(world: World) -> None:
    accounts = Accounts(world.gov)
    principal = accounts.authenticate(accounts.issue_candidate_token(world.platform.id))
    assert principal.role is AccessRole.CANDIDATE and principal.candidate_id == world.platform.id


def test_user_management_rejects_bad_input(world: World) -> None:
    accounts = Accounts(world.gov)
    with pytest.raises(GovernanceError, match="already a user"):
        accounts.add_user(world.acme.tenant_id, "ADMIN@acme.example", AccessRole.VIEWER)
    with pytest.raises(GovernanceError, match="not an e-mail"):
        accounts.add_user(world.acme.tenant_id, "nobody", AccessRole.VIEWER)
    with pytest.raises(GovernanceError, match="a tenant user is one of"):
        accounts.add_user(world.acme.tenant_id, "x@acme.example", AccessRole.OPERATOR)


def test_a_tenant_is_named_or_the_only_one(gov: Governance) -> None:
    accounts = Accounts(gov)
    with pytest.raises(GovernanceError, match="several tenants"):
        named_or_only_tenant(gov.repo, None)  # none at all
    acme = accounts.create_tenant(" Acme ")
    assert acme.name == "Acme"
    assert named_or_only_tenant(gov.repo, None) == acme
    globex = accounts.create_tenant("Globex")
    assert named_or_only_tenant(gov.repo, "Globex") == globex
    assert named_or_only_tenant(gov.repo, acme.id) == acme
    with pytest.raises(GovernanceError, match="several tenants"):
        named_or_only_tenant(gov.repo, None)


def test_a_tenant_is_named_by_its_id_and_an_unknown_id_has_no_name(world: World) -> None:
    accounts = Accounts(world.gov)
    assert accounts.tenant_name(world.acme.tenant_id) == "acme"
    assert accounts.tenant_name("ten_unknown") is None
