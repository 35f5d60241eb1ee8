"""The criteria a candidate is scored on for a role. None of them looks at name, gender, age,
nationality or country of residence: country enters only through time-zone overlap, work
authorization and pay, each of which the role's owner sets."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache

from worldhire.core.geo.regions import authorised_in
from worldhire.core.geo.zones import standard_offset
from worldhire.core.models import (
    Candidate,
    EvidenceItem,
    EvidenceKind,
    RemotePolicy,
    Requirement,
    Role,
    Seniority,
    Skill,
    SkillMention,
    utc_offset_name,
)
from worldhire.core.texts import terms
from worldhire.match.models import Citation, Criterion, RequirementCheck, RequirementStatus
from worldhire.match.overlap import OverlapSummary, WorkWindow, overlap_over_year
from worldhire.occupations.cleaning import english_terms

# A requirement the taxonomy has no concept for keeps the post's words (ingest's free_text_id).
FREE_TEXT = "text:"
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
_STEM = 5
# Skills shown in a job, project, repository or publication are demonstrated; a line in a skills
# list is only claimed, and counts for less.
BACKED_KINDS = {
    EvidenceKind.JOB, EvidenceKind.PROJECT, EvidenceKind.REPOSITORY, EvidenceKind.PUBLICATION,
}
CLAIMED_CREDIT = 0.4
# A practice is shown by a job held as its practitioner: "data engineering" by "Senior Data
# Engineer", "project management" by "Project Manager", "accounting" by "Accountant".
_PRACTITIONERS = {
    "engineering": "engineer", "analysis": "analyst", "analytics": "analyst",
    "science": "scientist", "development": "developer", "design": "designer",
    "testing": "tester", "accounting": "accountant", "administration": "administrator",
    "management": "manager", "architecture": "architect", "research": "researcher",
    "programming": "programmer", "consulting": "consultant", "bookkeeping": "bookkeeper",
    "recruitment": "recruiter", "recruiting": "recruiter", "auditing": "auditor",
    "teaching": "teacher", "nursing": "nurse", "translation": "translator",
}
CLAIMED_ONLY = "listed as a skill, but no job, project or repository shows it"
ADJACENT_CREDIT = 0.5
# Weights of the criteria in the total (service.py holds skills, relevance and the rubric's).
# The role-specific criteria (skills, relevance, depth) carry about two thirds, so that general
# strengths never lift someone without the role's skills above someone with them.
SENIORITY_WEIGHT = 0.07
OVERLAP_WEIGHT = 0.08
PAY_WEIGHT = 0.06
AVAILABILITY_WEIGHT = 0.01

WEAK_LANGUAGE_LEVELS = {"A1", "A2", "B1"}
# The level words résumés use for those levels ("Inglés intermedio", "Tiếng Anh giao tiếp").
_WEAK_LEVEL_WORDS = {"basic", "elementary", "intermediate", "conversational"}

# Years of experience that each level usually means.
SENIORITY_YEARS: dict[Seniority, tuple[float, float]] = {
    Seniority.EN: (0.0, 2.0),
    Seniority.MI: (2.0, 5.0),
    Seniority.SE: (5.0, 10.0),
    Seniority.EX: (10.0, 40.0),
}

RelatedFn = Callable[[str], list[tuple[Skill, float]]]


@dataclass
class SkillCoverage:
    checks: list[RequirementCheck]
    score: float


@dataclass(frozen=True)
class _Shown:
    """A candidate's skill mentions and evidence, indexed once for all requirements."""

    mentions: dict[str, list[SkillMention]]  # by skill id, strongest first
    evidence: dict[str, EvidenceItem]

    @classmethod
    def of(cls, candidate: Candidate) -> _Shown:
        grouped: dict[str, list[SkillMention]] = {}
        for m in sorted(candidate.skills, key=lambda m: -m.score):
            grouped.setdefault(m.skill.id, []).append(m)
        return cls(grouped, {e.id: e for e in candidate.evidence})

    def citations(self, mentions: list[SkillMention]) -> list[Citation]:
        out = []
        for m in mentions[:3]:
            item = self.evidence.get(m.evidence_id or "")
            out.append(Citation(m.evidence_id, item.title if item else "profile", m.snippet))
        return out

    def backed(self, mention: SkillMention) -> bool:
        item = self.evidence.get(mention.evidence_id or "")
        return item is not None and item.kind in BACKED_KINDS

    @cached_property
    def item_terms(self) -> dict[str, list[str]]:
        """Each evidence item's words, read once for all of a role's free-text requirements."""
        return {key: terms(item.text) for key, item in self.evidence.items()}

    def written(self, words: str) -> tuple[EvidenceItem, str] | None:
        """The first sentence of a job, project or other item (backed kinds first) that holds
        `words` as whole words, case, accents and inflected endings aside ("TNDN", "Sage 300",
        "Kodeksu pracy" in "Kodeks pracy")."""
        wanted = terms(words)
        if not wanted:
            return None
        items = sorted(self.evidence.values(), key=lambda i: i.kind not in BACKED_KINDS)
        for item in items:
            if not _holds(self.item_terms[item.id], wanted):
                continue
            # the words wrapped across two lines: the item's text is the quote
            return item, _sentence_holding(item.text, wanted, item.text)
        return None

    @cached_property
    def job_titles(self) -> list[tuple[EvidenceItem, tuple[list[str], ...]]]:
        """Each job with the words of its title as written and in English, where the title
        vocabulary the occupation matcher reads titles with knows them ("Analista de datos" is
        "data analyst", "Księgowa" "accountant", "Kỹ sư dữ liệu" "data engineer")."""
        return [(item, (terms(item.title), english_terms(item.title)))
                for item in self.evidence.values() if item.kind is EvidenceKind.JOB]

    def held_as_job(self, practice: str) -> tuple[EvidenceItem, str] | None:
        """A job whose title names the practitioner of `practice` ("Data Engineer" for "data
        engineering"), in any language `job_titles` reads, with the sentence of it that says so
        (the title where none does)."""
        words = terms(practice)
        if not words or words[-1] not in _PRACTITIONERS:
            return None
        wanted = [*words[:-1], _PRACTITIONERS[words[-1]]]
        for item, titles in self.job_titles:
            if any(_holds(title, wanted) for title in titles):
                return item, _sentence_holding(item.text, wanted, item.title)
        return None


