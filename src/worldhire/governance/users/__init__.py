"""Governance's users, API tokens and web sessions."""
