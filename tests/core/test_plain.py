"""`plain` must say exactly what `dataclasses.asdict` says (tuples as lists), since audit
digests computed with either have to agree on what a profile contains."""

from __future__ import annotations

import json
from dataclasses import asdict

from hypothesis import given
from hypothesis import strategies as st

from tests.factories import make_candidate, make_role
from worldhire.core.models import ConsentPurpose, EvidenceKind, Skill
from worldhire.core.plain import plain


def as_json(data: object) -> str:
    return json.dumps(data, sort_keys=True, default=str)


@given(
    name=st.text(max_size=40),
    years=st.none() | st.floats(min_value=0, max_value=60),
    labels=st.lists(st.sampled_from(["Python", "PyTorch", "SQL", "Kubernetes"]), max_size=4),
    kind=st.sampled_from(list(EvidenceKind)),
    consent=st.booleans(),
)
def test_plain_matches_asdict_for_candidates(
    name: str, years: float | None, labels: list[str], kind: EvidenceKind, consent: bool
) -> None:
    skills = {Skill(f"wh:{label.lower()}", label): kind for label in labels}
    person = make_candidate(skills, consent=consent, name=name, years_experience=years)
    assert as_json(plain(person)) == as_json(asdict(person))


def test_plain_matches_asdict_for_roles_and_leaves_values_alone() -> None:
    role = make_role()
    assert as_json(plain(role)) == as_json(asdict(role))
    assert plain({"a": (1, 2)}) == {"a": [1, 2]}
    assert plain(ConsentPurpose.MATCHING) is ConsentPurpose.MATCHING
