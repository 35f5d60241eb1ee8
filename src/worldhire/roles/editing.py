"""A recruiter's corrections to a role: its fields, its requirements, its status.

Every change goes through the same checks a new role gets (`RoleSpec`): a field edit is the role
re-validated with the new values. A requirement a person adds or confirms is sure (confidence 1,
nothing to review); one named by a word the taxonomy does not hold exactly stays free text in the
person's words, with close names offered as suggestions. Nothing here saves or audits: the
role editor does (roles.service.RoleEditor), once for the API, the CLI and the web app.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from pydantic import ValidationError

from worldhire.core.errors import InvalidInput, NotFound
from worldhire.core.models import (
    Budget,
    RemotePolicy,
    Requirement,
    Role,
    RoleStatus,
    Seniority,
    Skill,
    ZoneBand,
)
from worldhire.ingest.posts.role import MAX_ALTERNATIVES, BudgetSpec, RoleSpec
from worldhire.ingest.requirement_link import distinct_alternatives, skill_for, suggestions
from worldhire.occupations.assign import occupation_of
from worldhire.occupations.service import TitleMatcher, default_matcher
from worldhire.skills.taxonomy_cache import load_taxonomy

# Fields a recruiter may change, as RoleSpec names them.
EDITABLE = frozenset({
    "title", "company", "company_country", "description", "seniority", "timezone", "work_hours",
    "min_overlap_hours", "overlap_timezone", "zone_band", "budget_usd_year", "budget",
    "remote_policy", "visa_sponsorship", "allowed_countries", "min_years",
})  # fmt: skip


@dataclass(frozen=True)
class RequirementInput:
    """A requirement as a person states it: a skill by name or taxonomy id."""

    skill: str = ""
    skill_id: str | None = None
    must: bool = True
    min_years: float | None = None
    # Other skills (names or ids) any one of which meets it as well: "PyTorch or JAX".
    alternatives: tuple[str, ...] = ()


def values_of(role: Role) -> dict[str, Any]:
    """The role's editable fields as RoleSpec names them (plain JSON values)."""
    return {
        "title": role.title, "company": role.company, "company_country": role.location_country,
        "description": role.description, "seniority": role.seniority.value,
        "timezone": role.timezone,
        "work_hours": {"start": role.work_start_hour, "end": role.work_end_hour},
        "min_overlap_hours": role.min_overlap_hours, "overlap_timezone": role.overlap_timezone,
        "zone_band": asdict(role.zone_band) if role.zone_band else None,
        "budget_usd_year": role.budget_usd_year,
        "budget": asdict(role.budget) if role.budget else None,
        "remote_policy": role.remote_policy.value, "visa_sponsorship": role.visa_sponsorship,
        "allowed_countries": list(role.allowed_countries), "min_years": role.min_years,
    }


def edit_fields(role: Role, changes: Mapping[str, Any],
                titles: TitleMatcher | None = None) -> list[str]:
    """Sets the changed fields, checked like a new role's; the names of those that changed.
    A new title is matched to its ESCO occupation again (`titles`, the product's matcher by
    default), since the market view, pay and candidates' occupations are compared by it."""
    unknown = sorted(set(changes) - EDITABLE)
    if unknown:
        raise InvalidInput(f"cannot edit {', '.join(unknown)}")
    before = values_of(role)
    merged = {**before, **changes}
    if "budget" in changes and "budget_usd_year" not in changes:
        merged["budget_usd_year"] = None  # follows the new budget
    if "budget_usd_year" in changes and "budget" not in changes:
        merged["budget"] = None  # a bare USD figure replaces what the post stated
    try:
        spec = RoleSpec.model_validate(merged)
    except ValidationError as exc:
        raise InvalidInput("; ".join(spec_problems(exc))) from exc
    _apply(role, spec)
    after = values_of(role)
    if after["title"] != before["title"]:
        role.occupation = occupation_of(role.title, titles or default_matcher())
    return sorted(k for k in after if after[k] != before[k])


