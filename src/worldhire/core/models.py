"""The domain model shared by every capability.

Plain dataclasses: the core stays free of ORM and web types. Pydantic models live at the edges
(API bodies, file formats) and convert to these.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum


def new_id(prefix: str) -> str:
    # 64 random bits, as the first half of a uuid4 gave (less its version digit), at a quarter
    # of the cost: a bulk load makes three ids a profile.
    return f"{prefix}_{os.urandom(8).hex()}"


def utcnow() -> datetime:
    return datetime.now(UTC)


class Seniority(StrEnum):
    """The four levels of the salary data (aijobs.net): entry, mid, senior, executive/lead."""

    EN = "EN"
    MI = "MI"
    SE = "SE"
    EX = "EX"

    @property
    def rank(self) -> int:
        return list(Seniority).index(self)

    @property
    def word(self) -> str:
        """The level as a recruiter says it ("a senior role", not "a SE role")."""
        return _SENIORITY_WORDS[self]

    @classmethod
    def for_years(cls, years: float) -> Seniority:
        """The level that years of experience usually mean (the thresholds matching uses)."""
        if years < 2:
            return cls.EN
        if years < 5:
            return cls.MI
        return cls.SE if years < 10 else cls.EX


_SENIORITY_WORDS = {
    Seniority.EN: "entry-level", Seniority.MI: "mid-level", Seniority.SE: "senior",
    Seniority.EX: "lead or executive",
}


class EvidenceKind(StrEnum):
    JOB = "job"
    PROJECT = "project"
    REPOSITORY = "repository"
    PUBLICATION = "publication"
    EDUCATION = "education"
    SUMMARY = "summary"
    SKILLS = "skills"
    CERTIFICATION = "certification"


class RemotePolicy(StrEnum):
    REMOTE = "remote"
    HYBRID = "hybrid"
    ONSITE = "onsite"


class ConsentPurpose(StrEnum):
    MATCHING = "matching"
    OUTREACH = "outreach"
    SHARING = "sharing"
    RETENTION = "retention"


@dataclass(frozen=True)
class Skill:
    """A concept of the taxonomy: `id` is "esco:<uuid>" or "wh:<slug>" for the AI/ML extension."""

    id: str
    label: str


@dataclass
class SkillMention:
    """A skill found in a piece of text, with the span of that text that supports it."""

    skill: Skill
    score: float
    evidence_id: str | None = None
    span: tuple[int, int] | None = None
    snippet: str = ""


# The title matcher's best guess is right 16% of the time below this probability and 79% above
# it (bench/data/titles_dev.jsonl: 91 of 1,014 titles below); what is shown as a job's or a
# role's occupation, and counted in the market's occupation tables, is at least this sure.
SURE_OCCUPATION = 0.2


@dataclass(frozen=True)
class OccupationRef:
    """An ESCO 1.1.1 occupation a job title maps to, with its ISCO-08 unit group and the
    matcher's probability (worldhire.occupations)."""

    uri: str
    label: str
    isco_code: str
    score: float

    @property
    def sure(self) -> bool:
        """Whether the matcher is sure enough to say it: below SURE_OCCUPATION its best guess
        is mostly wrong, and a page that names it misleads ('ML Engineer' read as a computer
        hardware engineer at 0.08, 'Backend Engineer' as a construction engineer at 0.04)."""
        return self.score >= SURE_OCCUPATION


@dataclass
class EvidenceItem:
    kind: EvidenceKind
    title: str
    text: str
    source: str = ""
    organization: str | None = None
    start: date | None = None
    end: date | None = None
    url: str | None = None
    id: str = field(default_factory=lambda: new_id("ev"))
    occupation: OccupationRef | None = None  # jobs only: what the job title is in ESCO

    @property
    def years(self) -> float | None:
        if self.start is None:
            return None
        end = self.end or date.today()
        return max(0.0, (end - self.start).days / 365.25)


@dataclass
class Consent:
    purpose: ConsentPurpose
    granted: bool
    source: str
    at: datetime = field(default_factory=utcnow)
    company: str | None = None


