"""PostgreSQL's pool counts (migration 0046) under writers side by side: none waits on another's
count, and each reader sees the count of what it can see."""

from __future__ import annotations

import threading

from tests.factories import make_candidate
from worldhire.store.sql.repository import SqlRepository


def test_a_writer_adds_to_its_pool_while_another_writers_count_is_in_flight(
        pg_url: str) -> None:
    first, second = SqlRepository(pg_url), SqlRepository(pg_url)
    tenant = first.ensure_tenant("acme").id
    first.save_candidates([make_candidate(name="Stored", tenant_id=tenant)])
    written = threading.Event()

    def write_beside() -> None:
        second.save_candidates([make_candidate(name=f"Beside {i}", tenant_id=tenant)
                                for i in range(2)])
        written.set()

    try:
        with first.unit_of_work() as work:  # holds the rows of the count it folded
            first.save_candidates([make_candidate(name="In flight", tenant_id=tenant)])
            assert first.pool_size(tenant) == 2
            beside = threading.Thread(target=write_beside)
            beside.start()
            assert written.wait(timeout=30), "the second writer waited on the first's count"
            assert second.pool_size(tenant) == 3  # its own two, not the one in flight
            assert first.pool_size(tenant) == 4  # its own as well
            work.commit()
        beside.join()
        assert first.pool_size(tenant) == second.pool_size(tenant) == 4
        assert first.pool_size(None) == 0
        second.save_candidates([make_candidate(name="Folded", tenant_id=tenant)])
        with first.engine.connect() as conn:  # the keys' rows folded once none is in flight
            rows = conn.exec_driver_sql("SELECT profiles FROM candidate_pool_counts").all()
        assert [r[0] for r in rows] == [5]
    finally:
        first.close()
        second.close()
