"""The text a profile or a role is searched by, shared by the in-memory indexes and the store's
full-text index (no heavy imports: the store writes it with every profile).

The text indexed for a candidate is what they did (headline, summary, evidence), never their
name, contact details or where they live.
"""

from __future__ import annotations

from worldhire.core.models import Candidate, Role

# Evidence beyond this many characters adds little to a 256-token model and slows embedding.
PROFILE_CHARS = 2000


def profile_text(candidate: Candidate) -> str:
    parts = [candidate.headline, candidate.summary]
    parts += [f"{e.title}. {e.text}" for e in candidate.evidence]
    return "\n".join(p for p in parts if p)[:PROFILE_CHARS]


def role_text(role: Role) -> str:
    wanted = ", ".join(r.skill.label for r in role.requirements)
    return f"{role.title}. Requirements: {wanted}. {role.description}"[:PROFILE_CHARS]
