"""A requirement as a person or a post's reader states it, to the domain `Requirement`.

A person names a skill by taxonomy id ("wh:pytorch") or by one of its names ("PyTorch",
"RAG"); a name the taxonomy does not hold exactly stays a free-text requirement in the person's
words (id "text:<its folded words>"), never a guess: near-miss names are offered as
suggestions instead.
"""

from __future__ import annotations

from worldhire.core.errors import InvalidInput
from worldhire.core.models import Requirement, Skill
from worldhire.ingest.posts.requirement_names import REVIEW_BELOW
from worldhire.ingest.posts.role import RequirementSpec
from worldhire.skills.taxonomy import Taxonomy
from worldhire.skills.taxonomy_cache import load_taxonomy
from worldhire.skills.text import free_text_id

SUGGEST_MIN_SIMILARITY = 0.6


class UnknownSkillId(InvalidInput):
    """A taxonomy id that the taxonomy does not hold."""

    code = "unknown-skill-id"


def skill_for(name: str, skill_id: str | None = None, taxonomy: Taxonomy | None = None) -> Skill:
    """The taxonomy concept for an id or an exact name; otherwise a free-text skill. A free-text
    id given with the name keeps the name free text: whoever read or typed it chose its words
    over the concept they name (a welcomed "Celery" beside a required "Python")."""
    taxonomy = taxonomy or load_taxonomy()
    if skill_id and skill_id.startswith("text:"):
        return Skill(skill_id, name.strip())
    if skill_id:
        if skill_id not in taxonomy:
            raise UnknownSkillId(f"unknown skill id {skill_id!r}")
        return taxonomy.get(skill_id)
    exact = taxonomy.resolve(name, min_similarity=1.0)
    return exact or Skill(free_text_id(name), name.strip())


def suggestions(name: str, taxonomy: Taxonomy | None = None) -> list[Skill]:
    """Concepts whose names are close to a name the taxonomy does not hold."""
    taxonomy = taxonomy or load_taxonomy()
    found = taxonomy.resolve(name, min_similarity=SUGGEST_MIN_SIMILARITY)
    return [found] if found is not None else []


def requirement_from_spec(spec: RequirementSpec, taxonomy: Taxonomy | None = None) -> Requirement:
    """A requirement; an uncertain link is a nice-to-have flagged for review, whatever the
    post called it."""
    skill = skill_for(spec.skill, spec.skill_id, taxonomy)
    confidence = 1.0 if spec.confidence is None else spec.confidence
    review = spec.needs_review or confidence < REVIEW_BELOW
    alternatives = [skill_for(a.skill, a.skill_id, taxonomy) for a in spec.alternatives]
    return Requirement(
        skill=skill, must=spec.must and not review, min_years=spec.min_years,
        quote=spec.quote, confidence=confidence, needs_review=review,
        alternatives=distinct_alternatives(skill, alternatives),
    )


def distinct_alternatives(first: Skill, others: list[Skill]) -> list[Skill]:
    """The other members of a requirement, each once and none the first ("PyTorch or pytorch"
    is PyTorch)."""
    seen = {first.id}
    out = []
    for skill in others:
        if skill.id not in seen:
            seen.add(skill.id)
            out.append(skill)
    return out

