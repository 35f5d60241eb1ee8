"""Every time in a subject-access export is written one way, ISO 8601 with its UTC offset, in
every section: the store's own times (some read back without a zone), the API's models the export
reuses (scorecards), the rows of the registry's other tables and the webhook bodies as sent."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.factories import make_role
from tests.pipeline.receiver import receiver
from worldhire.batch.rematch import KIND
from worldhire.batch.repository import RunLedger, store_shortlist
from worldhire.batch.stored_shortlist import ScoredPair, ShortlistWhyOut
from worldhire.core.models import ConsentPurpose, Requirement, Skill
from worldhire.governance.access import ScopedServices
from worldhire.governance.accounts import Accounts
from worldhire.governance.corrections import ProfileCorrection
from worldhire.governance.decisions import audited_shortlist
from worldhire.governance.export import subject_access
from worldhire.governance.principal import Principal
from worldhire.governance.store import Governance
from worldhire.ingest.service import IngestService, Status
from worldhire.pipeline.events import STAGE_CHANGED
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.service import PipelineService, RatingInput
from worldhire.pipeline.webhooks import Webhooks

RESUME = """Zofia Wrona
zofia.wrona@mail.example | +48 600 555 123 | Kraków, Poland

Experience
Senior ML Engineer, Vistula Data (2018 - present)
- Trained PyTorch ranking models serving 3M requests a day on Kubernetes.

Skills
Python, PyTorch, Kubernetes
"""
# A value that starts with a date and a time of day is a timestamp the scan checks.
LOOKS_LIKE_A_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
ONE_WAY = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?\+00:00")


def timestamps(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from timestamps(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from timestamps(item, f"{path}[{i}]")
    elif isinstance(value, str) and LOOKS_LIKE_A_TIME.match(value):
        yield path, value


def test_every_time_in_a_real_export_is_iso_8601_with_its_utc_offset(
    gov: Governance, tmp_path: Path
) -> None:
    tenant = gov.repo.ensure_tenant("acme").id
    resume = tmp_path / "zofia-wrona.txt"
    resume.write_text(RESUME, encoding="utf-8")
    read = IngestService(gov.repo, tenant_id=tenant).ingest_file(resume)
    assert read.status is Status.ADDED, read.error
    [person] = read.candidate_ids
    operator = ScopedServices(gov, Principal.operator())
    operator.correct_profile(person, ProfileCorrection(headline="Ranking engineer"))
    operator.record_consent(person, ConsentPurpose.OUTREACH, granted=True, source="by e-mail")
    operator.set_retention(person, 365, source="by e-mail")
    Accounts(gov).issue_candidate_token(person, "her phone")
    role = make_role(tenant_id=tenant, title="ML Engineer",
                     requirements=[Requirement(Skill("wh:pytorch", "PyTorch"))])
    gov.repo.save_role(role)
    with receiver() as hook:
        hooks = Webhooks.on(gov.repo, allow_private=True)
        hooks.register(tenant, hook.url, [STAGE_CHANGED])
        pipeline = PipelineService(gov.repo, SqlPipelineStore.on(gov.repo), hooks)
        application = pipeline.add(person, role.id, actor="recruiter:ewa")
        pipeline.note(application.id, "Asks about relocation", author="recruiter:ewa")
        pipeline.score(application.id, [RatingInput("PyTorch", 4, "ranking models")],
                       interviewer="interviewer:olek", summary="good fit")
        pipeline.move(application.id, "contacted", actor="recruiter:ewa")
        hooks.drain()
    audited_shortlist(gov, role.id, actor="recruiter:ewa", top=5)
    run = RunLedger.on(gov.repo).open(KIND, {"top": 10}, fresh=True)
    why = ShortlistWhyOut(criteria={"skills": 0.9}, met=["PyTorch"], partial=[], missing=[])
    store_shortlist(gov.repo, run.id, role.id, [ScoredPair(person, 0.9, why)])

    exported = json.loads(subject_access(gov, person).document())
    found = dict(timestamps(exported))
    # Every section that holds a time is in the scan, so none is left unchecked.
    sections = {path.split(".")[1].split("[")[0] for path in found}
    assert sections >= {"generated_at", "resume", "worldhire", "consents", "retention",
                        "decisions", "versions", "ingest", "accounts", "applications",
                        "shortlists", "webhook_deliveries", "records"}
    assert any(".scorecards[" in path for path in found)
    assert any(".attempts[" in path for path in found)
    assert {path: at for path, at in found.items() if not ONE_WAY.fullmatch(at)} == {}
    now = datetime.now(UTC)
    assert all(abs((now - datetime.fromisoformat(at)).days) <= 366 for at in found.values())
