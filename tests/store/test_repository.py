"""The repository contract. Every backend runs this same suite."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import ForeignKeyConstraint, inspect

from tests.factories import KUBERNETES, PYTORCH, TENSORFLOW, make_candidate, make_role
from tests.statements import statements_sent
from worldhire.core.models import (
    Budget,
    EvidenceKind,
    Requirement,
    RoleStatus,
    Skill,
    StatedPay,
    ZoneBand,
)
from worldhire.store.protocol import IngestRecord, Repository
from worldhire.store.sql.repository import SqlRepository
from worldhire.store.sql.schema import (
    POOL_CHECK_INDEX,
    POOL_COLUMNS_INDEX,
    POOL_COUNTS,
    PROFILE_ROW_TABLES,
    SEARCH_TABLE,
    TEXT_TERMS_INDEX,
    WORK_WINDOW_INDEX,
    WORK_WINDOWS,
    metadata,
)


def test_candidate_round_trip_keeps_every_field(repo: Repository) -> None:
    tenant = repo.ensure_tenant("acme")
    person = make_candidate(
        {PYTORCH: EvidenceKind.JOB}, tenant_id=tenant.id, languages=["English (C1)"],
        work_authorization=["PL", "DE"], links=["https://github.com/ada"],
        available_from=date(2027, 1, 4), work_start_hour=10.5,
    )
    repo.save_candidate(person)
    loaded = repo.get_candidate(person.id)
    assert loaded is not None
    assert loaded.languages == ["English (C1)"]
    assert loaded.work_authorization == ["PL", "DE"]
    assert loaded.available_from == date(2027, 1, 4)
    assert loaded.work_start_hour == 10.5
    assert [e.id for e in loaded.evidence] == [e.id for e in person.evidence]
    assert loaded.evidence[0].start == date(2020, 1, 1)
    assert loaded.skills[0].skill == PYTORCH
    assert loaded.skills[0].span == person.skills[0].span
    assert loaded.consents[0].granted


def test_stated_pay_round_trips_with_its_rate_date(repo: Repository) -> None:
    pay = StatedPay(
        currency="PLN", low=28_000, high=28_000, period="month", basis="net",
        quote="28 000 PLN netto/mies.", usd_year=93_070, fx_date=date(2025, 6, 30),
        span=(20, 42),
    )  # fmt: skip
    person = make_candidate(pay_stated=pay, pay_expectation_usd=93_070)
    repo.save_candidate(person)
    loaded = repo.get_candidate(person.id)
    assert loaded is not None and loaded.pay_stated == pay
    assert loaded.pay_stated.fx_date == date(2025, 6, 30)
    assert repo.get_candidate(make_candidate().id) is None


def test_saving_twice_replaces_children_instead_of_duplicating(repo: Repository) -> None:
    person = make_candidate({PYTORCH: EvidenceKind.JOB})
    repo.save_candidate(person)
    repo.save_candidate(person)
    loaded = repo.get_candidate(person.id)
    assert loaded is not None
    assert len(loaded.evidence) == 1 and len(loaded.skills) == 1 and len(loaded.consents) == 1
    assert len(repo.list_candidates()) == 1


def test_tenant_pools_are_separate_but_share_the_platform_pool(repo: Repository) -> None:
    a, b = repo.ensure_tenant("a"), repo.ensure_tenant("b")
    mine = make_candidate(name="Mine", tenant_id=a.id)
    theirs = make_candidate(name="Theirs", tenant_id=b.id)
    public = make_candidate(name="Public")
    repo.save_candidates([mine, theirs, public])
    assert {c.name for c in repo.list_candidates(a.id)} == {"Mine", "Public"}
    assert {c.name for c in repo.list_candidates(a.id, include_platform=False)} == {"Mine"}
    assert {c.name for c in repo.list_candidates(None)} == {"Public"}


def test_find_by_hash_is_scoped_to_the_tenant(repo: Repository) -> None:
    a = repo.ensure_tenant("a")
    person = make_candidate(tenant_id=a.id, source_hash="abc")
    repo.save_candidate(person)
    found = repo.find_candidate_by_hash(a.id, "abc")
    assert found is not None and found.id == person.id
    assert repo.find_candidate_by_hash(None, "abc") is None


def test_delete_candidate_removes_children(repo: SqlRepository) -> None:
    person = make_candidate({PYTORCH: EvidenceKind.PROJECT})
    repo.save_candidate(person)
    assert repo.delete_candidate(person.id)
    assert repo.get_candidate(person.id) is None
    assert not repo.delete_candidate(person.id)
    with repo.engine.connect() as conn:
        for table in ("evidence", "candidate_skills", "consents"):
            assert conn.exec_driver_sql(f"select count(*) from {table}").scalar() == 0


def test_role_round_trip(repo: Repository) -> None:
    tenant = repo.ensure_tenant("acme")
    role = make_role(tenant_id=tenant.id, allowed_countries=["PL", "RO"], source_hash="h1")
    repo.save_role(role)
    loaded = repo.get_role(role.id)
    assert loaded is not None
    assert [r.skill for r in loaded.requirements] == [PYTORCH, KUBERNETES]
    assert loaded.allowed_countries == ["PL", "RO"]
    assert repo.find_role_by_hash(tenant.id, "h1") is not None
    assert [r.id for r in repo.list_roles(tenant.id)] == [role.id]
    assert repo.list_roles(repo.ensure_tenant("other").id) == []


def test_a_role_keeps_its_alternatives_and_its_band_of_zones(repo: Repository) -> None:
    """"PyTorch, JAX or TensorFlow" and "within UTC+5:30 to UTC+8" (migration 0035)."""
    tenant = repo.ensure_tenant("acme")
    either = Requirement(PYTORCH, quote="PyTorch, JAX or TensorFlow",
                         alternatives=[Skill("wh:jax", "JAX"), TENSORFLOW])
    role = make_role([either, Requirement(KUBERNETES)], tenant_id=tenant.id,
                     zone_band=ZoneBand(5.5, 8.0, "within UTC+5:30 to UTC+8"))
    repo.save_role(role)
    loaded = repo.get_role(role.id)
    assert loaded is not None
    assert loaded.requirements == role.requirements
    assert loaded.requirements[0].label == "PyTorch, JAX or TensorFlow"
    assert loaded.requirements[1].alternatives == []
    assert loaded.zone_band == role.zone_band
    role.zone_band = None
    repo.save_role(role)
    again = repo.get_role(role.id)
    assert again is not None and again.zone_band is None


def test_a_role_keeps_the_zone_of_a_team_elsewhere(repo: Repository) -> None:
    """A Casablanca post whose hire shares 3 hours with the Dakar team (migration 0049)."""
    tenant = repo.ensure_tenant("acme")
    role = make_role(tenant_id=tenant.id, timezone="Africa/Casablanca",
                     overlap_timezone="Africa/Dakar", min_overlap_hours=3.0)
    repo.save_role(role)
    loaded = repo.get_role(role.id)
    assert loaded is not None
    assert (loaded.timezone, loaded.overlap_timezone) == ("Africa/Casablanca", "Africa/Dakar")
    assert loaded.team_timezone == "Africa/Dakar"
    role.overlap_timezone = None
    repo.save_role(role)
    again = repo.get_role(role.id)
    assert again is not None and again.team_timezone == "Africa/Casablanca"


def test_a_role_page_is_scoped_filtered_and_ordered_by_title_in_the_store(
    repo: Repository,
) -> None:
    acme, other = repo.ensure_tenant("acme").id, repo.ensure_tenant("other").id
    for title, status in [("zeta Engineer", "open"), ("Data Analyst", "open"),
                          ("analyst", "closed"), ("Old", "archived")]:
        repo.save_role(make_role(tenant_id=acme, title=title, status=status))
    repo.save_role(make_role(tenant_id=other, title="Other's", status="open"))
    first = repo.role_page(acme, statuses={"open", "closed"}, limit=2)
    assert [r.title for r in first.items] == ["analyst", "Data Analyst"]  # case aside
    assert (first.total, first.total_exact) == (3, True) and first.next_after is not None
    rest = repo.role_page(acme, statuses={"open", "closed"}, limit=2, after=first.next_after)
    assert [r.title for r in rest.items] == ["zeta Engineer"] and rest.next_after is None
    assert [r.title for r in repo.role_page(acme, statuses={"archived"}).items] == ["Old"]
    assert repo.role_page(None).total == 5  # every tenant's, any status
    assert repo.role_page(acme, limit=10, offset=3).items[0].requirements  # loaded whole


def test_role_keeps_what_a_post_said_and_who_edited_it(repo: Repository) -> None:
    tenant = repo.ensure_tenant("acme")
    role = make_role(
        [Requirement(PYTORCH, must=False, quote="PyTorch (a plus)", confidence=0.6,
                     needs_review=True)],
        tenant_id=tenant.id, budget=Budget("EUR", 85_000, 70_000, "year", "€70–85k"), min_years=4,
        visa_sponsorship=None, status=RoleStatus.CLOSED.value,
        updated_at=datetime(2026, 11, 26, 10, tzinfo=UTC), updated_by="user:ana",
    )
    repo.save_role(role)
    loaded = repo.get_role(role.id)
    assert loaded is not None
    assert loaded.requirements == role.requirements
    assert (loaded.budget, loaded.min_years) == (role.budget, 4)
    assert loaded.visa_sponsorship is None
    assert (loaded.status, loaded.updated_at, loaded.updated_by) == (
        "closed", role.updated_at, "user:ana"
    )


def test_ensure_tenant_is_idempotent(repo: Repository) -> None:
    assert repo.ensure_tenant("acme").id == repo.ensure_tenant("acme").id
    assert [t.name for t in repo.list_tenants()] == ["acme"]


def test_ingest_ledger(repo: Repository) -> None:
    repo.record_ingest(IngestRecord("a.pdf", "h1", "ok", None, candidate_id="c1"))
    repo.record_ingest(IngestRecord("b.pdf", "h2", "error", None, error="encrypted"))
    assert repo.ingested_hashes(None) == {"h1"}
    assert repo.ingested_hashes("ten_x") == set()
    assert [r.path for r in repo.ingest_log()] == ["b.pdf", "a.pdf"]


def test_a_chunk_of_files_enters_the_ledger_in_one_statement(repo: SqlRepository) -> None:
    records = [IngestRecord(f"cv-{n}.txt", f"hash-{n}", "ok", None, candidate_id=f"c{n}")
               for n in range(5)]
    records.append(IngestRecord("broken.pdf", "hash-x", "error", None, error="encrypted"))
    with statements_sent(repo.engine) as statements:
        repo.record_ingests(records)
    assert sum(s.lstrip().upper().startswith("INSERT") for s in statements) == 1
    assert repo.ingested_hashes(None) == {f"hash-{n}" for n in range(5)}
    logged = {(r.path, r.status, r.candidate_id, r.error) for r in repo.ingest_log()}
    assert logged == {(r.path, r.status, r.candidate_id, r.error) for r in records}
    repo.record_ingests([])  # a chunk whose files all failed to be read: nothing to record


def test_migrations_match_the_schema(repo: SqlRepository) -> None:
    """Alembic's migrations and the tables the code uses must describe the same database."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    def described(name: str | None, kind: str, _: object) -> bool:
        # The full-text index (FTS5 and its shadow tables, or a GIN index over a generated
        # tsvector column) is the database's own, not SQLAlchemy's.
        # SQLite's pool and window counts are kept by its triggers (migrations 0029, 0031);
        # its list terms' index and its pool check index are its own (migrations 0034, 0040),
        # as PostgreSQL's indexes of working windows and of a pool's columns are (migrations
        # 0047, 0050).
        return not (kind in ("table", "index", "column")
                    and ((name or "").startswith(SEARCH_TABLE)
                         or name in (POOL_COUNTS, WORK_WINDOWS, TEXT_TERMS_INDEX,
                                      POOL_CHECK_INDEX, WORK_WINDOW_INDEX, POOL_COLUMNS_INDEX)))

    def kept(item: object, name: str | None, kind: str, *_: object) -> bool:
        # PostgreSQL keeps these foreign keys by triggers (migration 0037).
        return not (isinstance(item, ForeignKeyConstraint) and item.table.name in PROFILE_ROW_TABLES
                    and repo.engine.dialect.name == "postgresql")

    with repo.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": described,
                                                         "include_object": kept})
        diff = compare_metadata(context, metadata)
        assert diff == []
        assert "alembic_version" in inspect(conn).get_table_names()


