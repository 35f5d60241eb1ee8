"""PostgreSQL's postings table (migration 0042, store/sql/postings.py): kept exact through every
write, edit, erasure and tenant's cascade, filled by its migration, and the keyword stage ranked
from it as weighted_rank ranks every match of the stored tsvectors."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from tests.factories import PYTORCH, make_candidate
from tests.statements import executions_sent, statements_sent
from tests.store.conftest import migrate, postgres_url
from worldhire.core.models import Candidate, EvidenceKind
from worldhire.governance.erasure import erase_candidate
from worldhire.governance.store import Governance
from worldhire.store.protocol import PoolFilter
from worldhire.store.sql import pool_search
from worldhire.store.sql.keyword_search import full_text
from worldhire.store.sql.pool import pool_where
from worldhire.store.sql.postings import POSTINGS, SEARCH_VECTOR, Query, rank_parts
from worldhire.store.sql.repository import SqlRepository


@pytest.fixture
def repo(postgres: Any) -> Iterator[SqlRepository]:
    store = SqlRepository(postgres_url(postgres))
    yield store
    store.close()


def people(tenant: str | None = None) -> list[Candidate]:
    """Profiles holding the words in different numbers, in different countries."""
    out = []
    for i in range(30):
        words = (["pytorch"] * (1 + i % 3) + ["kafka"] * (i % 2) + ["spark"] * (i % 5 == 0)
                 + ["c++"] * (i % 4 == 1) + ["flink"] * (i % 7 == 3))
        out.append(make_candidate(
            {PYTORCH: EvidenceKind.JOB}, name=f"P{i}", tenant_id=tenant,
            country="UY" if i in (5, 11) else ["PL", "BR", "AR"][i % 3],
            summary=" ".join(words + ["notes"] * (i % 6))))
    return out


def postings(repo: SqlRepository) -> set[tuple[str, str, int]]:
    """(term, candidate id, occurrences) of every posting, none held twice."""
    with repo.engine.connect() as conn:
        rows = [tuple(row) for row in conn.execute(text(
            f"SELECT p.term, e.id, e.occurrences FROM {POSTINGS} AS p, "
            "unnest(p.candidate_ids, p.occurrences) AS e(id, occurrences)"))]
    assert len(rows) == len(set(rows))
    return set(rows)


def lexemes(repo: SqlRepository) -> set[tuple[str, str, int]]:
    """Each stored tsvector's lexemes with their counts of positions."""
    with repo.engine.connect() as conn:
        return {tuple(row) for row in conn.execute(text(
            "SELECT u.lexeme, ct.candidate_id, cardinality(u.positions) FROM candidate_text "
            f"AS ct, unnest(ct.{SEARCH_VECTOR}) AS u"))}


def test_the_postings_follow_writes_edits_erasure_and_a_tenants_cascade(
    repo: SqlRepository,
) -> None:
    tenant = repo.ensure_tenant("Acme").id
    everyone, theirs = people(), people(tenant)
    everyone[0].summary = "zebra zebra zebra"
    repo.save_candidates(everyone[:10])
    assert repo.load_candidates(everyone[10:] + theirs) == 50  # the bulk path: COPY
    assert ("zebra", everyone[0].id, 3) in postings(repo)
    assert len(postings(repo)) > 60 * 10 and postings(repo) == lexemes(repo)
    everyone[0].summary = "okapi"
    repo.save_candidate(everyone[0])  # an edit writes the text again
    with repo.engine.begin() as conn:  # a text changed in place
        conn.execute(text("UPDATE candidate_text SET body = 'quokka quokka' "
                          "WHERE candidate_id = :id"), {"id": everyone[1].id})
        conn.execute(text("UPDATE candidate_text SET sort_name = 'x' "
                          "WHERE candidate_id = :id"), {"id": everyone[2].id})
    held = postings(repo)
    assert ("okapi", everyone[0].id, 1) in held and ("quokka", everyone[1].id, 2) in held
    assert not any(term == "zebra" for term, _, _ in held)
    assert {term for term, cid, _ in held if cid == everyone[1].id} == {"quokka"}
    assert held == lexemes(repo)
    repo.delete_candidate(everyone[3].id)
    erase_candidate(Governance(repo), everyone[4].id, compact=False)
    with repo.engine.begin() as conn:
        conn.execute(text("DELETE FROM tenants WHERE id = :id"), {"id": tenant})
    gone = {everyone[3].id, everyone[4].id} | {c.id for c in theirs}
    held = postings(repo)
    assert not any(cid in gone for _, cid, _ in held)
    assert held == lexemes(repo) and len({cid for _, cid, _ in held}) == 28


