"""Errors users saw when trying the product on résumés and job posts as people write them, each
read right by a small general rule (issue 15)."""

from __future__ import annotations

import pytest

from worldhire.core.models import RemotePolicy
from worldhire.ingest.posts.fields import remote_policy_of


@pytest.mark.parametrize("line", [
    "Sistem kerja: WFO/WFH, Jakarta Barat",
    "Work mode: WFH / WFO, Jakarta Selatan",
    "Lokasi: Surabaya (WFO & WFH)",
    "Mode: WFO + WFH",
])
def test_office_and_home_together_are_a_hybrid_job(line: str) -> None:
    # either word alone names one mode; both together are days at the office and days at home
    assert remote_policy_of(line) is RemotePolicy.HYBRID


def test_office_or_home_alone_stays_its_mode() -> None:
    assert remote_policy_of("Lokasi: Surabaya (WFO)") is RemotePolicy.ONSITE
    assert remote_policy_of("Sistem kerja: WFH penuh") is RemotePolicy.REMOTE
