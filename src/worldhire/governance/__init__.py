"""Governance and security: who may do what (tenants, roles, tokens), consent, data residency,
subject access and verified erasure, retention, the hash-chained audit log, bias audits and the
ranker's model card."""
