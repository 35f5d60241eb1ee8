"""The shortlist audit by region and the model card, generated from the code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.factories import KUBERNETES, PYTORCH, make_candidate, make_role
from worldhire.cli.main import app
from worldhire.core.models import EvidenceKind
from worldhire.governance.access import ScopedServices
from worldhire.governance.modelcard import model_card
from worldhire.governance.principal import AccessRole, Principal
from worldhire.governance.schemas import ShortlistBiasOut
from worldhire.governance.shortlist_audit import GroupBy, shortlist_bias
from worldhire.governance.store import Governance
from worldhire.match import criteria
from worldhire.match import service as match_service
from worldhire.match.service import shortlist
from worldhire.store.sql.repository import SqlRepository


def _world(gov: Governance) -> str:
    tenant = gov.repo.ensure_tenant("acme")
    strong = {PYTORCH: EvidenceKind.JOB, KUBERNETES: EvidenceKind.PROJECT}
    people = [make_candidate(strong, name=f"PL{i}", country="PL", timezone="Europe/Warsaw")
              for i in range(4)]
    people += [make_candidate({}, name=f"IN{i}", country="IN", timezone="Asia/Kolkata")
               for i in range(4)]
    gov.repo.save_candidates(people)
    role = make_role(tenant_id=tenant.id)
    gov.repo.save_role(role)
    return role.id


def _audit(gov: Governance, principal: Principal | None = None, *, top: int = 4,
           by: GroupBy = GroupBy.REGION) -> ShortlistBiasOut:
    return shortlist_bias(ScopedServices(gov, principal or Principal.operator()), top=top, by=by)


def test_the_shortlist_audit_counts_the_real_shortlists(gov: Governance) -> None:
    role_id = _world(gov)
    report = _audit(gov)
    chosen = {r.candidate.country for r in shortlist(gov.repo, role_id, top=4).results}
    assert chosen == {"PL"}  # the evidence decides: only the Polish profiles show the skills
    eu, india = report.groups["EU"], report.groups["IN"]
    assert (eu.selection_rate, eu.impact_ratio, eu.count, eu.flagged) == (1.0, 1.0, 4, False)
    assert india.selection_rate == 0.0 and india.flagged
    assert report.flagged == ["region=IN"] and list(report.by_role) == [role_id]
    assert report.by_role[role_id].groups == report.groups
    assert set(_audit(gov, by=GroupBy.COUNTRY).groups) == {"PL", "IN"}


def test_groups_of_a_few_people_are_marked_as_small_samples(gov: Governance) -> None:
    _world(gov)  # four people a region
    report = _audit(gov)
    assert all(g.small_sample for g in report.groups.values())
    assert report.small_groups == ["region=EU", "region=IN"]
    gov.repo.save_candidates([make_candidate({}, name=f"IN+{i}", country="IN",
                                             timezone="Asia/Kolkata") for i in range(8)])
    assert _audit(gov).small_groups == ["region=EU"]  # India now has twelve


def test_each_role_is_ranked_over_its_own_pool_with_consent(gov: Governance) -> None:
    role_id = _world(gov)
    other = gov.repo.ensure_tenant("globex")
    gov.repo.save_candidates([
        make_candidate({PYTORCH: EvidenceKind.JOB}, name="Globex's own", country="BR",
                       timezone="America/Sao_Paulo", tenant_id=other.id),
        make_candidate({PYTORCH: EvidenceKind.JOB}, consent=False, name="No consent",
                       country="KE", timezone="Africa/Nairobi"),
    ])
    report = _audit(gov)
    assert report.rows == 8 and set(report.groups) == {"EU", "IN"}
    tenant_id = gov.repo.get_role(role_id).tenant_id  # type: ignore[union-attr]
    as_acme = _audit(gov, Principal.user(tenant_id, AccessRole.VIEWER, "test"))
    assert as_acme.rows == 8 and list(as_acme.by_role) == [role_id]
    as_globex = _audit(gov, Principal.user(other.id, AccessRole.VIEWER, "test"))
    assert as_globex.roles == 0 and as_globex.rows == 0 and as_globex.groups == {}


def test_the_cli_reports_shortlists_by_region(home: Path) -> None:
    home.mkdir(parents=True)
    gov = Governance(SqlRepository(f"sqlite:///{home / 'worldhire.db'}"))
    _world(gov)
    gov.repo.close()
    runner = CliRunner()
    table = runner.invoke(app, ["--home", str(home), "audit", "shortlists", "--by", "region",
                                "--top", "4"])
    assert table.exit_code == 0, table.output
    assert "EU" in table.output and "flagged" in table.output
    data = json.loads(runner.invoke(app, ["--home", str(home), "audit", "shortlists", "--top",
                                          "4", "--json"]).output)
    assert data["groups"]["IN"]["count"] == 4 and data["groups"]["IN"]["small_sample"]
    assert "small sample" in table.output
    for_acme = runner.invoke(app, ["--home", str(home), "audit", "shortlists", "--tenant",
                                   "acme", "--json"])
    assert json.loads(for_acme.output)["roles"] == 1
    unknown = runner.invoke(app, ["--home", str(home), "audit", "shortlists", "--tenant", "nope"])
    assert unknown.exit_code != 0 and "nope" in unknown.output
    bad = runner.invoke(app, ["--home", str(home), "audit", "shortlists", "--by", "planet"])
    assert bad.exit_code == 2


def test_the_model_card_reads_weights_and_constants_from_the_ranker(
    home: Path, tmp_path: Path
) -> None:
    card = model_card()
    for section in ("## Intended use", "## Factors", "## Data", "## Metrics",
                    "## Ethical considerations and limits"):
        assert section in card
    assert f"| skills | {match_service.SKILLS_WEIGHT:g} |" in card
    assert f"earns {criteria.CLAIMED_CREDIT:g}" in card
    out = tmp_path / "card.md"
    done = CliRunner().invoke(app, ["--home", str(home), "audit", "model-card", "--out",
                                    str(out)])
    assert done.exit_code == 0 and out.read_text() == card


def test_the_model_card_follows_a_change_of_weight(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(match_service, "SKILLS_WEIGHT", 0.61)
    assert "| skills | 0.61 |" in model_card()