def test_a_candidate_page_is_scoped_filtered_counted_and_ordered_by_the_store(
    repo: SqlRepository,
) -> None:
    from worldhire.core.models import Consent, ConsentPurpose
    from worldhire.store.protocol import PageScope

    acme = repo.ensure_tenant("acme").id
    other = repo.ensure_tenant("other").id
    own = [make_candidate(name=n, tenant_id=acme, country=c, headline=h)
           for n, c, h in [("zoe Zed", "PL", "ML engineer"), ("Adam Alpha", "DE", "Data analyst"),
                           ("", "PL", "ML researcher"), ("Maria 100%_sure", "PL", "Analyst")]]
    platform = make_candidate(name="Pat Platform", country="PL", headline="ML engineer")
    withdrawn = make_candidate(name="Wanda Withdrawn", country="PL", headline="ML engineer")
    withdrawn.consents.append(Consent(ConsentPurpose.MATCHING, False, "e-mail"))
    hidden = make_candidate(name="Olga Other", tenant_id=other, country="PL")
    repo.save_candidates([*own, platform, withdrawn, hidden])

    mine = PageScope(tenant_id=acme)
    page = repo.candidate_page(mine, limit=2)
    assert (page.total, page.total_exact) == (5, True)  # acme's four and the platform profile
    assert [c.name for c in page.items] == ["Adam Alpha", ""]  # "Candidate 1a2b3c" sorts as c
    rest = repo.candidate_page(mine, limit=10, offset=2)
    assert [c.name for c in rest.items] == ["Maria 100%_sure", "Pat Platform", "zoe Zed"]
    assert rest.next_after is None  # the last page
    # Keyset pagination: the page after the last one shown, read from the sort index.
    last = page.items[-1]
    assert page.next_after == (last.sort_name, last.id)
    after = repo.candidate_page(mine, limit=2, after=page.next_after)
    assert [c.name for c in after.items] == ["Maria 100%_sure", "Pat Platform"]
    assert after.total == 5
    found = repo.candidate_page(mine, country="pl", words=["ml", "ENGINEER"])
    assert [c.name for c in found.items] == ["Pat Platform", "zoe Zed"] and found.total == 2
    # The scope's words are the index's own: a word filter finds names, not whose or where.
    assert [c.name for c in repo.candidate_page(PageScope(), words=["platform"]).items] == [
        "Pat Platform"]
    assert repo.candidate_page(PageScope(), words=["country"]).total == 0
    assert repo.candidate_page(PageScope(), words=["tenant"]).total == 0
    own[0].name = "Ola Zed"  # a new name sorts the word's page anew
    repo.save_candidate(own[0])
    found = repo.candidate_page(mine, country="pl", words=["ml", "engineer"])
    assert [c.name for c in found.items] == ["Ola Zed", "Pat Platform"]
    # A word's count follows consent, the owner and the country as the profile is rewritten.
    platform.consents.append(Consent(ConsentPurpose.MATCHING, False, "e-mail"))
    hidden.headline, own[0].country = "ML engineer", "DE"
    repo.save_candidates([platform, hidden, own[0]])
    assert repo.candidate_page(mine, country="pl", words=["ml", "engineer"]).total == 0
    assert repo.candidate_page(mine, words=["engineer"]).total == 1
    assert repo.candidate_page(PageScope(tenant_id=other), words=["engineer"]).total == 1
    assert repo.candidate_page(PageScope(), words=["engineer"]).total == 4
    platform.consents.append(Consent(ConsentPurpose.MATCHING, True, "e-mail"))
    own[0].country = "PL"
    repo.save_candidates([platform, own[0]])
    skilled = make_candidate({PYTORCH: EvidenceKind.JOB}, name="Sam Skilled", tenant_id=acme,
                             headline="Engineer")
    repo.save_candidate(skilled)
    found = repo.candidate_page(mine, words=["pytorch", "engineer"])
    assert found.total == 1 and found.items[0].name == "Sam Skilled"  # a skill, the headline
    assert repo.candidate_page(mine, words=["pytorch", "analyst"]).total == 0
    repo.delete_candidate(skilled.id)
    assert repo.candidate_page(mine, words=["pytorch"]).total == 0  # its terms went with it
    assert repo.candidate_page(PageScope(candidate_id=hidden.id)).items[0].name == "Olga Other"
    assert repo.candidate_page(PageScope()).total == 7  # the operator sees everyone


