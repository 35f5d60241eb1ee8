"""Outreach to a shortlisted candidate: a draft that cites the evidence that made them fit, with
times to talk suggested in their local time inside the overlap with the team's hours, and sending
through a pluggable adapter (SMTP here). Sending needs the person's consent to outreach."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from typing import Protocol

from worldhire.core.contact import mail_address
from worldhire.core.errors import WorldhireError
from worldhire.core.geo.zones import zone_info
from worldhire.core.models import Candidate, ConsentPurpose, Role
from worldhire.core.texts import shortened
from worldhire.governance.consent import require_consent
from worldhire.match.models import Citation, MatchResult, RequirementStatus
from worldhire.match.overlap import WorkWindow

SLOT_MINUTES = 30
MAX_CITED = 3
WEEKEND = (5, 6)


class OutreachError(WorldhireError, ValueError):
    """A draft or send that cannot proceed: no e-mail address, no team overlap to offer ..."""

    status = 422
    code = "outreach-refused"


@dataclass(frozen=True)
class Slot:
    """A meeting time, shown to each side in their own zone."""

    start: datetime  # UTC
    end: datetime
    candidate_tz: str
    team_tz: str

    def describe(self) -> str:
        mine = self.start.astimezone(zone_info(self.candidate_tz))
        mine_end = self.end.astimezone(zone_info(self.candidate_tz))
        team = self.start.astimezone(zone_info(self.team_tz))
        return (
            f"{mine:%a %d %b}, {mine:%H:%M}-{mine_end:%H:%M} your time ({self.candidate_tz}); "
            f"{team:%H:%M} {self.team_tz}"
        )


@dataclass(frozen=True)
class CitedFit:
    requirement: str
    citation: Citation


@dataclass
class OutreachDraft:
    candidate_id: str
    role_id: str
    to: str | None
    subject: str
    body: str
    cited: list[CitedFit]
    slots: list[Slot]
    warnings: list[str] = field(default_factory=list)
    signed: str = ""  # who signs: the person named, else the company's hiring team


def _ended(name: str) -> str:
    """A name closing a sentence: its own final period ("Dockwise Logistics B.V.") ends it."""
    return name if name.endswith(".") else f"{name}."


def team_signature(company: str) -> str:
    """How a draft is signed when no person is named: by the company's hiring team."""
    from worldhire.ingest.service import UNNAMED_COMPANY  # lazy: ingest loads the parsers

    company = company.strip()
    if not company or company == UNNAMED_COMPANY:
        return "The hiring team"
    return f"The {company} hiring team"


def _ceil_to_slot(moment: datetime) -> datetime:
    minutes = moment.minute % SLOT_MINUTES
    if minutes == 0 and moment.second == 0 and moment.microsecond == 0:
        return moment
    rounded = moment.replace(second=0, microsecond=0) - timedelta(minutes=minutes)
    return rounded + timedelta(minutes=SLOT_MINUTES)


def suggest_slots(
    candidate: Candidate, role: Role, start: date, *, count: int = 3, horizon_days: int = 14
) -> list[Slot]:
    """The first `count` working days from `start` (weekdays for both sides) with overlap, and
    for each the earliest half-hour inside the overlap of both working windows (DST included)."""
    if not candidate.timezone:
        return []
    person = WorkWindow(candidate.timezone, candidate.work_start_hour, candidate.work_end_hour)
    team = WorkWindow(role.team_timezone, role.work_start_hour, role.work_end_hour)
    slots: list[Slot] = []
    length = timedelta(minutes=SLOT_MINUTES)
    for offset in range(horizon_days):
        day = start + timedelta(days=offset)
        if day.weekday() in WEEKEND:
            continue
        team_lo, team_hi = team.utc_interval(day)
        for shift in (-1, 0, 1):
            lo, hi = person.utc_interval(day + timedelta(days=shift))
            begin, end = max(lo, team_lo), min(hi, team_hi)
            begin = _ceil_to_slot(begin)
            local_day = begin.astimezone(zone_info(candidate.timezone)).weekday()
            if begin + length <= end and local_day not in WEEKEND:
                slots.append(Slot(begin, begin + length, candidate.timezone, role.team_timezone))
                break
        if len(slots) == count:
            break
    return slots


def cited_fit(result: MatchResult) -> list[CitedFit]:
    """The met requirements with their best evidence; must-haves first."""
    met = [c for c in result.explanation.requirements
           if c.status is RequirementStatus.MET and c.citations]
    met.sort(key=lambda c: not c.must)
    return [CitedFit(c.requirement, c.citations[0]) for c in met[:MAX_CITED]]


