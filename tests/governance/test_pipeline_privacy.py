"""A person in a tenant's pipeline: the subject-access export holds their applications with the
stage history and its reasons, notes, scorecards, the stored shortlists naming them and the
webhook deliveries about them; erasure removes those deliveries (JSON and Slack bodies, the
queued and the sent), and leaves other people's."""

from __future__ import annotations

import json
from pathlib import Path

from tests.factories import make_candidate, make_role
from worldhire.batch.rematch import KIND
from worldhire.batch.repository import RunLedger, store_shortlist
from worldhire.batch.stored_shortlist import ScoredPair, ShortlistWhyOut
from worldhire.governance.access import ScopedServices
from worldhire.governance.export import subject_access
from worldhire.governance.principal import Principal
from worldhire.governance.store import Governance
from worldhire.pipeline.events import CANDIDATE_SHORTLISTED, STAGE_CHANGED
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.service import PipelineService, RatingInput
from worldhire.pipeline.webhooks import Webhooks

REASON = "Marta Nowak (marta.nowak@poczta.example) wants 40% more than the budget"


def test_export_holds_the_pipeline_and_erasure_removes_the_deliveries(
    gov: Governance, tmp_path: Path
) -> None:
    tenant = gov.repo.ensure_tenant("acme").id
    marta = make_candidate(name="Marta Nowak", email="marta.nowak@poczta.example",
                           tenant_id=tenant)
    other = make_candidate(name="Jan Kowalski", email="jan@poczta.example", tenant_id=tenant)
    gov.repo.save_candidates([marta, other])
    role = make_role(tenant_id=tenant, title="ML Engineer")
    gov.repo.save_role(role)
    hooks = Webhooks.on(gov.repo, allow_private=True)
    hooks.register(tenant, "http://127.0.0.1:9/json", [CANDIDATE_SHORTLISTED, STAGE_CHANGED])
    hooks.register(tenant, "http://127.0.0.1:9/slack", [STAGE_CHANGED], "slack")
    pipeline = PipelineService(gov.repo, SqlPipelineStore.on(gov.repo), hooks)

    mine = pipeline.add(marta.id, role.id, actor="recruiter:ewa")
    pipeline.note(mine.id, "Strong PyTorch, asks about relocation", author="recruiter:ewa")
    pipeline.score(mine.id, [RatingInput("PyTorch", 4, "trained ranking models"),
                             RatingInput("Kubernetes", 2, "only minikube")],
                   interviewer="interviewer:olek", summary="good fit")
    pipeline.move(mine.id, "rejected", actor="recruiter:ewa", reason=REASON)
    theirs = pipeline.add(other.id, role.id, actor="recruiter:ewa")
    pipeline.move(theirs.id, "contacted", actor="recruiter:ewa")
    # Stored as the nightly re-match stores it (its ranking needs Ray).
    run = RunLedger.on(gov.repo).open(KIND, {"top": 10}, fresh=True)
    why = ShortlistWhyOut(criteria={"skills": 0.9, "relevance": 0.7}, met=["PyTorch"],
                          partial=["Kubernetes"], missing=[])
    store_shortlist(gov.repo, run.id, role.id, [ScoredPair(marta.id, 0.91, why)])

    exported = subject_access(gov, marta.id).model_dump(mode="json")
    [application] = exported["applications"]
    assert application["role_title"] == "ML Engineer" and application["stage"] == "rejected"
    assert application["rejection_reason"] == REASON
    assert [(m["to"], m["reason"]) for m in application["stage_history"]] == [
        ("sourced", None), ("rejected", REASON)]
    assert application["notes"][0]["text"].startswith("Strong PyTorch")
    assert {r["requirement"]: r["rating"] for r in application["scorecards"][0]["ratings"]} == {
        "PyTorch": 4, "Kubernetes": 2}
    assert exported["shortlists"] == [{"role_id": role.id, "rank": 1, "score": 0.91,
                                       "criteria": why.model_dump(), "run_id": run.id,
                                       "computed_at": exported["shortlists"][0]["computed_at"]}]
    # Shortlisted and rejected in JSON, rejected in Slack (its text names the application only).
    delivered = exported["webhook_deliveries"]
    assert sorted(d["event"] for d in delivered) == sorted([CANDIDATE_SHORTLISTED,
                                                            STAGE_CHANGED, STAGE_CHANGED])
    assert any("text" in d["body"] and mine.id in d["body"]["text"] for d in delivered)
    assert other.id not in json.dumps(delivered) and theirs.id not in json.dumps(delivered)

    report = ScopedServices(gov, Principal.operator()).erase(marta.id)
    assert report.webhook_deliveries == 3
    left = hooks.deliveries(tenant_id=tenant)
    assert len(left) == 3  # Jan's: shortlisted, and contacted twice (JSON and Slack)
    text = json.dumps([d.body for d in left])
    for word in (marta.id, mine.id, "Marta", "marta.nowak@poczta.example"):
        assert word not in text
    assert other.id in text


def test_a_reason_naming_the_person_in_another_tenant_is_left_to_that_tenant(
    gov: Governance,
) -> None:
    acme, globex = gov.repo.ensure_tenant("acme").id, gov.repo.ensure_tenant("globex").id
    marta = make_candidate(name="Marta Nowak", email="marta.nowak@poczta.example",
                           tenant_id=acme)
    namesake = make_candidate(name="Marta Nowak", email="m.nowak@firma.example",
                              tenant_id=globex)
    gov.repo.save_candidates([marta, namesake])
    hooks = Webhooks.on(gov.repo, allow_private=True)
    for tenant in (acme, globex):
        role = make_role(tenant_id=tenant)
        gov.repo.save_role(role)
        hooks.register(tenant, "http://127.0.0.1:9/json", [STAGE_CHANGED])
        pipeline = PipelineService(gov.repo, SqlPipelineStore.on(gov.repo), hooks)
        person = marta if tenant == acme else namesake
        application = pipeline.add(person.id, role.id, actor="recruiter:x")
        pipeline.move(application.id, "rejected", actor="recruiter:x", reason=REASON)
    report = ScopedServices(gov, Principal.operator()).erase(marta.id)
    assert report.webhook_deliveries == 1
    assert len(hooks.deliveries(tenant_id=globex)) == 1
    assert hooks.deliveries(tenant_id=acme) == []
