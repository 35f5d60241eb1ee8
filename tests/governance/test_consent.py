"""Consent per purpose, with time and source; processing without it is refused by name."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.governance.conftest import World
from worldhire.core.models import ConsentPurpose, utcnow
from worldhire.governance.consent import has_consent, record_consent, require_consent
from worldhire.governance.errors import ConsentRequired, GovernanceError


def test_outreach_needs_consent_and_the_error_names_purpose_and_person(world: World) -> None:
    person = world.acme.other_candidate
    svc = world.services(world.acme.recruiter)
    assert svc.contact(person.id)["email"] == "p1@acme.example"
    svc.record_consent(person.id, ConsentPurpose.OUTREACH, granted=False, source="unsubscribe")
    with pytest.raises(ConsentRequired) as caught:
        svc.contact(person.id)
    assert caught.value.purpose is ConsentPurpose.OUTREACH
    assert caught.value.candidate_id == person.id
    assert "outreach" in str(caught.value) and person.id in str(caught.value)


def test_sharing_is_per_named_company(world: World) -> None:
    person = world.acme.candidate
    svc = world.services(world.acme.admin)
    assert svc.share_with(person.id, "initech").basics.name == person.name
    with pytest.raises(ConsentRequired, match="sharing with Umbrella"):
        svc.share_with(person.id, "Umbrella")
    svc.record_consent(person.id, ConsentPurpose.SHARING, granted=True, source="email",
                       company="Umbrella")
    svc.share_with(person.id, "Umbrella")


def test_the_latest_record_decides_and_keeps_time_and_source(world: World) -> None:
    gov, person = world.gov, world.platform
    earlier = utcnow() - timedelta(days=3)
    record_consent(gov, person.id, ConsentPurpose.OUTREACH, granted=True, source="signup form",
                   at=earlier)
    record_consent(gov, person.id, ConsentPurpose.OUTREACH, granted=False, source="email reply")
    stored = gov.repo.get_candidate(person.id)
    assert stored is not None and not has_consent(stored, ConsentPurpose.OUTREACH)
    sources = [(c.source, c.granted) for c in stored.consents
               if c.purpose is ConsentPurpose.OUTREACH]
    assert sources == [("signup form", True), ("email reply", False)]
    with pytest.raises(ConsentRequired):
        require_consent(stored, ConsentPurpose.OUTREACH)


def test_matching_skips_people_without_consent(world: World) -> None:
    result = world.services(world.acme.recruiter).shortlist(world.acme.role.id, top=10)
    ranked = {r.candidate.id for r in result.results}
    assert world.platform.id in ranked and world.private_platform.id not in ranked


def test_consent_needs_a_source_and_sharing_needs_a_company(world: World) -> None:
    with pytest.raises(GovernanceError, match="where the consent came from"):
        record_consent(world.gov, world.platform.id, ConsentPurpose.OUTREACH, granted=True,
                       source=" ")
    with pytest.raises(GovernanceError, match="names the company"):
        record_consent(world.gov, world.platform.id, ConsentPurpose.SHARING, granted=True,
                       source="form")
