"""Roles (job posts) from JSON, or from a job post as people write it, to a `RoleSpec` (the edge
format).

JSON: an object with the RoleSpec keys (unknown keys are refused, so typos surface): title,
company, company_country, description, seniority (EN/MI/SE/EX, or inferred from the title),
requirements [{skill, must, min_years, alternatives}] (alternatives: the other skills any one of
which meets it, "PyTorch or JAX"), timezone (IANA), work_hours {start, end} (hours in that
zone), min_overlap_hours, overlap_timezone (IANA: a team elsewhere whose hours the hire shares;
work_hours are then in its zone), zone_band {low, high} (the UTC offsets, in hours, people must work
from), budget_usd_year or budget {currency, low, high, period},
remote_policy (remote/hybrid/onsite), visa_sponsorship (true/false; absent: not stated),
allowed_countries (alpha-2, names accepted and normalised), min_years.

Text, Markdown, PDF or DOCX: a post in any layout and in any of the hiring regions' languages
(see `ingest.posts.post`): headings, bullets or one pasted paragraph. Lines such as "Company: Acme",
"Timezone: Europe/Berlin", "Hours: 9-17", "Overlap: 4 hours", "Budget: USD 90,000",
"Remote: hybrid", "Visa sponsorship: no" or "Allowed countries: PL, RO" state a field outright
and win over what the prose says.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from worldhire.core.geo.zones import is_timezone
from worldhire.core.models import RemotePolicy, Seniority
from worldhire.ingest.document import document_text
from worldhire.ingest.errors import CorruptFileError, IngestError, NotAResumeError
from worldhire.ingest.formats import format_names
from worldhire.ingest.posts.company_names import company_name
from worldhire.ingest.posts.fields import PERIODS_PER_YEAR, PostPay, pay_in, remote_policy_of
from worldhire.ingest.posts.labels import board_category, mend_field_labels
from worldhire.ingest.posts.post import ReadPost, read_post
from worldhire.ingest.posts.requirements import ReadRequirement
from worldhire.ingest.posts.text import keep_column_gaps
from worldhire.ingest.posts.title import trim_title
from worldhire.ingest.posts.title_case import as_written_title
from worldhire.ingest.shared import fields
from worldhire.ingest.shared.country_input import typed_country
from worldhire.ingest.shared.folded_text import fold
from worldhire.ingest.shared.geo import country_code, resolve_place
from worldhire.ingest.shared.pay import USD_PER_UNIT, parse_pay_usd_year
from worldhire.ingest.sniff import sniff
from worldhire.ingest.text import clean_field, clean_text, decode_text
from worldhire.skills.linker import SkillLinker, default_linker

MAX_ALTERNATIVES = 9  # skills after the first of one requirement ("AWS, GCP or Azure": 2)


class AlternativeSpec(BaseModel):
    """Another skill that meets a requirement ("JAX" of "PyTorch or JAX"), by name or id; a bare
    string is its name."""

    model_config = ConfigDict(extra="forbid")

    skill: str = Field(min_length=1, max_length=200)
    skill_id: str | None = Field(default=None, max_length=120)
    quote: str = Field(default="", max_length=500)  # its own words in the post, when read

    @model_validator(mode="before")
    @classmethod
    def _named(cls, data: Any) -> Any:
        return {"skill": data} if isinstance(data, str) else data


class RequirementSpec(BaseModel):
    """A requirement by skill name (linked to the taxonomy when the name is one of its names) or
    by taxonomy id, and the other skills any one of which meets it as well ("PyTorch or JAX":
    `alternatives` ["JAX"]). A post's reader also gives the words of the post behind it and how
    sure the link is; a person's requirement has no confidence (it is sure)."""

    model_config = ConfigDict(extra="forbid")

    skill: str = Field(min_length=1, max_length=200)
    skill_id: str | None = Field(default=None, max_length=120)
    must: bool = True
    min_years: float | None = Field(default=None, ge=0, le=50)
    quote: str = Field(default="", max_length=500)
    confidence: float | None = Field(default=None, ge=0, le=1)
    needs_review: bool = False
    alternatives: list[AlternativeSpec] = Field(default_factory=list, max_length=MAX_ALTERNATIVES)

    @property
    def member_skills(self) -> list[str]:
        """The names of the skill and of its alternatives."""
        return [self.skill, *(a.skill for a in self.alternatives)]

    @property
    def member_ids(self) -> list[str | None]:
        return [self.skill_id, *(a.skill_id for a in self.alternatives)]


