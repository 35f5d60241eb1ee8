"""Who is acting: a tenant's user with a role, a candidate on their own account, or the local
operator (the CLI on the machine that holds the data)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from worldhire.governance.errors import AccessDenied


class AccessRole(StrEnum):
    ADMIN = "admin"
    RECRUITER = "recruiter"
    VIEWER = "viewer"
    CANDIDATE = "candidate"
    OPERATOR = "operator"


TENANT_ROLES = (AccessRole.ADMIN, AccessRole.RECRUITER, AccessRole.VIEWER)


class Action(StrEnum):
    READ = "read"
    WRITE = "write"
    RANK = "rank"
    RECORD_CONSENT = "record consent"
    EXPORT = "export personal data"
    ERASE = "erase personal data"
    READ_AUDIT = "read the audit log"
    MANAGE_USERS = "manage users and tokens"
    CONFIGURE = "configure the tenant: pipeline stages, webhooks, settings"


_ALL = frozenset(Action)
ALLOWED: dict[AccessRole, frozenset[Action]] = {
    AccessRole.OPERATOR: _ALL,
    AccessRole.ADMIN: _ALL,
    AccessRole.RECRUITER: frozenset(
        {Action.READ, Action.WRITE, Action.RANK, Action.RECORD_CONSENT}
    ),
    AccessRole.VIEWER: frozenset({Action.READ}),
    # Everything a candidate may do is further limited to their own record.
    AccessRole.CANDIDATE: frozenset(
        {Action.READ, Action.WRITE, Action.RECORD_CONSENT, Action.EXPORT, Action.ERASE,
         Action.READ_AUDIT}
    ),
}


@dataclass(frozen=True)
class Principal:
    role: AccessRole
    tenant_id: str | None = None
    user_id: str | None = None
    candidate_id: str | None = None
    name: str = ""

    def __post_init__(self) -> None:
        if self.role in TENANT_ROLES and not self.tenant_id:
            raise ValueError(f"a {self.role.value} acts within a tenant")
        if self.role is AccessRole.CANDIDATE and not self.candidate_id:
            raise ValueError("a candidate principal names its candidate")

    @classmethod
    def operator(cls, name: str = "local operator") -> Principal:
        return cls(AccessRole.OPERATOR, name=name)

    def within(self, tenant_id: str) -> Principal:
        """The local operator acting for one tenant: everything an admin of it may do, within
        its scope (ScopedServices applies it)."""
        if self.role is not AccessRole.OPERATOR:
            raise AccessDenied("only the local operator picks a tenant")
        return Principal(self.role, tenant_id=tenant_id, name=self.name)

    @property
    def over_every_tenant(self) -> bool:
        """The local operator with no company chosen: sees and changes every company's data."""
        return self.role is AccessRole.OPERATOR and self.tenant_id is None

    @classmethod
    def user(cls, tenant_id: str, role: AccessRole, user_id: str, name: str = "") -> Principal:
        return cls(role, tenant_id=tenant_id, user_id=user_id, name=name or user_id)

    @classmethod
    def candidate(cls, candidate_id: str) -> Principal:
        return cls(AccessRole.CANDIDATE, candidate_id=candidate_id, name=candidate_id)

    @property
    def actor(self) -> str:
        """How the audit log names this principal: ids, never an e-mail address."""
        who = self.user_id or self.candidate_id or self.name
        return f"{self.role.value}:{who}" + (f"@{self.tenant_id}" if self.tenant_id else "")

    def may(self, action: Action) -> bool:
        return action in ALLOWED[self.role]

    def require_tenant(self) -> str:
        """The tenant this principal writes into; a candidate account acts for none (403)."""
        if self.tenant_id is None:
            raise AccessDenied(f"a {self.role.value} account acts for no tenant here")
        return self.tenant_id

    def require(self, action: Action) -> None:
        if not self.may(action):
            raise AccessDenied(f"a {self.role.value} may not {action.value}")