def _sentence_holding(text: str, wanted: list[str], otherwise: str) -> str:
    """The first sentence of `text` that holds `wanted` (`_holds`), on one line; `otherwise`
    where none does."""
    held = (s for s in _SENTENCE_BREAK.split(text) if _holds(terms(s), wanted))
    return " ".join(next(held, otherwise).split())


def unlinked_test(candidate: Candidate) -> Callable[[Skill], bool]:
    """Whether the person's profile meets a requirement's skill without a linked mention of it,
    as ranking meets it: a job held as its practitioner (`_Shown.held_as_job`), or a free-text
    requirement's words (`_Shown.written`). For counts of who holds a skill (the market's
    supply) to agree with the shortlist."""
    shown = _Shown.of(candidate)
    return lambda skill: shown.held_as_job(skill.label) is not None or (
        skill.id.startswith(FREE_TEXT) and shown.written(skill.label) is not None
    )


def _holds(text: list[str], wanted: list[str]) -> bool:
    """`wanted` appears in `text` as consecutive words, each the same word or an inflection."""
    size = len(wanted)
    return any(
        all(_same_word(a, b) for a, b in zip(text[i : i + size], wanted, strict=True))
        for i in range(len(text) - size + 1)
    )


def _same_word(a: str, b: str) -> bool:
    """The same word, or one of its inflections: a shared stem of five letters or more that only
    the last letter or two of the longer word go past ("kodeksu"/"kodeks", "przepisów"/
    "przepisy"; "sales" is no "salesforce", "model" no "modes")."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 2:
        return False
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                  min(len(a), len(b)))
    return shared >= max(_STEM, min(len(a), len(b)) - 1)


def check_requirement(
    candidate: Candidate, requirement: Requirement, shown: _Shown, related: RelatedFn
) -> RequirementCheck:
    if requirement.alternatives:
        return _check_alternatives(candidate, requirement, shown, related)
    label = requirement.skill.label
    direct = shown.mentions.get(requirement.skill.id, [])
    backed = [m for m in direct if shown.backed(m)]
    if backed:
        return RequirementCheck(
            label, requirement.must, RequirementStatus.MET, 1.0,
            citations=shown.citations(backed),
        )
    held = shown.held_as_job(label)
    if held is not None:
        job, sentence = held
        return RequirementCheck(
            label, requirement.must, RequirementStatus.MET, 1.0,
            citations=[Citation(job.id, job.title, sentence)],
        )
    if direct:
        return RequirementCheck(
            label, requirement.must, RequirementStatus.PARTIAL, CLAIMED_CREDIT,
            citations=shown.citations(direct),
            note=CLAIMED_ONLY,
        )
    spoken = language_check(candidate, requirement)
    if spoken is not None:
        return spoken
    if requirement.skill.id.startswith(FREE_TEXT):
        written = shown.written(requirement.skill.label)
        if written is not None:
            item, sentence = written
            demonstrated = item.kind in BACKED_KINDS
            return RequirementCheck(
                label, requirement.must,
                RequirementStatus.MET if demonstrated else RequirementStatus.PARTIAL,
                1.0 if demonstrated else CLAIMED_CREDIT,
                citations=[Citation(item.id, item.title, sentence)],
                note="" if demonstrated else CLAIMED_ONLY,
            )
    best: tuple[float, Skill, list[SkillMention]] | None = None
    for skill, weight in related(requirement.skill.id):
        found = shown.mentions.get(skill.id)
        if found and (best is None or weight > best[0]):
            best = (weight, skill, found)
    if best is not None:
        weight, skill, found = best
        return RequirementCheck(
            label, requirement.must, RequirementStatus.PARTIAL,
            ADJACENT_CREDIT * min(1.0, weight), via=skill.label,
            citations=shown.citations(found),
            note=f"has the related skill {skill.label}",
        )
    return RequirementCheck(label, requirement.must, RequirementStatus.MISSING, 0.0)


def _check_alternatives(
    candidate: Candidate, requirement: Requirement, shown: _Shown, related: RelatedFn
) -> RequirementCheck:
    """"PyTorch or JAX" is met by the member the candidate shows best (the first on a tie), and
    says which: "has JAX"."""
    checks = [
        (member, check_requirement(candidate, replace(requirement, skill=member, alternatives=[]),
                                   shown, related))
        for member in requirement.members
    ]
    member, best = max(checks, key=lambda pair: pair[1].credit)  # max keeps the first of a tie
    if best.status is RequirementStatus.MISSING:
        return replace(best, requirement=requirement.label)
    note = best.note if best.via else "; ".join(
        part for part in (f"has {member.label}", best.note) if part
    )
    return replace(best, requirement=requirement.label, note=note)


def language_check(candidate: Candidate, requirement: Requirement) -> RequirementCheck | None:
    """A requirement that names a language the candidate lists ("English communication")."""
    wanted = requirement.skill.label.lower()
    for entry in candidate.languages:
        name, _, level = entry.partition("(")
        if not name.strip() or name.strip().lower() not in wanted:
            continue
        level = level.rstrip(")").strip()
        weak = level.upper() in WEAK_LANGUAGE_LEVELS or level.lower() in _WEAK_LEVEL_WORDS
        return RequirementCheck(
            requirement.skill.label, requirement.must,
            RequirementStatus.PARTIAL if weak else RequirementStatus.MET,
            0.5 if weak else 1.0,
            citations=[Citation(None, "Languages", entry)],
            note=f"{level} is below professional working level" if weak else "",
        )
    return None


def skill_coverage(candidate: Candidate, role: Role, related: RelatedFn) -> SkillCoverage:
    shown = _Shown.of(candidate)
    checks = []
    for r in role.requirements:
        check = check_requirement(candidate, r, shown, related)  # a new one each time
        check.needs_review = r.needs_review
        checks.append(check)
    # Must-haves weigh twice what nice-to-haves do.
    weights = [r.weight * (2.0 if r.must else 1.0) for r in role.requirements]
    total = sum(weights)
    earned = sum(w * c.credit for w, c in zip(weights, checks, strict=True))
    score = earned / total if total else 0.0
    return SkillCoverage(checks, score)


def seniority_fit(candidate: Candidate, role: Role) -> Criterion:
    low, high = SENIORITY_YEARS[role.seniority]
    years = candidate.years_experience
    if years is None:
        return Criterion("seniority", 0.5, SENIORITY_WEIGHT, "years of experience not stated")
    if years < low:
        score = max(0.0, 1.0 - (low - years) / max(low, 1.0))
        detail = f"{_years(years)}; a {role.seniority.word} role usually means {low:g}+"
    elif years > high + 5:
        score = 0.8
        detail = f"{_years(years)}, more than a {role.seniority.word} role usually asks"
    else:
        score = 1.0
        detail = f"{_years(years)} fits a {role.seniority.word} role"
    return Criterion("seniority", round(score, 3), SENIORITY_WEIGHT, detail)


def _years(years: float) -> str:
    return "1 year" if years == 1 else f"{years:g} years"


def overlap_summary(candidate: Candidate, role: Role) -> OverlapSummary | None:
    if not candidate.timezone:
        return None
    person = WorkWindow(candidate.timezone, candidate.work_start_hour, candidate.work_end_hour)
    team = WorkWindow(role.team_timezone, role.work_start_hour, role.work_end_hour)
    return overlap_between(person, team)


@lru_cache(maxsize=4096)
def overlap_between(person: WorkWindow, team: WorkWindow) -> OverlapSummary:
    # A pool of a million people has a few hundred distinct working windows.
    return overlap_over_year(person, team)


def _outside_band(candidate: Candidate, role: Role) -> str | None:
    band = role.zone_band
    assert band is not None
    if not candidate.timezone:
        return f"time zone unknown, so working from {band.describe()} cannot be shown"
    offset = standard_offset(candidate.timezone)
    if band.contains(offset):
        return None
    return (f"works from {candidate.timezone} ({utc_offset_name(offset)}), outside the role's "
            f"{band.describe()}")


def zone_band_note(candidate: Candidate, role: Role) -> str:
    """The explanation's line for the role's band: "Europe/Warsaw (UTC+1) is within UTC+1 to
    UTC+4"; empty for a role without one. Someone outside it is filtered out before this."""
    band = role.zone_band
    if band is None or not candidate.timezone:
        return ""
    offset = standard_offset(candidate.timezone)
    where = "within" if band.contains(offset) else "outside"
    return f"{candidate.timezone} ({utc_offset_name(offset)}) is {where} {band.describe()}"


