"""The refusals of the governance layer, each with a reason a person can act on."""

from __future__ import annotations

from worldhire.core.models import ConsentPurpose


class GovernanceError(Exception):
    """Bad input to a governance operation (unknown tenant, duplicate user, bad region ...)."""


class AccessDenied(PermissionError):
    """The principal may not do this. Objects outside its scope are refused with the same words
    as missing ones, so a refusal never confirms that another tenant's object exists."""


class ConsentRequired(Exception):
    """Processing a person's data for a purpose they have not consented to."""

    def __init__(
        self, candidate_id: str, purpose: ConsentPurpose, company: str | None = None
    ) -> None:
        self.candidate_id = candidate_id
        self.purpose = purpose
        self.company = company
        scope = f" with {company}" if company else ""
        super().__init__(
            f"candidate {candidate_id} has not consented to {purpose.value}{scope}; "
            "record their consent first"
        )
