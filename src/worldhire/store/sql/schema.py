"""Tables of the relational store (SQLAlchemy Core). Alembic migrations create them."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

metadata = MetaData()

tenants = Table(
    "tenants",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # What the tenant keeps of a résumé as received ('file', 'text', 'none'); NULL: the
    # deployment's Settings.resume_originals.
    Column("resume_originals", String(10)),
)

candidates = Table(
    "candidates",
    metadata,
    Column("id", String(40), primary_key=True),
    # Looked up by the composite indexes below, which begin with it (migration 0027).
    Column("tenant_id", String(40), ForeignKey("tenants.id", ondelete="CASCADE")),
    Column("name", String(300), nullable=False),
    Column("email", String(320)),
    Column("phone", String(64)),
    # Candidate.other_phones (migration 0026): the numbers after the first, as written
    Column("other_phones", JSON, nullable=False, server_default="[]"),
    Column("location", String(300)),
    Column("country", String(2)),
    Column("timezone", String(64)),
    Column("languages", JSON, nullable=False),
    Column("work_authorization", JSON, nullable=False),
    Column("needs_sponsorship", Boolean, nullable=False),
    Column("pay_expectation_usd", Float),
    Column("pay_stated", JSON),
    Column("years_experience", Float),
    Column("headline", Text, nullable=False),
    Column("summary", Text, nullable=False),
    Column("links", JSON, nullable=False),
    Column("work_start_hour", Float, nullable=False),
    Column("work_end_hour", Float, nullable=False),
    Column("available_from", Date),
    Column("source_hash", String(64)),
    Column("source_name", String(500)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # The latest word on consent to matching, kept with the profile (consents are written only
    # with it), so a pool is counted and filtered without reading every consent record.
    Column("matching_consent", Boolean, nullable=False, server_default="0"),
    # Candidate.display_name lower-cased: what lists are ordered by, indexed with the id so a
    # page is read in order from the index (keyset pagination) instead of sorting the table,
    # and with the columns a page is filtered on, so the walk reads no row (migration 0023).
    Column("sort_name", String(300)),
    Index("ix_candidates_tenant_hash", "tenant_id", "source_hash"),
    Index("ix_candidates_pool", "tenant_id", "matching_consent"),
    Index("ix_candidates_listing", "sort_name", "id", "tenant_id", "matching_consent", "country"),
    # A country's page is a range of this in list order, its scope checked in the entry; the
    # pool filters of a shortlist look countries up by it (migration 0034).
    Index("ix_candidates_country_listing", "country", "sort_name", "id", "tenant_id",
          "matching_consent"),
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", String(40), primary_key=True),
    Column(
        "candidate_id",
        String(40),
        ForeignKey("candidates.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("position", Integer, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("organization", String(300)),
    Column("start", Date),
    Column("end", Date),
    Column("url", Text),
    # What a job's title is in ESCO 1.1.1 (worldhire.occupations): URI, label, ISCO unit group.
    Column("occupation_uri", String(120)),
    Column("occupation_label", String(300)),
    Column("occupation_isco", String(4)),
    Column("occupation_score", Float),
    # Only the items an occupation was found for are indexed (migration 0027): an equality on
    # either column implies it, and a bulk load's items have none.
    *(Index(f"ix_evidence_{name}", name, sqlite_where=text(f"{name} IS NOT NULL"),
            postgresql_where=text(f"{name} IS NOT NULL"))
      for name in ("occupation_uri", "occupation_isco")),
)

candidate_skills = Table(
    "candidate_skills",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "candidate_id",
        String(40),
        ForeignKey("candidates.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    # Not indexed (migration 0027): the skill filter compares lower(skill_id), which a plain
    # index cannot serve, and nothing else looks a skill's rows up.
    Column("skill_id", String(120), nullable=False),
    Column("label", String(300), nullable=False),
    Column("score", Float, nullable=False),
    Column("evidence_id", String(40)),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("snippet", Text, nullable=False),
)

consents = Table(
    "consents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "candidate_id",
        String(40),
        ForeignKey("candidates.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("purpose", String(32), nullable=False),
    Column("granted", Boolean, nullable=False),
    Column("source", String(300), nullable=False),
    Column("company", String(300)),
    Column("at", DateTime(timezone=True), nullable=False),
)

roles = Table(
    "roles",
    metadata,
    Column("id", String(40), primary_key=True),
    Column(
        "tenant_id", String(40), ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False,
        index=True,
    ),
    Column("title", String(300), nullable=False),
    Column("company", String(300), nullable=False),
    Column("description", Text, nullable=False),
    Column("seniority", String(2), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("work_start_hour", Float, nullable=False),
    Column("work_end_hour", Float, nullable=False),
    Column("min_overlap_hours", Float, nullable=False),
    Column("overlap_timezone", String(64)),  # Role.overlap_timezone (migration 0049)
    # Role.zone_band (migration 0035): {low, high, quote}; null: any zone
    Column("zone_band", JSON),
    Column("min_years", Float),
    Column("budget_usd_year", Float),
    Column("budget", JSON),
    Column("remote_policy", String(16), nullable=False),
    Column("visa_sponsorship", Boolean),
    Column("allowed_countries", JSON, nullable=False),
    Column("location_country", String(2)),
    Column("status", String(16), nullable=False),
    Column("source_hash", String(64)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True)),
    Column("updated_by", String(200)),
    Column("occupation_uri", String(120), index=True),
    Column("occupation_label", String(300)),
    Column("occupation_isco", String(4), index=True),
    Column("occupation_score", Float),
    # The title lower-cased (roles.repository's role_sort_title): lists are read in its order.
    Column("sort_title", String(300)),
    Index("ix_roles_sort_title", "tenant_id", "sort_title", "id"),
)

role_requirements = Table(
    "role_requirements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "role_id", String(40), ForeignKey("roles.id", ondelete="CASCADE"), nullable=False,
        index=True,
    ),
    Column("position", Integer, nullable=False),
    Column("skill_id", String(120), nullable=False),
    Column("label", String(300), nullable=False),
    Column("must", Boolean, nullable=False),
    Column("min_years", Float),
    Column("weight", Float, nullable=False),
    Column("quote", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("needs_review", Boolean, nullable=False),
    # Requirement.alternatives (migration 0035): the skills after the first, [{id, label}]
    Column("alternatives", JSON, nullable=False, server_default="[]"),
)

# A role's text embedded: the query every shortlist for the role searches the pool's vectors
# with (migration 0036), computed off the request path by the embedding queue's worker
# (index/queue.py) once the role is written. Every save rewrites the role's row, which deletes
# this one with it, so an open role without a row for the model is a role to embed; the
# fingerprint (core.texts.text_fingerprint of its text) tells a vector of other text apart.
role_vectors = Table(
    "role_vectors",
    metadata,
    Column("role_id", String(40), ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True),
    Column("model", String(200), primary_key=True),
    Column("fingerprint", String(16), nullable=False),
    Column("vector", LargeBinary, nullable=False),
)

ingest_log = Table(
    "ingest_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("path", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("status", String(16), nullable=False),
    Column("tenant_id", String(40)),
    Column("candidate_id", String(40)),
    Column("role_id", String(40)),
    Column("error", Text),
    Column("at", DateTime(timezone=True), nullable=False),
)

# Profiles whose text changed since their vector was computed: written in the same transaction
# as the profile, drained by worldhire.index.queue (in-process, or `worldhire batch embed`). A
# re-saved profile gets a new `queued_at`, so a worker that embedded the older text leaves the
# newer job in place.
embedding_jobs = Table(
    "embedding_jobs",
    metadata,
    Column(
        "candidate_id", String(40), ForeignKey("candidates.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("queued_at", DateTime(timezone=True), nullable=False, index=True),
)

# What a profile is searched by in words (core/texts.py), rewritten with the profile. The
# full-text index over it is the database's own: an FTS5 table on SQLite (SEARCH_TABLE, kept in
# step by triggers), a GIN index over a generated tsvector column on PostgreSQL (migration 0014).
# `list_terms` are the candidate list's filter terms (name, headline, skills), indexed apart with
# the `list_scope` words (LISTING_TABLE: an FTS5 table on SQLite, migrations 0019 and 0024; on
# PostgreSQL a narrow table filled by a trigger, migration 0025).
candidate_text = Table(
    "candidate_text",
    metadata,
    Column("row", Integer, primary_key=True, autoincrement=True),
    Column(
        "candidate_id", String(40), ForeignKey("candidates.id", ondelete="CASCADE"),
        nullable=False, unique=True,
    ),
    Column("body", Text, nullable=False),
    Column("list_terms", Text, nullable=False, server_default=""),
    # Whose the profile is and its country, as words of the listing index (sql/listing.py).
    Column("list_scope", Text, nullable=False, server_default=""),
    # The profile's candidates.sort_name: SQLite walks a word-filtered list in this order
    # (TEXT_TERMS_INDEX).
    Column("sort_name", String(300)),
)

# The assessment rubric's role-independent part (signals found in the evidence, the language
# the profile is written in, the scores they give), computed when the profile is written so a
# shortlist reads it instead of re-reading every résumé per role (assess/stored.py). `version`
# names the extractor that computed it and `fingerprint` the content it read: a row of another
# version is recomputed by the backfill (`worldhire batch assess`) and ignored until then.
candidate_assessments = Table(
    "candidate_assessments",
    metadata,
    Column(
        "candidate_id", String(40), ForeignKey("candidates.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("version", String(40), nullable=False, index=True),
    Column("fingerprint", String(64), nullable=False),
    Column("body", JSON, nullable=False),
)

SEARCH_TABLE = "candidate_search"
# Each tenant's count of profiles that consent to matching ('' for the platform's), kept by
# triggers (migrations 0029 and 0046: on PostgreSQL in several rows a key, summed) so a
# shortlist reads its pool's size instead of counting it; like the FTS5 tables, the database's
# own, not SQLAlchemy's.
POOL_COUNTS = "candidate_pool_counts"
# The count of profiles stating each working window (time zone, start and end hour), kept by
# triggers on SQLite (migration 0031) so an overlap rule reads the store's windows, not the pool;
# PostgreSQL walks its own index of the windows instead (migration 0047).
WORK_WINDOWS = "candidate_work_windows"
WORK_WINDOW_INDEX = "ix_candidates_work_window"
LISTING_TABLE = f"{SEARCH_TABLE}_listing"
# SQLite's index of candidate_text (sort_name, candidate_id, list_scope, list_terms): a list
# filtered by a word is walked in order, each entry's terms and scope checked where they lie
# (migration 0034). A row's terms may be longer than a PostgreSQL index entry may be (it reads
# the listing table instead), so the index is SQLite's own, not on this schema.
TEXT_TERMS_INDEX = "ix_candidate_text_terms"
# SQLite's index of candidates (id and the columns a pool's predicates read: tenant_id,
# matching_consent, country, needs_sponsorship, pay_expectation_usd and the working window):
# which of some retrieved ids are in a shortlist's pool is answered from its entries, without
# reading the rows (migration 0040). PostgreSQL reads a row by its place in the heap and has none.
POOL_CHECK_INDEX = "ix_candidates_pool_check"
# PostgreSQL's index of (country, then the other columns a pool's predicates read and the id,
# included): a filtered pool is counted and its ids read from the entries (migration 0050).
POOL_COLUMNS_INDEX = "ix_candidates_pool_columns"
# SQLite's copy, for each row of candidate_text (its `row`), of the profile's columns a pool's
# predicates read, kept exact by triggers (migration 0041): the keyword stage checks the rows it
# ranked against the pool by their integer key, without reading the text's rows or the
# profile's. The database's own, like the FTS5 tables; PostgreSQL has none.
POOL_TABLE = f"{SEARCH_TABLE}_pool"
POOL_COLUMNS = ("tenant_id", "matching_consent", "country", "work_authorization",
                "needs_sponsorship", "pay_expectation_usd", "timezone", "work_start_hour",
                "work_end_hour")

# The tables whose rows a write of a profile adds beside it, each naming it in candidate_id. On
# PostgreSQL the foreign keys declared here are kept by statement triggers instead (migration
# 0037): each statement's rows checked against the profiles at once (a bulk load's COPY of 500
# profiles' rows ran 6,700 lookups, one a row, through its foreign keys) and deleted with their
# profile. SQLite keeps the foreign keys.
PROFILE_ROW_TABLES = ("embedding_jobs", "candidate_text", "evidence", "candidate_skills",
                      "consents")

# A recruiter's candidate search kept by name (migration 0015): the words and filters of the
# candidate list, run again on today's pool.
saved_searches = Table(
    "saved_searches",
    metadata,
    Column("id", String(40), primary_key=True),
    Column(
        "tenant_id", String(40), ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False,
        index=True,
    ),
    Column("name", String(120), nullable=False),
    Column("query", JSON, nullable=False),
    Column("created_by", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("tenant_id", "name", name="uq_saved_searches_name"),
)
