"""Roles' use cases: a role made from a job post as written (the API's POST /roles/from-post and
the web app's paste-or-upload form), and a recruiter's corrections to a role (the API's, the
CLI's and the web app's role edits), each saved and audited once."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from worldhire.core.errors import InvalidInput
from worldhire.core.models import Requirement, Role, utcnow
from worldhire.governance.access import ScopedServices
from worldhire.ingest.service import IngestService, Kind, Status
from worldhire.roles.editing import (
    RequirementInput,
    add_requirement,
    edit_fields,
    remove_requirement,
    set_requirements,
    set_status,
)
from worldhire.roles.schemas import RoleEdit


def role_from_post(ingest: IngestService, data: bytes, filename: str) -> str:
    """Reads a job post (text, Markdown, PDF or DOCX, any layout or language) and stores the
    role it describes in the ingest service's tenant; the role's id. The same file sent again
    is the same role, left as it is (the recruiter's edits and its status kept). InvalidInput,
    naming the file, when no role can be read from it."""
    outcome = ingest.ingest_bytes(data, filename, Kind.ROLE)
    if outcome.status is Status.ERROR or outcome.role_id is None:
        raise InvalidInput(f"{filename}: {outcome.error or 'no role could be read from it'}")
    return outcome.role_id


class RoleEditor:
    """Changes to the roles of the caller's tenant (roles.editing checks them), each saved with
    who made it and recorded in the audit log as "edit-role" with what it changed."""

    def __init__(self, scoped: ScopedServices) -> None:
        self._scoped = scoped

    def _edit(self, role_id: str, change: Callable[[Role], Mapping[str, Any]]) -> Role:
        """Applies `change` to a role the caller may change (it returns what it changed, for
        the audit log), stamps who changed it and when, saves it and records it."""
        role = self._scoped.role_to_change(role_id)
        details = dict(change(role))
        actor = self._scoped.principal.actor
        role.updated_at, role.updated_by = utcnow(), actor
        self._scoped.save_role(role)
        self._scoped.audit.append(
            "edit-role", actor=actor, tenant_id=role.tenant_id,
            details={"role_id": role.id, **details},
        )
        return role

    def edit_fields(self, role_id: str, changes: Mapping[str, Any]) -> Role:
        """Sets the fields named in `changes` (RoleSpec's names, in the words a form holds);
        the others stay."""
        return self._edit(role_id, lambda r: {"changed": edit_fields(r, changes)})

    def update(self, role_id: str, edit: RoleEdit) -> Role:
        """Sets the fields `edit` was given (the API's PATCH body, the CLI's `roles edit`
        options); those it leaves unset stay."""
        return self.edit_fields(role_id, edit.model_dump(mode="json", exclude_unset=True))

    def add_requirements(
        self, role_id: str, given: Sequence[RequirementInput]
    ) -> tuple[Role, list[Requirement]]:
        """Adds each requirement, or confirms the one already on its skill; the role and the
        requirements as added, in the order given."""
        added: list[Requirement] = []

        def change(role: Role) -> dict[str, Any]:
            added.extend(add_requirement(role, g) for g in given)
            return {"added": [{"skill_id": r.skill.id, "must": r.must, "min_years": r.min_years,
                               **({"alternatives": [a.id for a in r.alternatives]}
                                  if r.alternatives else {})}
                              for r in added]}

        return self._edit(role_id, change), added

    def replace_requirements(self, role_id: str, given: Sequence[RequirementInput]) -> Role:
        def change(role: Role) -> dict[str, Any]:
            set_requirements(role, list(given))
            return {"requirements": [r.key for r in role.requirements]}

        return self._edit(role_id, change)

    def remove_requirement(self, role_id: str, key: str) -> Role:
        """Removes the requirement `key` names (roles.editing.find_requirement)."""
        return self._edit(
            role_id, lambda r: {"removed": remove_requirement(r, key).skill.id})

    def set_status(self, role_id: str, status: str) -> Role:
        """Open, closed or archived (InvalidInput for any other word)."""
        def change(role: Role) -> dict[str, Any]:
            previous = set_status(role, status)
            return {"status": role.status, "was": previous}

        return self._edit(role_id, change)
