"""SQLite's impact-ordered keyword index (store/sql/impacts.py): kept in step with every write
and erasure, each word cut back to its best postings, and a query ranked from it as FTS5 ranks
the profiles it reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.factories import PYTORCH, make_candidate
from tests.statements import executions_sent
from tests.store.conftest import migrate
from worldhire.core.models import Candidate, EvidenceKind
from worldhire.store.protocol import PoolFilter
from worldhire.store.sql import impacts, pool_search
from worldhire.store.sql.frequencies import read_frequencies
from worldhire.store.sql.keyword_search import full_text
from worldhire.store.sql.pool import pool_where
from worldhire.store.sql.repository import SqlRepository

WORDS = ["pytorch", "kafka", "spark"]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SqlRepository:
    monkeypatch.setattr(impacts, "ACTIVE", 0)  # every store here is large enough to index
    return SqlRepository(f"sqlite:///{tmp_path / 'store.db'}")


def people() -> list[Candidate]:
    """Profiles holding the words in different numbers, beside different amounts of other text;
    one written with accents the index folds."""
    out = []
    for i in range(24):
        words = ["pytorch"] * (1 + i % 3) + ["kafka"] * (i % 2) + ["spark"] * (i % 5 == 0)
        out.append(make_candidate(
            {PYTORCH: EvidenceKind.JOB}, name=f"P{i}", country="PL" if i % 3 else "BR",
            summary=" ".join(words + ["notes"] * (i % 7))))
    out.append(make_candidate(name="Accents", country="BR",
                              summary="Kafka au Café, Kafka encore; PyTorch."))
    return out


def postings(repo: SqlRepository, word: str) -> list[tuple[str, int]]:
    """A word's kept postings as (profile id, impact), best first."""
    with repo.engine.connect() as conn:
        return [(cid, impact) for cid, impact in conn.exec_driver_sql(
            f"SELECT c.candidate_id, i.impact FROM {impacts.IMPACTS} AS i "
            "JOIN candidate_text AS c ON c.row = i.row WHERE i.term = ? "
            "ORDER BY i.impact DESC, i.row DESC", (word,))]


def every_posting(repo: SqlRepository) -> set[int]:
    with repo.engine.connect() as conn:
        return set(conn.exec_driver_sql(f"SELECT row FROM {impacts.IMPACTS}").scalars())


def test_the_index_follows_writes_edits_and_erasure(repo: SqlRepository) -> None:
    everyone = people()
    repo.save_candidates(everyone[:10])
    assert repo.load_candidates(everyone[10:]) == len(everyone) - 10  # the bulk path
    assert len(postings(repo, "pytorch")) == len(everyone)
    assert {cid for cid, _ in postings(repo, "cafe")} == {everyone[-1].id}  # accents folded
    edited = everyone[0]
    edited.summary = "now kafka only"
    repo.save_candidate(edited)
    assert edited.id in {cid for cid, _ in postings(repo, "kafka")}
    assert edited.id not in {cid for cid, _ in postings(repo, "spark")}
    erased = everyone[-1]
    repo.delete_candidate(erased.id)
    assert postings(repo, "cafe") == []
    with repo.engine.connect() as conn:
        rows = set(conn.exec_driver_sql("SELECT row FROM candidate_text").scalars())
    assert every_posting(repo) == rows  # nothing of a profile outlives its text


