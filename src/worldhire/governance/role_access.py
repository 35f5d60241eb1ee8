"""ScopedServices' roles: listed, paged, read, saved, and ranked (a role's shortlist, a
candidate's roles)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path

from worldhire.core.models import Role, RoleStatus
from worldhire.embed.protocol import Embedder
from worldhire.governance.access_scope import AccessScope
from worldhire.governance.decisions import audited_shortlist, record_role_matches
from worldhire.governance.errors import AccessDenied, NotInScope
from worldhire.governance.principal import AccessRole, Action
from worldhire.match.models import MatchResult, Shortlist
from worldhire.match.service import MatchFilters
from worldhire.match.service import roles_for as match_roles_for
from worldhire.store.protocol import ListPage


class RoleAccess(AccessScope):
    def list_roles(self) -> list[Role]:
        self.principal.require(Action.READ)
        if self._operator:
            return self.gov.repo.list_roles()
        if self.principal.role is AccessRole.CANDIDATE:
            return [r for r in self.gov.repo.list_roles() if r.status == "open"]
        return self.gov.repo.list_roles(self.principal.tenant_id)

    def employers(self, roles: Sequence[Role]) -> dict[str, str]:
        """Who posts each role, by role id: the company its post names, and the account
        (tenant) that posted it where that is another name. A post need not name its company,
        and two accounts may post one company's role (an agency and the company itself): two
        roles of one title must still read apart to the person choosing between them."""
        names = {t.id: t.name for t in self.gov.repo.list_tenants()}
        return {r.id: employer(r.company, names.get(r.tenant_id, "")) for r in roles}

    def role_page(
        self, statuses: Collection[str] | None = None, *, limit: int = 50, offset: int = 0,
        after: tuple[str, str] | None = None,
    ) -> ListPage[Role]:
        """A page of `list_roles` (same scope) whose status is one of `statuses`, by title."""
        self.principal.require(Action.READ)
        tenant_id = None if self._operator else self.principal.tenant_id
        if self.principal.role is AccessRole.CANDIDATE:  # open roles, whoever's they are
            tenant_id = None
            statuses = {s for s in statuses or [RoleStatus.OPEN] if s == RoleStatus.OPEN}
        return self.gov.repo.role_page(tenant_id, statuses=statuses, limit=limit,
                                       offset=offset, after=after)

    def get_role(self, role_id: str) -> Role:
        return self._role(role_id, Action.READ)

    def save_role(self, role: Role) -> None:
        self.principal.require(Action.WRITE)
        if self.principal.role is AccessRole.CANDIDATE:
            raise AccessDenied("a candidate account cannot post roles")
        stored = self.gov.repo.get_role(role.id)
        if stored is not None and not self._role_in_scope(stored):
            raise NotInScope(f"no role {role.id!r} in your scope")
        if not self._operator and role.tenant_id != self.principal.tenant_id:
            raise AccessDenied("roles are saved into your own tenant only")
        self.gov.repo.save_role(role)

    def role_to_change(self, role_id: str) -> Role:
        """A role the caller may change (their company's; any, for the operator): before a
        recruiter's edit (roles.service.RoleEditor)."""
        if self.principal.role is AccessRole.CANDIDATE:
            raise AccessDenied("a candidate account cannot edit roles")
        return self._role(role_id, Action.WRITE)

    def shortlist(
        self, role_id: str, *, top: int = 10, filters: MatchFilters | None = None,
        embedder: Embedder | None = None, index_home: Path | None = None,
    ) -> Shortlist:
        role = self._role(role_id, Action.RANK)
        result, _ = audited_shortlist(
            self.gov, role, actor=self.principal.actor, top=top, filters=filters,
            embedder=embedder, index_home=index_home,
        )
        return result

    def roles_for(
        self, candidate_id: str, *, top: int = 10, embedder: Embedder | None = None
    ) -> list[MatchResult]:
        own = self.principal.role is AccessRole.CANDIDATE
        candidate = self._candidate(candidate_id, Action.READ if own else Action.RANK, own=own)
        chosen = match_roles_for(self.gov.repo, candidate.id, top=top, embedder=embedder,
                                 visible=self.list_roles())
        record_role_matches(self.audit, candidate, chosen, actor=self.principal.actor)
        return chosen


def employer(company: str, account: str) -> str:
    """The company, and the account that posted its role where neither name contains the other
    ("Larkspur Health, posted by Acme AI"; "Acme Inc." for the account "acme")."""
    if not company or not account:
        return company or account
    if account.casefold() in company.casefold() or company.casefold() in account.casefold():
        return company
    return f"{company}, posted by {account}"
