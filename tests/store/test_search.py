"""Retrieval in the store on every backend: the full-text index and the pool's predicates."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.factories import KUBERNETES, PYTORCH, make_candidate
from worldhire.core.models import Consent, ConsentPurpose, EvidenceKind
from worldhire.store.protocol import PoolFilter
from worldhire.store.sql.repository import SqlRepository


def test_the_full_text_index_follows_writes_consent_and_erasure(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("acme")
    other = repo.ensure_tenant("other")
    mine = make_candidate({PYTORCH: EvidenceKind.JOB}, name="Mine", tenant_id=tenant.id)
    theirs = make_candidate({PYTORCH: EvidenceKind.JOB}, name="Theirs", tenant_id=other.id)
    platform = make_candidate({KUBERNETES: EvidenceKind.JOB}, name="Platform")
    repo.save_candidates([mine, theirs, platform])
    pool = PoolFilter(tenant.id)

    def found(*words: str) -> list[str]:
        return [cid for cid, _ in repo.search_profiles(pool, list(words), 10)]

    assert found("pytorch") == [mine.id]  # another tenant's profile is never served
    assert found("kubernetes") == [platform.id]
    platform.summary = "moved on to c++ and pytorch"
    repo.save_candidate(platform)
    assert set(found("c++")) == {platform.id}
    platform.consents.append(Consent(ConsentPurpose.MATCHING, False, "e-mail"))
    repo.save_candidate(platform)
    assert found("kubernetes", "c++") == []
    assert repo.pool_size(tenant.id) == 1
    repo.delete_candidate(mine.id)
    assert found("pytorch") == []


def test_words_most_profiles_hold_do_not_crowd_out_a_rare_one(repo: SqlRepository) -> None:
    if repo.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's ts_rank has no document frequency: common words stay in")
    crowd = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}") for i in range(12)]
    rare = make_candidate({KUBERNETES: EvidenceKind.JOB}, name="Rare")
    repo.save_candidates([*crowd, rare])
    words = ["pytorch", "production", "system", "kubernetes", "serving", "requests"]
    found = [cid for cid, _ in repo.search_profiles(PoolFilter(None), words, 1)]
    assert found == [rare.id]


def test_a_bulk_load_leaves_the_planner_statistics_of_the_profiles(repo: SqlRepository) -> None:
    """Without them SQLite checks retrieved ids against a pool by scanning a country's rows."""
    people = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}") for i in range(30)]
    assert repo.load_candidates(people, chunk=10) == 30
    with repo.engine.connect() as conn:
        if repo.engine.dialect.name == "sqlite":
            query = "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'candidates'"
        else:
            query = "SELECT count(*) FROM pg_stats WHERE tablename = 'candidates'"
        assert conn.exec_driver_sql(query).scalar_one() > 0


def test_an_overlap_rule_is_a_predicate_on_working_windows(repo: SqlRepository) -> None:
    day = make_candidate({PYTORCH: EvidenceKind.JOB}, name="Day", timezone="Europe/Berlin")
    night = make_candidate({PYTORCH: EvidenceKind.JOB}, name="Night", timezone="Europe/Berlin",
                           work_start_hour=22.0, work_end_hour=6.0)
    manila = make_candidate({PYTORCH: EvidenceKind.JOB}, name="Manila", timezone="Asia/Manila")
    unknown = make_candidate({PYTORCH: EvidenceKind.JOB}, name="Unknown", timezone=None)
    repo.save_candidates([day, night, manila, unknown])
    everyone = PoolFilter(None)
    assert repo.working_windows(everyone) == [
        ("Asia/Manila", 9.0, 17.0), ("Europe/Berlin", 9.0, 17.0), ("Europe/Berlin", 22.0, 6.0)]
    berlin_days = replace(everyone, windows=frozenset({("Europe/Berlin", 9.0, 17.0)}))
    assert repo.pool_ids(berlin_days) == [day.id]
    assert repo.working_windows(replace(everyone, countries=frozenset({"XX"}))) == []
    assert repo.pool_ids(replace(everyone, windows=frozenset())) == []


def test_a_selective_pool_gets_its_best_matches_in_the_order_the_index_gives(
    repo: SqlRepository,
) -> None:
    """The pool's members are met among the index's matches part by part, or, past the parts it
    reads, found with the predicates joined in: the same hits as the joined query either way."""
    from worldhire.store.sql.repository import DEEPEN, OVERFETCH, _full_text, _pool_where

    # The more notes beside the word, the lower a profile ranks: Poland's rank first, Brazil's
    # after a few parts, Argentina's last of all.
    people = [
        make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}", country=country,
                       summary=" ".join(["pytorch"] + ["notes"] * notes))
        for i, (country, notes) in enumerate(
            [("PL", i % 4) for i in range(40)] + [("BR", 6), ("PL", 7), ("BR", 8), ("AR", 40)])
    ]
    repo.save_candidates(people)
    assert len(people) > OVERFETCH * DEEPEN  # k=1 reads fewer matches than the pool holds
    # Ten profiles share each of Poland's texts: runs of equal ranks cross the parts read.
    for countries in (None, {"BR"}, {"AR"}, {"PL"}, {"BR", "AR"}):
        pool = PoolFilter(None, countries=None if countries is None else frozenset(countries))
        for k in (1, 2, 3, 7, 20):
            with repo.engine.connect() as conn:
                joined = _full_text(conn, ["pytorch"], k, _pool_where(pool))
            assert repo.search_profiles(pool, ["pytorch"], k) == joined
