"""Batch jobs that outgrow one process: embedding the whole pool, re-matching every open role
against every candidate (both on Ray, local or a cluster), and parallel bulk ingest.

Every job is idempotent and resumable: its writes are keyed (vectors by id and text fingerprint,
shortlists by role and candidate) and committed in small transactions, and a run ledger
(batch_runs) remembers what a killed run already finished. Importing this package does not
import Ray.
"""
