"""ScopedServices' admin work: a person's export and erasure, the audit log, the tenant's
settings, users and tokens."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import timedelta

from worldhire.core.errors import InvalidInput
from worldhire.governance.access_scope import AccessScope
from worldhire.governance.accounts import find_tenant
from worldhire.governance.actors import ActorNames, Readers
from worldhire.governance.audit import Anchor, AuditEntry, SubjectRecord, VerifyReport
from worldhire.governance.erasure import ErasureReport, erase_candidate, person_ids
from worldhire.governance.errors import AccessDenied, ErasureFailed, NotInScope
from worldhire.governance.export import subject_access
from worldhire.governance.export_schemas import ExportOut
from worldhire.governance.principal import AccessRole, Action
from worldhire.governance.tenant_settings import TenantSettings
from worldhire.governance.users.repository import TokenInfo, User


class AdminAccess(AccessScope):
    def export(self, candidate_id: str) -> ExportOut:
        self._candidate(candidate_id, Action.EXPORT, own=True)
        return subject_access(self.gov, candidate_id)

    def erase(self, candidate_id: str) -> ErasureReport:
        self._candidate(candidate_id, Action.ERASE, own=True)
        try:
            report = erase_candidate(self.gov, candidate_id, suppress=True)
        except Exception as exc:
            self._record_failed_erasure(candidate_id, exc)
            raise ErasureFailed(candidate_id, exc) from exc
        self.audit.append(
            "erase-candidate", actor=self.principal.actor, tenant_id=self.principal.tenant_id,
            details={"profile_deleted": report.profile_deleted, "hooks": report.hooks,
                     "suppressed_identifiers": report.suppressed},
        )
        return report

    def _record_failed_erasure(self, candidate_id: str, exc: Exception) -> None:
        """The attempt goes in the audit log, sealed for the person like every entry about them
        (a later erasure destroys their key); the error's class only, since its text may name
        them or a file."""
        # The audit log may sit in the database that just failed: the caller's error is the one
        # to report, and the pending purge already holds the request.
        with contextlib.suppress(Exception):
            self.audit.append(
                "erase-candidate-failed", actor=self.principal.actor,
                tenant_id=self.principal.tenant_id,
                details={"error": type(exc).__name__, "pending": True},
                subjects={candidate_id: {"erasure": "failed, pending retry"}},
            )

    def audit_entries(self, latest: int | None = None) -> list[AuditEntry]:
        """The entries in scope in chain order; with `latest`, the last so many (a company's
        or the operator's read from the end of the log: it grows with every ranking)."""
        self.principal.require(Action.READ_AUDIT)
        if self._operator:
            return list(self.audit.entries(everything=True, latest=latest))
        if self.principal.role is AccessRole.CANDIDATE:
            about = [r.entry for r in self.audit.about(self.principal.candidate_id or "")]
            return about if latest is None else about[-latest:]
        return list(self.audit.entries(self._tenant_scope(), latest=latest))

    def actor_names(self) -> ActorNames:
        """Names the actors of audit entries and stage moves as this principal reads them: a
        company's users by e-mail address, and for a candidate by their role and company."""
        readers = (Readers.CANDIDATE if self.principal.role is AccessRole.CANDIDATE
                   else Readers.STAFF)
        return ActorNames(self.gov, readers)

    def candidate_audit(self, candidate_id: str) -> list[SubjectRecord]:
        """The audit entries about one person (and the profiles merged into theirs) that this
        principal may read, oldest first, each with what it says about them: a tenant's own
        entries (its rankings, shares...), a candidate's all about themself, the operator's
        all."""
        self.principal.require(Action.READ_AUDIT)
        candidate = self._candidate(candidate_id, Action.READ, own=False)
        records = self.audit.about(*person_ids(self.gov, candidate.id))
        if self._operator or self.principal.role is AccessRole.CANDIDATE:
            return records
        return [r for r in records if r.entry.tenant_id == self.principal.tenant_id]

    def verify_audit(self, anchors: Sequence[Anchor] = ()) -> VerifyReport:
        self.principal.require(Action.READ_AUDIT)
        if self.principal.role is AccessRole.CANDIDATE:
            raise AccessDenied("a candidate may not verify the whole audit log")
        # A tenant's admin hears about their tenant's entries; the operator about all.
        return self.audit.verify(anchors, None if self._operator else self._tenant_scope())

    def tenant_settings(self, tenant: str | None = None) -> TenantSettings:
        """A tenant's settings: the principal's own tenant's, or the one the operator names
        (by name or id)."""
        if self._operator:
            if tenant is None:
                raise InvalidInput("name the tenant whose settings these are")
            return TenantSettings(self.gov, self.principal, find_tenant(self.gov.repo, tenant).id)
        own = self._tenant_scope()
        if tenant is not None and tenant != own:
            found = self.gov.repo.get_tenant(own)
            if found is None or tenant != found.name:
                raise NotInScope(f"no tenant {tenant!r} in your scope")
        return TenantSettings(self.gov, self.principal, own)

    def add_user(self, email: str, role: AccessRole) -> User:
        self.principal.require(Action.MANAGE_USERS)
        return self.accounts.add_user(self._tenant_scope(), email, role)

    def list_users(self) -> list[User]:
        self.principal.require(Action.MANAGE_USERS)
        return self.accounts.users(self._tenant_scope())

    def issue_token(self, email: str, valid_for: timedelta | None = None) -> str:
        self.principal.require(Action.MANAGE_USERS)
        return self.accounts.issue_user_token(self.accounts.user(self._tenant_scope(), email),
                                              valid_for=valid_for)

    def list_tokens(self) -> list[TokenInfo]:
        self.principal.require(Action.MANAGE_USERS)
        return self.accounts.token_list(self._tenant_scope())

    def revoke_token(self, token_id: str) -> None:
        self.principal.require(Action.MANAGE_USERS)
        if not self.accounts.revoke(token_id, self._tenant_scope()):
            raise NotInScope(f"no active token {token_id!r} in your scope")