def test_a_list_row_is_the_summary_of_the_stored_profile_read_in_one_statement(
    repo: SqlRepository,
) -> None:

    from worldhire.store.protocol import CandidateSummary, PageScope

    acme = repo.ensure_tenant("acme").id
    people = [
        make_candidate({PYTORCH: EvidenceKind.JOB, KUBERNETES: EvidenceKind.PROJECT},
                       name="Ada Lovelace", tenant_id=acme, country="GB", headline="ML lead"),
        make_candidate(name="", country="PL", headline="Analyst"),
        make_candidate({PYTORCH: EvidenceKind.SKILLS}, name="Ben Byte", tenant_id=acme),
    ]
    people[0].pay_stated = StatedPay("GBP", 90_000, 95_000, "year", "gross", "£90-95k",
                                     116_000.0, date(2026, 1, 2))
    people[0].pay_expectation_usd, people[0].years_experience = 114_000.0, 7.5
    people[1].tenant_id = acme
    repo.save_candidates(people)
    with statements_sent(repo.engine) as statements:
        page = repo.candidate_page(PageScope(tenant_id=acme), count=False)
    assert len(statements) == 1 and page.total is None and page.counted() == "?"
    stored = {c.id: CandidateSummary.of(c) for c in repo.get_candidates([p.id for p in people])}
    assert page.items == sorted(stored.values(), key=lambda s: (s.sort_name, s.id))
    assert [s.display_name for s in page.items][1:] == ["Ben Byte", page.items[2].display_name]
    assert {s.label for s in page.items[0].skills} == {PYTORCH.label, KUBERNETES.label}
    assert page.items[0].pay_stated == people[0].pay_stated