class ZoneBandSpec(BaseModel):
    """The UTC offsets, in hours, the role's people must work from (`core.models.ZoneBand`)."""

    model_config = ConfigDict(extra="forbid")

    low: float = Field(ge=-12, le=14)
    high: float = Field(ge=-12, le=14)
    quote: str = Field(default="", max_length=200)

    @model_validator(mode="after")
    def _ordered(self) -> ZoneBandSpec:
        if self.low > self.high:
            raise ValueError("the band's first offset is east of its last")
        return self


class BudgetSpec(BaseModel):
    """Pay as the post states it: "up to USD 120,000 per year" has no low end."""

    model_config = ConfigDict(extra="forbid")

    currency: str = Field(min_length=3, max_length=3)
    high: float = Field(gt=0, le=100_000_000_000)
    low: float | None = Field(default=None, gt=0, le=100_000_000_000)
    period: Literal["year", "month", "week", "day", "hour"] = "year"
    basis: Literal["gross", "net"] | None = None
    quote: str = Field(default="", max_length=200)

    @field_validator("currency")
    @classmethod
    def _known(cls, value: str) -> str:
        code = value.upper()
        if code not in USD_PER_UNIT:
            raise ValueError(f"unknown currency {value!r}")
        return code

    @model_validator(mode="after")
    def _ordered(self) -> BudgetSpec:
        if self.low is not None and self.low > self.high:
            raise ValueError("budget low is above its high")
        return self

    def usd_year(self) -> float:
        return round(self.high * USD_PER_UNIT[self.currency] * PERIODS_PER_YEAR[self.period], -1)


class WorkHours(BaseModel):
    model_config = ConfigDict(extra="forbid")

    start: float = Field(default=9.0, ge=0, le=24)
    end: float = Field(default=17.0, ge=0, le=24)


class RoleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Empty: the post names no job title (title_missing); a role written as JSON names one.
    title: str = Field(default="", max_length=200)
    company: str = Field(default="", max_length=200)  # empty: the post does not name it
    company_country: str | None = None
    description: str = Field(default="", max_length=50_000)
    seniority: Seniority = Seniority.MI
    requirements: list[RequirementSpec] = Field(default_factory=list, max_length=200)
    timezone: str = "UTC"
    work_hours: WorkHours = Field(default_factory=WorkHours)
    min_overlap_hours: float = Field(default=0.0, ge=0, le=24)
    # A team elsewhere whose hours the hire shares (work_hours are then in its zone); None:
    # the team works in `timezone`.
    overlap_timezone: str | None = None
    zone_band: ZoneBandSpec | None = None  # None: any zone
    budget_usd_year: float | None = Field(default=None, gt=0, le=10_000_000)
    budget: BudgetSpec | None = None
    remote_policy: RemotePolicy = RemotePolicy.REMOTE
    visa_sponsorship: bool | None = None  # None: the post does not say
    allowed_countries: list[str] = Field(default_factory=list, max_length=300)
    min_years: float | None = Field(default=None, ge=0, le=50)

    @property
    def title_missing(self) -> bool:
        """The post names no job title (see worldhire.core.models.NO_TITLE_WARNING)."""
        return not self.title.strip()

    @field_validator("title", "company", "description", mode="after")
    @classmethod
    def _clean(cls, value: str) -> str:
        return clean_text(value)

    @field_validator("timezone", "overlap_timezone")
    @classmethod
    def _iana(cls, value: str | None) -> str | None:
        if value is not None and not is_timezone(value):
            raise ValueError(f"unknown IANA time zone {value!r}")
        return value

    @field_validator("company_country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return None if value is None else typed_country(value, field="company_country")

    @field_validator("allowed_countries")
    @classmethod
    def _countries(cls, values: list[str]) -> list[str]:
        return list(dict.fromkeys(typed_country(v, field="allowed_countries") for v in values))

    @model_validator(mode="before")
    @classmethod
    def _infer_seniority(cls, data: Any) -> Any:
        """Seniority words ("senior", "lead") or codes; missing: inferred from the title, else
        from the years of experience asked for."""
        if not isinstance(data, dict):
            return data
        given = data.get("seniority")
        if isinstance(given, str) and given.strip():
            data = {**data, "seniority": seniority_from_text(given) or given}
        elif given is None:
            title = data.get("title") if isinstance(data.get("title"), str) else ""
            years = data.get("min_years")
            by_years = Seniority.for_years(years) if isinstance(years, int | float) else None
            level = seniority_from_text(str(title)) or by_years or Seniority.MI
            data = {**data, "seniority": level}
        return data

    @model_validator(mode="after")
    def _budget_in_usd(self) -> RoleSpec:
        """The budget's top in USD a year is what pay filters use (its "up to")."""
        if self.budget is not None and self.budget_usd_year is None:
            self.budget_usd_year = min(self.budget.usd_year(), 10_000_000)
        return self


_SENIORITY_WORDS: tuple[tuple[str, Seniority], ...] = (
    (
        r"\b(?:ex|executive|head|director|vp|vice president|chief|cto|principal|lead|staff|"
        r"líder|lider|lead|kierownik|керівник|director|directeur|leiter|trưởng)\b",
        Seniority.EX,
    ),
    (r"\b(?:se|senior|sr\.?|sênior|sénior|старший|starszy)\b", Seniority.SE),
    (r"\b(?:mi|mid|mid-level|intermediate|ii|pleno|semi-?senior|regular|middle|confirmé)\b",
     Seniority.MI),
    (r"\b(?:en|entry|junior|jr\.?|graduate|intern|trainee|associate|júnior|молодший|"
     r"stagiaire|praktikant|becario|estagiário|stażysta)\b", Seniority.EN),
)  # fmt: skip


def seniority_from_text(text: str) -> Seniority | None:
    lowered = text.lower()
    for pattern, level in _SENIORITY_WORDS:
        if re.search(pattern, lowered):
            return level
    return None


def parse_role_document(
    data: bytes, filename: str, linker: SkillLinker | None = None
) -> RoleSpec:
    kind = sniff(data, filename)
    if kind == "json":  # formats/json_resume.py
        try:
            document = json.loads(decode_text(data))
        except (json.JSONDecodeError, RecursionError, ValueError) as exc:
            raise CorruptFileError(f"invalid JSON: {str(exc)[:200]}") from exc
        return role_from_json(document)
    text = document_text(data, kind)
    if text is None:
        raise NotAResumeError(
            f"a role must be JSON or a job post ({format_names(posts=True)}), not {kind}"
        )
    return role_from_text(keep_column_gaps(clean_text, text), linker)


def role_from_json(document: Any) -> RoleSpec:
    if not isinstance(document, dict):
        raise NotAResumeError("role JSON must be an object with at least 'title' and 'company'")
    try:
        spec = RoleSpec.model_validate(document)
    except (ValidationError, RecursionError) as exc:
        raise IngestError(f"invalid role: {_first_error(exc)}") from exc
    if spec.title_missing:  # a role written field by field says what it is
        raise IngestError("invalid role: title: a role written as JSON needs a title")
    return spec


def _first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "role"
        return f"{where}: {err['msg']}"[:300]
    return type(exc).__name__


_ROLE_LABEL = re.compile(
    r"^\s*[*_]*(?P<label>title|role|position|company|employer|location|company country|country|"
    r"seniority|level|time ?zone|tz|hours|working hours|work hours|overlap|min overlap|"
    r"minimum overlap|overlap hours|budget|salary|compensation|remote|remote policy|work mode|"
    r"visa sponsorship|visa|sponsorship|allowed countries|countries)"
    # (a dash only with a space after it: "Visa-Sponsoring möglich" is a sentence, not a field)
    r"[*_]*\s*(?::|[\-–](?=\s))\s*(?P<value>.+)$",
    re.IGNORECASE,
)


def role_from_text(text: str, linker: SkillLinker | None = None) -> RoleSpec:
    """A post in any layout: what its prose says, overridden by the fields it states outright
    ("Company: ...", "Timezone: ...")."""
    if not text.strip():
        raise NotAResumeError("empty job post")
    text = mend_field_labels(text)
    read = read_post(text, linker or default_linker())
    values = _labelled(text)
    labelled = values.get("title") or values.get("role") or values.get("position")
    # (the field's value loses what the post reader trims off any title: "Role: QA Engineer
    # (contract, 6 months)" names a "QA Engineer")
    labelled = trim_title(labelled)[0] if labelled else labelled
    # A job board's "Role: Data Engineer" field under the heading "Sr. Data Engineer - Azure"
    # names the role's kind: the heading that holds it is the title.
    fuller = labelled and f" {fold(labelled)} " in f" {fold(read.title)} "
    title = read.title if fuller else labelled or read.title
    company_line = values.get("company") or values.get("employer")
    company, company_country = (
        _company(company_line, values) if company_line else (read.company, read.company_country)
    )
    if not company_line and any(k in values for k in ("company country", "country", "location")):
        company_country = _company(company, values)[1] or company_country
    spec: dict[str, Any] = {
        "title": clean_field(as_written_title(title, text), 200),
        "company": clean_field(company, 200),
        "company_country": company_country,
        "description": read.description,
        "requirements": _requirements(read)[:200],
        "min_years": read.min_years,
        "visa_sponsorship": read.visa_sponsorship,
        "allowed_countries": read.allowed_countries,
    }
    if read.timezone:
        spec["timezone"] = read.timezone
    if read.work_hours:
        spec["work_hours"] = {"start": read.work_hours[0], "end": read.work_hours[1]}
    if read.min_overlap_hours:
        spec["min_overlap_hours"] = read.min_overlap_hours
    if read.overlap_timezone and read.overlap_timezone != read.timezone:
        spec["overlap_timezone"] = read.overlap_timezone
    if read.zone_band is not None:
        band = read.zone_band
        spec["zone_band"] = {"low": band.low, "high": band.high, "quote": band.quote[:200]}
    if read.pay is not None:
        spec["budget"] = _budget(read.pay)
    if read.remote_policy is not None:
        spec["remote_policy"] = read.remote_policy
    _logistics(spec, values)
    if not spec["title"] and not (read.requirements or read.pay or read.min_years is not None):
        # A post whose every line is a requirement or a condition is still a post a recruiter
        # sent: it is kept with no title (RoleSpec.title_missing, which the shells ask them to
        # add), not refused for where its title is not. A text that asks for nothing is no post.
        raise NotAResumeError("job post has no title (write it on the first line)")
    try:
        return RoleSpec.model_validate(spec)
    except ValidationError as exc:
        raise IngestError(f"invalid role: {_first_error(exc)}") from exc


def _labelled(text: str) -> dict[str, str]:
    """"Label: value" lines of the post's first 40 lines, by lower-case label."""
    values: dict[str, str] = {}
    for line in list(re.finditer(r"[^\n]*\S[^\n]*", text))[:40]:
        match = _ROLE_LABEL.match(re.sub(r"^[-*•]\s+", "", line.group(0)))
        if match:
            label = re.sub(r"\s+", " ", match.group("label").lower())
            # "Role: Back End Developer" among "Industry Type:" and "Department:" files the job
            # under a kind; it is no title
            if label in ("title", "role", "position") and board_category(text, line.start()):
                continue
            values.setdefault(label, _EMPHASIS.sub("", match.group("value")).strip())
    return values


# Markdown emphasis around a value ("**Berlin**", "_remote_"); an underscore inside a word is
# part of it ("America/New_York").
_EMPHASIS = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)")