@dataclass(frozen=True)
class StatedPay:
    """Pay as the person wrote it ("28 000 PLN netto/mies.", "US$ 95.000 por ano") and what it
    is in US dollars a year.

    `usd_year` converts the midpoint of `low`..`high` with the FX table's rate of `fx_date`
    (worldhire/data/fx). `period` is as written, or inferred when `period_stated` is False (an
    amount without a period: yearly when it is worth a year's pay, monthly where monthly pay is
    the custom). `basis` is "gross", "net" or None (not said); a B2B figure "netto + VAT" is the
    invoice before VAT, what the company pays, so it reads as gross. A net figure is converted as
    written, never grossed up: as an ask it is a floor of what the person costs, and every view
    shows "net" beside it.
    """

    currency: str  # ISO 4217
    low: float
    high: float
    period: str  # year, month, week, day or hour
    basis: str | None = None  # gross, net or None: not said
    quote: str = ""  # the words it was read from
    usd_year: float | None = None
    fx_date: date | None = None  # the date of the FX rate behind usd_year
    period_stated: bool = True
    # Where it sat in the text it was read from; not stored.
    span: tuple[int, int] | None = field(default=None, compare=False)

    def describe(self) -> str:
        """"28,000 PLN net/month ≈ USD 93,070/yr at the 2025-06-30 rate"."""
        amount = f"{self.low:,.0f}"
        if self.high != self.low:
            amount += f"–{self.high:,.0f}"
        period = self.period if self.period_stated else f"{self.period} (assumed)"
        basis = f" {self.basis}" if self.basis else ""
        written = f"{amount} {self.currency}{basis}/{period}"
        if self.usd_year is None or (self.currency == "USD" and self.period == "year"):
            return written
        return f"{written} ≈ USD {self.usd_year:,.0f}/yr at the {self.fx_date} rate"


@dataclass
class Candidate:
    """A person in the pool. `tenant_id` None means a self-registered profile on the platform."""

    name: str
    email: str | None = None
    phone: str | None = None  # the number to call first: the first the person wrote
    # More numbers the person gave, as written: a landline beside a mobile, a WhatsApp number
    # (a Europass CV has a field for each); identity matches on every one of them.
    other_phones: list[str] = field(default_factory=list)
    location: str | None = None
    country: str | None = None  # ISO 3166 alpha-2
    timezone: str | None = None  # IANA name
    languages: list[str] = field(default_factory=list)
    work_authorization: list[str] = field(default_factory=list)  # alpha-2 codes
    needs_sponsorship: bool = False
    pay_expectation_usd: float | None = None  # what matching uses: USD a year
    pay_stated: StatedPay | None = None  # the pay as written, behind pay_expectation_usd
    years_experience: float | None = None
    headline: str = ""
    summary: str = ""
    links: list[str] = field(default_factory=list)
    # Local working hours [start, end) in the candidate's time zone; 9-17 unless they say otherwise.
    work_start_hour: float = 9.0
    work_end_hour: float = 17.0
    available_from: date | None = None
    evidence: list[EvidenceItem] = field(default_factory=list)
    skills: list[SkillMention] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    tenant_id: str | None = None
    source_hash: str | None = None
    source_name: str | None = None
    id: str = field(default_factory=lambda: new_id("cand"))
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)

    @property
    def phones(self) -> list[str]:
        """Every number the person gave, the one to call first first."""
        return [p for p in (self.phone, *self.other_phones) if p]

    @property
    def display_name(self) -> str:
        """The stated name, or a neutral label for a résumé that states none (an anonymised
        CV): a name is never made up from anything else in the document."""
        return self.name or f"Candidate {self.id.removeprefix('cand_')[:6]}"

    def consented(self, purpose: ConsentPurpose) -> bool:
        """The latest record for a purpose decides; no record means no consent."""
        latest = [c for c in self.consents if c.purpose == purpose]
        return bool(latest) and max(latest, key=lambda c: c.at).granted

    def full_text(self) -> str:
        parts = [self.headline, self.summary]
        parts += [f"{e.title}\n{e.text}" for e in self.evidence]
        return "\n\n".join(p for p in parts if p)


@dataclass
class ResumeDocument:
    """A résumé file as received: its text as extracted (what a reader checks the parsed fields
    against) and, where it was kept, the file itself."""

    media_type: str  # of the original: "application/pdf", "text/plain; charset=utf-8"
    text: str
    original: bytes | None = None


@dataclass
class ResumeVersion:
    """One file a candidate was read from, kept as it was read: the profile and evidence of that
    file alone. A person seen in several files is one candidate with several versions; the
    candidate is their merge (worldhire.identity.merge)."""

    candidate_id: str
    content_hash: str  # the file's SHA-256 (for a row of a bulk file, of the file and the row)
    file_name: str
    source: str  # who brought it in: "import by tenant ...", "the profile before versions"
    profile: Candidate
    parsed_at: datetime = field(default_factory=utcnow)
    id: str = field(default_factory=lambda: new_id("ver"))
    # Loaded only on request (Repository.versions_of(documents=True)); None on a version read
    # from a bulk file (it holds other people) or stored before documents were kept.
    document: ResumeDocument | None = None


@dataclass
class Requirement:
    skill: Skill
    must: bool = True
    min_years: float | None = None
    weight: float = 1.0
    # Read from a post: the words that support it, and how sure the link to `skill` is. A
    # requirement a person typed has confidence 1; an uncertain link is a nice-to-have to review.
    quote: str = ""
    confidence: float = 1.0
    needs_review: bool = False
    # Other skills that meet it as well as `skill` does: "PyTorch or JAX" is one requirement,
    # met by whichever member a candidate shows best. Empty: the one skill.
    alternatives: list[Skill] = field(default_factory=list)

    @property
    def members(self) -> list[Skill]:
        return [self.skill, *self.alternatives]

    @property
    def key(self) -> str:
        """What tells requirements apart where they are counted (demand, gaps): the skill's id,
        or its members' ids joined by "|" ("wh:pytorch|wh:jax")."""
        return "|".join(s.id for s in self.members)

    @property
    def label(self) -> str:
        """"PyTorch", "PyTorch or JAX", "AWS, GCP or Azure"."""
        names = [s.label for s in self.members]
        return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


