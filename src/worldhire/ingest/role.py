"""Roles (job posts) from JSON or from a Markdown/text post, to a `RoleSpec` (the edge format).

JSON: an object with exactly the RoleSpec keys (unknown keys are refused, so typos surface):
title, company (required); company_country, description, seniority (EN/MI/SE/EX, or inferred
from the title), requirements [{skill, must, min_years}], timezone (IANA), work_hours {start, end}
(hours in that zone), min_overlap_hours, budget_usd_year, remote_policy (remote/hybrid/onsite),
visa_sponsorship, allowed_countries (alpha-2, names accepted and normalised).

Text layout (Markdown marks optional, labels case-insensitive):

    # Senior Machine Learning Engineer          <- first line: the title ("Title: ..." also works)
    Company: Acme Robotics (Berlin, Germany)    <- "Company:" or the second line "Acme — Berlin"
    Location: Berlin, Germany                   <- sets company_country
    Seniority: senior                           <- optional: junior/mid/senior/lead or EN/MI/SE/EX
    Timezone: Europe/Berlin
    Hours: 9-17                                 <- also "Working hours: 09:00–17:30"
    Overlap: 4 hours                            <- min_overlap_hours ("Min overlap: 4")
    Budget: USD 90,000                          <- any pay statement the résumé parser reads
    Remote: yes | Remote policy: hybrid         <- yes/remote, hybrid, no/onsite
    Visa sponsorship: no
    Allowed countries: PL, RO, Ukraine          <- or "Countries:"; empty means anywhere

    ## What you'll do                           <- any section other than the ones below
    ...                                            goes into the description
    ## Requirements / Must have                 <- each bullet a required skill
    - 3+ years with PyTorch                        ("3+ years" becomes min_years)
    ## Nice to have / Bonus / Preferred         <- each bullet an optional skill
    - Kubernetes, Ray

A requirement bullet that is a short comma list ("Python, SQL, Airflow") gives one requirement
per item; a long sentence gives one requirement whose skill is the sentence without its filler
("Strong experience with ..."), for the skill linker to map onto the taxonomy.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from worldhire.core.models import RemotePolicy, Seniority
from worldhire.ingest import fields
from worldhire.ingest.entries import BULLET_RE
from worldhire.ingest.errors import CorruptFileError, IngestError, NotAResumeError
from worldhire.ingest.geo import country_code, is_timezone, resolve_place
from worldhire.ingest.pay import parse_pay_usd_year
from worldhire.ingest.sniff import FileKind, sniff
from worldhire.ingest.text import clean_field, clean_text, decode_text


class RequirementSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    skill: str = Field(min_length=1, max_length=200)
    must: bool = True
    min_years: float | None = Field(default=None, ge=0, le=50)


class WorkHours(BaseModel):
    model_config = ConfigDict(extra="forbid")

    start: float = Field(default=9.0, ge=0, le=24)
    end: float = Field(default=17.0, ge=0, le=24)


class RoleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=200)
    company: str = Field(min_length=1, max_length=200)
    company_country: str | None = None
    description: str = Field(default="", max_length=50_000)
    seniority: Seniority = Seniority.MI
    requirements: list[RequirementSpec] = Field(default_factory=list, max_length=200)
    timezone: str = "UTC"
    work_hours: WorkHours = Field(default_factory=WorkHours)
    min_overlap_hours: float = Field(default=0.0, ge=0, le=24)
    budget_usd_year: float | None = Field(default=None, gt=0, le=10_000_000)
    remote_policy: RemotePolicy = RemotePolicy.REMOTE
    visa_sponsorship: bool = False
    allowed_countries: list[str] = Field(default_factory=list, max_length=300)

    @field_validator("title", "company", "description", mode="after")
    @classmethod
    def _clean(cls, value: str) -> str:
        return clean_text(value)

    @field_validator("timezone")
    @classmethod
    def _iana(cls, value: str) -> str:
        if not is_timezone(value):
            raise ValueError(f"unknown IANA time zone {value!r}")
        return value

    @field_validator("company_country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        if value is None:
            return None
        code = country_code(value.upper() if len(value) == 2 else value)
        if code is None:
            raise ValueError(f"unknown country {value!r}")
        return code

    @field_validator("allowed_countries")
    @classmethod
    def _countries(cls, values: list[str]) -> list[str]:
        codes = []
        for value in values:
            code = country_code(value.upper() if len(value.strip()) == 2 else value)
            if code is None:
                raise ValueError(f"unknown country {value!r}")
            codes.append(code)
        return list(dict.fromkeys(codes))

    @model_validator(mode="before")
    @classmethod
    def _infer_seniority(cls, data: Any) -> Any:
        """Seniority words ("senior", "lead") or codes; missing: inferred from the title."""
        if not isinstance(data, dict):
            return data
        given = data.get("seniority")
        if isinstance(given, str) and given.strip():
            data = {**data, "seniority": seniority_from_text(given) or given}
        elif given is None:
            title = data.get("title") if isinstance(data.get("title"), str) else ""
            data = {**data, "seniority": seniority_from_text(str(title)) or Seniority.MI}
        return data


_SENIORITY_WORDS: tuple[tuple[str, Seniority], ...] = (
    (
        r"\b(?:ex|executive|head|director|vp|vice president|chief|cto|principal|lead|staff)\b",
        Seniority.EX,
    ),
    (r"\b(?:se|senior|sr\.?)\b", Seniority.SE),
    (r"\b(?:mi|mid|mid-level|intermediate|ii)\b", Seniority.MI),
    (r"\b(?:en|entry|junior|jr\.?|graduate|intern|trainee|associate)\b", Seniority.EN),
)  # fmt: skip


def seniority_from_text(text: str) -> Seniority | None:
    lowered = text.lower()
    for pattern, level in _SENIORITY_WORDS:
        if re.search(pattern, lowered):
            return level
    return None


def parse_role_document(data: bytes, filename: str) -> RoleSpec:
    kind = sniff(data, filename)
    if kind not in {FileKind.JSON, FileKind.TEXT}:
        raise NotAResumeError(f"a role must be JSON or a text/Markdown job post, not {kind.value}")
    text = decode_text(data)
    if kind is FileKind.JSON:
        try:
            document = json.loads(text)
        except (json.JSONDecodeError, RecursionError, ValueError) as exc:
            raise CorruptFileError(f"invalid JSON: {str(exc)[:200]}") from exc
        return role_from_json(document)
    return role_from_text(clean_text(text))


def role_from_json(document: Any) -> RoleSpec:
    if not isinstance(document, dict):
        raise NotAResumeError("role JSON must be an object with at least 'title' and 'company'")
    try:
        return RoleSpec.model_validate(document)
    except (ValidationError, RecursionError) as exc:
        raise IngestError(f"invalid role: {_first_error(exc)}") from exc


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
    r"[*_]*\s*[:\-–]\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_MUST = re.compile(r"requirement|must|required|qualifications|what you bring|you have|skills", re.I)
_NICE = re.compile(r"nice|bonus|preferred|plus|good to have|optional", re.I)
_FILLER = re.compile(
    r"^(?:(?:strong|solid|deep|proven|hands-on|practical|excellent|good|working|professional|"
    r"production|demonstrated|extensive)\s+)*(?:(?:experience|expertise|proficiency|knowledge|"
    r"familiarity|fluency|skills?|background)\s+(?:with|in|of|using)\s+)?",
    re.IGNORECASE,
)
_YEARS = re.compile(
    r"(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)(?:\s+of)?(?:\s+(?:experience|exp))?(?:\s+(?:with|in|of|using))?",
    re.I,
)


def role_from_text(text: str) -> RoleSpec:
    lines = text.split("\n")
    values: dict[str, str] = {}
    body_start = 0
    content = [(i, line) for i, line in enumerate(lines) if line.strip()]
    if not content:
        raise NotAResumeError("empty job post")
    title = ""
    company = ""
    for i, line in content[:40]:
        match = _ROLE_LABEL.match(re.sub(r"^[-*•]\s+", "", line))
        if match:
            values.setdefault(
                re.sub(r"\s+", " ", match.group("label").lower()), match.group("value").strip()
            )
            body_start = i + 1
        elif line.lstrip().startswith("#") and re.match(r"^#{2,}", line.strip()):
            break
        elif not title:
            title = re.sub(r"^#+\s*|\*\*", "", line).strip()
            body_start = i + 1
        elif not company and not values and len(line) <= 120:
            company = line.strip()
            body_start = i + 1
    title = values.get("title") or values.get("role") or values.get("position") or title
    company_line = values.get("company") or values.get("employer") or company
    company_name, company_country = _company(company_line, values)
    description, requirements = _sections(lines[body_start:])
    spec: dict[str, Any] = {
        "title": clean_field(title, 200),
        "company": clean_field(company_name, 200),
        "company_country": company_country,
        "description": description,
        "requirements": requirements,
    }
    _logistics(spec, values)
    if not spec["title"] or not spec["company"]:
        raise NotAResumeError("job post needs a title line and a company ('Company: ...' line)")
    try:
        return RoleSpec.model_validate(spec)
    except ValidationError as exc:
        raise IngestError(f"invalid role: {_first_error(exc)}") from exc


def _company(line: str, values: dict[str, str]) -> tuple[str, str | None]:
    line = re.sub(r"^(?:at|@)\s+", "", line.strip(), flags=re.I)
    name = re.split(r"\s*[(—–|]\s*|\s+-\s+|,\s+", line, maxsplit=1)[0].strip()
    where = line[len(name) :]
    place = resolve_place(where) if where.strip() else None
    for label in ("company country", "country", "location"):
        if label in values:
            code = country_code(values[label]) or getattr(
                resolve_place(values[label]), "country", None
            )
            if code:
                return name, code
    return name, place.country if place else None


def _logistics(spec: dict[str, Any], values: dict[str, str]) -> None:
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
        if parsed is None:
            raise IngestError(f"invalid role: cannot read hours {hours!r} (write e.g. 9-17)")
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
    if countries and not re.fullmatch(r"\s*(?:any|anywhere|worldwide|all)\s*", countries, re.I):
        spec["allowed_countries"] = [
            c.strip() for c in re.split(r"[,;/]|\band\b", countries) if c.strip()
        ]


def _remote_policy(value: str) -> RemotePolicy:
    lowered = value.lower()
    if "hybrid" in lowered:
        return RemotePolicy.HYBRID
    if re.match(r"\s*(?:no\b|onsite|on-site|office|in.office)", lowered):
        return RemotePolicy.ONSITE
    return RemotePolicy.REMOTE


def _sections(lines: list[str]) -> tuple[str, list[dict[str, Any]]]:
    description: list[str] = []
    requirements: list[dict[str, Any]] = []
    mode = "description"
    for line in lines:
        heading = _heading(line)
        if heading is not None:
            mode = (
                "nice"
                if _NICE.search(heading)
                else "must"
                if _MUST.search(heading)
                else "description"
            )
            if mode == "description":
                description.append(heading)
            continue
        if mode == "description" or not line.strip():
            description.append(line)
            continue
        requirements += _requirements(BULLET_RE.sub("", line).strip(), must=mode == "must")
    return "\n".join(description).strip()[:50_000], requirements[:200]


def _heading(line: str) -> str | None:
    stripped = line.strip()
    if stripped.startswith("#"):
        return stripped.lstrip("#").strip()
    if stripped.endswith(":") and len(stripped) <= 60 and not BULLET_RE.match(stripped):
        return stripped.rstrip(":")
    return None


def _requirements(text: str, must: bool) -> list[dict[str, Any]]:
    years_match = _YEARS.search(text)
    min_years = float(years_match.group(1)) if years_match else None
    core = _YEARS.sub(" ", text) if years_match else text
    core = re.sub(r"\(\s*\)", " ", core)
    core = _FILLER.sub("", core.strip(" .;:-")).strip(" .;:-")
    if core.endswith(")") and core.count(")") > core.count("("):
        core = core[:-1].rstrip()
    protected = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(",", "\0"), core)
    items = [
        p.replace("\0", ",").strip(" .")
        for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", protected)
    ]
    if "," in protected and all(0 < len(p.split()) <= 4 for p in items):
        return [{"skill": p[:200], "must": must, "min_years": min_years} for p in items if p]
    return [{"skill": core[:200], "must": must, "min_years": min_years}] if core else []
