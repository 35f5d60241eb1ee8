"""/api/v1/me, users and tokens (admins), candidate self-registration, and the audit log."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, Query, Request, UploadFile

from worldhire.api.deps import Caller, Ctx
from worldhire.api.problems import Problem
from worldhire.api.scope import lookup, services
from worldhire.api.uploads import read_uploads, register
from worldhire.governance.audit import Anchor
from worldhire.governance.bias import audit_decisions
from worldhire.governance.errors import GovernanceError
from worldhire.governance.principal import AccessRole, Action
from worldhire.governance.schemas import (
    AuditCheckOut,
    AuditEntryOut,
    BiasAuditOut,
    DecisionsIn,
    MeOut,
    ShortlistBiasOut,
    TenantSettingsIn,
    TenantSettingsOut,
    TokenIssued,
    TokenOut,
    UserIn,
    UserOut,
)
from worldhire.governance.shortlist_audit import GroupBy
from worldhire.governance.shortlist_audit import shortlist_bias as audit_shortlists
from worldhire.ingest.schemas import FileOutcomeOut, SignupOut

router = APIRouter(tags=["accounts"])


@router.get("/me", summary="Who the token stands for")
def me(ctx: Ctx, caller: Caller) -> MeOut:
    found = MeOut.of(caller)
    if caller.candidate_id is None:
        return found
    # A candidate's account is named by its profile's id: the person is their profile's name.
    person = services(ctx, caller).get_candidate(caller.candidate_id)
    return found.model_copy(update={"name": person.display_name})


@router.post("/signup", status_code=201, summary="A candidate registers by uploading a résumé")
def signup(
    ctx: Ctx, request: Request,
    files: Annotated[list[UploadFile], File(description="one résumé")],
    returning: Annotated[bool, Form(description="I had my data erased and ask to join again: "
                                    "takes me off the suppression list")] = False,
) -> SignupOut:
    ctx.limit_signup(request.client.host if request.client else "unknown")
    uploads = read_uploads(files, ctx.settings.max_file_bytes, allow_csv=False)
    outcome, token = register(ctx, uploads, "self-registration", returning=returning)
    return SignupOut(**FileOutcomeOut.of(outcome).model_dump(),
                     candidate_id=outcome.candidate_ids[0], token=token)


@router.get("/users", summary="The tenant's users (admins)")
def list_users(ctx: Ctx, caller: Caller) -> list[UserOut]:
    caller.require(Action.MANAGE_USERS)
    return [UserOut.of(u) for u in services(ctx, caller).list_users()]


@router.post("/users", status_code=201, summary="Add a user to the tenant (admins)")
def add_user(ctx: Ctx, caller: Caller, body: UserIn) -> UserOut:
    caller.require(Action.MANAGE_USERS)
    return UserOut.of(services(ctx, caller).add_user(body.email, AccessRole(body.role)))


@router.post("/users/{email_or_id}/tokens", status_code=201,
             summary="Issue an API token for a user; shown this once (admins)")
def issue_token(
    ctx: Ctx, caller: Caller, email_or_id: str,
    valid_days: Annotated[int | None, Query(ge=1, le=3650, description="the token stops "
                                            "working after this many days (default: never)")]
    = None,
) -> TokenIssued:
    caller.require(Action.MANAGE_USERS)
    valid_for = None if valid_days is None else timedelta(days=valid_days)
    with lookup():
        try:
            return TokenIssued(token=services(ctx, caller).issue_token(email_or_id, valid_for))
        except GovernanceError as exc:
            raise Problem(404, str(exc)) from exc


@router.get("/tokens", summary="The tenant's tokens, without secrets (admins)")
def list_tokens(ctx: Ctx, caller: Caller) -> list[TokenOut]:
    caller.require(Action.MANAGE_USERS)
    return [TokenOut.of(t) for t in services(ctx, caller).list_tokens()]


@router.delete("/tokens/{token_id}", status_code=204, summary="Revoke a token (admins)")
def revoke_token(ctx: Ctx, caller: Caller, token_id: str) -> None:
    caller.require(Action.MANAGE_USERS)
    with lookup():
        services(ctx, caller).revoke_token(token_id)


@router.get("/tenant/settings", summary="The tenant's settings: what its imports keep of a "
            "résumé as received (its own choice, or the deployment's default)")
def tenant_settings(ctx: Ctx, caller: Caller) -> TenantSettingsOut:
    settings = services(ctx, caller).tenant_settings()
    return TenantSettingsOut.of(settings.resume_originals())


@router.put("/tenant/settings", summary="Change the tenant's settings (admins; recorded in the "
            "audit log)")
def change_tenant_settings(ctx: Ctx, caller: Caller, body: TenantSettingsIn) -> TenantSettingsOut:
    caller.require(Action.CONFIGURE)
    settings = services(ctx, caller).tenant_settings()
    return TenantSettingsOut.of(settings.set_resume_originals(body.resume_originals))


@router.get("/audit/verify", summary="Check the hash chain of the audit log, and that it still "
            "holds the anchors (SEQ:HASH) kept from earlier checks")
def audit_verify(
    ctx: Ctx, caller: Caller, anchor: Annotated[list[str] | None, Query()] = None
) -> AuditCheckOut:
    caller.require(Action.READ_AUDIT)
    anchors = [Anchor.parse(a) for a in anchor or []]
    return AuditCheckOut.of(services(ctx, caller).verify_audit(anchors))


@router.get("/audit/entries", summary="Audit entries in scope, newest first")
def audit_entries(ctx: Ctx, caller: Caller) -> list[AuditEntryOut]:
    caller.require(Action.READ_AUDIT)
    scoped = services(ctx, caller)
    entries, names = scoped.audit_entries(latest=200), scoped.actor_names()
    return [AuditEntryOut.of(e, names) for e in reversed(entries)]


@router.post("/audit/bias", summary="Selection rates and impact ratios per group (LL144)",
             response_model_exclude_none=True)
def bias_audit(caller: Caller, body: DecisionsIn) -> BiasAuditOut:
    caller.require(Action.READ_AUDIT)
    return audit_decisions(body.rows, body.group_cols, body.selected_col, body.score_col)


@router.get("/audit/bias/shortlists",
            summary="Bias audit of this tenant's own shortlists, by region or country",
            response_model_exclude_none=True)
def shortlist_bias(
    ctx: Ctx, caller: Caller,
    top: Annotated[int, Query(ge=1, le=200)] = 10,
    by: Annotated[Literal["region", "country"], Query()] = "region",
) -> ShortlistBiasOut:
    caller.require(Action.READ_AUDIT)
    return audit_shortlists(services(ctx, caller), top=top, by=GroupBy(by))
