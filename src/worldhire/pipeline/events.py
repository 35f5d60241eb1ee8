"""Events the pipeline announces to the outside (webhooks). Payloads carry ids, stages and role
titles, never a person's name or contact details: a receiving tool looks those up with its own
access rights."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

CANDIDATE_SHORTLISTED = "candidate.shortlisted"
STAGE_CHANGED = "application.stage_changed"
CONSENT_WITHDRAWN = "consent.withdrawn"
EVENTS = (CANDIDATE_SHORTLISTED, STAGE_CHANGED, CONSENT_WITHDRAWN)


class EventSink(Protocol):
    def emit(self, tenant_id: str, event: str, data: Mapping[str, Any]) -> None: ...
