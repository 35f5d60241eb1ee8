"""Reading a job post's text as an upload is read, and its must-have and nice-to-have skills:
shared by the tests of post batches."""

from __future__ import annotations

from worldhire.ingest.parse import parse_role_bytes
from worldhire.ingest.posts.role import RoleSpec


def read_post(text: str) -> RoleSpec:
    return parse_role_bytes(text.encode(), "post.txt")


def read_markdown_post(text: str) -> RoleSpec:
    return parse_role_bytes(text.encode(), "post.md")


def quotes(role: RoleSpec, *, must: bool) -> set[str]:
    """The post's words each requirement was read from, lower-cased, must-haves or the rest
    (a requirement of alternatives, "MLflow or Weights & Biases", and each of its others)."""
    return {q.lower() for r in role.requirements if r.must is must
            for q in (r.quote, *(a.quote for a in r.alternatives))}


def must_skills(role: RoleSpec) -> set[str]:
    """The skills of the must-haves, each member of a requirement of alternatives included."""
    return {s for r in role.requirements if r.must for s in r.member_skills}


def nice_skills(role: RoleSpec) -> set[str]:
    return {s for r in role.requirements if not r.must for s in r.member_skills}
