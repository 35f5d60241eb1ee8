"""The users, API tokens and web sessions tables.
Statements join the store's open unit of work, if any (its opener commits)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from worldhire.core.models import utcnow
from worldhire.governance.principal import AccessRole
from worldhire.governance.repository import aware, connection
from worldhire.governance.store import Governance
from worldhire.store.sql import schema_governance as g


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


@dataclass(frozen=True)
class TokenHolder:
    """A token's stored hash and state, with the user it belongs to (if any)."""

    secret_sha256: str
    revoked: bool
    expires_at: datetime | None
    candidate_id: str | None
    user_id: str | None
    tenant_id: str | None
    role: str | None
    email: str | None


class AccountRows:
    """The users, API tokens and web sessions tables."""

    def __init__(self, gov: Governance) -> None:
        self.gov = gov

    def add_user(self, user: User) -> bool:
        """False when the address is already a user of the tenant (the unit of work it ran in,
        if any, is then spoiled: the caller refuses the whole request)."""
        try:
            with connection(self.gov) as conn:
                conn.execute(insert(g.users).values(
                    id=user.id, tenant_id=user.tenant_id, email=user.email,
                    role=user.role.value, created_at=user.created_at,
                ))
        except IntegrityError:
            return False
        return True

    def users(self, tenant_id: str) -> list[User]:
        with connection(self.gov) as conn:
            rows = conn.execute(
                select(g.users).where(g.users.c.tenant_id == tenant_id).order_by(g.users.c.email)
            ).all()
        return [User(r.id, r.tenant_id, r.email, AccessRole(r.role), r.created_at) for r in rows]

    def add_token(self, token_id: str, secret_sha256: str, label: str, *,
                  tenant_id: str | None, user_id: str | None, candidate_id: str | None,
                  expires_at: datetime | None) -> None:
        with connection(self.gov) as conn:
            conn.execute(insert(g.api_tokens).values(
                id=token_id, tenant_id=tenant_id, user_id=user_id, candidate_id=candidate_id,
                secret_sha256=secret_sha256, label=label, created_at=utcnow(),
                expires_at=expires_at,
            ))

    def revoke_token(self, token_id: str, tenant_id: str | None) -> bool:
        where = g.api_tokens.c.id == token_id
        if tenant_id is not None:
            where = and_(where, g.api_tokens.c.tenant_id == tenant_id)
        with connection(self.gov) as conn:
            done = conn.execute(
                update(g.api_tokens).where(and_(where, g.api_tokens.c.revoked_at.is_(None)))
                .values(revoked_at=utcnow())
            )
        return bool(done.rowcount)

    def tokens(self, tenant_id: str | None) -> list[TokenInfo]:
        query = select(g.api_tokens).order_by(g.api_tokens.c.created_at)
        if tenant_id is not None:
            query = query.where(g.api_tokens.c.tenant_id == tenant_id)
        with connection(self.gov) as conn:
            rows = conn.execute(query).all()
        return [
            TokenInfo(r.id, r.label, r.tenant_id, r.user_id, r.candidate_id, r.created_at,
                      r.revoked_at is not None)
            for r in rows
        ]

    def token_holder(self, token_id: str) -> TokenHolder | None:
        k, u = g.api_tokens.c, g.users.c
        # One query per request: the token and its user together.
        with connection(self.gov) as conn:
            row = conn.execute(
                select(k.secret_sha256, k.revoked_at, k.expires_at, k.candidate_id,
                       u.id.label("user_id"), u.tenant_id, u.role, u.email)
                .select_from(g.api_tokens.outerjoin(g.users, u.id == k.user_id))
                .where(k.id == token_id)
            ).first()
        if row is None:
            return None
        return TokenHolder(row.secret_sha256, row.revoked_at is not None,
                           None if row.expires_at is None else aware(row.expires_at),
                           row.candidate_id, row.user_id, row.tenant_id, row.role, row.email)

    def open_session(self, session_sha256: str, token_id: str, expires_at: datetime) -> None:
        """A new web session; sessions past their expiry are deleted on the way."""
        now = utcnow()
        with connection(self.gov) as conn:
            conn.execute(delete(g.web_sessions).where(g.web_sessions.c.expires_at <= now))
            conn.execute(insert(g.web_sessions).values(
                id_sha256=session_sha256, token_id=token_id, created_at=now,
                expires_at=expires_at,
            ))

    def session(self, session_sha256: str) -> tuple[str, datetime, bool] | None:
        """The session's token id, expiry and whether it was ended."""
        s = g.web_sessions.c
        with connection(self.gov) as conn:
            row = conn.execute(select(s.token_id, s.expires_at, s.revoked_at)
                               .where(s.id_sha256 == session_sha256)).first()
        return None if row is None else (row.token_id, aware(row.expires_at),
                                         row.revoked_at is not None)

    def end_session(self, session_sha256: str) -> None:
        s = g.web_sessions.c
        with connection(self.gov) as conn:
            conn.execute(update(g.web_sessions)
                         .where(and_(s.id_sha256 == session_sha256, s.revoked_at.is_(None)))
                         .values(revoked_at=utcnow()))
