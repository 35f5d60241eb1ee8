"""A candidate's own report (market.service.own_report, the web app's "My profile"): what their
evidence shows, the gaps against the open roles whose filters they pass, the filters that leave
them out of the others, the roles they fit, what they may still apply to and where they did."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.factories import KUBERNETES, PYTHON, PYTORCH, TENSORFLOW, make_candidate, make_role
from worldhire.core.models import EvidenceKind, Requirement
from worldhire.governance.access import ScopedServices
from worldhire.governance.principal import Principal
from worldhire.governance.store import Governance
from worldhire.market.service import own_report
from worldhire.pipeline.applying import CandidateApplications
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.service import PipelineService
from worldhire.store.sql.repository import SqlRepository

DOWNLOAD = "/me/versions/{version_id}/original"


@dataclass
class Reader:
    """A self-registered Python engineer in Poland, signed in, and acme, a company posting."""

    acme: str
    person_id: str
    own: ScopedServices
    applications: CandidateApplications


@pytest.fixture
def reader(repo: SqlRepository, tmp_path: Path) -> Reader:
    acme = repo.ensure_tenant("acme").id
    person = make_candidate({PYTHON: EvidenceKind.JOB}, tenant_id=None, country="PL")
    repo.save_candidates([person])
    own = ScopedServices(Governance(repo, tmp_path), Principal.candidate(person.id))
    applications = CandidateApplications(own, PipelineService(repo, SqlPipelineStore.on(repo)))
    return Reader(acme, person.id, own, applications)


def test_the_report_reads_the_open_roles_as_the_ranker_does(repo: SqlRepository,
                                                           reader: Reader) -> None:
    acme = reader.acme
    ml = make_role([Requirement(PYTORCH), Requirement(PYTHON),
                    Requirement(KUBERNETES, must=False)], tenant_id=acme, title="ML Engineer")
    vision = make_role([Requirement(PYTORCH), Requirement(TENSORFLOW, must=False)],
                       tenant_id=acme, title="Vision Engineer")
    # Open only to people in Brazil: it leaves the person out, so it adds no gap.
    brazil = make_role([Requirement(KUBERNETES)], tenant_id=acme, title="Platform Engineer",
                       allowed_countries=["BR"])
    closed = make_role([Requirement(PYTHON)], tenant_id=acme, title="Analyst", status="closed")
    for role in (ml, vision, brazil, closed):
        repo.save_role(role)
    reader.applications.apply(ml.id)

    report = own_report(reader.own, reader.applications, download=DOWNLOAD)

    assert report.candidate.id == reader.person_id and report.strengths == [("Python", 1)]
    assert (report.open_roles, report.reachable) == (3, 2)
    assert report.left_out == [("lives outside the allowed countries (BR)", 1)]
    assert report.more_reasons == 0
    # PyTorch is a must for both roles; TensorFlow is a larger share of its two-skill role than
    # Kubernetes of its three-skill one, so closing it gains more.
    assert [g.skill for g in report.gaps] == ["PyTorch", "TensorFlow", "Kubernetes"]
    assert report.gaps[0].roles == 2 and report.gaps[0].must and not report.gaps[1].must
    assert report.gaps[0].gain > report.gaps[1].gain > report.gaps[2].gain > 0
    assert {m.role_title: m.applied for m in report.matches} == {
        "ML Engineer": "You applied.", "Vision Engineer": None}
    assert [r.title for r in report.can_apply] == ["Platform Engineer", "Vision Engineer"]
    assert [(a.role_title, a.state) for a in report.applications] == [
        ("ML Engineer", "in progress")]
    assert report.document.files == [] and report.document.latest is None


def test_fewer_reasons_are_shown_than_leave_the_person_out(repo: SqlRepository,
                                                          reader: Reader) -> None:
    for country in ("BR", "MX", "AR"):
        repo.save_role(make_role(tenant_id=reader.acme, allowed_countries=[country]))

    report = own_report(reader.own, reader.applications, download=DOWNLOAD, reasons=2)

    assert (report.open_roles, report.reachable) == (3, 0)
    assert len(report.left_out) == 2 and report.more_reasons == 1
    assert report.gaps == [] and report.matches == []