def test_list_words_begin_terms_of_the_name_headline_or_skills_whatever_the_accents(
    repo: SqlRepository,
) -> None:
    from worldhire.store.protocol import PageScope

    people = [make_candidate(name="José Łukasiewicz", headline="Développeur C++ / Node.js"),
              make_candidate({PYTORCH: EvidenceKind.JOB}, name="Maria 100%_sure",
                             headline="Analyst"),
              make_candidate(name="Jürgen Ørsted", headline="C# developer")]
    repo.save_candidates(people)

    def names(*words: str) -> list[str]:
        return [c.name for c in repo.candidate_page(PageScope(), words=words).items]

    assert names("jose", "LUKAS") == names("JOSÉ") == ["José Łukasiewicz"]
    assert names("develop") == ["José Łukasiewicz", "Jürgen Ørsted"]  # "dé" folds to "de"
    assert names("c++") == names("node.js") == ["José Łukasiewicz"]
    assert names("c#") == ["Jürgen Ørsted"] and names("orsted", "jurg") == ["Jürgen Ørsted"]
    assert names("pyto") == ["Maria 100%_sure"]  # a skill's label
    assert names("torch") == []  # a word begins a term: "torch" is not "pytorch"'s start
    # The full-text index's operators and LIKE's wildcards are plain characters in a search.
    assert names("100%_") == ["Maria 100%_sure"] and names("0%s") == []
    assert names('"analyst" OR', "NEAR(x*") == [] and names("-", "*") == names()


