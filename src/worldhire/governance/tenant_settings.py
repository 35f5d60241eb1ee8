"""A tenant's own settings, set by its admins (API, CLI) and recorded in the audit log. One so
far: what is kept of a résumé as received (the file and its text, the text only, or nothing);
a tenant that chose nothing follows the deployment's WORLDHIRE_RESUME_ORIGINALS, as does the
platform pool. New imports into the pool follow it; `worldhire privacy originals --apply`
reduces what each pool stored before to its own setting."""

from __future__ import annotations

from dataclasses import dataclass

from worldhire.core.errors import InvalidInput
from worldhire.governance.audit import AuditLog
from worldhire.governance.principal import Action, Principal
from worldhire.governance.store import Governance

RESUME_ORIGINALS = ("file", "text", "none")


@dataclass(frozen=True)
class ResumeOriginals:
    tenant_id: str
    kept: str  # what the tenant's imports keep now
    own: str | None  # the tenant's choice; None: it follows the deployment
    deployment: str  # the deployment's setting, the default


class TenantSettings:
    """The settings of one tenant, as `principal` may read and change them."""

    def __init__(self, gov: Governance, principal: Principal, tenant_id: str) -> None:
        self.gov = gov
        self.principal = principal
        self.tenant_id = tenant_id

    def resume_originals(self) -> ResumeOriginals:
        self.principal.require(Action.READ)
        repo = self.gov.repo
        own = repo.tenant_resume_originals(self.tenant_id)
        deployment = repo.documents_kept(None)
        return ResumeOriginals(self.tenant_id, own or deployment, own, deployment)

    def set_resume_originals(self, kept: str | None) -> ResumeOriginals:
        """`kept`: "file", "text" or "none", or None to follow the deployment again."""
        self.principal.require(Action.CONFIGURE)
        if kept is not None and kept not in RESUME_ORIGINALS:
            raise InvalidInput(f"résumé originals: one of {', '.join(RESUME_ORIGINALS)} (or the "
                               f"deployment's default), not {kept!r}")
        before = self.resume_originals()
        self.gov.repo.set_tenant_resume_originals(self.tenant_id, kept)
        after = self.resume_originals()
        if before.own != after.own:
            AuditLog(self.gov).append(
                "tenant-setting", actor=self.principal.actor, tenant_id=self.tenant_id,
                details={"setting": "resume_originals", "from": before.own or "deployment",
                         "to": after.own or "deployment", "kept": after.kept})
        return after
