"""Matching: hybrid retrieval, evidence-based ranking with explanations, and the reverse."""
