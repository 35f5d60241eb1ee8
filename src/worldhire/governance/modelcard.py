"""The ranker's model card (after Mitchell et al., 2019), generated from the code that ranks: the
criteria and weights are read by scoring a probe through the match module, the constants and
the principles from the modules themselves, so the card cannot drift from the ranker."""

from __future__ import annotations

import inspect
from datetime import date
from typing import TYPE_CHECKING, Any

from worldhire.core.models import Candidate, Requirement, Role, Seniority, Skill
from worldhire.governance.decisions import MODEL_NAME, ranker_version
from worldhire.match import criteria
from worldhire.match import service as match_service
from worldhire.match.criteria import SENIORITY_YEARS
from worldhire.match.models import Criterion
from worldhire.match.service import score_candidate

if TYPE_CHECKING:
    from worldhire.governance.schemas import ShortlistBiasOut


def _probe_criteria() -> list[Criterion]:
    """Every criterion as the scorer applies it, for a probe who states nothing: the weights,
    and the score each criterion gives when its data is missing."""
    skill = Skill("wh:probe", "probe")
    role = Role(tenant_id="probe", title="probe", company="probe",
                requirements=[Requirement(skill)], seniority=Seniority.MI)
    result = score_candidate(Candidate(name="probe"), role, lambda _: [])
    return result.explanation.criteria


def _relevance_line() -> list[str]:
    weight = getattr(match_service, "RELEVANCE_WEIGHT", None)
    if weight is None:
        return []
    return [f"- relevance (weight {weight:g}) joins the criteria when hybrid retrieval runs "
            "(dense embeddings fused with lexical search over the pool).", ""]


def _pay_curve() -> str:
    """The pay criterion's score at a few asks over a budget of 100, read off `pay_fit`."""
    role = Role(tenant_id="probe", title="probe", company="probe", budget_usd_year=100.0)
    points = []
    for ask in (100.0, 110.0, 125.0, 150.0):
        score = criteria.pay_fit(Candidate(name="probe", pay_expectation_usd=ask), role).score
        points.append(f"{ask - 100:.0f}% over scores {score:g}")
    return "; ".join(points)


def _doc(obj: Any) -> str:
    return " ".join((inspect.getdoc(obj) or "").split())


def model_card(shortlist_report: ShortlistBiasOut | None = None) -> str:
    probe = _probe_criteria()
    weights = [(c.name, c.weight) for c in probe]
    total = sum(w for _, w in weights)
    levels = ", ".join(f"{s.value} {lo:g}-{hi:g} y" for s, (lo, hi) in SENIORITY_YEARS.items())
    neutral = ", ".join(f"{c.name} {c.score:g}" for c in probe if c.name != "skills")
    lines = [
        f"# Model card: {MODEL_NAME} (version {ranker_version()})",
        "",
        f"Generated {date.today().isoformat()} from the code of `worldhire.match`.",
        "",
        "## Model details",
        "- A transparent, rule-based scorer; nothing is learned from past hiring decisions.",
        "- Score = weighted mean of the criteria below; hard filters remove candidates first.",
        f"- {_doc(criteria)}",
        "",
        "## Intended use",
        "- Ranking a tenant's pool (its own candidates and consenting platform profiles) for one "
        "role, to help a recruiter decide whom to talk to first. A person makes every decision; "
        "each ranking is written to the hash-chained audit log with its explanation.",
        "- Out of scope: fully automated rejection, ranking without the candidates' consent to "
        "matching (refused by the ranker), and any use of protected characteristics.",
        "",
        "## Factors (criteria and weights)",
        "| criterion | weight | share of the score |",
        "|---|---|---|",
        *[f"| {name} | {w:g} | {w / total:.0%} |" for name, w in weights],
        "",
        *_relevance_line(),
        f"- Skills: a requirement shown in a job, project, repository or publication earns full "
        f"credit; one only listed as a skill earns {criteria.CLAIMED_CREDIT:g}; an adjacent skill "
        f"from the taxonomy earns up to {criteria.ADJACENT_CREDIT:g}. Must-haves weigh double. "
        "A requirement any one of several skills meets (\"PyTorch or JAX\") earns what its "
        "best-shown member earns.",
        f"- Seniority: years of experience against the usual range of the role's level: {levels}.",
        "- Overlap: the typical daily overlap of the person's working hours with the team's, "
        "computed with zoneinfo for every week of a year (daylight saving included), against "
        "the role's minimum (at least 4 h for full marks).",
        f"- Pay: the stated expectation against the role's budget; {_pay_curve()}.",
        "- Hard filters (remove rather than score): no consent to matching; outside the role's "
        "allowed countries; an onsite or hybrid role without work authorization or sponsorship; "
        "a time zone outside the role's band of UTC offsets (by its standard offset); "
        "less than the required overlap; above a recruiter's pay cap.",
        "",
        "## Data",
        "- Inputs: the evidence in résumés and portfolios (jobs, projects, repositories, "
        "publications), linked to ESCO 1.1 skills plus an AI/ML extension; stated time zone, "
        "working hours, pay expectation and work authorization; the role's requirements.",
        "- No training data: weights are set by hand and listed above.",
        "",
        "## Metrics",
        "- Per-criterion scores and the evidence behind each requirement are shown for every "
        "result (`worldhire shortlist --json`).",
        "- Fairness: selection-rate impact ratios by group and the LL144 scoring-rate method "
        "(`worldhire audit bias`), and an audit of worldhire's own shortlists by region "
        "(`worldhire audit shortlists --by region`).",
    ]
    if shortlist_report is not None and shortlist_report.rows:
        lines += [
            "",
            f"### Shortlists on this store (top {shortlist_report.top}, by "
            f"{shortlist_report.by})",
            "| group | count | selection rate | impact ratio | four-fifths flag |",
            "|---|---|---|---|---|",
            *[
                f"| {g} | {v.count} | {v.selection_rate or 0.0:.2f} | {v.impact_ratio:.2f} | "
                f"{'yes' if v.flagged else ''}{' (small sample)' if v.small_sample else ''} |"
                for g, v in shortlist_report.groups.items()
            ],
        ]
    lines += [
        "",
        "## Ethical considerations and limits",
        "- Country enters only through time-zone overlap, work authorization and pay, each set "
        "by the role's owner; they can still correlate with nationality. Audit shortlists by "
        "region and read the flags before relying on a ranking.",
        "- Evidence is what the person wrote: skills they did not write down are invisible, and "
        "skill linking is literal (labels and aliases), so unusual wording can be missed.",
        f"- Missing data gets a fixed score ({neutral}): candidates who state less may rank "
        "lower.",
        "- Candidates can see, export and erase what was recorded about them "
        "(`worldhire privacy export` / `erase`).",
        "",
    ]
    return "\n".join(lines)
