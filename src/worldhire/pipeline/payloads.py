"""The bodies of webhook deliveries: a generic JSON shape, or shaped for Slack, Jira or
GitHub."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from worldhire.pipeline.events import CANDIDATE_SHORTLISTED, CONSENT_WITHDRAWN, STAGE_CHANGED
from worldhire.pipeline.models import PayloadFormat


def summary(event: str, data: Mapping[str, Any]) -> str:
    role = data.get("role_title") or data.get("role_id", "")
    if event == CANDIDATE_SHORTLISTED:
        return f"Candidate {data.get('candidate_id')} added to {role} ({data.get('stage')})"
    if event == STAGE_CHANGED:
        line = (f"Application {data.get('application_id')} for {role}: "
                f"{data.get('from_stage')} → {data.get('to_stage')}")
        return line + (f" ({data['reason']})" if data.get("reason") else "")
    if event == CONSENT_WITHDRAWN:
        return f"Candidate {data.get('candidate_id')} withdrew consent to {data.get('purpose')}"
    return event


def render(
    fmt: PayloadFormat, event: str, data: Mapping[str, Any], *, delivery_id: str,
    tenant_id: str, at: datetime,
) -> dict[str, Any]:
    text = summary(event, data)
    generic = {"id": delivery_id, "event": event, "tenant_id": tenant_id,
               "created_at": at.isoformat(), "data": dict(data)}
    if fmt is PayloadFormat.SLACK:
        return {
            "text": text,
            "blocks": [
                {"type": "section", "text": {"type": "mrkdwn", "text": text}},
                {"type": "context", "elements": [
                    {"type": "mrkdwn", "text": f"`{event}` · {delivery_id}"}
                ]},
            ],
        }
    if fmt is PayloadFormat.JIRA:
        details = "\n".join(f"* {k}: {v}" for k, v in data.items() if v is not None)
        return {
            "fields": {
                "summary": text[:250],
                "description": f"{text}\n\n{details}",
                "issuetype": {"name": "Task"},
                "labels": ["worldhire", event.replace(".", "-")],
            },
            "worldhire": generic,
        }
    if fmt is PayloadFormat.GITHUB:
        # The shape of GitHub's repository_dispatch: a workflow can trigger on the event type.
        return {"event_type": f"worldhire.{event}", "client_payload": generic}
    return generic
