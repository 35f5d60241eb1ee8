"""The unit of work (issue 17): the statements of a use case run in one transaction that its
opener commits; without the commit nothing of it is kept, and a unit opened inside another is
part of it. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from tests.factories import make_candidate
from worldhire.core.models import ConsentPurpose
from worldhire.governance.consent import record_consent
from worldhire.governance.store import Governance
from worldhire.pipeline.events import CONSENT_WITHDRAWN
from worldhire.pipeline.webhooks import Webhooks
from worldhire.store.sql.repository import SqlRepository


def test_work_is_kept_only_when_committed(repo: SqlRepository) -> None:
    with repo.unit_of_work() as work:
        repo.ensure_tenant("Committed")
        work.commit()
    with repo.unit_of_work():
        repo.ensure_tenant("Left without commit")
    assert [t.name for t in repo.list_tenants()] == ["Committed"]


def test_an_error_inside_the_unit_undoes_all_of_it(repo: SqlRepository) -> None:
    person = make_candidate()
    with pytest.raises(RuntimeError), repo.unit_of_work() as work:
        repo.ensure_tenant("Acme")
        repo.save_candidate(person)
        raise RuntimeError("the use case failed half-way")
        work.commit()  # never reached
    assert repo.list_tenants() == [] and repo.get_candidate(person.id) is None


def test_a_unit_inside_another_is_part_of_it(repo: SqlRepository) -> None:
    with repo.unit_of_work():
        with repo.unit_of_work() as inner:
            repo.ensure_tenant("Inner")
            inner.commit()  # the outer unit's opener decides
        assert [t.name for t in repo.list_tenants()] == ["Inner"]  # it reads its own writes
    assert repo.list_tenants() == []


def test_the_unit_is_not_seen_by_others_until_committed(repo: SqlRepository) -> None:
    other = SqlRepository(repo.engine.url.render_as_string(hide_password=False))
    try:
        with repo.unit_of_work() as work:
            repo.ensure_tenant("Acme")
            assert other.list_tenants() == []
            work.commit()
        assert [t.name for t in other.list_tenants()] == ["Acme"]
    finally:
        other.close()


def test_a_withdrawal_and_its_webhook_deliveries_are_one_unit(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("Acme")
    person = make_candidate(tenant_id=tenant.id)
    repo.save_candidate(person)
    hooks = Webhooks.on(repo, allow_private=True)
    hooks.register(tenant.id, "https://hooks.example.com/in", [CONSENT_WITHDRAWN])
    gov = Governance(repo)

    def withdraw() -> None:
        record_consent(gov, person.id, ConsentPurpose.OUTREACH, granted=False, source="e-mail")

    with repo.unit_of_work():
        withdraw()  # and the shell never commits
    stored = repo.get_candidate(person.id)
    assert stored is not None and len(stored.consents) == len(person.consents)
    assert hooks.deliveries(limit=None) == []
    with repo.unit_of_work() as work:
        withdraw()
        work.commit()
    stored = repo.get_candidate(person.id)
    assert stored is not None and not stored.consents[-1].granted
    assert [d.event for d in hooks.deliveries(limit=None)] == [CONSENT_WITHDRAWN]
