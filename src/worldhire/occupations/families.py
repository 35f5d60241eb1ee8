"""ESCO occupations to the salary data's role families (skills/titles.py), for the pay model.

The salary data (aijobs.net) covers AI, data and software roles only, so most occupations have
no family there: those give None, and pay should back off to a coarser level for them.
"""

from __future__ import annotations

from worldhire.core.models import OccupationRef
from worldhire.skills.titles import normalize_title


def salary_family(occupation: OccupationRef) -> str | None:
    """The salary data's role family of an occupation's preferred label, if it has one."""
    family = normalize_title(occupation.label).family
    return None if family == "other" else family