def overlap_fit(summary: OverlapSummary | None, role: Role) -> Criterion:
    window = f"{role.team_timezone} {role.work_start_hour:02.0f}:00-{role.work_end_hour:02.0f}:00"
    if summary is None:
        return Criterion(
            "overlap", 0.3, OVERLAP_WEIGHT, f"time zone unknown; cannot check {window}"
        )
    wanted = max(role.min_overlap_hours, 4.0)
    score = min(1.0, summary.typical / wanted)
    detail = f"{summary.describe()} with {window}"
    return Criterion("overlap", round(score, 3), OVERLAP_WEIGHT, detail)


def pay_fit(candidate: Candidate, role: Role) -> Criterion:
    ask, budget = candidate.pay_expectation_usd, role.budget_usd_year
    if ask is None or budget is None:
        missing = "no stated expectation" if ask is None else "no budget set for the role"
        return Criterion("pay", 0.6, PAY_WEIGHT, missing)
    # The figure as written, when it was not dollars a year: a net ask is shown as net.
    stated = candidate.pay_stated
    written = (
        f" ({stated.describe()})"
        if stated is not None and not (stated.currency == "USD" and stated.period == "year")
        else ""
    )
    if ask <= budget:
        return Criterion(
            "pay", 1.0, PAY_WEIGHT,
            f"asks USD {ask:,.0f}{written}, within the budget of USD {budget:,.0f}",
        )
    over = ask / budget - 1.0
    # Ten percent over budget is often negotiable; fifty percent is not.
    score = max(0.0, 1.0 - 2.0 * over)
    return Criterion(
        "pay", round(score, 3), PAY_WEIGHT,
        f"asks USD {ask:,.0f}{written}, {over:.0%} over the budget of USD {budget:,.0f}",
    )


