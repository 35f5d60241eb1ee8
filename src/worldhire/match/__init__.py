"""Matching: hybrid retrieval, evidence-based ranking with explanations, and the reverse."""

from worldhire.index.pool import register_purge

# Whoever can rank can also erase: make sure every erasure reaches the persisted vectors.
register_purge()
