"""Saved searches: a tenant's candidate searches (words and filters) kept by name and run
again on the pool as it is today."""
