"""Issue 18, item 7: a tenant admin's audit check reports on their tenant's entries only (it
reported the whole platform's log), and still fails when the chain is broken anywhere."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from tests.api.conftest import context_of, make_settings
from worldhire.api.app import create_app
from worldhire.governance.audit import AuditLog
from worldhire.governance.principal import AccessRole
from worldhire.governance.repository import connection
from worldhire.governance.schemas import AuditCheckOut
from worldhire.store.sql import schema_governance as g


@dataclass
class Log:
    client: TestClient
    audit: AuditLog
    admin_a: dict[str, str]
    seqs_a: list[int]
    seqs_b: list[int]


@pytest.fixture
def log(tmp_path: Path) -> Iterator[Log]:
    app = create_app(make_settings(tmp_path))
    ctx = context_of(app)
    tenant_a = ctx.repo.ensure_tenant("Acme AI").id
    tenant_b = ctx.repo.ensure_tenant("Globex").id
    admin = ctx.accounts.add_user(tenant_a, "admin@a.example", AccessRole.ADMIN)
    audit = ctx.audit
    seqs: dict[str, list[int]] = {tenant_a: [], tenant_b: []}
    for tenant in [tenant_b, tenant_a, tenant_b, tenant_a, tenant_b]:
        entry = audit.append("shortlist", actor="test", tenant_id=tenant, details={"n": 1})
        seqs[tenant].append(entry.seq)
    token = ctx.accounts.issue_user_token(admin)
    with TestClient(app) as client:
        yield Log(client, audit, {"Authorization": f"Bearer {token}"}, seqs[tenant_a],
                  seqs[tenant_b])


def verify(log: Log, *anchors: str) -> AuditCheckOut:
    answer = log.client.get("/api/v1/audit/verify", headers=log.admin_a,
                            params={"anchor": list(anchors)})
    assert answer.status_code == 200
    return AuditCheckOut.model_validate_json(answer.content)


def test_a_tenant_admin_sees_their_entries_only(log: Log) -> None:
    report = verify(log)
    assert report.ok and report.entries == len(log.seqs_a) == 2
    last = log.seqs_a[-1]
    assert report.anchor == f"{last}:{report.head}"
    assert report.anchor is not None and verify(log, report.anchor).ok
    other = next(e for e in log.audit.entries(everything=True) if e.seq == log.seqs_b[0])
    refused = verify(log, f"{other.seq}:{other.hash}")
    assert refused.problems == [f"anchor {other.seq} is not one of this tenant's entries"]


def test_a_break_in_another_tenants_entry_fails_without_details(log: Log) -> None:
    with connection(log.audit.gov) as conn:
        conn.execute(update(g.audit_log).where(g.audit_log.c.seq == log.seqs_b[1])
                     .values(record=g.audit_log.c.record + " "))
    report = verify(log)
    assert not report.ok
    [problem] = report.problems
    assert "other tenants" in problem and f"entry {log.seqs_b[1]}" not in problem
    assert AuditLog(log.audit.gov).verify().problems == [
        f"entry {log.seqs_b[1]}: its content was changed after it was written"]
