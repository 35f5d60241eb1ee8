"""The service layer every read and write goes through, scoped to a Principal.

A tenant's users see their tenant's candidates and roles, plus the platform's self-registered
profiles that consented to matching; a candidate sees only their own record; the local operator
sees everything (acting within one company, that company's scope). Viewers only read; only
admins manage users, export, erase and read the audit log. Anything outside the principal's
scope is refused exactly like something that does not exist. Rankings and shares are written
to the audit log.

ScopedServices is made of its parts, each in a module of its own: the scope checks
(access_scope.py), candidates (candidate_access.py), duplicates and merges (merge_access.py),
roles and ranking (role_access.py), and the admin work (admin_access.py)."""

from __future__ import annotations

from worldhire.governance.admin_access import AdminAccess
from worldhire.governance.merge_access import MergeAccess
from worldhire.governance.role_access import RoleAccess


class ScopedServices(MergeAccess, RoleAccess, AdminAccess):
    """Every read and write of one principal, checked against its scope and role."""