def availability_fit(candidate: Candidate, today: date | None = None) -> Criterion:
    start = candidate.available_from
    if start is None:
        return Criterion("availability", 0.7, AVAILABILITY_WEIGHT, "start date not stated")
    wait = (start - (today or date.today())).days
    if wait <= 30:
        return Criterion("availability", 1.0, AVAILABILITY_WEIGHT,
                         f"available from {start:%d %b %Y}")
    # Three months' notice is common; six is a real cost to the team.
    score = max(0.0, 1.0 - (wait - 30) / 150)
    return Criterion("availability", round(score, 3), AVAILABILITY_WEIGHT,
                     f"available from {start:%d %b %Y}, in {wait} days")


def hard_filter(
    candidate: Candidate,
    role: Role,
    summary: OverlapSummary | None,
    *,
    min_overlap_hours: float | None = None,
    max_pay_usd: float | None = None,
    remote_policy: RemotePolicy | None = None,
    work_authorization: str | None = None,
    no_sponsorship: bool = False,
) -> str | None:
    """The first hard filter the candidate fails, as a sentence; None when all pass."""
    if role.allowed_countries and candidate.country not in role.allowed_countries:
        return f"lives outside the allowed countries ({', '.join(role.allowed_countries)})"
    policy = remote_policy or role.remote_policy
    if policy is not RemotePolicy.REMOTE and role.location_country:
        authorised = authorised_in(candidate.work_authorization, role.location_country) or (
            candidate.country == role.location_country and not candidate.needs_sponsorship
        )
        if not authorised and not role.visa_sponsorship:
            return (
                f"{policy.value} role in {role.location_country} without visa "
                "sponsorship, and no work authorization there"
            )
    if work_authorization and not (
        authorised_in(candidate.work_authorization, work_authorization)
        or (candidate.country == work_authorization and not candidate.needs_sponsorship)
    ):
        return f"no stated authorization to work in {work_authorization}"
    if no_sponsorship and candidate.needs_sponsorship:
        return "needs visa sponsorship"
    if role.zone_band is not None:
        outside = _outside_band(candidate, role)
        if outside:
            return outside
    needed = role.min_overlap_hours if min_overlap_hours is None else min_overlap_hours
    if needed > 0:
        if summary is None:
            return "time zone unknown, so the required overlap cannot be shown"
        # Most of the year decides; the worst weeks are shown in the explanation.
        if summary.typical < needed:
            return f"overlap {summary.typical:g} h, below the required {needed:g} h"
    ceiling = max_pay_usd
    ask = candidate.pay_expectation_usd
    if ceiling is not None and ask is not None and ask > ceiling:
        return f"asks USD {ask:,.0f}, above the USD {ceiling:,.0f} cap"
    return None
