"""List pages read by the store on every backend: applications paged by offset and by cursor in
their order (oldest first, then id), filtered and counted in SQL; candidate pages deep in a
bulk-loaded pool."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.factories import make_candidate
from tests.statements import executions_sent
from worldhire.pipeline.models import Application, StageMove
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.store.protocol import PageScope
from worldhire.store.sql.mapping import sort_name
from worldhire.store.sql.repository import SqlRepository

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def applications(store: SqlPipelineStore, tenant_id: str, role_id: str,
                 count: int) -> list[Application]:
    """`count` applications; every third shares its time with the one before (the id orders
    them), every other is 'screen'."""
    made: list[Application] = []
    for n in range(count):
        at = START + timedelta(seconds=n - n // 3, microseconds=7 * n)
        at = made[-1].created_at if n % 3 == 2 else at
        app = Application(tenant_id, f"cand_{n:03d}", role_id,
                          "screen" if n % 2 else "sourced",
                          id=f"app_{role_id}_{(n * 37) % 101:03d}",
                          created_at=at, updated_at=at)
        store.add_application(app, StageMove(app.id, 1, None, app.stage, "test", at))
        made.append(app)
    return sorted(made, key=lambda a: (a.created_at, a.id))


def test_application_pages_are_read_in_order_by_offset_and_cursor(
    repo: SqlRepository,
) -> None:
    store = SqlPipelineStore.on(repo)
    acme, other = repo.ensure_tenant("acme").id, repo.ensure_tenant("other").id
    mine = applications(store, acme, "role_a", 23)
    applications(store, other, "role_b", 4)

    first = store.application_page(acme, limit=5)
    assert (first.total, first.total_exact) == (23, True)
    assert [a.id for a in first.items] == [a.id for a in mine[:5]]
    assert first.items[0] == mine[0]  # every field read back, times in UTC
    deep = store.application_page(acme, limit=5, offset=20)
    assert [a.id for a in deep.items] == [a.id for a in mine[20:]] and deep.next_after is None

    walked, after = [], None
    while True:
        page = store.application_page(acme, limit=4, after=after, count=after is None)
        walked += [a.id for a in page.items]
        if page.next_after is None:
            break
        assert page.total == (23 if after is None else None)
        after = page.next_after
    assert walked == [a.id for a in mine]

    screened = store.application_page(acme, stage="screen", limit=50)
    assert [a.id for a in screened.items] == [a.id for a in mine if a.stage == "screen"]
    assert screened.total == len(screened.items)
    assert store.application_page(acme, role_id="role_b").total == 0
    assert store.application_page(None, limit=50).total == 27  # every tenant's (operator)


def test_an_application_count_stops_at_the_cap(repo: SqlRepository,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    store = SqlPipelineStore.on(repo)
    acme = repo.ensure_tenant("acme").id
    applications(store, acme, "role_a", 6)
    monkeypatch.setattr("worldhire.pipeline.repository.COUNT_CAP", 4)
    page = store.application_page(acme, limit=2)
    assert (page.total, page.total_exact) == (4, False)


def test_candidate_pages_deep_in_a_bulk_loaded_pool_follow_the_order(
    repo: SqlRepository,
) -> None:
    people = [make_candidate(name=f"Person {n:03d}", country="PL" if n % 4 else "DE")
              for n in range(120)]
    assert repo.load_candidates(iter(people), chunk=50) == 120
    ordered = sorted(people, key=lambda c: (sort_name(c), c.id))
    deep = repo.candidate_page(PageScope(), limit=10, offset=105)
    assert [c.id for c in deep.items] == [c.id for c in ordered[105:115]]
    last = ordered[99]
    after = repo.candidate_page(PageScope(), limit=10, after=(sort_name(last), last.id),
                                count=False)
    assert [c.id for c in after.items] == [c.id for c in ordered[100:110]]
    assert after.total is None
    germans = [c.id for c in ordered if c.country == "DE"]
    page = repo.candidate_page(PageScope(), country="DE", limit=10, offset=20)
    assert (page.total, [c.id for c in page.items]) == (30, germans[20:30])


def cap_counts(monkeypatch: pytest.MonkeyPatch, cap: int) -> None:
    """COUNT_CAP where a page reads it: its count (store.sql.profiles) and its word plan."""
    for module in ("profiles", "candidate_pages"):
        monkeypatch.setattr(f"worldhire.store.sql.{module}.COUNT_CAP", cap)


@pytest.mark.parametrize("join_cost", [0.0, 1e9])  # SQLite: the matches looked up, or walked
def test_word_pages_past_the_count_cap_read_the_rows_in_order(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch, join_cost: float
) -> None:
    people = [make_candidate(name=f"Person {n:03d}",
                             headline="ML engineer" if n % 3 else "Data analyst")
              for n in range(60)]
    assert repo.load_candidates(iter(people), chunk=25) == 60
    engineers = [c.id for c in sorted(people, key=lambda c: (sort_name(c), c.id))
                 if c.headline == "ML engineer"]
    monkeypatch.setattr("worldhire.store.sql.candidate_pages.JOIN_COST", join_cost)
    cap_counts(monkeypatch, 7)  # 40 match: estimated
    page = repo.candidate_page(PageScope(), words=["engineer"], limit=5, offset=30)
    assert [c.id for c in page.items] == engineers[30:35]
    assert (page.total, page.total_exact) == (7, False)
    last = repo.candidate_page(PageScope(), words=["engin"], limit=5, offset=38)
    assert [c.id for c in last.items] == engineers[38:]


@pytest.mark.parametrize("join_cost", [0.0, 1e9])  # SQLite: the matches looked up, or walked
def test_a_word_page_holds_the_words_that_begin_a_term_in_scope_and_country(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch, join_cost: float
) -> None:
    """Read either way, a word matches the terms it begins (not one it lies inside), accents
    aside, among the company's own profiles and the platform's that consent to matching, in the
    country asked for."""
    acme, other = repo.ensure_tenant("acme").id, repo.ensure_tenant("other").id
    people = {
        "spark": make_candidate(name="Ana Sparkes", headline="Data engineer", tenant_id=acme),
        "inside": make_candidate(name="Bo Bright", headline="PySpark developer",
                                 tenant_id=acme),
        "platform": make_candidate(name="Cy Çelik", headline="Spark engineer", country="DE"),
        "no consent": make_candidate(name="Di Dunn", headline="Spark engineer",
                                     consent=False),
        "elsewhere": make_candidate(name="Ed Eng", headline="Spark engineer", tenant_id=other),
    }
    repo.save_candidates(list(people.values()))
    monkeypatch.setattr("worldhire.store.sql.candidate_pages.JOIN_COST", join_cost)

    def names(words: list[str], country: str | None = None) -> list[str]:
        return [c.name for c in repo.candidate_page(PageScope(acme), words=words,
                                                    country=country).items]

    assert names(["spark"]) == ["Ana Sparkes", "Cy Çelik"]
    assert names(["spark"], "de") == ["Cy Çelik"]
    assert names(["celik", "engin"]) == ["Cy Çelik"]
    assert names(["pyspark"]) == ["Bo Bright"]
    assert names(["park"]) == []


def test_a_word_most_profiles_hold_is_counted_by_its_whole_term_without_its_prefix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite: where a word as a whole term alone matches past the count's cap, so does the
    prefix it stands for, and the prefix (whose matches FTS5 reads only after merging every
    term it begins: 34 ms of CPU for 'python' at 1,000,000 profiles) is not read to count; a
    prefix that no whole term matches past the cap ('engin') is counted as before."""
    repo = SqlRepository(f"sqlite:///{tmp_path / 'store.db'}")
    people = [make_candidate(name=f"Person {n:03d}",
                             headline="ML engineer" if n % 3 else "Data engineering")
              for n in range(30)]
    assert repo.load_candidates(iter(people), chunk=25) == 30
    monkeypatch.setattr("worldhire.store.sql.candidate_pages.JOIN_COST", 1e9)  # walked
    cap_counts(monkeypatch, 7)
    with executions_sent(repo.engine) as sent:
        page = repo.candidate_page(PageScope(), words=["engineer"], limit=5)
    asked = [str(p) for _, parameters in sent for p in (parameters or ())]
    assert (page.total, page.total_exact, len(page.items)) == (7, False, 5)
    assert not [p for p in asked if '"engineer"*' in p]
    assert [p for p in asked if '"engineer")' in p]
    for words, total in ((["engin"], (7, False)), (["engineering"], (7, False)),
                         (["data", "engineering"], (7, False))):
        found = repo.candidate_page(PageScope(), words=words, limit=5)
        assert (found.total, found.total_exact) == total
    cap_counts(monkeypatch, 100)
    exact = repo.candidate_page(PageScope(), words=["engin"], limit=50)
    assert (exact.total, exact.total_exact, len(exact.items)) == (30, True, 30)
    repo.close()


