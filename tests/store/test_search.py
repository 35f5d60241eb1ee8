"""Retrieval in the store on every backend: the full-text index and the pool's predicates."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.factories import KUBERNETES, PYTORCH, make_candidate
from tests.statements import executions_sent, statements_sent
from worldhire.core.models import Consent, ConsentPurpose, EvidenceKind
from worldhire.store.protocol import PoolFilter
from worldhire.store.sql.repository import SqlRepository
from worldhire.store.sql.schema import POOL_CHECK_INDEX


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


def test_a_pools_size_follows_every_write_of_a_profile(repo: SqlRepository) -> None:
    """The sizes are kept by triggers (migrations 0029 and 0046): each write that adds, removes
    or moves a profile in or out of a pool changes them as the pool's own predicates count, and
    reading one reads no profile."""
    acme = repo.ensure_tenant("acme").id
    other = repo.ensure_tenant("other").id

    def sizes() -> list[int]:
        return [repo.pool_size(t) for t in (acme, other, None)]

    def counted() -> list[int]:
        return [len(repo.pool_ids(PoolFilter(t))) for t in (acme, other, None)]

    mine = [make_candidate(name=f"Mine {i}", tenant_id=acme) for i in range(3)]
    platform = [make_candidate(name=f"Platform {i}") for i in range(2)]
    withdrawn = make_candidate(name="Withdrawn", tenant_id=acme)
    withdrawn.consents.append(Consent(ConsentPurpose.MATCHING, False, "e-mail"))
    repo.save_candidates([*mine, platform[0], withdrawn])
    assert repo.load_candidates([platform[1]]) == 1  # the bulk path's own statements
    assert sizes() == counted() == [5, 2, 2]
    mine[0].consents.append(Consent(ConsentPurpose.MATCHING, False, "e-mail"))
    mine[1].tenant_id = other
    withdrawn.consents.append(Consent(ConsentPurpose.MATCHING, True, "form"))
    repo.save_candidates([mine[0], mine[1], withdrawn])
    assert sizes() == counted() == [4, 3, 2]
    repo.save_candidate(mine[2])  # rewritten as it was
    repo.delete_candidate(platform[0].id)
    with statements_sent(repo.engine) as statements:
        assert sizes() == [3, 2, 1]
    assert counted() == [3, 2, 1]
    assert statements and not any("candidates" in s.replace("candidate_pool_counts", "")
                                  for s in statements)


def test_words_most_profiles_hold_do_not_crowd_out_a_rare_one(repo: SqlRepository) -> None:
    """SQLite counts each word's profiles in its index; PostgreSQL reads their shares from the
    planner's statistics, which a bulk load leaves (and autovacuum keeps)."""
    crowd = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}") for i in range(12)]
    rare = make_candidate({KUBERNETES: EvidenceKind.JOB}, name="Rare")
    repo.load_candidates([*crowd, rare])
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
    windows = [
        ("Asia/Manila", 9.0, 17.0), ("Europe/Berlin", 9.0, 17.0), ("Europe/Berlin", 22.0, 6.0)]
    assert repo.working_windows() == windows
    berlin_days = replace(everyone, windows=frozenset({("Europe/Berlin", 9.0, 17.0)}))
    assert repo.pool_ids(berlin_days) == [day.id]
    # The store's windows, whoever is in the pool (SQLite counts them by triggers, PostgreSQL
    # walks an index of them): the predicate on them keeps the pool's own filters.
    assert repo.pool_ids(replace(berlin_days, countries=frozenset({"XX"}))) == []
    assert repo.pool_ids(replace(everyone, windows=frozenset())) == []
    night.work_start_hour, night.work_end_hour = 8.0, 16.0
    repo.save_candidate(night)  # moves to another window
    repo.delete_candidate(manila.id)
    assert repo.working_windows() == [
        ("Europe/Berlin", 8.0, 16.0), ("Europe/Berlin", 9.0, 17.0)]


def test_a_selective_pool_gets_its_best_matches_in_the_order_the_index_gives(
    repo: SqlRepository,
) -> None:
    """The pool's members are met among the index's matches part by part, or, past the parts it
    reads, found with the predicates joined in: the same hits as the joined query either way."""
    from worldhire.store.sql.keyword_search import full_text
    from worldhire.store.sql.pool import pool_where
    from worldhire.store.sql.pool_search import DEEPEN, OVERFETCH

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
                joined = full_text(conn, ["pytorch"], k, pool_where(pool), None)
            assert repo.search_profiles(pool, ["pytorch"], k) == joined


def test_word_counts_kept_in_memory_follow_every_write_of_the_index(repo: SqlRepository) -> None:
    """store.sql.frequencies: a count is served from memory only while FTS5's own records of
    the index are those it was read under."""
    if repo.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL reads word shares from its planner statistics, not counts")
    from worldhire.store.sql.frequencies import WordFrequencies, read_frequencies

    kept = WordFrequencies()
    words = ["pytorch", "kubernetes", "zzyzx"]

    def agree() -> dict[str, int]:
        with repo.engine.connect() as conn:
            served = kept.of(conn, words)
            assert served == read_frequencies(conn, words)
            return served

    people = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}") for i in range(4)]
    repo.save_candidates(people)
    first = agree()
    assert agree() == first  # read from memory
    repo.save_candidate(make_candidate({KUBERNETES: EvidenceKind.JOB}, name="K"))
    agree()
    people[0].summary = "Now only zzyzx"
    people[0].evidence = []
    people[0].skills = []
    repo.save_candidate(people[0])  # a rewrite: the old text leaves the index
    agree()
    repo.delete_candidate(people[1].id)
    assert agree()["pytorch"] == 2


