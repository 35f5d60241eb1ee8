"""Where a person's data lives: every table of the store, each either listed with how a person's
rows are found, what erasure does to them and where the subject-access export shows them
(`PERSONAL_DATA`), or marked as holding none, with the reason (`NO_PERSONAL_DATA`). Erasure
(governance.erasure) and the export (governance.export) both walk this registry, and
tests/governance/test_personal_data.py fails when the schema has a table that is in neither list,
so a new table cannot quietly escape them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Lookup(Enum):
    """Which of a person's ids a table's key column holds. Erasure and the export resolve the ids
    once (governance.erasure.PersonRefs) before anything is deleted."""

    CANDIDATE = "the person's candidate id"
    ID_LIST = "a comma-separated list of candidate ids, the person's among them"
    APPLICATION = "the id of one of the person's applications (any tenant)"
    SCORECARD = "the id of a scorecard about one of the person's applications"
    TOKEN = "the id of one of the person's own API tokens"
    DELIVERY = ("the id of a webhook delivery whose body names the person: their candidate or "
                "application ids anywhere, their name or e-mail in the tenants that had them")
    SEARCH = ("the id of a saved search whose name or words name the person: their name, e-mail "
              "or phone, in the tenants that had them")
    SUBJECT_KEY = "sealed with the person's subject key and named by a pseudonym made with it"
    IDENTIFIER_HASH = "a salted hash of an e-mail, phone, link or file hash of the person"


class Erasure(Enum):
    DELETE = "the rows go"
    REDACT = "the row stays for the others it names; the person's id is taken out"
    SHRED = "the rows stay (a hash chain); destroying the person's key makes their part unreadable"
    KEEP = "kept on purpose: salted hashes only, so an erased person stays erased"


# The export's own sections; RECORDS is where rows without a section of their own are listed
# column by column, so a newly registered table is exported without further code.
RECORDS = "records"


@dataclass(frozen=True)
class PersonalTable:
    table: str
    key: str  # the column the lookup's ids are matched against
    lookup: Lookup
    erasure: Erasure
    export: str  # the subject-access document's section that shows these rows
    withheld: tuple[str, ...] = ()  # secrets and key material: never exported

    @property
    def direct(self) -> bool:
        """Found by matching ids in `key` (the generic delete and export apply)."""
        return self.lookup in _DIRECT


_DIRECT = {Lookup.CANDIDATE, Lookup.APPLICATION, Lookup.SCORECARD, Lookup.TOKEN, Lookup.DELIVERY,
           Lookup.SEARCH}


@dataclass(frozen=True)
class NoPersonalData:
    table: str
    reason: str
    sqlite_only: bool = False  # made by a migration for SQLite alone


# In erasure order: what names another row's id goes before that row (children before parents),
# and deliveries are found (by the applications' ids) before the applications go.
PERSONAL_DATA: tuple[PersonalTable, ...] = (
    PersonalTable("webhook_attempts", "delivery_id", Lookup.DELIVERY, Erasure.DELETE,
                  "webhook_deliveries"),
    PersonalTable("webhook_deliveries", "id", Lookup.DELIVERY, Erasure.DELETE,
                  "webhook_deliveries"),
    PersonalTable("scorecard_ratings", "scorecard_id", Lookup.SCORECARD, Erasure.DELETE,
                  "applications"),
    PersonalTable("scorecards", "application_id", Lookup.APPLICATION, Erasure.DELETE,
                  "applications"),
    PersonalTable("application_notes", "application_id", Lookup.APPLICATION, Erasure.DELETE,
                  "applications"),
    PersonalTable("application_moves", "application_id", Lookup.APPLICATION, Erasure.DELETE,
                  "applications"),
    PersonalTable("applications", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE,
                  "applications"),
    # A search for the person by name is about them, whatever else it says: it goes whole.
    PersonalTable("saved_searches", "id", Lookup.SEARCH, Erasure.DELETE, RECORDS),
    PersonalTable("stored_shortlists", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE,
                  "shortlists"),
    PersonalTable("web_sessions", "token_id", Lookup.TOKEN, Erasure.DELETE, RECORDS,
                  withheld=("id_sha256",)),
    PersonalTable("api_tokens", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE, "accounts",
                  withheld=("secret_sha256",)),
    PersonalTable("retention_terms", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE,
                  "retention"),
    PersonalTable("candidate_residency", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE,
                  "worldhire"),
    PersonalTable("ingest_log", "candidate_id", Lookup.ID_LIST, Erasure.REDACT, "ingest"),
    PersonalTable("embedding_jobs", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE, RECORDS),
    PersonalTable("candidate_text", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE, RECORDS),
    PersonalTable("candidate_assessments", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE,
                  RECORDS),
    PersonalTable("candidate_identifiers", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE,
                  RECORDS),
    PersonalTable("resume_documents", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE,
                  "versions"),
    PersonalTable("candidate_versions", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE,
                  "versions"),
    PersonalTable("consents", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE, "consents"),
    PersonalTable("candidate_skills", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE,
                  "skills"),
    PersonalTable("evidence", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE, "evidence"),
    PersonalTable("candidates", "id", Lookup.CANDIDATE, Erasure.DELETE, "resume"),
    # Destroyed last: the audit entries it opens are read (and exported) up to the end.
    PersonalTable("subject_keys", "candidate_id", Lookup.CANDIDATE, Erasure.DELETE, "decisions",
                  withheld=("key",)),
    PersonalTable("audit_log", "record", Lookup.SUBJECT_KEY, Erasure.SHRED, "decisions"),
    PersonalTable("suppressed_identifiers", "key_hash", Lookup.IDENTIFIER_HASH, Erasure.KEEP,
                  "none: written only when the person is erased"),
)

NO_PERSONAL_DATA: tuple[NoPersonalData, ...] = (
    NoPersonalData("tenants", "companies using worldhire: a name and a date"),
    NoPersonalData("users", "staff accounts of a tenant (their own e-mail), never a candidate's "
                            "data; they go with the account"),
    NoPersonalData("roles", "job openings; `updated_by` names a staff member, not a candidate"),
    NoPersonalData("role_requirements", "the skills a job opening asks for, quoted from the ad"),
    NoPersonalData("role_vectors", "a job opening's text embedded, the query of its shortlists"),
    NoPersonalData("pipeline_configs", "a tenant's stage names and rules"),
    NoPersonalData("webhook_subscriptions", "a tenant's receiver URLs and signing secrets"),
    NoPersonalData("batch_runs", "the batch jobs' run ledger: kind, status and parameters"),
    NoPersonalData("batch_run_items", "the run ledger's finished items: role ids"),
    NoPersonalData("pending_purges", "the pseudonymous ids of erased people whose index and file "
                                     "entries are still to be purged; each goes once they are"),
    NoPersonalData("audit_head", "the hash of the audit chain's last entry"),
    NoPersonalData("suppression_salt", "one random salt for the suppression hashes"),
    NoPersonalData("alembic_version", "the schema's migration number"),
    NoPersonalData("candidate_pool_counts", "how many profiles each tenant's pool holds, kept "
                                            "by triggers: a count per tenant"),
    NoPersonalData("candidate_work_windows", "how many profiles state each working window (time "
                                             "zone and hours), kept by triggers: a count per "
                                             "window", sqlite_only=True),
    NoPersonalData("sqlite_stat1", "SQLite's planner statistics (ANALYZE): for each index, "
                                   "row counts and how many rows share a key; no values",
                   sqlite_only=True),
    NoPersonalData("candidate_search_floors", "for a word more than 8,000 profiles held, the "
                                              "impact its kept postings reach (the keyword "
                                              "index's cut): a number per common word",
                   sqlite_only=True),
)

# SQLite's FTS5 indexes over candidate_text (migrations 0013 and 0019) and their shadow tables:
# what they hold is candidate_text's body and list terms, kept in step by triggers, and erasure
# merges the indexes afterwards (governance.purges.repository.compact_databases) so no deleted token
# stays in their segments. On PostgreSQL the listing index is a table of the same name
# (migration 0025): each candidate_text row's list terms and sort key, deleted with the row by
# its foreign key's cascade. SQLite's impact-ordered keyword index (migration 0033) holds each
# row's best words with their weight, and its pool table (migration 0041) each row's copy of the
# profile's pool columns (tenant, consent, country, authorizations, sponsorship, pay, working
# window), both deleted with the row by a trigger. PostgreSQL's postings table (migrations 0042
# and 0044) holds each row's lexemes with their counts of positions, by the profile's id, in
# arrays of a write's rows, and its batches table which write each row was (row numbers only);
# a statement trigger takes a deleted row out of both.
SEARCH_INDEX_OF = "candidate_text"
POSTGRES_SEARCH_INDEX_TABLES = ("candidate_search_postings", "candidate_search_batches")
SEARCH_INDEX_TABLES = (
    "candidate_search", "candidate_search_data", "candidate_search_idx",
    "candidate_search_docsize", "candidate_search_config", "candidate_search_vocab",
    "candidate_search_listing", "candidate_search_listing_data", "candidate_search_listing_idx",
    "candidate_search_listing_docsize", "candidate_search_listing_config",
    "candidate_search_impacts", "candidate_search_pool", *POSTGRES_SEARCH_INDEX_TABLES,
)


# PostgreSQL's pgvector tables (store.held.pgvector), made at run time, one per model and kind: a
# vector of a person's profile or evidence, keyed by their candidate id (`key` or `owner`).
# Erasure deletes their rows from every table of the prefix (batch.repository.forget_vector_rows);
# the export leaves them out: numbers computed from the profile it shows.
VECTOR_TABLE_PREFIX = "vectors_"


def registered_tables() -> set[str]:
    return ({e.table for e in PERSONAL_DATA} | {e.table for e in NO_PERSONAL_DATA}
            | set(SEARCH_INDEX_TABLES))


def unregistered(tables: set[str]) -> list[str]:
    """The tables in neither list, nor an index or vector table that erasure knows."""
    known = registered_tables()
    return sorted(name for name in tables
                  if name not in known and not name.startswith(VECTOR_TABLE_PREFIX))


def entry(table: str) -> PersonalTable | None:
    return next((e for e in PERSONAL_DATA if e.table == table), None)
