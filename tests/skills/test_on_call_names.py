"""Being on call for a platform links 'incident response' where the sentence names its
monitoring or incidents; a nurse or a doctor on call links nothing (issue 15: "On-call for the
payments platform; wrote runbooks and Grafana dashboards" linked no skill for the on-call)."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets

INCIDENT_RESPONSE = "incident response"


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Grafana and Loki dashboards; on-call for two lending apps.", "on-call"),
        ("Shared the on-call with two colleagues and tuned the Prometheus alerts.", "on-call"),
        ("Kept the on-call rotations fair for the data platform team.", "on-call rotations"),
    ],
)
def test_on_call_for_a_platform_links_incident_response(
    linker: SkillLinker, text: str, snippet: str
) -> None:
    assert snippets(linker, text).get(INCIDENT_RESPONSE) == snippet


@pytest.mark.parametrize(
    "text",
    [
        "Night-shift staff nurse, on-call for the maternity theatre twice a month.",
        "Resident doctor on call for the surgical ward.",
    ],
)
def test_on_call_on_a_ward_is_no_incident_response(linker: SkillLinker, text: str) -> None:
    assert INCIDENT_RESPONSE not in snippets(linker, text)
