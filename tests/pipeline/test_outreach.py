from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.factories import KUBERNETES, PYTHON, PYTORCH, make_candidate, make_role
from worldhire.core.models import (
    Candidate,
    Consent,
    ConsentPurpose,
    EvidenceKind,
    Requirement,
    Role,
)
from worldhire.governance.errors import ConsentRequired
from worldhire.match.service import score_candidate
from worldhire.pipeline.outreach import (
    OutreachError,
    SmtpSender,
    draft_outreach,
    send_outreach,
    suggest_slots,
    team_signature,
)


def no_neighbours(_: str) -> list[Any]:
    return []


def ada(**fields: Any) -> Candidate:
    defaults: dict[str, Any] = dict(
        name="Ada Nowak", email="ada@example.com", country="PL", timezone="Europe/Warsaw"
    )
    return make_candidate(
        {PYTORCH: EvidenceKind.JOB, PYTHON: EvidenceKind.PROJECT}, **{**defaults, **fields}
    )


def role() -> Role:
    return make_role(
        [Requirement(PYTORCH), Requirement(PYTHON), Requirement(KUBERNETES, must=False)],
        title="Senior ML Engineer", company="Acme", timezone="America/New_York",
        work_start_hour=9, work_end_hour=17,
    )


def test_slots_fall_in_both_working_windows_on_weekdays() -> None:
    # Warsaw 9-17 and New York 9-17 overlap 9:00-11:00 New York time (15:00-17:00 Warsaw).
    slots = suggest_slots(ada(), role(), date(2026, 1, 9))  # a Friday
    assert [s.start for s in slots] == [
        datetime(2026, 1, 9, 14, 0, tzinfo=UTC),
        datetime(2026, 1, 12, 14, 0, tzinfo=UTC),
        datetime(2026, 1, 13, 14, 0, tzinfo=UTC),
    ]
    assert slots[0].describe() == (
        "Fri 09 Jan, 15:00-15:30 your time (Europe/Warsaw); 09:00 America/New_York"
    )


def test_slots_follow_daylight_saving() -> None:
    # 9-20 March 2026: New York is on summer time, Warsaw is not yet; the overlap shifts an hour.
    [slot] = suggest_slots(ada(), role(), date(2026, 3, 10), count=1)
    assert slot.start == datetime(2026, 3, 10, 13, 0, tzinfo=UTC)
    assert "14:00-14:30 your time" in slot.describe()


def test_no_overlap_means_no_slots() -> None:
    manila = ada(timezone="Asia/Manila", work_start_hour=9, work_end_hour=17)
    assert suggest_slots(manila, role(), date(2026, 1, 12)) == []


def test_draft_cites_the_evidence_behind_the_fit() -> None:
    result = score_candidate(ada(), role(), no_neighbours)
    draft = draft_outreach(result, sender_name="Sam Recruiter", start=date(2026, 1, 12))
    assert draft.subject == "Senior ML Engineer at Acme"
    assert [c.requirement for c in draft.cited] == ["PyTorch", "Python"]
    for fit in draft.cited:
        assert fit.citation.evidence_title in draft.body
    assert "Built a production system with PyTorch" in draft.body
    assert "Kubernetes" not in draft.body  # missing, so not claimed
    assert "15:00-15:30 your time (Europe/Warsaw)" in draft.body
    assert draft.warnings == []


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def test_send_through_a_real_smtp_server(smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    person = ada()
    person.consents.append(Consent(ConsentPurpose.OUTREACH, True, "signup form"))
    draft = draft_outreach(score_candidate(person, role(), no_neighbours),
                           sender_name="Sam Recruiter", start=date(2026, 1, 12))
    sender = SmtpSender("127.0.0.1", port, starttls=False)
    send_outreach(draft, person, sender, from_address="sam@acme.test", from_name="Sam Recruiter")
    [(mail_from, rcpt, content)] = inbox.messages
    assert (mail_from, rcpt) == ("sam@acme.test", ["ada@example.com"])
    received = message_from_bytes(content, policy=policy.default)
    assert received["Subject"] == "Senior ML Engineer at Acme"
    assert received["From"] == "Sam Recruiter <sam@acme.test>"
    body = received.get_content()
    assert "Built a production system with PyTorch" in body


def test_no_outreach_consent_no_mail(smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    person = ada()
    person.consents.append(Consent(ConsentPurpose.OUTREACH, False, "unsubscribed"))
    draft = draft_outreach(score_candidate(person, role(), no_neighbours), sender_name="Sam")
    with pytest.raises(ConsentRequired, match="outreach"):
        send_outreach(draft, person, SmtpSender("127.0.0.1", port, starttls=False),
                      from_address="sam@acme.test", from_name="Sam")
    assert inbox.messages == []


def test_unreachable_server_and_missing_address_are_clear_errors() -> None:
    person = ada(email=None)
    person.consents.append(Consent(ConsentPurpose.OUTREACH, True, "form"))
    draft = draft_outreach(score_candidate(person, role(), no_neighbours), sender_name="Sam")
    assert "no e-mail address on file" in draft.warnings
    with pytest.raises(OutreachError, match="no e-mail address"):
        send_outreach(draft, person, SmtpSender("127.0.0.1", _free_port(), starttls=False),
                      from_address="sam@acme.test", from_name="Sam")
    person.email = "ada@example.com"
    draft.to = person.email
    with pytest.raises(OutreachError, match="failed"):
        send_outreach(draft, person, SmtpSender("127.0.0.1", _free_port(), starttls=False),
                      from_address="sam@acme.test", from_name="Sam")


@pytest.mark.parametrize(("company", "signed"), [
    ("Dockwise Logistics B.V.", "The Dockwise Logistics B.V. hiring team"),
    ("Lumen Labs", "The Lumen Labs hiring team"),
    ("  ", "The hiring team"),
])  # fmt: skip
def test_a_company_signs_with_its_name_as_written(company: str, signed: str) -> None:
    assert team_signature(company) == signed


def test_a_company_name_with_its_own_period_ends_the_sentence_once() -> None:
    dutch = role()
    dutch.company = "Dockwise Logistics B.V."
    draft = draft_outreach(score_candidate(ada(), dutch, no_neighbours), sender_name="Sam",
                           start=date(2026, 1, 12))
    assert "role at Dockwise Logistics B.V. I'm writing" in draft.body
    plain = draft_outreach(score_candidate(ada(), role(), no_neighbours), sender_name="Sam",
                           start=date(2026, 1, 12))
    assert "role at Acme. I'm writing" in plain.body


def test_a_role_with_no_title_gets_no_draft() -> None:
    """A post that named no job title is kept untitled until someone adds one; a letter would
    read "hiring for the  role"."""
    untitled = replace(role(), title="")
    with pytest.raises(OutreachError, match="no job title"):
        draft_outreach(score_candidate(ada(), untitled, no_neighbours), sender_name="Sam")
