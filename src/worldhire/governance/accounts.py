"""Tenants' users and API tokens, and turning a presented token back into a Principal."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from worldhire.core.errors import NotFound
from worldhire.core.models import Tenant, new_id, utcnow
from worldhire.governance import tokens
from worldhire.governance.errors import AccessDenied, GovernanceError
from worldhire.governance.principal import TENANT_ROLES, AccessRole, Principal
from worldhire.governance.store import Governance
from worldhire.store.protocol import Repository
from worldhire.store.sql import schema_governance as g

_EMAIL_SHAPE = "@"


@dataclass(frozen=True)
class User:
    id: str
    tenant_id: str
    email: str
    role: AccessRole
    created_at: datetime


@dataclass(frozen=True)
class TokenInfo:
    id: str
    label: str
    tenant_id: str | None
    user_id: str | None
    candidate_id: str | None
    created_at: datetime
    revoked: bool


def find_tenant(repo: Repository, name_or_id: str) -> Tenant:
    """A tenant by its id or its name: the one lookup every command and page uses."""
    found = repo.get_tenant(name_or_id) or next(
        (t for t in repo.list_tenants() if t.name == name_or_id), None
    )
    if found is None:
        raise NotFound(f"no tenant named or with id {name_or_id!r}")
    return found


class Accounts:
    def __init__(self, gov: Governance) -> None:
        self.gov = gov

    def tenant(self, name_or_id: str) -> Tenant:
        return find_tenant(self.gov.repo, name_or_id)

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
        try:
            with self.gov.tx() as conn:
                conn.execute(insert(g.users).values(
                    id=user.id, tenant_id=tenant_id, email=email, role=role.value,
                    created_at=user.created_at,
                ))
        except IntegrityError as exc:
            raise GovernanceError(f"{email} is already a user of tenant {tenant_id}") from exc
        return user

    def users(self, tenant_id: str) -> list[User]:
        with self.gov.tx() as conn:
            rows = conn.execute(
                select(g.users).where(g.users.c.tenant_id == tenant_id).order_by(g.users.c.email)
            ).all()
        return [User(r.id, r.tenant_id, r.email, AccessRole(r.role), r.created_at) for r in rows]

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
        now = utcnow()
        with self.gov.tx() as conn:
            conn.execute(insert(g.api_tokens).values(
                id=issued.token_id, tenant_id=tenant_id, user_id=user_id,
                candidate_id=candidate_id, secret_sha256=tokens.secret_hash(issued.secret),
                label=label[:200], created_at=now,
                expires_at=None if valid_for is None else now + valid_for,
            ))
        return issued.value

    def revoke(self, token_id: str, tenant_id: str | None = None) -> bool:
        where = g.api_tokens.c.id == token_id
        if tenant_id is not None:
            where = and_(where, g.api_tokens.c.tenant_id == tenant_id)
        with self.gov.tx() as conn:
            done = conn.execute(
                update(g.api_tokens).where(and_(where, g.api_tokens.c.revoked_at.is_(None)))
                .values(revoked_at=utcnow())
            )
        return bool(done.rowcount)

    def token_list(self, tenant_id: str | None = None) -> list[TokenInfo]:
        query = select(g.api_tokens).order_by(g.api_tokens.c.created_at)
        if tenant_id is not None:
            query = query.where(g.api_tokens.c.tenant_id == tenant_id)
        with self.gov.tx() as conn:
            rows = conn.execute(query).all()
        return [
            TokenInfo(r.id, r.label, r.tenant_id, r.user_id, r.candidate_id, r.created_at,
                      r.revoked_at is not None)
            for r in rows
        ]

    def authenticate(self, token: str) -> Principal:
        """The principal a token stands for; any failure reads the same, so it says nothing."""
        refused = AccessDenied("invalid or revoked token")
        parts = tokens.split(token)
        if parts is None:
            raise refused
        token_id, secret = parts
        k, u = g.api_tokens.c, g.users.c
        # One query per request: the token and its user together.
        with self.gov.tx() as conn:
            row = conn.execute(
                select(k.secret_sha256, k.revoked_at, k.expires_at, k.candidate_id,
                       u.id.label("user_id"), u.tenant_id, u.role, u.email)
                .select_from(g.api_tokens.outerjoin(g.users, u.id == k.user_id))
                .where(k.id == token_id)
            ).first()
        # Compare even when the row is missing, so the time taken does not tell ids apart.
        stored = row.secret_sha256 if row is not None else tokens.secret_hash("")
        if not tokens.secret_matches(secret, stored) or row is None or row.revoked_at is not None:
            raise refused
        if row.expires_at is not None and _aware(row.expires_at) <= utcnow():
            raise refused
        if row.candidate_id is not None:
            return Principal.candidate(row.candidate_id)
        if row.user_id is None:
            raise refused
        return Principal.user(row.tenant_id, AccessRole(row.role), row.user_id, row.email)

    # web sessions --------------------------------------------------------------------------------

    def open_session(self, token: str, max_age: timedelta) -> str:
        """A browser session for a valid token: its secret for the cookie (only a hash is kept).
        Sessions past their expiry are deleted on the way."""
        parts = tokens.split(token)
        if parts is None:
            raise AccessDenied("invalid or revoked token")
        secret, now = secrets.token_urlsafe(32), utcnow()
        with self.gov.tx() as conn:
            conn.execute(delete(g.web_sessions).where(g.web_sessions.c.expires_at <= now))
            conn.execute(insert(g.web_sessions).values(
                id_sha256=tokens.secret_hash(secret), token_id=parts[0], created_at=now,
                expires_at=now + max_age,
            ))
        return secret

    def session_open(self, session: str, token: str) -> bool:
        """Whether the session is live (not signed out, not expired) and for this token."""
        parts = tokens.split(token)
        s = g.web_sessions.c
        with self.gov.tx() as conn:
            row = conn.execute(select(s.token_id, s.expires_at, s.revoked_at)
                               .where(s.id_sha256 == tokens.secret_hash(session))).first()
        return (row is not None and parts is not None and row.token_id == parts[0]
                and row.revoked_at is None and _aware(row.expires_at) > utcnow())

    def end_session(self, session: str) -> None:
        """Sign-out: the session ends on the server, so a copy of the cookie is worthless."""
        s = g.web_sessions.c
        with self.gov.tx() as conn:
            conn.execute(update(g.web_sessions)
                         .where(and_(s.id_sha256 == tokens.secret_hash(session),
                                     s.revoked_at.is_(None)))
                         .values(revoked_at=utcnow()))


def _aware(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything here is stored in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)
