"""The refusals of the governance layer, each with a reason a person can act on."""

from __future__ import annotations

from worldhire.core.errors import WorldhireError
from worldhire.core.models import ConsentPurpose
from worldhire.store.errors import storage_error


class GovernanceError(WorldhireError):
    """Bad input to a governance operation (unknown tenant, duplicate user, bad region ...)."""

    status = 422
    code = "governance-input"


class AccessDenied(WorldhireError, PermissionError):
    """The principal may not do this. Objects outside its scope are refused with the same words
    as missing ones, so a refusal never confirms that another tenant's object exists."""

    status = 403
    code = "access-denied"


class NotInScope(AccessDenied):
    """No such object, or one outside the principal's scope: the same words and the same status
    for both, so a refusal never confirms that another tenant's object exists."""

    status = 404
    code = "not-in-scope"


class ConsentRequired(WorldhireError):
    """Processing a person's data for a purpose they have not consented to."""

    status = 409
    code = "consent-required"

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


class ErasureFailed(WorldhireError):
    """An erasure whose database part rolled back: nothing of the person was deleted, and the
    request stays pending until a retry finishes it. The message never carries the cause's
    text (it may name files or the person), so servers may show it."""

    status = 503
    code = "erasure-failed"
    detail_is_public = True

    def __init__(self, candidate_id: str, cause: BaseException) -> None:
        self.candidate_id = candidate_id
        storage = storage_error(cause)
        why = storage.public if storage is not None else "a database or index failed"
        super().__init__(
            f"the erasure of {candidate_id} did not finish ({why}); nothing was deleted yet. "
            "The request is kept pending and is finished by 'worldhire privacy purges --retry' "
            "or the next retention run"
        )