def test_the_migration_fills_the_postings_of_the_profiles_stored_before_it(
    repo: SqlRepository,
) -> None:
    repo.save_candidates(people())
    migrate(repo, "downgrade", "0041")
    with repo.engine.connect() as conn:
        assert conn.execute(text(f"SELECT to_regclass('{POSTINGS}')")).scalar() is None
    migrate(repo, "upgrade", "head")
    assert len(postings(repo)) > 30 * 10 and postings(repo) == lexemes(repo)
    extra = make_candidate(name="Later", summary="kafka")
    repo.save_candidate(extra)  # the migration's triggers keep it
    assert ("kafka", extra.id, 1) in postings(repo)


def test_a_write_holds_each_lexemes_postings_in_one_row(repo: SqlRepository) -> None:
    """A bulk load's COPY of 30 profiles writes one row for "pytorch", not 30 (migration 0044:
    a 500-profile batch's server CPU 153 -> 33 ms); a later save is a write of its own."""
    repo.load_candidates(people())
    later = make_candidate(name="Later", summary="pytorch")
    repo.save_candidate(later)
    with repo.engine.connect() as conn:
        held = conn.execute(text(
            f"SELECT cardinality(candidate_ids) FROM {POSTINGS} WHERE term = 'pytorch' "
            "ORDER BY batch")).scalars().all()
    assert held == [30, 1]
    assert ("pytorch", later.id, 1) in postings(repo)


@pytest.mark.parametrize("positions", [1, 2, 3, 7, 255, 300])
def test_a_lexemes_rank_part_is_ts_ranks(repo: SqlRepository, positions: int) -> None:
    """ts_rank of an OR query is the sum of each held lexeme's part, a tsvector keeping 256
    positions of a lexeme at most (ts_rank sums them in single precision)."""
    with repo.engine.connect() as conn:
        rank = conn.execute(text(
            "SELECT ts_rank(to_tsvector('simple', repeat('kafka ', :n) || 'spark'), "
            "websearch_to_tsquery('simple', 'kafka or spark or flink'))"), {"n": positions}
        ).scalar_one()
    parts = rank_parts(3)
    assert rank == pytest.approx(parts[min(positions, 256) - 1] + parts[0], rel=1e-5)


WORDS = [["pytorch"], ["kafka", "spark"], ["spark", "flink", "c++", "notes"], ["a+b", "kafka"]]
POOLS = [PoolFilter(None), PoolFilter(None, countries=frozenset({"AR"})),
         PoolFilter(None, countries=frozenset({"UY"})),
         PoolFilter(None, countries=frozenset({"XX"})), PoolFilter("tenant")]