def _quote(snippet: str, limit: int = 320) -> str:
    """The evidence sentence whole (a quote cut mid-claim misquotes the person); only a sentence
    longer than `limit` is shortened, at its last clause boundary."""
    return shortened(snippet, limit)


def draft_outreach(
    result: MatchResult, *, sender_name: str | None = None, start: date | None = None
) -> OutreachDraft:
    """The draft, signed by `sender_name` (a person) or, without one, by the company's hiring
    team, introduced as such ("I'm writing from ...", never "I'm The hiring team")."""
    candidate, role = result.candidate, result.role
    if role.title_missing:  # "hiring for the  role" would tell the person nothing
        raise OutreachError("the role has no job title: add one before writing to candidates")
    person = (sender_name or "").strip()
    signed = person or team_signature(role.company)
    first_name = candidate.name.split()[0] if candidate.name.strip() else "there"
    cited = cited_fit(result)
    slots = suggest_slots(candidate, role, start or date.today() + timedelta(days=1))
    warnings = []
    if not cited:
        warnings.append("no requirement is met by evidence; the draft cannot say why they fit")
    if not slots:
        warnings.append("no working-hour overlap with the team in the next two weeks")
    if not candidate.email:
        warnings.append("no e-mail address on file")
    lines = [
        f"Hi {first_name},",
        "",
        f"I'm {person}, hiring for the {role.title} role at {_ended(role.company)} "
        "I'm writing because of specific things you've done:" if person else
        f"This is {signed[0].lower()}{signed[1:]}, hiring for the {role.title} role. "
        "We're writing because of specific things you've done:",
        "",
    ]
    for fit in cited:
        where = fit.citation.evidence_title
        lines.append(f"- {fit.requirement}: {where} — \u201c{_quote(fit.citation.snippet)}\u201d")
    if cited:
        lines.append("")
    if slots:
        lines.append(
            f"The team works {role.work_start_hour:02.0f}:00-{role.work_end_hour:02.0f}:00 "
            f"{role.team_timezone}. Would one of these times suit you for a 30-minute call?"
        )
        lines += [f"- {s.describe()}" for s in slots]
        lines.append("")
    lines += [
        "If you'd rather not hear from us again, reply and we'll remove your details.",
        "",
        f"Best regards,\n{signed}",
    ]
    return OutreachDraft(
        candidate.id, role.id, candidate.email, _one_line(f"{role.title} at {role.company}"),
        "\n".join(lines), cited, slots, warnings, signed,
    )


def _one_line(text: str) -> str:
    # A header is one line: a line break in a role title would end the Subject.
    return " ".join(text.split())


# sending ---------------------------------------------------------------------------------------


class MessageSender(Protocol):
    def send(self, message: EmailMessage) -> None: ...


@dataclass(frozen=True)
class SmtpSender:
    host: str
    port: int = 587
    username: str | None = None
    password: str | None = None
    starttls: bool = True
    timeout_s: float = 20.0

    def send(self, message: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout_s) as smtp:
            if self.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if self.username:
                smtp.login(self.username, self.password or "")
            smtp.send_message(message)


def build_message(draft: OutreachDraft, *, from_address: str, from_name: str) -> EmailMessage:
    if not draft.to:
        raise OutreachError(f"candidate {draft.candidate_id} has no e-mail address")
    to, sender = mail_address(draft.to), mail_address(from_address)
    if to is None:
        raise OutreachError(f"{draft.to!r} is not one valid e-mail address; nothing was sent")
    if sender is None:
        raise OutreachError(f"the sender {from_address!r} is not one valid e-mail address")
    message = EmailMessage()
    message["From"] = formataddr((_one_line(from_name), sender))
    message["To"] = to
    message["Subject"] = _one_line(draft.subject)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    message.set_content(draft.body)
    return message


def send_outreach(
    draft: OutreachDraft, candidate: Candidate, sender: MessageSender, *, from_address: str,
    from_name: str,
) -> EmailMessage:
    """Send a draft, only if the person consented to outreach (ConsentRequired otherwise)."""
    if candidate.id != draft.candidate_id:
        raise OutreachError("the draft was written for another candidate")
    require_consent(candidate, ConsentPurpose.OUTREACH)
    message = build_message(draft, from_address=from_address, from_name=from_name)
    try:
        sender.send(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise OutreachError(f"sending to {draft.to} failed: {exc}") from exc
    return message