@dataclass(frozen=True)
class ZoneBand:
    """The UTC offsets, in hours, a role's people must work from ("within UTC+1 to UTC+4",
    "Americas time zones"). A zone is inside when its standard offset (its clocks outside
    summer time, how posts name zones: CET is UTC+1) is within [low, high]."""

    low: float
    high: float
    quote: str = ""  # the words it was read from

    def contains(self, offset: float) -> bool:
        return self.low <= offset <= self.high

    def describe(self) -> str:
        """"UTC+1 to UTC+4"."""
        return f"{utc_offset_name(self.low)} to {utc_offset_name(self.high)}"


def utc_offset_name(hours: float) -> str:
    """"UTC+5:30", "UTC-3", "UTC+0"."""
    sign = "-" if hours < 0 else "+"
    whole, minutes = divmod(round(abs(hours) * 60), 60)
    return f"UTC{sign}{whole}" + (f":{minutes:02d}" if minutes else "")


# What the shells say of a role read from a post that names no job title (Role.title_missing).
NO_TITLE_WARNING = "We found no job title in this post; please add one."
UNTITLED_LABEL = "(no title)"  # where a list or a heading names such a role

class RoleStatus(StrEnum):
    """Only open roles are ranked, rematched, counted as demand and take applications."""

    OPEN = "open"
    CLOSED = "closed"  # filled or stopped; kept for its pipeline and reports
    ARCHIVED = "archived"  # put away: out of lists by default


@dataclass
class Budget:
    """Pay as the post states it, in its own currency and period ("€70–85k a year")."""

    currency: str
    high: float
    low: float | None = None  # None: "up to"
    period: str = "year"  # year, month, week, day or hour
    quote: str = ""
    basis: str | None = None  # gross, net or None: not said


# Allowed countries a role's place names before "+N more": a line in a list stays one line.
PLACE_COUNTRIES = 4


@dataclass
class Role:
    tenant_id: str
    title: str
    company: str
    description: str = ""
    seniority: Seniority = Seniority.MI
    requirements: list[Requirement] = field(default_factory=list)
    timezone: str = "UTC"
    # The working window the hire shares, [start, end) hours in team_timezone.
    work_start_hour: float = 9.0
    work_end_hour: float = 17.0
    min_overlap_hours: float = 0.0
    # A team elsewhere whose hours the hire shares ("4 heures communes avec l'équipe d'Abidjan"
    # at a Casablanca office); None: the team works in the role's own zone.
    overlap_timezone: str | None = None
    zone_band: ZoneBand | None = None  # None: people may work from any zone
    min_years: float | None = None  # years of experience the post asks for overall
    budget_usd_year: float | None = None  # the top of the budget: what pay filters use
    budget: Budget | None = None
    remote_policy: RemotePolicy = RemotePolicy.REMOTE
    # None: the post does not say. Filters treat it as no sponsorship; views say "not stated".
    visa_sponsorship: bool | None = None
    allowed_countries: list[str] = field(default_factory=list)  # empty: anywhere
    location_country: str | None = None  # where an onsite/hybrid role sits
    status: str = RoleStatus.OPEN.value
    source_hash: str | None = None
    id: str = field(default_factory=lambda: new_id("role"))
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime | None = None
    updated_by: str | None = None
    occupation: OccupationRef | None = None  # the title in ESCO

    @property
    def is_open(self) -> bool:
        return self.status == RoleStatus.OPEN.value

    @property
    def team_timezone(self) -> str:
        """The zone of the working window the hire must overlap."""
        return self.overlap_timezone or self.timezone

    @property
    def title_missing(self) -> bool:
        """The post it was read from names no job title: the shells ask for one
        (NO_TITLE_WARNING) instead of showing a made-up title."""
        return not self.title.strip()

    @property
    def place(self) -> str:
        """Where the work is done, in words: what tells two roles of one title apart for a
        person choosing between them ("remote from PL, RO", "hybrid in DE")."""
        if self.remote_policy is RemotePolicy.REMOTE:
            if not self.allowed_countries:
                return "remote, anywhere"
            shown = ", ".join(self.allowed_countries[:PLACE_COUNTRIES])
            more = len(self.allowed_countries) - PLACE_COUNTRIES
            return f"remote from {shown}" + (f" +{more} more" if more > 0 else "")
        where = f" in {self.location_country}" if self.location_country else ""
        return f"{self.remote_policy.value}{where}"


@dataclass
class Tenant:
    name: str
    id: str = field(default_factory=lambda: new_id("ten"))
    created_at: datetime = field(default_factory=utcnow)