@pytest.mark.parametrize("pool", POOLS)
def test_the_keyword_stage_ranks_as_every_match_of_the_tsvectors_ranks(
    repo: SqlRepository, pool: PoolFilter, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same ids, order and scores as weighted_rank over every match (full_text), whether the
    pool's members are met in the parts read or found with its predicates joined in; the
    ranking reads the postings, and the tsvectors only of the profiles it returns."""
    pool = PoolFilter(repo.ensure_tenant("Acme").id) if pool.tenant_id else pool
    repo.load_candidates(people() + people(pool.tenant_id))  # analysed: the words' weights vary
    monkeypatch.setattr(pool_search, "DEEPEN", 1)  # one part: a selective pool is joined in
    with statements_sent(repo.engine) as statements:
        for words in WORDS:
            for k in (1, 3, 8, 40):
                with repo.engine.connect() as conn:
                    every = full_text(conn, words, k, pool_where(pool), None)
                statements.clear()
                assert repo.search_profiles(pool, words, k) == every
                assert any(POSTINGS in s for s in statements)
                assert all("candidate_id = ANY" in s for s in statements if SEARCH_VECTOR in s)


@pytest.mark.parametrize("pool", [
    PoolFilter(None, countries=frozenset({"UY"})), PoolFilter(None, countries=frozenset({"XX"})),
    PoolFilter(None, windows=frozenset())])
def test_a_pool_the_parts_miss_is_ranked_from_its_own_profiles(
    repo: SqlRepository, pool: PoolFilter, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pool the first part misses, of fewer profiles than the parts read (two, or none: no
    country, or no working window meets an overlap rule), is ranked from its members'
    tsvectors, the same hits as weighted_rank over every match, without summing every posting
    of the words again with the pool's predicates joined in."""
    repo.load_candidates(people())
    monkeypatch.setattr(pool_search, "DEEPEN", 1)  # one part of 4 x k
    with statements_sent(repo.engine) as statements:
        for words in WORDS:
            for k in (1, 3):
                with repo.engine.connect() as conn:
                    every = full_text(conn, words, k, pool_where(pool), None)
                statements.clear()
                assert repo.search_profiles(pool, words, k) == every
                assert not any(POSTINGS in s and "JOIN candidates" in s for s in statements)


def test_ties_in_double_precision_are_ordered_as_ts_rank_orders_them(repo: SqlRepository) -> None:
    """Two words' counts swapped: the aggregate's sums in double precision are equal, ts_rank's
    in single precision an ulp apart (0.06585877 against 0.065858774). The best k are those
    ts_rank puts first, though the aggregate puts the others first by their ids."""
    fewer = [make_candidate(id=f"cand_0{i}", name=f"A{i}", summary="kafka spark spark flink")
             for i in range(3)]
    more = [make_candidate(id=f"cand_1{i}", name=f"B{i}", summary="kafka kafka spark flink")
            for i in range(3)]
    repo.save_candidates(fewer + more)
    words, pool = ["kafka", "spark", "flink"], PoolFilter(None)
    for k in (1, 3, 4):
        with repo.engine.connect() as conn:
            every = full_text(conn, words, k, pool_where(pool), None)
        assert [cid for cid, _ in every[:3]] == [c.id for c in more][:k]
        assert repo.search_profiles(pool, words, k) == every


def _rescanned(plan: dict[str, Any]) -> list[str]:
    """The CTEs a plan scans again for each row of another: the inner side of a nested loop,
    or a SubPlan run per row (a hashed one is built once), being a CTE Scan (looked through
    Materialize)."""
    found = []
    for child in plan.get("Plans", []):
        inner = child
        while inner.get("Node Type") == "Materialize":
            inner = inner["Plans"][0]
        relation = child.get("Parent Relationship")
        own = str({key: value for key, value in plan.items() if key != "Plans"})
        repeated = (relation == "Inner" and plan["Node Type"] == "Nested Loop") or (
            relation == "SubPlan" and f"hashed {child.get('Subplan Name')}" not in own)
        if repeated and inner.get("Node Type") == "CTE Scan":
            found.append(inner["CTE Name"])
        found += _rescanned(child)
    return found


@pytest.mark.parametrize("trigger", ["removed", "changed"])
def test_removing_profiles_reads_the_removed_rows_once(repo: SqlRepository, trigger: str) -> None:
    """A statement removing many profiles' texts (a tenant's cascade, an erasure of many) takes
    their ids out of their batches' postings without looking each posting's id up among all of
    them: that nested loop made the removal quadratic in the profiles removed from a batch
    (1,000 of a bulk load's profiles: 2.4 s of the server's CPU; 5,000: minutes)."""
    repo.load_candidates(people())
    with repo.engine.begin() as conn:
        settings, body = conn.execute(text(
            "SELECT proconfig, prosrc FROM pg_proc WHERE proname = :name"),
            {"name": f"{POSTINGS}_{trigger}"}).one()
        removal = body.split("BEGIN", 1)[1].split(";", 1)[0]
        for setting in settings:
            name, value = setting.split("=")
            conn.execute(text(f"SET LOCAL {name} = {value}"))
        for transition in ("old_rows", "new_rows"):
            conn.execute(text(f"CREATE TEMP TABLE {transition} ON COMMIT DROP AS "
                              "SELECT * FROM candidate_text"))
        [[[plan]]] = conn.execute(text(f"EXPLAIN (FORMAT JSON) {removal}")).all()
    assert "gone" in removal and _rescanned(plan["Plan"]) == []



def _grouped(conn: Any, statement: str, parameters: Any) -> int:
    """How many profiles a statement's aggregate summed, from its plan run again."""
    plan = conn.exec_driver_sql(f"EXPLAIN (ANALYZE, FORMAT JSON) {statement}",
                                parameters).scalar_one()[0]["Plan"]
    nodes = [plan]
    while nodes:
        node = nodes.pop()
        if node["Node Type"] == "Aggregate" and node.get("Group Key"):
            return int(node["Actual Rows"])
        nodes += node.get("Plans", [])
    raise AssertionError("no aggregate in the plan")


def test_the_best_are_summed_over_the_profiles_holding_the_rarer_words(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A profile holding only the commonest word cannot reach the best few, who hold the rarer
    ones: the aggregate groups the 24 profiles holding "flink" or "zebra", not the 104 holding
    any word, and sums "spark" for the 20 of them holding it (all 24 in contention), ranking
    them as weighted_rank over every match does."""
    repo.load_candidates([make_candidate(name=f"C{i}", summary=" ".join(
        ["kafka"] + ["spark"] * (i % 2 == 0) + ["flink"] * (i % 10 == 0)
        + ["zebra"] * (i % 25 == 0))) for i in range(200)])
    monkeypatch.setattr(pool_search, "DEEPEN", 2)  # the best 8 are read
    words, pool = ["kafka", "spark", "flink", "zebra"], PoolFilter(None)
    with executions_sent(repo.engine) as sent:
        found = repo.search_profiles(pool, words, 2)
    grouped = [s for s in sent if POSTINGS in s[0] and "GROUP BY" in s[0]]
    with repo.engine.connect() as conn:
        assert found == full_text(conn, words, 2, pool_where(pool), None)
        assert [_grouped_by_each(conn, *statement) for statement in grouped] == [[24, 20]]


def _depths(sent: list[tuple[str, Any]]) -> list[int]:
    """How deep the whole store was ranked, in turn: the LIMITs of the postings aggregates
    sent (a guess of the last score too high sends one again)."""
    return list(dict.fromkeys(
        params[re.findall(r"LIMIT %\((\w+)\)s", statement)[-1]] for statement, params in sent
        if POSTINGS in statement and "GROUP BY" in statement
        and "JOIN candidates" not in statement))


def test_a_pool_most_of_the_store_is_in_is_ranked_no_deeper_than_its_members_need(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The whole store's best are ranked FIRST parts deep (here one: 4 x k) at first, not
    every part's depth: a pool holding most profiles has its k members there. A pool the
    first part holds few of is ranked as deep as the share of it met says its k members need
    (1.5 x 2 x 8 / 1), with the same hits as every match ranked."""
    repo.load_candidates([make_candidate(
        id=f"cand_{i:03d}", name=f"D{i}", country="AR" if i % 6 == 3 else "PL",
        summary="kafka spark" if i < 100 else "kafka") for i in range(204)])
    monkeypatch.setattr(pool_search, "DEEPEN", 4)  # the parts read: the best 32
    monkeypatch.setattr(pool_search, "FIRST", 1)
    words, k = ["kafka", "spark"], 2
    for pool, depths in [(PoolFilter(None), [8]), (PoolFilter(None, frozenset({"PL"})), [8]),
                         (PoolFilter(None, frozenset({"AR"})), [8, 24])]:
        with executions_sent(repo.engine) as sent:
            found = repo.search_profiles(pool, words, k)
        with repo.engine.connect() as conn:
            assert found == full_text(conn, words, k, pool_where(pool), None)
        assert _depths(sent) == depths


def test_each_deeper_ranking_is_at_least_twice_as_deep(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A share of the pool met that keeps falling ranks the whole store again at least twice as
    deep each time (three rankings at most of the 1,600, 3,200 and 6,400 a shortlist may read),
    not a little deeper each time: the first 64 hold 7 of a pool of k=8, whose share says 110,
    so 128 are ranked."""
    repo.load_candidates([make_candidate(
        id=f"cand_{i:04d}", name=f"E{i}", country="AR" if i % 9 == 1 else "PL",
        summary="kafka spark" if i < 600 else "kafka") for i in range(1200)])
    monkeypatch.setattr(pool_search, "DEEPEN", 4)  # the parts read: the best 128
    monkeypatch.setattr(pool_search, "FIRST", 2)
    words, pool = ["kafka", "spark"], PoolFilter(None, frozenset({"AR"}))
    with executions_sent(repo.engine) as sent:
        found = repo.search_profiles(pool, words, 8)
    with repo.engine.connect() as conn:
        assert found == full_text(conn, words, 8, pool_where(pool), None)
    assert _depths(sent) == [64, 128]


def _grouped_by_each(conn: Any, statement: str, parameters: Any) -> list[int]:
    """How many profiles each of a statement's aggregates summed, from its plan run again."""
    plan = conn.exec_driver_sql(f"EXPLAIN (ANALYZE, FORMAT JSON) {statement}",
                                parameters).scalar_one()[0]["Plan"]
    nodes, grouped = [plan], []
    while nodes:
        node = nodes.pop(0)
        if node["Node Type"] == "Aggregate" and node.get("Group Key"):
            grouped.append(int(node["Actual Rows"]))
        nodes += node.get("Plans", [])
    return sorted(grouped, reverse=True)


def test_the_commoner_words_are_summed_only_for_the_profiles_in_contention(
    repo: SqlRepository,
) -> None:
    """Every profile holds "mango", half "lychee"; a hundred hold "quokka" one to four times,
    ten of them "wombat" too. A profile's rarer words' sum plus the most the commoner words
    could add bounds its score: only those whose rarer sum is among the best 5 x 4 (the ten
    and the 25 holding "quokka" four times, tied) are summed over "mango" and "lychee", and
    the best 4 are those of every profile summed."""
    repo.load_candidates([make_candidate(
        id=f"cand_{i:03d}", name=f"F{i}", summary=" ".join(
            ["mango"] + ["lychee"] * (i % 2 == 0) + ["quokka"] * (1 + (i // 3) % 4) * (i % 3 == 0)
            + ["wombat"] * (i % 30 == 0))) for i in range(300)])
    weights = {"mango": 0.5, "lychee": 0.5, "quokka": 4.0, "wombat": 4.0}
    with repo.engine.connect() as conn:
        query = Query.of(conn, weights)
        every = [tuple(row) for row in conn.execute(query.ranked().limit(4))]
        with executions_sent(repo.engine) as sent:
            best = [(row.candidate_id, row.score) for row in query.best(conn, 4)]
        [(statement, parameters)] = [s for s in sent if POSTINGS in s[0]]
        grouped = _grouped_by_each(conn, statement, parameters)
    assert [cid for cid, _ in best] == [cid for cid, _ in every]
    assert [score for _, score in best] == pytest.approx([score for _, score in every])
    assert grouped == [100, 35]
