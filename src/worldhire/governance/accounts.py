"""Tenants' users and API tokens, and turning a presented token back into a Principal."""

from __future__ import annotations

import secrets
from datetime import timedelta

from worldhire.core.errors import NotFound
from worldhire.core.models import Tenant, new_id, utcnow
from worldhire.governance import tokens
from worldhire.governance.errors import AccessDenied, GovernanceError
from worldhire.governance.principal import TENANT_ROLES, AccessRole, Principal
from worldhire.governance.store import Governance
from worldhire.governance.users.repository import AccountRows, TokenInfo, User
from worldhire.store.protocol import Repository

_EMAIL_SHAPE = "@"


def find_tenant(repo: Repository, name_or_id: str) -> Tenant:
    """A tenant by its id or its name: the one lookup every command and page uses."""
    found = repo.get_tenant(name_or_id) or next(
        (t for t in repo.list_tenants() if t.name == name_or_id), None
    )
    if found is None:
        raise NotFound(f"no tenant named or with id {name_or_id!r}")
    return found


def named_or_only_tenant(repo: Repository, name_or_id: str | None) -> Tenant:
    """The tenant named, or, named none, the store's only one: one company's own install need
    not name itself for what is a company's alone (its stages, its funnel, a new webhook)."""
    if name_or_id is not None:
        return find_tenant(repo, name_or_id)
    tenants = repo.list_tenants()
    if len(tenants) == 1:
        return tenants[0]
    raise GovernanceError("several tenants in the store; name one with --tenant")


class Accounts:
    def __init__(self, gov: Governance) -> None:
        self.gov = gov
        self.rows = AccountRows(gov)

    def tenant(self, name_or_id: str) -> Tenant:
        return find_tenant(self.gov.repo, name_or_id)

    def tenant_name(self, tenant_id: str) -> str | None:
        """The name of the tenant with this id, None if there is none (erased or unknown)."""
        found = self.gov.repo.get_tenant(tenant_id)
        return found.name if found is not None else None

    def create_tenant(self, name: str) -> Tenant:
        name = name.strip()
        if not name:
            raise GovernanceError("a tenant needs a name")
        return self.gov.repo.ensure_tenant(name)

    def add_user(self, tenant_id: str, email: str, role: AccessRole) -> User:
        email = email.strip().lower()
        if _EMAIL_SHAPE not in email or len(email) > 320:
            raise GovernanceError(f"{email!r} is not an e-mail address")
        if role not in TENANT_ROLES:
            raise GovernanceError(
                f"a tenant user is one of {', '.join(r.value for r in TENANT_ROLES)}"
            )
        user = User(new_id("usr"), tenant_id, email, role, utcnow())
        if not self.rows.add_user(user):
            raise GovernanceError(f"{email} is already a user of tenant {tenant_id}")
        return user

    def users(self, tenant_id: str) -> list[User]:
        return self.rows.users(tenant_id)

    def user(self, tenant_id: str, email_or_id: str) -> User:
        key = email_or_id.strip().lower()
        for user in self.users(tenant_id):
            if key in (user.email, user.id):
                return user
        raise GovernanceError(f"no user {email_or_id!r} in tenant {tenant_id}")

    def issue_user_token(self, user: User, label: str = "", *,
                         valid_for: timedelta | None = None) -> str:
        """The token's value; only its hash is kept, so this is the one time it can be shown.
        With `valid_for` it stops working after that long (else when revoked)."""
        return self._issue(label or user.email, tenant_id=user.tenant_id, user_id=user.id,
                           valid_for=valid_for)

    def issue_candidate_token(self, candidate_id: str, label: str = "") -> str:
        if self.gov.repo.get_candidate(candidate_id) is None:
            raise GovernanceError(f"no candidate with id {candidate_id!r}")
        return self._issue(label or "candidate account", candidate_id=candidate_id)

    def _issue(
        self, label: str, *, tenant_id: str | None = None, user_id: str | None = None,
        candidate_id: str | None = None, valid_for: timedelta | None = None,
    ) -> str:
        issued = tokens.issue()
        self.rows.add_token(
            issued.token_id, tokens.secret_hash(issued.secret), label[:200],
            tenant_id=tenant_id, user_id=user_id, candidate_id=candidate_id,
            expires_at=None if valid_for is None else utcnow() + valid_for,
        )
        return issued.value

    def revoke(self, token_id: str, tenant_id: str | None = None) -> bool:
        return self.rows.revoke_token(token_id, tenant_id)

    def token_list(self, tenant_id: str | None = None) -> list[TokenInfo]:
        return self.rows.tokens(tenant_id)

    def authenticate(self, token: str) -> Principal:
        """The principal a token stands for; any failure reads the same, so it says nothing."""
        refused = AccessDenied("invalid or revoked token")
        parts = tokens.split(token)
        if parts is None:
            raise refused
        token_id, secret = parts
        row = self.rows.token_holder(token_id)
        # Compare even when the row is missing, so the time taken does not tell ids apart.
        stored = row.secret_sha256 if row is not None else tokens.secret_hash("")
        if not tokens.secret_matches(secret, stored) or row is None or row.revoked:
            raise refused
        if row.expires_at is not None and row.expires_at <= utcnow():
            raise refused
        if row.candidate_id is not None:
            return Principal.candidate(row.candidate_id)
        if row.user_id is None or row.tenant_id is None or row.role is None:
            raise refused
        return Principal.user(row.tenant_id, AccessRole(row.role), row.user_id, row.email or "")

    # web sessions --------------------------------------------------------------------------------

    def open_session(self, token: str, max_age: timedelta) -> str:
        """A browser session for a valid token: its secret for the cookie (only a hash is kept).
        Sessions past their expiry are deleted on the way."""
        parts = tokens.split(token)
        if parts is None:
            raise AccessDenied("invalid or revoked token")
        secret = secrets.token_urlsafe(32)
        self.rows.open_session(tokens.secret_hash(secret), parts[0], utcnow() + max_age)
        return secret

    def session_open(self, session: str, token: str) -> bool:
        """Whether the session is live (not signed out, not expired) and for this token."""
        parts = tokens.split(token)
        found = self.rows.session(tokens.secret_hash(session))
        if found is None or parts is None:
            return False
        token_id, expires_at, ended = found
        return token_id == parts[0] and not ended and expires_at > utcnow()

    def end_session(self, session: str) -> None:
        """Sign-out: the session ends on the server, so a copy of the cookie is worthless."""
        self.rows.end_session(tokens.secret_hash(session))
