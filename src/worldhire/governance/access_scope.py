"""What a principal may reach, which every part of ScopedServices (governance/access.py) asks
before it reads or writes: the candidates it sees or holds, the roles in its scope, its tenant."""

from __future__ import annotations

from worldhire.core.models import Candidate, ConsentPurpose, Role
from worldhire.governance.accounts import Accounts
from worldhire.governance.audit import AuditLog
from worldhire.governance.errors import AccessDenied, NotInScope
from worldhire.governance.principal import AccessRole, Action, Principal
from worldhire.governance.store import Governance


class AccessScope:
    def __init__(self, gov: Governance, principal: Principal) -> None:
        self.gov = gov
        self.principal = principal
        self.audit = AuditLog(gov)
        self.accounts = Accounts(gov)

    @property
    def _operator(self) -> bool:
        """Sees everything: the local operator, unless acting within one company, where the
        company's scope applies as to its admins."""
        return self.principal.over_every_tenant

    def _owns(self, candidate: Candidate) -> bool:
        """May change, export and erase this person's data."""
        p = self.principal
        if self._operator:
            return True
        if p.role is AccessRole.CANDIDATE:
            return candidate.id == p.candidate_id
        return candidate.tenant_id is not None and candidate.tenant_id == p.tenant_id

    def _sees(self, candidate: Candidate) -> bool:
        platform_pool = (
            candidate.tenant_id is None
            and self.principal.tenant_id is not None
            and candidate.consented(ConsentPurpose.MATCHING)
        )
        return self._owns(candidate) or platform_pool

    def may_contact(self, candidate: Candidate) -> bool:
        """Whether this principal is shown the person's e-mail and phone: whoever holds the
        profile (the person themself, their company, the operator) always; anyone else who sees
        a platform profile only once the person agreed to be contacted (as `contact` checks)."""
        return self._owns(candidate) or candidate.consented(ConsentPurpose.OUTREACH)

    def _candidate(self, candidate_id: str, action: Action, *, own: bool) -> Candidate:
        self.principal.require(action)
        found = self.gov.repo.get_candidate(candidate_id)
        if found is None or not (self._owns(found) if own else self._sees(found)):
            raise NotInScope(f"no candidate {candidate_id!r} in your scope")
        return found

    def _role(self, role_id: str, action: Action) -> Role:
        self.principal.require(action)
        found = self.gov.repo.get_role(role_id)
        if found is None or not self._role_in_scope(found):
            raise NotInScope(f"no role {role_id!r} in your scope")
        return found

    def _role_in_scope(self, role: Role) -> bool:
        p = self.principal
        if self._operator:
            return True
        if p.role is AccessRole.CANDIDATE:
            return role.status == "open"
        return role.tenant_id == p.tenant_id

    def _tenant_scope(self) -> str:
        if self.principal.tenant_id is None:
            raise AccessDenied("this needs a tenant's user")
        return self.principal.tenant_id