# A role's fields as a person knows them, for messages about what they typed.
_LABELS = {
    "title": "title", "company": "company", "company_country": "company country",
    "description": "description", "seniority": "level", "timezone": "time zone",
    "work_hours": "team hours", "min_overlap_hours": "minimum overlap",
    "overlap_timezone": "team's time zone",
    "zone_band": "time zone band",
    "budget_usd_year": "budget", "budget": "budget", "remote_policy": "work mode",
    "visa_sponsorship": "visa sponsorship", "allowed_countries": "allowed countries",
    "min_years": "years of experience", "requirements": "requirement",
}  # fmt: skip


def spec_problems(exc: ValidationError) -> list[str]:
    """What is wrong with a role's fields, one line each in the form's words ("time zone:
    unknown IANA time zone 'Mars/Base'"), not the validator's paths."""
    problems = []
    for error in exc.errors():
        where = [str(p + 1) if isinstance(p, int) else str(p) for p in error["loc"]]
        field = " ".join([_LABELS.get(where[0], where[0]), *where[1:]]) if where else "role"
        message = error["msg"].removeprefix("Value error, ")
        problems.append(f"{field}: {message}")
    return problems


def _apply(role: Role, spec: RoleSpec) -> None:
    role.title, role.company, role.description = spec.title, spec.company, spec.description
    role.location_country = spec.company_country
    role.seniority = Seniority(spec.seniority)
    role.timezone = spec.timezone
    role.work_start_hour, role.work_end_hour = spec.work_hours.start, spec.work_hours.end
    role.min_overlap_hours = spec.min_overlap_hours
    # The team's own zone again is no team elsewhere.
    elsewhere = spec.overlap_timezone
    role.overlap_timezone = None if elsewhere == spec.timezone else elsewhere
    role.zone_band = ZoneBand(**spec.zone_band.model_dump()) if spec.zone_band else None
    role.budget = _budget(spec.budget)
    role.budget_usd_year = spec.budget_usd_year
    role.remote_policy = RemotePolicy(spec.remote_policy)
    role.visa_sponsorship = spec.visa_sponsorship
    role.allowed_countries = list(spec.allowed_countries)
    role.min_years = spec.min_years


def _budget(spec: BudgetSpec | None) -> Budget | None:
    if spec is None:
        return None
    return Budget(spec.currency, spec.high, spec.low, spec.period, spec.quote, spec.basis)


def requirement(given: RequirementInput) -> Requirement:
    """A person's requirement: linked by taxonomy id or exact name, else free text."""
    if not given.skill.strip() and not given.skill_id:
        raise InvalidInput("a requirement needs a skill name or a taxonomy id")
    if given.min_years is not None and not 0 <= given.min_years <= 50:
        raise InvalidInput("min_years must be between 0 and 50")
    skill = skill_for(given.skill or given.skill_id or "", given.skill_id)
    if len(given.alternatives) > MAX_ALTERNATIVES:
        raise InvalidInput(f"a requirement names at most {MAX_ALTERNATIVES + 1} skills")
    others = [_alternative(name) for name in given.alternatives if name.strip()]
    return Requirement(skill=skill, must=given.must, min_years=given.min_years,
                       alternatives=distinct_alternatives(skill, others))


def _alternative(name: str) -> Skill:
    """A member named by taxonomy id ("wh:jax") or by name ("JAX")."""
    name = name.strip()
    taxonomy = load_taxonomy()
    return taxonomy.get(name) if name in taxonomy else skill_for(name)


def suggest(name: str) -> list[str]:
    """Taxonomy names close to one it does not hold ("Kubernets" -> Kubernetes)."""
    return [f"{s.label} ({s.id})" for s in suggestions(name)]


