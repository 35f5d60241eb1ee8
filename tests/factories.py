"""Factories for domain objects: tests say only what matters to them."""

from __future__ import annotations

from datetime import date
from typing import Any

from worldhire.core.models import (
    Candidate,
    Consent,
    ConsentPurpose,
    EvidenceItem,
    EvidenceKind,
    Requirement,
    Role,
    Seniority,
    Skill,
    SkillMention,
)

PYTORCH = Skill("wh:pytorch", "PyTorch")
PYTHON = Skill("wh:python", "Python")
KUBERNETES = Skill("wh:kubernetes", "Kubernetes")
TENSORFLOW = Skill("wh:tensorflow", "TensorFlow")


def make_candidate(
    skills: dict[Skill, EvidenceKind] | None = None, consent: bool = True, **fields: Any
) -> Candidate:
    """A candidate whose skills are each shown by one evidence item of the given kind."""
    defaults: dict[str, Any] = dict(
        name="Ada Example", email="ada@example.com", country="PL", timezone="Europe/Warsaw",
        years_experience=6.0, pay_expectation_usd=70000.0,
    )
    candidate = Candidate(**{**defaults, **fields})
    for skill, kind in (skills or {}).items():
        text = f"Built a production system with {skill.label} serving 2M requests a day."
        item = EvidenceItem(kind, f"{skill.label} work", text, start=date(2020, 1, 1))
        start = text.index(skill.label)
        candidate.evidence.append(item)
        candidate.skills.append(
            SkillMention(skill, 1.0, item.id, (start, start + len(skill.label)), text)
        )
    if consent:
        candidate.consents.append(Consent(ConsentPurpose.MATCHING, True, "test"))
    return candidate


def make_role(requirements: list[Requirement] | None = None, **fields: Any) -> Role:
    defaults: dict[str, Any] = dict(
        tenant_id="ten_test", title="ML Engineer", company="Acme", seniority=Seniority.SE,
        timezone="Europe/Berlin", min_overlap_hours=0.0, budget_usd_year=100000.0,
    )
    role = Role(**{**defaults, **fields})
    role.requirements = requirements if requirements is not None else [
        Requirement(PYTORCH, must=True), Requirement(KUBERNETES, must=False),
    ]
    return role
