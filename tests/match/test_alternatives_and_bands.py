"""A requirement any one of several skills meets ("PyTorch or JAX") and a role's band of time
zones ("within UTC+1 to UTC+4"), through ranking, explanations, the store's retrieval, gaps
and the market view."""

from __future__ import annotations

from typing import Any

import pytest

from tests.factories import KUBERNETES, PYTORCH, TENSORFLOW, make_candidate, make_role
from worldhire.core.models import EvidenceKind, Requirement, Skill, ZoneBand
from worldhire.market.gaps import skill_gaps
from worldhire.market.supply import market_view
from worldhire.match import service
from worldhire.match.criteria import hard_filter, overlap_summary
from worldhire.match.models import RequirementStatus
from worldhire.match.service import rank, score_candidate, shortlist
from worldhire.store.sql.repository import SqlRepository

JAX = Skill("wh:jax", "JAX")
EITHER = Requirement(PYTORCH, alternatives=[JAX])


def no_neighbours(_: str) -> list[Any]:
    return []


def test_a_member_meets_the_requirement_in_full_and_is_named() -> None:
    role = make_role([EITHER, Requirement(KUBERNETES, must=False)])
    with_jax = make_candidate({JAX: EvidenceKind.JOB, KUBERNETES: EvidenceKind.JOB})
    with_pytorch = make_candidate({PYTORCH: EvidenceKind.JOB, KUBERNETES: EvidenceKind.JOB})
    jax_result = score_candidate(with_jax, role, no_neighbours)
    pytorch_result = score_candidate(with_pytorch, role, no_neighbours)
    [check, _] = jax_result.explanation.requirements
    assert (check.requirement, check.status, check.credit) == (
        "PyTorch or JAX", RequirementStatus.MET, 1.0)
    assert check.note == "has JAX"
    assert check.citations  # the evidence of the member that met it
    # JAX alone is no longer penalised for lacking PyTorch.
    assert jax_result.criteria["skills"] == pytorch_result.criteria["skills"] == 1.0


def test_the_best_member_decides_and_nobody_meets_it_with_neither() -> None:
    role = make_role([Requirement(PYTORCH, alternatives=[JAX, TENSORFLOW])])
    claimed = make_candidate({JAX: EvidenceKind.SKILLS, TENSORFLOW: EvidenceKind.JOB})
    [check] = score_candidate(claimed, role, no_neighbours).explanation.requirements
    assert (check.status, check.note) == (RequirementStatus.MET, "has TensorFlow")
    only_listed = make_candidate({JAX: EvidenceKind.SKILLS})
    [check] = score_candidate(only_listed, role, no_neighbours).explanation.requirements
    assert check.status is RequirementStatus.PARTIAL
    assert check.note.startswith("has JAX; listed as a skill")
    [check] = score_candidate(make_candidate({KUBERNETES: EvidenceKind.JOB}), role,
                              no_neighbours).explanation.requirements
    assert (check.requirement, check.status, check.note) == (
        "PyTorch, JAX or TensorFlow", RequirementStatus.MISSING, "")


def test_a_group_ranks_a_jax_engineer_beside_a_pytorch_one() -> None:
    role = make_role([EITHER])
    people = [make_candidate({JAX: EvidenceKind.JOB}, name="Jax"),
              make_candidate({PYTORCH: EvidenceKind.JOB}, name="Torch"),
              make_candidate({KUBERNETES: EvidenceKind.JOB}, name="Kube")]
    ranked = rank(people, role)
    assert [r.candidate.name for r in ranked.results][-1] == "Kube"


BAND = ZoneBand(1.0, 4.0, "within UTC+1 to UTC+4")


@pytest.mark.parametrize(("zone", "reason"), [
    ("Europe/Warsaw", None),  # UTC+1 (UTC+2 in summer: a zone is placed by its standard time)
    ("Europe/Istanbul", None),  # UTC+3
    ("Europe/London", "works from Europe/London (UTC+0), outside the role's UTC+1 to UTC+4"),
    ("America/Sao_Paulo",
     "works from America/Sao_Paulo (UTC-3), outside the role's UTC+1 to UTC+4"),
    ("Asia/Kolkata", "works from Asia/Kolkata (UTC+5:30), outside the role's UTC+1 to UTC+4"),
    (None, "time zone unknown, so working from UTC+1 to UTC+4 cannot be shown"),
])
def test_a_zone_band_is_a_hard_filter(zone: str | None, reason: str | None) -> None:
    role = make_role(zone_band=BAND)
    person = make_candidate(timezone=zone)
    assert hard_filter(person, role, overlap_summary(person, role)) == reason


def test_the_band_is_a_line_of_the_explanation() -> None:
    role = make_role(zone_band=BAND)
    result = score_candidate(make_candidate({PYTORCH: EvidenceKind.JOB}), role, no_neighbours)
    [overlap] = [c for c in result.explanation.criteria if c.name == "overlap"]
    assert overlap.detail.endswith("; Europe/Warsaw (UTC+1) is within UTC+1 to UTC+4")
    plain = score_candidate(make_candidate({PYTORCH: EvidenceKind.JOB}), make_role(),
                            no_neighbours)
    assert "within" not in next(c for c in plain.explanation.criteria
                                if c.name == "overlap").detail


def test_the_store_applies_the_band_in_sql_as_the_exact_rule_does(
    repo: SqlRepository, monkeypatch: pytest.MonkeyPatch,
) -> None:
    tenant = repo.ensure_tenant("acme")
    zones = ["Europe/Berlin", "Asia/Manila", "America/Sao_Paulo", "Europe/Istanbul", None,
             "Europe/Lisbon"]
    pool = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"P{i}", tenant_id=tenant.id,
                           timezone=zones[i % len(zones)]) for i in range(12)]
    repo.save_candidates(pool)
    role = make_role([EITHER], tenant_id=tenant.id, zone_band=BAND)
    repo.save_role(role)
    full = shortlist(repo, role.id, top=12)
    monkeypatch.setattr(service, "RETRIEVE_ABOVE", 0)
    stored = shortlist(repo, role.id, top=12)
    kept = {c.id for c in pool if hard_filter(c, role, overlap_summary(c, role)) is None}
    assert {r.candidate.id for r in stored.results} == kept == {
        r.candidate.id for r in full.results}
    assert {r.candidate.timezone for r in stored.results} == {"Europe/Berlin", "Europe/Istanbul"}
    assert not stored.rejected  # the store loaded nobody the band removes


def test_gaps_and_the_market_count_a_group_as_one_skill() -> None:
    role = make_role([EITHER, Requirement(KUBERNETES)], id="role_either")
    nobody = make_candidate({KUBERNETES: EvidenceKind.JOB}, name="Kube")
    jax = make_candidate({JAX: EvidenceKind.JOB}, name="Jax")
    [gap] = skill_gaps(nobody, [role], no_neighbours)
    assert (gap.label, gap.skill_id) == ("PyTorch or JAX", "wh:pytorch")
    assert skill_gaps(jax, [role], no_neighbours)[0].label == "Kubernetes"
    view = market_view([role], [nobody, jax])
    balance = {b.label: (b.skill_id, b.demand, b.supply) for b in view.skills}
    assert balance["PyTorch or JAX"] == ("wh:pytorch|wh:jax", 1, 1)
    assert "PyTorch" not in balance and "JAX" not in balance