def test_a_store_is_indexed_once_it_grows_past_active(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Below ACTIVE profiles writes skip the index (its queries are FTS5's); the write that
    takes the store past it indexes every profile stored, and later writes add theirs."""
    monkeypatch.setattr(impacts, "ACTIVE", 20)
    everyone = people()
    repo.save_candidates(everyone[:20])
    assert every_posting(repo) == set()
    monkeypatch.setattr(pool_search, "RANKED_POSTINGS", 0)
    pool = PoolFilter(None)
    with repo.engine.connect() as conn:
        exact = full_text(conn, WORDS, 5, pool_where(pool), None)
    assert repo.search_profiles(pool, WORDS, 5) == exact  # FTS5's while nothing is indexed
    repo.save_candidates(everyone[20:22])
    assert len(postings(repo, "pytorch")) == 22
    repo.save_candidate(everyone[22])
    assert len(postings(repo, "pytorch")) == 23


def test_a_word_keeps_its_best_postings_and_later_ones_from_its_floor(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past 2 x CAP postings a word is cut back to its CAP best by impact; a later profile's
    posting is kept only if it reaches the cut's floor, so the kept ones are the best."""
    monkeypatch.setattr(impacts, "CAP", 4)
    # 'pytorch' once in texts of growing length: the shorter, the higher its impact.
    texts = [" ".join(["pytorch"] + ["notes"] * n) for n in range(12)]
    written = [make_candidate(name=f"L{n}", summary=s) for n, s in enumerate(texts)]
    for person in written[6:]:  # the longer first: the cut comes before the best are written
        repo.save_candidate(person)
    for person in written[:6]:
        repo.save_candidate(person)
    kept = postings(repo, "pytorch")
    assert 4 <= len(kept) <= 8
    assert [cid for cid, _ in kept[:4]] == [p.id for p in written[:4]]
    assert [impact for _, impact in kept] == sorted((impact for _, impact in kept), reverse=True)
    with repo.engine.connect() as conn:
        floor = conn.exec_driver_sql(
            f"SELECT floor FROM {impacts.FLOORS} WHERE term = 'pytorch'").scalar_one()
    assert min(impact for _, impact in kept) >= floor


def test_a_query_past_the_cap_is_ranked_as_fts5_ranks_it(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where every holder's postings are read, the impact-ordered stage gives FTS5's ranking of
    the pool (ids, order and scores), within the pool's filters."""
    repo.save_candidates(people())
    monkeypatch.setattr(pool_search, "RANKED_POSTINGS", 0)
    for pool in (PoolFilter(None), PoolFilter(None, countries=frozenset({"BR"}))):
        found = repo.search_profiles(pool, [*WORDS, "cafe"], 5)
        with repo.engine.connect() as conn:
            every = full_text(conn, [*WORDS, "cafe"], 5, pool_where(pool), None)
        assert [cid for cid, _ in found] == [cid for cid, _ in every]
        assert [score for _, score in found] == pytest.approx([score for _, score in every])


def test_only_the_best_read_are_scored_again(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With one posting read per word and no holders of every word, the profiles scored are
    each word's best, ranked by their scores over every word; with the holders of every word,
    those are scored too."""
    repo.save_candidates(people())
    monkeypatch.setattr(pool_search, "RANKED_POSTINGS", 0)
    monkeypatch.setattr(impacts, "READ", 1)
    monkeypatch.setattr(impacts, "HOLDERS", 0)
    found = repo.search_profiles(PoolFilter(None), WORDS, 3)
    best = {postings(repo, w)[0][0] for w in WORDS}
    assert {cid for cid, _ in found} <= best
    monkeypatch.setattr(impacts, "HOLDERS", 100)
    every_word = {cid for cid, _ in postings(repo, "spark")} & {
        cid for cid, _ in postings(repo, "kafka")} & {cid for cid, _ in postings(repo, "pytorch")}
    assert every_word - best
    found = repo.search_profiles(PoolFilter(None), WORDS, 10)
    assert every_word <= {cid for cid, _ in found}
    with repo.engine.connect() as conn:
        every = dict(full_text(conn, WORDS, 100, pool_where(PoolFilter(None)), None))
    assert [score for _, score in found] == pytest.approx([every[cid] for cid, _ in found])


def test_a_score_is_fts5s_bm25_to_the_last_bits_on_ascii_text(repo: SqlRepository) -> None:
    repo.save_candidates(people())
    with repo.engine.connect() as conn:
        scorer = impacts.Scorer(impacts.index_stats(conn), read_frequencies(conn, WORDS))
        rows = conn.exec_driver_sql(
            "SELECT c.body, d.sz, -candidate_search.rank FROM candidate_search "
            "JOIN candidate_text AS c ON c.row = candidate_search.rowid "
            "JOIN candidate_search_docsize AS d ON d.id = c.row "
            "WHERE candidate_search MATCH '\"pytorch\" OR \"kafka\" OR \"spark\"'").all()
    assert len(rows) == 25
    for body, size, score in rows:
        if body.isascii():
            assert scorer.score(body, impacts._varint(size, 0)[0]) == score


def test_the_profiles_stored_before_the_index_are_indexed_by_its_migration(
    repo: SqlRepository,
) -> None:
    """Migration 0033 writes the postings of the profiles stored before it as every write does
    (a downgrade and upgrade again give the same index)."""
    repo.save_candidates(people())
    with repo.engine.connect() as conn:
        written = conn.exec_driver_sql(f"SELECT * FROM {impacts.IMPACTS} ORDER BY 1, 2, 3").all()
    migrate(repo, "downgrade", "0032")
    migrate(repo, "upgrade", "head")
    with repo.engine.connect() as conn:
        assert conn.exec_driver_sql(
            f"SELECT * FROM {impacts.IMPACTS} ORDER BY 1, 2, 3").all() == written


def test_a_holder_among_a_words_best_counts_the_other_words_it_holds_too() -> None:
    """A holder of the rarest words found among one word's best postings is ranked by that
    word's impact read plus each other word it holds as held once: it outranks a profile
    holding two of the words a little better, where the larger of the two figures alone (the
    impact read, or every word held once) put it below."""
    stats = impacts.IndexStats(rows=1000, average_length=10.0)
    scorer = impacts.Scorer(stats, {"kafka": 10, "spark": 20, "pytorch": 30})
    rarest = ["kafka", "spark", "pytorch"]
    once = impacts.SCALE * (impacts.K1 + 1) / (1 + impacts.K1)  # held once, average length
    # Row 1 is among pytorch's and spark's best; row 2 among kafka's best and holds all three.
    lists = {"pytorch": np.array([1]), "spark": np.array([1]), "kafka": np.array([2])}
    rows = np.array([1, 2])
    found = np.array([(scorer.idf["pytorch"] + scorer.idf["spark"]) * 2.1 * impacts.SCALE,
                      scorer.idf["kafka"] * 2.0 * impacts.SCALE])
    ranked_rows, ranked = impacts._with_holders(rows, found, stats, scorer, lists, rarest,
                                                [(2, 10, 3), (3, 10, 2)])
    scores = dict(zip(ranked_rows.tolist(), ranked.tolist(), strict=True))
    assert scores[1] == found[0]
    assert scores[2] == pytest.approx(
        found[1] + (scorer.idf["spark"] + scorer.idf["pytorch"]) * once)
    assert scores[2] > scores[1] > max(found[1], sum(scorer.idf.values()) * once)
    # Row 3, not among any word's best, holds the two rarest: each counted once.
    assert scores[3] == pytest.approx((scorer.idf["kafka"] + scorer.idf["spark"]) * once)


def test_holders_are_read_from_the_most_rarest_words_somebody_holds(
    repo: SqlRepository,
) -> None:
    """The intersections are probed for a first row from the fewest words up: the intersection
    of all of them, which nobody holds here and FTS5 would read to its end, is never asked for;
    the holders and their counts are the descent's from the most held."""
    repo.save_candidates(people())
    rarest = ["cafe", "spark", "kafka", "pytorch"]  # only 'Accents' holds 'cafe', without spark
    with repo.engine.connect() as conn, executions_sent(repo.engine) as sent:
        holders = impacts._holders(conn, rarest, 100)
        accents = conn.exec_driver_sql(
            "SELECT c.row FROM candidate_text AS c JOIN candidates AS p ON p.id = c.candidate_id "
            "WHERE p.name = 'Accents'").scalar_one()
    read = [(str(parameters[0]), int(parameters[1])) for statement, parameters in sent
            if "MATCH" in statement and isinstance(parameters, tuple) and len(parameters) == 2]
    assert [(row, count) for row, _, count in holders] == [(accents, 1)]
    assert [match for match, most in read if most == 1] == ['"cafe"', '"cafe" AND "spark"']
    assert [match for match, most in read if most > 1] == ['"cafe"']


@pytest.mark.parametrize(("held", "most"), [(0, 0), (1, 1), (2, 2), (3, 3), (5, 5), (7, 7),
                                            (8, 8), (9, 9)])
def test_the_most_words_held_is_found_from_the_fewest_up(
    monkeypatch: pytest.MonkeyPatch, held: int, most: int,
) -> None:
    """Whatever the number of the rarest words held together, the probes find it, and never
    ask for more than twice as many words as are held (or one more)."""
    rarest = [f"w{n}" for n in range(9)]
    asked: list[int] = []

    def holding(_conn: Any, words: list[str], _most: int) -> list[int]:
        asked.append(len(words))
        return [1] if len(words) <= held else []

    monkeypatch.setattr(impacts, "_holding", holding)
    assert impacts._most_held(None, rarest) == most  # type: ignore[arg-type]
    assert max(asked) <= max(2 * held, held + 1)


def test_a_posting_read_keeps_a_large_row_and_the_largest_impact(repo: SqlRepository) -> None:
    """A posting is read as one number holding its row and impact: a row past 2**32 and an
    impact just under its bound come back as they were written."""
    repo.save_candidates(people())
    row, impact = 2**40 + 5, round(impacts.SCALE * (impacts.K1 + 1)) - 1
    with repo.engine.begin() as conn:
        conn.exec_driver_sql(f"INSERT INTO {impacts.IMPACTS} (term, impact, row) VALUES "
                             "('zyx', ?, ?), ('zyx', 7, 3)", (impact, row))
        stats = impacts.index_stats(conn)
        scorer = impacts.Scorer(stats, {"zyx": 1})
        assert impacts._ranked(conn, {"zyx": 1}, stats, scorer, 5) == [row, 3]
        conn.rollback()


def _encoded(value: int) -> bytes:
    """SQLite's varint of `value` (up to 2**56): seven bits a byte, the first ones flagged."""
    out = [value & 0x7F]
    value >>= 7
    while value:
        out.append(0x80 | (value & 0x7F))
        value >>= 7
    return bytes(reversed(out))


@pytest.mark.parametrize("tokens", [0, 1, 127, 128, 300, 16_383, 16_384, 3_000_000])
def test_a_profiles_length_is_read_from_its_docsize_record_in_one_byte_or_more(
    tokens: int,
) -> None:
    assert impacts._length(_encoded(tokens)) == tokens == impacts._varint(_encoded(tokens), 0)[0]