def test_a_word_most_profiles_hold_and_a_rare_one_list_alike(repo: SqlRepository) -> None:
    # On SQLite the common word is read by walking the list in order and checking each row
    # against the index's matches, the rare one by sorting its matches: the same lists.
    from worldhire.store.protocol import PageScope

    people = [make_candidate(name=f"Person {i:02d}",
                             headline="Rust developer" if i % 10 == 3 else "Python developer")
              for i in range(30)]
    repo.save_candidates(people)
    python = [p.name for p in people if p.headline.startswith("Python")]
    rust = [p.name for p in people if p.headline.startswith("Rust")]

    def walked(word: str, limit: int) -> list[str]:
        out, after = [], None
        while True:
            part = repo.candidate_page(PageScope(), words=[word], limit=limit, after=after,
                                       count=False)
            out += [c.name for c in part.items]
            if part.next_after is None:
                return out
            after = part.next_after

    assert walked("pyth", 4) == python and walked("rust", 2) == rust
    deep = repo.candidate_page(PageScope(), words=["python"], offset=20, limit=5)
    assert [c.name for c in deep.items] == python[20:25] and deep.total == 27
    assert repo.candidate_page(PageScope(), words=["rust"], offset=1).total == 3
    assert repo.candidate_page(PageScope(), words=["developer", "rus"]).items[0].name == rust[0]
    nobody = repo.candidate_page(PageScope(), words=["haskell"])
    assert (nobody.items, nobody.total, nobody.next_after) == ([], 0, None)


