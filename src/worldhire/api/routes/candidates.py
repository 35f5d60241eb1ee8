"""/api/v1/candidates: upload, list, read, versions, evidence, roles-for, consent, export and
erasure."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from fastapi.responses import Response

from worldhire.api.deps import Caller, Ctx
from worldhire.api.downloads import original_file
from worldhire.api.problems import Problem
from worldhire.api.schemas import (
    CURSOR_HELP,
    OFFSET_HELP,
    RECOUNT_HELP,
    Page,
    reachable_offset,
    read_cursor,
    store_page,
)
from worldhire.api.scope import lookup, services, tenant_of
from worldhire.api.uploads import (
    ingest_uploads,
    new_version,
    read_uploads,
    refuse_if_all_failed,
)
from worldhire.core.models import ConsentPurpose
from worldhire.governance.candidate_schemas import (
    CandidateOut,
    CandidateSummaryOut,
    EvidenceOut,
)
from worldhire.governance.corrections import ProfileCorrection
from worldhire.governance.export_schemas import ExportOut
from worldhire.governance.principal import Action
from worldhire.governance.schemas import (
    ConsentIn,
    ConsentOut,
    CorrectionOut,
    ErasureOut,
    ProfileEdit,
)
from worldhire.identity.schemas import DuplicateOut, MergeIn, MergeOut, VersionOut
from worldhire.ingest.formats import format_names
from worldhire.ingest.schemas import FileOutcomeOut, JsonResumeIn, UploadResults
from worldhire.ingest.service import Kind
from worldhire.ingest.shared.country_input import optional_country, typed_country
from worldhire.match.schemas import RoleFitOut

router = APIRouter(prefix="/candidates", tags=["candidates"])


@router.post("/files", status_code=201, summary=f"Upload résumé files ({format_names()})")
def upload_files(
    ctx: Ctx, caller: Caller, files: Annotated[list[UploadFile], File(description="résumés")]
) -> UploadResults:
    caller.require(Action.WRITE)
    tenant_id = tenant_of(caller)
    uploads = read_uploads(files, ctx.settings.max_file_bytes, allow_csv=True)
    outcomes = ingest_uploads(ctx.ingest(tenant_id), uploads)
    ctx.wrote()
    refuse_if_all_failed(outcomes)
    return UploadResults(results=[FileOutcomeOut.of(o) for o in outcomes])


async def _body_as_sent(request: Request) -> bytes:
    return await request.body()


@router.post("/json-resume", status_code=201, summary="Add a candidate from a JSON Resume body",
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": JsonResumeIn.model_json_schema()}}}})
def upload_json_resume(ctx: Ctx, caller: Caller,
                       body: Annotated[bytes, Depends(_body_as_sent)]) -> FileOutcomeOut:
    # The body is read as an uploaded .json file is, in the parser workers under the
    # per-document budget: parsed here, a body of many small objects cost the server seconds
    # of CPU (on the event loop) and more memory than the 512 MB it may hold (issue 18).
    caller.require(Action.WRITE)
    tenant_id = tenant_of(caller)
    outcome = ctx.ingest(tenant_id).ingest_bytes(body, "resume.json", Kind.RESUME)
    ctx.wrote()
    refuse_if_all_failed([outcome])
    return FileOutcomeOut.of(outcome)


COUNTRY_HELP = "a country's name (Germany, Deutschland) or its ISO code (DE, DEU)"
WORDS_HELP = ("words, each the start of a word of the name, the headline or a skill "
              "(case and accents aside: 'jose pyt' finds José, a Python developer)")


@router.get("", summary="List candidates in scope, with filters, by name")
def list_candidates(
    ctx: Ctx, caller: Caller,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description=OFFSET_HELP)] = 0,
    cursor: Annotated[str | None, Query(max_length=2000, description=CURSOR_HELP)] = None,
    country: Annotated[str | None, Query(max_length=60, description=COUNTRY_HELP)] = None,
    skill: Annotated[str | None, Query(max_length=100, description="skill id or label")] = None,
    q: Annotated[str | None, Query(max_length=200, description=WORDS_HELP)] = None,
    recount: Annotated[bool, Query(description=RECOUNT_HELP)] = False,
) -> Page[CandidateSummaryOut]:
    offset = reachable_offset(offset)
    position = read_cursor(cursor)
    found = services(ctx, caller).candidate_page(
        country=optional_country(country), skill=skill, words=(q or "").split(), limit=limit,
        offset=offset,
        after=position.after if position else None,
        count=position is None or position.needs_count(recount))
    return store_page(found, [CandidateSummaryOut.of(c) for c in found.items], limit, offset,
                      cursor=position)


@router.get("/{candidate_id}", summary="One candidate's profile")
def get_candidate(ctx: Ctx, caller: Caller, candidate_id: str) -> CandidateOut:
    caller.require(Action.READ)
    scoped = services(ctx, caller)
    with lookup():
        person = scoped.get_candidate(candidate_id)
        contact = scoped.may_contact(person)
        return CandidateOut.of(person, contact=contact, versions=scoped.versions(candidate_id))


@router.patch("/{candidate_id}", summary="Correct a candidate's parsed fields (recorded in the "
              "audit log)")
def update_candidate(ctx: Ctx, caller: Caller, candidate_id: str, body: ProfileEdit
                     ) -> CorrectionOut:
    caller.require(Action.WRITE)
    given = body.model_dump(exclude_unset=True)
    if given.get("country"):  # "" clears it
        given["country"] = typed_country(given["country"])
    if "links" in given:
        given["links"] = tuple(given["links"] or ())
    with lookup():
        changed = services(ctx, caller).correct_profile(candidate_id, ProfileCorrection(**given))
    ctx.wrote()
    return CorrectionOut(candidate_id=candidate_id, changed=changed)


@router.post("/{candidate_id}/versions", status_code=201,
             summary="Read a newer résumé into a profile you hold, as a new version")
def upload_version(ctx: Ctx, caller: Caller, candidate_id: str,
                   files: Annotated[list[UploadFile], File(description="one résumé file")]
                   ) -> FileOutcomeOut:
    caller.require(Action.WRITE)
    uploads = read_uploads(files, ctx.settings.max_file_bytes, allow_csv=False)
    if len(uploads) != 1:
        raise Problem(422, "send one résumé file: a version is one person's résumé")
    with lookup():
        return FileOutcomeOut.of(new_version(ctx, services(ctx, caller), candidate_id,
                                             uploads[0]))


@router.get("/{candidate_id}/versions", summary="Every résumé file the candidate was read from")
def get_versions(ctx: Ctx, caller: Caller, candidate_id: str) -> list[VersionOut]:
    caller.require(Action.READ)
    scoped = services(ctx, caller)
    with lookup():
        contact = scoped.may_contact(scoped.get_candidate(candidate_id))
        return [VersionOut.of(v, contact=contact)
                for v in scoped.versions(candidate_id, documents=True)]


@router.post("/{candidate_id}/merge", summary="Merge another profile of your company into this "
             "one (recorded in the audit log with what moved)")
def merge(ctx: Ctx, caller: Caller, candidate_id: str, body: MergeIn) -> MergeOut:
    caller.require(Action.WRITE)
    with lookup(), ctx.services.unit_of_work() as work:
        scoped = services(ctx, caller)
        moved = scoped.merge_candidates(candidate_id, body.other_id, take=body.take)
        work.commit()
    scoped.forget_merged(body.other_id)
    ctx.wrote()
    return MergeOut.of(moved)


@router.get("/{candidate_id}/duplicates",
            summary="Other profiles of the same pool that may be the same person")
def get_duplicates(ctx: Ctx, caller: Caller, candidate_id: str) -> list[DuplicateOut]:
    caller.require(Action.READ)
    with lookup():
        found = services(ctx, caller).likely_duplicates(candidate_id)
    return [DuplicateOut(id=c.id, name=c.display_name, headline=c.headline, country=c.country,
                         reasons=said) for c, said in found]


@router.get(
    "/{candidate_id}/versions/{version_id}/original", response_class=Response,
    summary="Download the résumé file a version was read from, as received",
    responses={200: {"description": "the original file, as an attachment",
                     "content": {"application/octet-stream": {}}},
               409: {"description": "a platform profile whose person has not agreed to be "
                                    "contacted (the file states their contact details)"}},
)
def download_original(ctx: Ctx, caller: Caller, candidate_id: str, version_id: str
                      ) -> Response:
    caller.require(Action.READ)
    with lookup():
        version, data = services(ctx, caller).original(candidate_id, version_id)
    return original_file(version, data)


@router.get("/{candidate_id}/evidence", summary="Evidence items and the skills each one shows")
def get_evidence(ctx: Ctx, caller: Caller, candidate_id: str) -> list[EvidenceOut]:
    caller.require(Action.READ)
    with lookup():
        return EvidenceOut.of_candidate(services(ctx, caller).get_candidate(candidate_id))


@router.get("/{candidate_id}/roles", summary="The open roles this candidate fits best")
def roles_for(
    ctx: Ctx, caller: Caller, candidate_id: str,
    top: Annotated[int, Query(ge=1, le=50)] = 5,
) -> list[RoleFitOut]:
    caller.require(Action.READ)
    scoped = services(ctx, caller)
    with lookup():
        results = scoped.roles_for(candidate_id, top=top)
    return RoleFitOut.fits(results, scoped.employers([r.role for r in results]))


@router.get("/{candidate_id}/consent", summary="Consent records, oldest first")
def get_consent(ctx: Ctx, caller: Caller, candidate_id: str) -> list[ConsentOut]:
    caller.require(Action.READ)
    with lookup():
        return ConsentOut.of_candidate(services(ctx, caller).get_candidate(candidate_id))


@router.post("/{candidate_id}/consent", status_code=201, summary="Record consent or its withdrawal")
def post_consent(ctx: Ctx, caller: Caller, candidate_id: str, body: ConsentIn
                 ) -> list[ConsentOut]:
    caller.require(Action.RECORD_CONSENT)
    scoped = services(ctx, caller)
    # The consent and the withdrawal's webhook deliveries are written together, or not at all.
    with lookup(), ctx.services.unit_of_work() as work:
        scoped.get_candidate(candidate_id)
        scoped.record_consent(candidate_id, ConsentPurpose(body.purpose), granted=body.granted,
                              source=body.source, company=body.company)
        work.commit()
    ctx.wrote()
    with lookup():
        return ConsentOut.of_candidate(scoped.get_candidate(candidate_id))


@router.get("/{candidate_id}/export", summary="Everything held about the person (subject access)")
def export(ctx: Ctx, caller: Caller, candidate_id: str) -> ExportOut:
    caller.require(Action.EXPORT)
    with lookup():
        return services(ctx, caller).export(candidate_id)


@router.delete("/{candidate_id}", summary="Erase the person everywhere (verified erasure)")
def erase(ctx: Ctx, caller: Caller, candidate_id: str) -> ErasureOut:
    caller.require(Action.ERASE)
    with lookup():
        report = services(ctx, caller).erase(candidate_id)
    ctx.wrote()
    if not report.found:
        raise Problem(404, f"no candidate {candidate_id!r} in your scope")
    return ErasureOut.of(candidate_id, report)
