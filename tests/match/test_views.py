"""Shortlisted candidates side by side (match.views.compare_candidates): the requirements in
the role's order against what the ranker found for each person, on the shortlist the reader
was served; refusals say what to do."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.factories import KUBERNETES, PYTHON, PYTORCH, make_candidate, make_role
from worldhire.core.errors import InvalidInput, NotFound, RoleNotOpen
from worldhire.core.models import EvidenceKind, Requirement
from worldhire.governance.access import ScopedServices
from worldhire.governance.errors import AccessDenied, NotInScope
from worldhire.governance.principal import AccessRole, Principal
from worldhire.governance.store import Governance
from worldhire.match.schemas import MatchResultOut, SampledShortlistOut
from worldhire.match.views import compare_candidates, shortlist_page
from worldhire.store.sql.repository import SqlRepository


@dataclass
class Ranked:
    scoped: ScopedServices
    role_id: str
    ids: dict[str, str]  # name -> candidate id
    served: list[int]  # the shortlist lengths asked for

    def shortlist(self, top: int) -> list[MatchResultOut]:
        self.served.append(top)
        return MatchResultOut.ranked(self.scoped.shortlist(self.role_id, top=top).results)


@pytest.fixture
def ranked(repo: SqlRepository, tmp_path: Path) -> Ranked:
    gov = Governance(repo, tmp_path)
    acme = repo.ensure_tenant("acme").id
    people = {
        "Ana": make_candidate({PYTORCH: EvidenceKind.JOB, KUBERNETES: EvidenceKind.JOB},
                              name="Ana", tenant_id=acme, location="Kraków"),
        "Bo": make_candidate({PYTORCH: EvidenceKind.JOB}, name="Bo", tenant_id=acme,
                             country="RO"),
        "Cy": make_candidate({PYTHON: EvidenceKind.JOB}, name="Cy", tenant_id=acme),
        "Di": make_candidate({PYTHON: EvidenceKind.JOB}, name="Di", tenant_id=acme),
    }
    repo.save_candidates(list(people.values()))
    role = make_role([Requirement(PYTORCH), Requirement(KUBERNETES, must=False)],
                     tenant_id=acme)
    repo.save_role(role)
    user = Principal.user(acme, AccessRole.RECRUITER, "usr_ewa")
    return Ranked(ScopedServices(gov, user), role.id,
                  {name: p.id for name, p in people.items()}, [])


def test_the_picked_candidates_side_by_side_in_shortlist_order(ranked: Ranked) -> None:
    found = compare_candidates(ranked.scoped, ranked.role_id,
                               [ranked.ids["Bo"], ranked.ids["Ana"]], ranked.shortlist)

    assert found.role.id == ranked.role_id and found.requirements == ["PyTorch", "Kubernetes"]
    assert [c.result.name for c in found.candidates] == ["Ana", "Bo"]
    assert [c.result.rank for c in found.candidates] == [1, 2]
    assert [c.place for c in found.candidates] == ["Kraków", "RO"]
    ana, bo = found.candidates
    assert {q: ch.status for q, ch in ana.checks.items()} == {
        "PyTorch": "met", "Kubernetes": "met"}
    assert {q: ch.status for q, ch in bo.checks.items()} == {
        "PyTorch": "met", "Kubernetes": "missing"}
    assert ranked.served == [50]  # read from the top 50 the reader is served


@pytest.mark.parametrize(("picked", "words"), [
    (1, "Tick two or three candidates"), (4, "at most 3 candidates side by side: you ticked 4")])
def test_one_or_four_people_are_refused_in_words(ranked: Ranked, picked: int, words: str
                                                 ) -> None:
    with pytest.raises(InvalidInput, match=words):
        compare_candidates(ranked.scoped, ranked.role_id, list(ranked.ids.values())[:picked],
                           ranked.shortlist)
    assert ranked.served == []  # refused before anything is ranked


def test_someone_off_the_shortlist_is_not_found(ranked: Ranked) -> None:
    with pytest.raises(NotFound, match="top 50"):
        compare_candidates(ranked.scoped, ranked.role_id, [ranked.ids["Ana"], "cand_nobody"],
                           ranked.shortlist)


def test_another_tenants_role_and_a_viewer_are_refused(ranked: Ranked) -> None:
    globex = ranked.scoped.gov.repo.ensure_tenant("globex").id
    outsider = ScopedServices(ranked.scoped.gov,
                              Principal.user(globex, AccessRole.RECRUITER, "usr_gus"))
    two = [ranked.ids["Ana"], ranked.ids["Bo"]]
    with pytest.raises(NotInScope):
        compare_candidates(outsider, ranked.role_id, two, ranked.shortlist)
    viewer = ScopedServices(ranked.scoped.gov,
                            Principal.user(ranked.scoped.principal.tenant_id or "",
                                           AccessRole.VIEWER, "usr_vi"))
    with pytest.raises(AccessDenied, match="may not rank"):
        compare_candidates(viewer, ranked.role_id, two, ranked.shortlist)


def test_the_shortlist_page_names_its_people_and_who_is_on_the_pipeline(ranked: Ranked) -> None:
    from worldhire.match.schemas import ShortlistOut
    from worldhire.pipeline.repository import SqlPipelineStore
    from worldhire.pipeline.scoped import ScopedPipeline
    from worldhire.pipeline.service import PipelineService
    from worldhire.pipeline.webhooks import Webhooks

    repo = ranked.scoped.gov.repo
    pipeline = ScopedPipeline(ranked.scoped, PipelineService(repo, SqlPipelineStore.on(repo)),
                              Webhooks.on(repo, allow_private=True))
    pipeline.add(ranked.ids["Bo"], ranked.role_id)

    def served() -> ShortlistOut:
        shortlist = ranked.scoped.shortlist(ranked.role_id, top=3)
        return ShortlistOut.served(SampledShortlistOut.of(shortlist), "aud_test")

    found = shortlist_page(ranked.scoped, pipeline, ranked.role_id, served)
    assert found.role.id == ranked.role_id
    assert [found.people[r.candidate_id].name for r in found.view.results][:2] == ["Ana", "Bo"]
    assert list(found.on_pipeline) == [ranked.ids["Bo"]]
    role = repo.get_role(ranked.role_id)
    assert role is not None
    role.status = "closed"
    repo.save_role(role)
    with pytest.raises(RoleNotOpen, match="is closed: reopen it"):
        shortlist_page(ranked.scoped, pipeline, ranked.role_id, served)