def test_a_long_list_is_counted_up_to_the_cap(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    from worldhire.store.protocol import PageScope
    from worldhire.store.sql import candidate_pages, profiles

    for module in (profiles, candidate_pages):
        monkeypatch.setattr(module, "COUNT_CAP", 3)
    repo.save_candidates([make_candidate(name=f"Person {i}") for i in range(5)])
    page = repo.candidate_page(PageScope(), limit=2)
    assert (page.total, page.total_exact, page.counted()) == (3, False, "3+")
    narrowed = repo.candidate_page(PageScope(), words=["person", "4"])
    assert (narrowed.total, narrowed.total_exact) == (1, True)
    walked, after = [], None
    while True:
        part = repo.candidate_page(PageScope(), limit=2, after=after)
        walked += [c.name for c in part.items]
        if part.next_after is None:
            break
        after = part.next_after
    assert walked == [f"Person {i}" for i in range(5)]



def test_a_list_rows_skills_come_strongest_first(repo: SqlRepository) -> None:
    """A list row names a few of the person's skills: the strongest (then the most mentioned),
    as their profile orders them, not the alphabet's first ('A/B testing, Apache Airflow' for
    everyone)."""
    from dataclasses import replace

    from tests.factories import PYTHON, TENSORFLOW
    from worldhire.governance.candidate_schemas import CandidateSummaryOut
    from worldhire.store.protocol import CandidateSummary, PageScope

    person = make_candidate({KUBERNETES: EvidenceKind.SKILLS, PYTORCH: EvidenceKind.JOB,
                             PYTHON: EvidenceKind.JOB, TENSORFLOW: EvidenceKind.PROJECT})
    strength = {KUBERNETES.id: 0.55, PYTORCH.id: 0.97, PYTHON.id: 0.9, TENSORFLOW.id: 0.9}
    person.skills = [replace(m, score=strength[m.skill.id]) for m in person.skills]
    person.skills.append(replace(person.skills[2]))  # Python mentioned twice: before TensorFlow
    repo.save_candidates([person])
    [row] = repo.candidate_page(PageScope(tenant_id=None)).items
    expected = ["PyTorch", "Python", "TensorFlow", "Kubernetes"]
    assert [s.label for s in row.skills] == expected
    stored = repo.get_candidate(person.id)
    assert stored is not None
    assert row == CandidateSummary.of(stored)  # the same order read from a whole profile
    assert CandidateSummaryOut.of(row).skills == expected
