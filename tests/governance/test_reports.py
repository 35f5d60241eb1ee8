"""The shortlist audit by region and the model card, generated from the code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.factories import KUBERNETES, PYTORCH, make_candidate, make_role
from worldhire.cli.main import app
from worldhire.core.models import EvidenceKind
from worldhire.governance.modelcard import model_card
from worldhire.governance.shortlist_audit import GroupBy, shortlist_audit
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


def test_the_shortlist_audit_counts_the_real_shortlists(gov: Governance) -> None:
    role_id = _world(gov)
    report = shortlist_audit(gov, top=4, by=GroupBy.REGION)
    chosen = {r.candidate.country for r in shortlist(gov.repo, role_id, top=4).results}
    assert chosen == {"PL"}  # the evidence decides: only the Polish profiles show the skills
    groups = report["overall"]["groups"]
    assert groups["EU"] == {"selection_rate": 1.0, "impact_ratio": 1.0, "count": 4,
                            "flagged": False}
    assert groups["IN"]["selection_rate"] == 0.0 and groups["IN"]["flagged"]
    assert list(report["roles"]) == [role_id]
    by_country = shortlist_audit(gov, top=4, by=GroupBy.COUNTRY)
    assert set(by_country["overall"]["groups"]) == {"PL", "IN"}


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
    assert data["overall"]["groups"]["IN"]["count"] == 4
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
