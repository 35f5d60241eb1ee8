"""Who acted, as a person reads it. The audit log and the stage history name actors by id
(`Principal.actor`: "recruiter:usr_…@ten_…", "candidate:cand_…", "operator:local operator"), so
that the hash-chained record never holds an e-mail address; a reader is shown the user's
e-mail address, "the candidate", "system" or, once the person is erased, "an erased person" (the
id alone: nothing erased is looked up or shown)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from worldhire.governance.principal import TENANT_ROLES, AccessRole
from worldhire.governance.store import Governance
from worldhire.governance.subject_keys.repository import SubjectKeys
from worldhire.governance.users.repository import AccountRows

SYSTEM = "system"
THE_CANDIDATE = "the candidate"
ERASED = "an erased person"
FORMER_USER = "a former user"


class Readers(StrEnum):
    """Who reads the names: a company's staff see each other's e-mail addresses; a candidate
    sees the company and the role of whoever acted on their record, not their address."""

    STAFF = "staff"
    CANDIDATE = "candidate"


@dataclass(frozen=True)
class Actor:
    """An actor id taken apart: 'role:who@tenant' (the tenant only for a company's users and an
    operator acting for one company)."""

    role: str
    who: str
    tenant_id: str | None

    @classmethod
    def parse(cls, actor: str) -> Actor | None:
        role, colon, rest = actor.partition(":")
        if not colon or role not in set(AccessRole):
            return None  # not one of ours: an import from another system names its own people
        who, at, tenant = rest.rpartition("@") if "@" in rest else (rest, "", "")
        return cls(role, who, tenant if at else None)


@dataclass
class ActorNames:
    """Names actor ids for one reader; each company's users and each person's erasure are
    looked up once, however many entries name them."""

    gov: Governance
    readers: Readers = Readers.STAFF
    _emails: dict[str, dict[str, str]] = field(default_factory=dict)
    _present: dict[str, bool] = field(default_factory=dict)

    def __call__(self, actor: str | None) -> str:
        if not actor:
            return SYSTEM
        parsed = Actor.parse(actor)
        if parsed is None:
            return actor
        if parsed.role == AccessRole.OPERATOR:
            return SYSTEM
        if parsed.role == AccessRole.CANDIDATE:
            return THE_CANDIDATE if self._not_erased(parsed.who) else ERASED
        if parsed.role in set(TENANT_ROLES) and parsed.tenant_id:
            if self.readers is Readers.CANDIDATE:
                return self._staff_role(parsed.role, parsed.tenant_id)
            return self._users(parsed.tenant_id).get(parsed.who, FORMER_USER)
        return actor

    def _users(self, tenant_id: str) -> dict[str, str]:
        if tenant_id not in self._emails:
            users = AccountRows(self.gov).users(tenant_id)
            self._emails[tenant_id] = {u.id: u.email for u in users}
        return self._emails[tenant_id]

    def _staff_role(self, role: str, tenant_id: str) -> str:
        tenant = self.gov.repo.get_tenant(tenant_id)
        return f"{'an' if role == AccessRole.ADMIN else 'a'} {role} at " + (
            tenant.name if tenant is not None else "a former company")

    def _not_erased(self, candidate_id: str) -> bool:
        """Erasure destroys the person's audit key and their record; a profile merged into
        another keeps its key, so it still reads as the candidate it now is part of."""
        if candidate_id not in self._present:
            self._present[candidate_id] = (
                SubjectKeys(self.gov).key(candidate_id) is not None
                or self.gov.repo.get_candidate(candidate_id) is not None)
        return self._present[candidate_id]