def add_requirement(role: Role, given: RequirementInput) -> Requirement:
    """Adds a requirement, or sets must/years of the one already on that skill (which a person
    has now confirmed: nothing left to review)."""
    new = requirement(given)
    for i, existing in enumerate(role.requirements):
        if existing.skill.id == new.skill.id:
            new.quote = existing.quote
            role.requirements[i] = new
            return new
    if len(role.requirements) >= 200:
        raise InvalidInput("a role holds at most 200 requirements")
    role.requirements.append(new)
    return new


def find_requirement(role: Role, key: str) -> int:
    """The position of a requirement named by its skill id, its label, the post's words it was
    read from, or its 1-based number in the list."""
    wanted = key.strip().casefold()
    if wanted.isdigit() and 1 <= int(wanted) <= len(role.requirements):
        return int(wanted) - 1
    for i, r in enumerate(role.requirements):
        if wanted in {r.skill.id.casefold(), r.skill.label.casefold(), r.quote.casefold(),
                      r.label.casefold()}:
            return i
    resolved = load_taxonomy().resolve(key, min_similarity=1.0)
    for i, r in enumerate(role.requirements):
        if resolved is not None and r.skill.id == resolved.id:
            return i
    raise NotFound(f"role {role.id} has no requirement {key!r}")


def remove_requirement(role: Role, key: str) -> Requirement:
    return role.requirements.pop(find_requirement(role, key))


def set_requirements(role: Role, given: list[RequirementInput]) -> None:
    if len(given) > 200:
        raise InvalidInput("a role holds at most 200 requirements")
    kept = {r.skill.id: r for r in role.requirements}
    requirements: list[Requirement] = []
    for item in given:
        new = requirement(item)
        if any(r.skill.id == new.skill.id for r in requirements):
            raise InvalidInput(f"{new.skill.label!r} is listed twice")
        if new.skill.id in kept:
            new.quote = kept[new.skill.id].quote
        requirements.append(new)
    role.requirements = requirements


def set_status(role: Role, status: str) -> str:
    """Open, closed (filled or stopped) or archived (put away); the previous status."""
    try:
        wanted = RoleStatus(status)
    except ValueError as exc:
        known = ", ".join(s.value for s in RoleStatus)
        raise InvalidInput(f"unknown role status {status!r} (one of {known})") from exc
    previous, role.status = role.status, wanted.value
    return previous


_YEARS_SUFFIX = re.compile(r"^(.+?)\s+(\d+(?:\.\d+)?)\s*y(?:ears?|rs?)?$", re.IGNORECASE)


def parse_requirement_line(line: str) -> RequirementInput | None:
    """A requirement as typed on one line: "PyTorch 3y" (3 years), "? Ray" (nice to have),
    "wh:pytorch" (a taxonomy id), "PyTorch or JAX" / "PyTorch | JAX" (either meets it); None
    for a blank line."""
    text = line.strip().lstrip("-•* ").strip()
    if not text:
        return None
    must = not text.startswith("?")
    text = text.lstrip("? ").strip()
    years = _YEARS_SUFFIX.match(text)
    min_years = float(years.group(2)) if years else None
    name = years.group(1).strip() if years else text
    members = [n.strip() for n in _MEMBERS.split(name) if n.strip()]
    alternatives: tuple[str, ...] = ()
    if len(members) > 1 and load_taxonomy().resolve(name, min_similarity=1.0) is None:
        name, *others = members  # (a taxonomy name with "or" in it stays one skill)
        alternatives = tuple(others)
    if re.fullmatch(r"(?:wh|esco):[\w.-]+", name):
        return RequirementInput(skill="", skill_id=name, must=must, min_years=min_years,
                                alternatives=alternatives)
    return RequirementInput(skill=name, must=must, min_years=min_years,
                            alternatives=alternatives)


# What separates the skills of one typed requirement any of which meets it (not "/": "CI/CD").
_MEMBERS = re.compile(r"\s+or\s+|\s*\|\s*", re.IGNORECASE)