@pytest.mark.parametrize("words", [[], ["engineer"]])
def test_a_page_is_read_from_its_own_rows_not_by_walking_every_profile(
    tmp_path: Path, words: list[str]
) -> None:
    """SQLite: the profiles of a page are looked up from the page's rows and put in the page's
    order, instead of every profile walked in the listing index's order and looked up in the
    page (the planner cannot know the page's limit: 40 ms of a 70 ms page at 100,000)."""
    repo = SqlRepository(f"sqlite:///{tmp_path / 'store.db'}")
    people = [make_candidate(name=f"Person {n:03d}", headline="ML engineer") for n in range(40)]
    assert repo.load_candidates(iter(people), chunk=25) == 40
    with executions_sent(repo.engine) as sent:
        page = repo.candidate_page(PageScope(), words=words, limit=5, offset=10)
    pages = [s for s in sent if "skill_pairs" in s[0]]
    ordered = sorted(people, key=lambda c: (sort_name(c), c.id))
    assert [c.id for c in page.items] == [c.id for c in ordered[10:15]]
    (statement, parameters), = pages
    with repo.engine.connect() as conn:
        # (id, parent, detail): the outer query's steps have no parent.
        plan = [(row[1], row[3]) for row in conn.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {statement}", parameters)]
    outer = [step for parent, step in plan if parent == 0]
    assert not [step for step in outer if step.startswith("SCAN candidates")], plan
    repo.close()
