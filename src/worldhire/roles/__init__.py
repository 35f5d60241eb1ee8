"""Recruiters' corrections to roles: fields, requirements and status."""
