"""Subject access: everything worldhire holds about a person, as one JSON document. The résumé
part follows the JSON Resume schema (jsonresume.org); worldhire's own fields, the evidence with
ids, the skills with the spans that support them, consents, retention, the automated decisions
they were part of (opened with their key; those about a profile merged into theirs too, each
saying which id it names), every résumé version as it was read and the files they came from
follow it, then every tenant's applications of them (stage history with reasons, notes,
scorecards), the stored shortlists they are on and the webhook deliveries naming them.
Every table of the personal-data registry (governance.personal_data) names the section that
shows its rows; those without a section of their own are listed column by column under
"records", found the way erasure finds them (governance.erasure.PersonRefs)."""

from __future__ import annotations

import json

from worldhire.core.geo.residency import region_for_country
from worldhire.core.models import Candidate, utcnow
from worldhire.governance.actors import ActorNames, Readers
from worldhire.governance.audit import AuditLog
from worldhire.governance.consent import retention_terms
from worldhire.governance.erasure import PersonRefs
from worldhire.governance.errors import GovernanceError
from worldhire.governance.export_schemas import (
    CandidateTokenOut,
    DecisionOut,
    ExportOut,
    HeldApplicationOut,
    HeldDeliveryOut,
    HeldEvidenceOut,
    HeldProfileOut,
    HeldSkillOut,
    IngestRecordOut,
    JsonResumeOut,
    ResidencyOut,
    RetentionOut,
    StoredShortlistOut,
    export_time,
)
from worldhire.governance.personal_data import PERSONAL_DATA, RECORDS, Lookup
from worldhire.governance.purges.repository import rows_where
from worldhire.governance.schemas import ConsentOut
from worldhire.governance.store import Governance
from worldhire.governance.subject_access.repository import (
    candidate_tokens,
    ingest_records,
    stored_shortlists,
)
from worldhire.identity.schemas import VersionOut
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.pipeline.webhooks import Webhooks


def _residency(gov: Governance, c: Candidate) -> ResidencyOut:
    placed = gov.repo.region_of(c.id)
    return ResidencyOut(region=placed or region_for_country(c.country),
                        stored_by_region=bool(placed))


def subject_access(gov: Governance, candidate_id: str) -> ExportOut:
    c = gov.repo.get_candidate(candidate_id)
    if c is None:
        raise GovernanceError(f"no candidate with id {candidate_id!r}")
    terms = retention_terms(gov, c.id)
    refs = PersonRefs.resolve(gov, c.id, c)
    hooks = Webhooks.on(gov.repo)
    # The document is the person's: whoever acted on them is named as the person reads it.
    names = ActorNames(gov, Readers.CANDIDATE)
    deliveries = sorted((hooks.delivery(i) for i in refs.ids[Lookup.DELIVERY]),
                        key=lambda d: (d.created_at, d.id), reverse=True)
    return ExportOut(
        generated_at=export_time(utcnow()),
        candidate_id=c.id,
        resume=JsonResumeOut.of(c),
        worldhire=HeldProfileOut.of(c, _residency(gov, c)),
        evidence=[HeldEvidenceOut.of(e) for e in c.evidence],
        skills=[HeldSkillOut.of(m) for m in c.skills],
        consents=[ConsentOut.of(k) for k in c.consents],
        retention=None if terms is None else RetentionOut.of(terms),
        # Entries about a profile merged into this one are the person's too; `about_id` says
        # which of their ids each names.
        decisions=[DecisionOut.of(r, names)
                   for r in AuditLog(gov).about(*refs.ids[Lookup.CANDIDATE])],
        versions=[VersionOut.of(v, original=True)
                  for v in gov.repo.versions_of(c.id, documents=True)],
        ingest=[IngestRecordOut.of(r) for r in ingest_records(gov, c.id)],
        accounts=[CandidateTokenOut.of(t) for t in candidate_tokens(gov, c.id)],
        applications=_applications(gov, c.id, names),
        shortlists=[StoredShortlistOut.of(s) for s in stored_shortlists(gov, c.id)],
        # Found as erasure finds them: by the person's ids anywhere, by their name or address
        # only in the tenants that had them (elsewhere the same name may be someone else's).
        webhook_deliveries=[HeldDeliveryOut.of(d, json.loads(d.body)) for d in deliveries],
        records={
            held.table: rows_where(gov, held.table, held.key, refs.ids[held.lookup],
                                   held.withheld)
            for held in PERSONAL_DATA if held.export == RECORDS and held.direct
        },
    )


def _applications(gov: Governance, candidate_id: str, names: ActorNames
                  ) -> list[HeldApplicationOut]:
    """Every tenant's application of the person: the stages it went through with the reasons
    given, the notes written and the scorecards filled about them."""
    store = SqlPipelineStore.on(gov.repo)
    out = []
    for a in store.applications_of(candidate_id):
        role = gov.repo.get_role(a.role_id)
        out.append(HeldApplicationOut.of(
            a, role_title=role.title if role else None, company=role.company if role else None,
            history=store.history(a.id), notes=store.notes(a.id),
            scorecards=store.scorecards(a.id), names=names))
    return out
