"""Every change to a role through the role editor is saved with who made it and recorded once in
the audit log, with what it changed, whichever shell asked for it."""

from __future__ import annotations

from tests.factories import PYTORCH, make_role
from worldhire.core.models import Requirement
from worldhire.governance.access import ScopedServices
from worldhire.governance.audit import AuditLog
from worldhire.governance.principal import AccessRole, Principal
from worldhire.governance.store import Governance
from worldhire.roles.editing import RequirementInput
from worldhire.roles.service import RoleEditor
from worldhire.store.sql.repository import SqlRepository


def test_each_edit_is_audited_with_what_it_changed(repo: SqlRepository) -> None:
    tenant = repo.ensure_tenant("Fjord Analytics").id
    role = make_role([Requirement(PYTORCH)], tenant_id=tenant)
    repo.save_role(role)
    gov = Governance(repo)
    kari = Principal.user(tenant, AccessRole.RECRUITER, "u1", "kari@fjord.example")
    edit = RoleEditor(ScopedServices(gov, kari))

    edit.edit_fields(role.id, {"title": "Staff ML Engineer", "min_years": 6})
    _, added = edit.add_requirements(role.id, [RequirementInput("Kubernetes", must=False),
                                               RequirementInput("Kubernets")])
    edit.remove_requirement(role.id, "Kubernetes")
    edit.replace_requirements(role.id, [RequirementInput("", "wh:pytorch", min_years=3)])
    saved = edit.set_status(role.id, "closed")

    assert [a.skill.id for a in added] == ["wh:kubernetes", "text:kubernets"]
    assert (saved.title, saved.status, saved.updated_by) == ("Staff ML Engineer", "closed",
                                                            kari.actor)
    details = [e.record["details"] for e in AuditLog(gov).entries(tenant)
               if e.action == "edit-role"]
    assert details == [
        {"role_id": role.id, "changed": ["min_years", "title"]},
        {"role_id": role.id, "added": [
            {"skill_id": "wh:kubernetes", "must": False, "min_years": None},
            {"skill_id": "text:kubernets", "must": True, "min_years": None}]},
        {"role_id": role.id, "removed": "wh:kubernetes"},
        {"role_id": role.id, "requirements": ["wh:pytorch"]},
        {"role_id": role.id, "status": "closed", "was": "open"},
    ]