def test_a_common_words_profiles_are_counted_only_past_the_share(repo: SqlRepository) -> None:
    """store.sql.frequencies: with `above`, a word held by more profiles is counted one past it
    (a MATCH that stops there), a word the tokenizer would rewrite is asked of the vocabulary
    table as before, and a count read so is never served as exact. The query's words are the
    ones exact counts choose, the rarest few too when every word is common."""
    if repo.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL reads word shares from its planner statistics, not counts")
    from worldhire.store.sql.frequencies import WordFrequencies, read_frequencies
    from worldhire.store.sql.keyword_search import selective

    people = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}",
                             summary="kubernetes terraform ansible" if i < 2 else "")
              for i in range(10)]
    repo.save_candidates(people)
    words = ["pytorch", "kubernetes", "zzyzx", "PyTorch"]
    with repo.engine.connect() as conn:
        exact = read_frequencies(conn, words)
        assert exact == {"pytorch": 10, "kubernetes": 2}
        assert read_frequencies(conn, words, above=2) == {"pytorch": 3, "kubernetes": 2}
        kept = WordFrequencies()
        assert kept.of(conn, words, above=2) == {"pytorch": 3, "kubernetes": 2}
        assert kept.of(conn, words) == exact  # the capped count is not served as the count
        assert kept.of(conn, words, above=1) == {"pytorch": 2, "kubernetes": 2}
        # Two profiles of ten are the share: "pytorch" is left out, the rarer words kept...
        rare = {"kubernetes": 2, "terraform": 2, "ansible": 2}
        assert selective(conn, ["pytorch", *rare], WordFrequencies()) == rare
        # ...unless every word is common: then the rarest few, by their exact counts.
        assert selective(conn, ["pytorch"], None) == {"pytorch": 10}


def test_sqlite_checks_ids_against_a_pool_from_its_index_without_reading_rows(
    tmp_path: Path,
) -> None:
    """Migration 0040: every predicate a shortlist's pool may hold but a location's work
    authorization is answered from the index's entry of the id, whatever the planner's
    statistics say; the result is the rows' own."""
    repo = SqlRepository(f"sqlite:///{tmp_path / 'store.db'}")
    people = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}", country=("IN", "PL")[i % 2],
                             pay_expectation_usd=None if i % 3 == 0 else 50_000.0 + 10_000 * i,
                             needs_sponsorship=i % 4 == 0)
              for i in range(40)]
    assert repo.load_candidates(people, chunk=10) == 40  # analysed, as a bulk load leaves it
    windows = frozenset({("Europe/Warsaw", 9.0, 17.0), ("UTC", 9.0, 17.0)})
    pool = PoolFilter("ten_x", countries=frozenset({"PL"}), no_sponsorship=True,
                      max_pay_usd=300_000.0, windows=windows)
    asked = [c.id for c in people[::-1]] + ["cand_missing"]
    with executions_sent(repo.engine) as statements:
        found = repo.in_pool(pool, asked)
    assert found == {c.id for c in people if c.country == "PL" and not c.needs_sponsorship
                     and (c.pay_expectation_usd or 0) <= 300_000
                     and (c.timezone, c.work_start_hour, c.work_end_hour) in windows}
    assert found  # some pass, some do not
    (statement, parameters), = [s for s in statements if "json_each" in s[0]]
    with repo.engine.connect() as conn:
        plan = " ".join(row[3] for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, parameters))
    repo.close()
    assert f"COVERING INDEX {POOL_CHECK_INDEX}" in plan


def test_a_pooled_connection_plans_with_the_statistics_another_connection_left(
    tmp_path: Path,
) -> None:
    """A server's pooled connection opened on a small store plans with the statistics a bulk
    load by another process leaves, not with those it read when it opened: with the old ones
    the pool check of retrieved rows read every profile of the pool's countries for each part
    of ids."""
    url = f"sqlite:///{tmp_path / 'store.db'}"
    server = SqlRepository(url)
    server.load_candidates([make_candidate(name="First", country="PL")], chunk=10)
    checked = ("SELECT ct.row FROM candidate_text AS ct JOIN candidates AS c "
               "ON c.id = ct.candidate_id WHERE ct.row IN (SELECT value FROM json_each(?)) "
               "AND c.country IN ('IN', 'PL')")

    def plan() -> str:
        with server.engine.connect() as conn:
            return " ".join(row[3] for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + checked, ("[1, 2]",)))

    by_row = "SEARCH ct USING INTEGER PRIMARY KEY"
    assert by_row not in plan()  # one profile's statistics: every profile of the countries read
    loader = SqlRepository(url)
    loader.load_candidates([make_candidate(name=f"P{i}", country=("IN", "PL", "BR")[i % 3])
                            for i in range(300)], chunk=100)
    loader.close()
    assert by_row in plan()
    server.close()


def test_a_store_in_memory_keeps_its_profiles_after_a_bulk_load_analyses_them() -> None:
    """Its one connection is the database: it is never replaced for newer statistics."""
    repo = SqlRepository("sqlite://")
    assert repo.load_candidates([make_candidate(name=f"P{i}") for i in range(30)], chunk=10) == 30
    assert repo.pool_size(None) == 30
