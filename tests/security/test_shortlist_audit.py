"""Issue 18, item 7: each user served a shortlist has an audit entry of their own. The cached
ranking was handed to a second user with the first user's entry, so the log said nothing of the
second user seeing those people."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import context_of, make_settings
from tests.factories import KUBERNETES, PYTORCH, make_candidate, make_role
from worldhire.api.app import create_app
from worldhire.core.models import EvidenceKind
from worldhire.governance.principal import AccessRole


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[TestClient, str, list[str], list[str]]]:
    # A TTL no slow machine reaches: the test is about whose entry a cached ranking gets.
    app = create_app(make_settings(tmp_path, shortlist_ttl_s=3600.0))
    ctx = context_of(app)
    tenant = ctx.repo.ensure_tenant("Acme AI").id
    ctx.repo.save_candidates([
        make_candidate({PYTORCH: EvidenceKind.JOB}, name="Ada Nowak", tenant_id=tenant),
        make_candidate({PYTORCH: EvidenceKind.PROJECT, KUBERNETES: EvidenceKind.JOB},
                       name="Bola Eze", email="bola@example.com", tenant_id=tenant),
    ])
    role = make_role(tenant_id=tenant)
    ctx.repo.save_role(role)
    users = [ctx.accounts.add_user(tenant, f"r{i}@acme.example", AccessRole.RECRUITER)
             for i in (1, 2)]
    tokens = [ctx.accounts.issue_user_token(u) for u in users]
    with TestClient(app) as client:
        yield client, role.id, tokens, [u.id for u in users]


def test_a_second_users_identical_shortlist_is_their_own_entry(
    setup: tuple[TestClient, str, list[str], list[str]],
) -> None:
    client, role_id, tokens, user_ids = setup
    served = []
    for token in [tokens[0], tokens[1], tokens[0]]:
        answer = client.get(f"/api/v1/roles/{role_id}/shortlist",
                            headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200
        served.append(answer.json())
    first, second, again = served
    assert first["results"] == second["results"]
    assert second["audit_entry"] != first["audit_entry"]
    assert again["audit_entry"] == first["audit_entry"]  # the same user's repeat: one entry
    ctx = context_of(client.app)
    entries = {e.entry_id: e for e in ctx.audit.entries(everything=True)}
    for view, user_id in [(first, user_ids[0]), (second, user_ids[1])]:
        entry = entries[view["audit_entry"]]
        assert entry.action == "rank-candidates" and user_id in entry.record["actor"]
        assert entry.record["details"]["role_id"] == role_id
    shown = {r["candidate_id"] for r in first["results"]}
    for candidate_id in shown:  # each person can read both decisions about them
        seen = {r.entry.entry_id for r in ctx.audit.about(candidate_id)}
        assert {first["audit_entry"], second["audit_entry"]} <= seen


def test_pipeline_writes_keep_the_cached_shortlist(
    setup: tuple[TestClient, str, list[str], list[str]],
) -> None:
    """A ranking reads people and roles, never the pipeline: putting someone on it, moving and
    noting them serve the same audited shortlist again (every move emptied the cache, so under
    load each shortlist ranked the pool anew), while a write to the data does not."""
    client, role_id, tokens, _ = setup
    auth = {"Authorization": f"Bearer {tokens[0]}"}

    def shortlist() -> dict[str, object]:
        answer = client.get(f"/api/v1/roles/{role_id}/shortlist", headers=auth)
        assert answer.status_code == 200
        body: dict[str, object] = answer.json()
        return body

    first = shortlist()
    results = first["results"]
    assert isinstance(results, list)
    added = client.post("/api/v1/applications", headers=auth,
                        json={"candidate_id": results[0]["candidate_id"], "role_id": role_id})
    assert added.status_code == 201
    application = added.json()["id"]
    assert client.post(f"/api/v1/applications/{application}/moves", headers=auth,
                       json={"to_stage": "contacted"}).status_code == 201
    assert client.post(f"/api/v1/applications/{application}/notes", headers=auth,
                       json={"text": "strong PyTorch work"}).status_code == 201
    assert shortlist()["audit_entry"] == first["audit_entry"]
    context_of(client.app).wrote()  # what a data write calls
    assert shortlist()["audit_entry"] != first["audit_entry"]