def _requirements(read: ReadPost) -> list[dict[str, Any]]:
    """One requirement per group of alternatives: the first member's, with the others as its
    alternatives ("PyTorch or JAX"), a must-have if any member is one, as sure as its surest
    member (to review only when every member is), and the words from the first member's to
    the last's."""
    found = read.requirements
    out = []
    for group in read.alternatives or [[i] for i in range(len(found))]:
        members = [found[i] for i in group]
        first = members[0]
        spec = _requirement(first)
        if len(members) > 1:
            years = [m.min_years for m in members if m.min_years is not None]
            spec.update(
                must=any(m.must for m in members), min_years=max(years, default=None),
                confidence=max(m.confidence for m in members),
                needs_review=all(m.needs_review for m in members),
                quote=_group_quote(read, members)[:500],
                alternatives=[{"skill": m.label[:200], "skill_id": m.skill_id,
                               "quote": m.quote[:500]} for m in members[1:]][:MAX_ALTERNATIVES],
            )
        out.append(spec)
    return out


def _group_quote(read: ReadPost, members: list[ReadRequirement]) -> str:
    """"PyTorch or JAX": the first member's words to the last's, as the post has them."""
    quotes = [m.quote for m in members]
    return read.requirement_text[members[0].start : members[-1].end] or " / ".join(quotes)


def _requirement(read: ReadRequirement) -> dict[str, Any]:
    return {
        "skill": read.label[:200], "skill_id": read.skill_id, "must": read.must,
        "min_years": read.min_years, "quote": read.quote[:500], "confidence": read.confidence,
        "needs_review": read.needs_review,
    }


def _budget(pay: PostPay) -> dict[str, Any]:
    return {"currency": pay.currency, "low": pay.low, "high": pay.high, "period": pay.period,
            "basis": pay.basis, "quote": pay.quote[:200]}


def _company(line: str, values: dict[str, str]) -> tuple[str, str | None]:
    line = re.sub(r"^(?:at|@)\s+", "", line.strip(), flags=re.I)
    name = company_name(line, r"\s*[(—–|·]\s*|\s+-\s+|,\s+")
    where = line[len(name) :]
    place = resolve_place(where, bare_town=True) if where.strip() else None
    for label in ("company country", "country", "location"):
        if label in values:
            code = country_code(values[label]) or getattr(
                resolve_place(values[label], bare_town=True), "country", None
            )
            if code:
                return name, code
    return name, place.country if place else None


def _logistics(spec: dict[str, Any], values: dict[str, str]) -> None:
    """Fields the post states outright override what its prose says."""
    level = values.get("seniority") or values.get("level")
    if level:
        spec["seniority"] = seniority_from_text(level)
    zone = values.get("timezone") or values.get("time zone") or values.get("tz")
    if zone:
        explicit = fields.explicit_timezone(zone) or (
            zone.strip() if is_timezone(zone.strip()) else None
        )
        if explicit is None:
            raise IngestError(f"invalid role: unknown IANA time zone {zone!r}")
        spec["timezone"] = explicit
    hours = next((values[k] for k in ("hours", "working hours", "work hours") if k in values), None)
    if hours:
        parsed = fields.working_hours(f"hours {hours}")
        # "Working hours: you'll need at least 3 hours overlap with UK time" states no window: the
        # post's sentences (read above) say what it asks, and a post is never refused for it.
        if parsed is not None:
            spec["work_hours"] = {"start": parsed[0], "end": parsed[1]}
    overlap = next(
        (
            values[k]
            for k in ("overlap", "min overlap", "minimum overlap", "overlap hours")
            if k in values
        ),
        None,
    )
    if overlap:
        match = re.search(r"\d+(?:\.\d+)?", overlap)
        if match:
            spec["min_overlap_hours"] = float(match.group(0))
    budget = next((values[k] for k in ("budget", "salary", "compensation") if k in values), None)
    if budget:
        # (in the job's country: "Salary: Rs. 150,000" in Lahore is rupees of Pakistan)
        stated = pay_in(budget, spec.get("company_country"), cued=True) or pay_in(budget)
        if stated is not None:
            spec["budget"] = _budget(stated)
        else:
            spec.pop("budget", None)
            spec["budget_usd_year"] = parse_pay_usd_year(budget)
    remote = next(
        (values[k] for k in ("remote policy", "remote", "work mode") if k in values), None
    )
    if remote:
        spec["remote_policy"] = _remote_policy(remote)
    visa = next(
        (values[k] for k in ("visa sponsorship", "visa", "sponsorship") if k in values), None
    )
    if visa:
        spec["visa_sponsorship"] = bool(
            re.match(r"\s*(?:yes|y|true|available|offered|provided)", visa, re.I)
        )
    countries = values.get("allowed countries") or values.get("countries")
    if countries:
        anywhere = re.fullmatch(r"\s*(?:any|anywhere|worldwide|all)\s*", countries, re.I)
        spec["allowed_countries"] = [] if anywhere else [
            c.strip() for c in re.split(r"[,;/]|\band\b", countries) if c.strip()
        ]


def _remote_policy(value: str) -> RemotePolicy:
    # "Work mode: Work from office", "Remote: 2 days a week": the words of posts first; a bare
    # "yes" or "no" after a "Remote:" label says it outright.
    stated = remote_policy_of(value)
    if stated is not None:
        return stated
    lowered = value.lower()
    if "hybrid" in lowered:
        return RemotePolicy.HYBRID
    if re.match(r"\s*(?:no\b|onsite|on-site|office|in.office)", lowered):
        return RemotePolicy.ONSITE
    return RemotePolicy.REMOTE
