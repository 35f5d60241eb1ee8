"""The service layer every read and write goes through, scoped to a Principal.

A tenant's users see their tenant's candidates and roles, plus the platform's self-registered
profiles that consented to matching; a candidate sees only their own record; the local operator
sees everything (acting within one company, that company's scope). Viewers only read; only
admins manage users, export, erase and read the audit log. Anything outside the principal's
scope is refused exactly like something that does not exist. Rankings and shares are written
to the audit log."""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Sequence
from dataclasses import asdict, replace
from datetime import timedelta
from pathlib import Path

from worldhire.batch.repository import forget_vector_rows
from worldhire.core.errors import InvalidInput
from worldhire.core.models import (
    Candidate,
    ConsentPurpose,
    ResumeVersion,
    Role,
    RoleStatus,
    new_id,
)
from worldhire.embed.protocol import Embedder
from worldhire.governance.accounts import Accounts, find_tenant
from worldhire.governance.actors import ActorNames, Readers
from worldhire.governance.audit import (
    Anchor,
    AuditEntry,
    AuditLog,
    SubjectRecord,
    VerifyReport,
)
from worldhire.governance.consent import RetentionTerms, record_consent, require_consent
from worldhire.governance.consent import set_retention as record_retention
from worldhire.governance.corrections import ProfileCorrection, apply_correction
from worldhire.governance.decisions import audited_shortlist, record_role_matches
from worldhire.governance.erasure import (
    ErasureReport,
    erase_candidate,
    person_ids,
    purge_pending,
)
from worldhire.governance.errors import AccessDenied, ErasureFailed, NotInScope
from worldhire.governance.export import subject_access
from worldhire.governance.export_schemas import ExportOut, JsonResumeOut
from worldhire.governance.principal import AccessRole, Action, Principal
from worldhire.governance.purges.repository import PendingPurges, PurgeReason
from worldhire.governance.store import Governance
from worldhire.governance.tenant_settings import TenantSettings
from worldhire.governance.users.repository import TokenInfo, User
from worldhire.identity.duplicates import reasons as duplicate_reasons
from worldhire.identity.duplicates import search_keys
from worldhire.identity.merge import MERGED, MergeReport, merge_profiles, narrowed_consents
from worldhire.match.models import MatchResult, Shortlist
from worldhire.match.service import MatchFilters
from worldhire.match.service import roles_for as match_roles_for
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.store.protocol import CandidateSummary, CandidateWrite, ListPage, PageScope


class ScopedServices:
    def __init__(self, gov: Governance, principal: Principal) -> None:
        self.gov = gov
        self.principal = principal
        self.audit = AuditLog(gov)
        self.accounts = Accounts(gov)

    # scope ---------------------------------------------------------------------------------------

    @property
    def _operator(self) -> bool:
        """Sees everything: the local operator, unless acting within one company, where the
        company's scope applies as to its admins."""
        return self.principal.over_every_tenant

    def _owns(self, candidate: Candidate) -> bool:
        """May change, export and erase this person's data."""
        p = self.principal
        if self._operator:
            return True
        if p.role is AccessRole.CANDIDATE:
            return candidate.id == p.candidate_id
        return candidate.tenant_id is not None and candidate.tenant_id == p.tenant_id

    def _sees(self, candidate: Candidate) -> bool:
        platform_pool = (
            candidate.tenant_id is None
            and self.principal.tenant_id is not None
            and candidate.consented(ConsentPurpose.MATCHING)
        )
        return self._owns(candidate) or platform_pool

    def may_contact(self, candidate: Candidate) -> bool:
        """Whether this principal is shown the person's e-mail and phone: whoever holds the
        profile (the person themself, their company, the operator) always; anyone else who sees
        a platform profile only once the person agreed to be contacted (as `contact` checks)."""
        return self._owns(candidate) or candidate.consented(ConsentPurpose.OUTREACH)

    def _candidate(self, candidate_id: str, action: Action, *, own: bool) -> Candidate:
        self.principal.require(action)
        found = self.gov.repo.get_candidate(candidate_id)
        if found is None or not (self._owns(found) if own else self._sees(found)):
            raise NotInScope(f"no candidate {candidate_id!r} in your scope")
        return found

    def _role(self, role_id: str, action: Action) -> Role:
        self.principal.require(action)
        found = self.gov.repo.get_role(role_id)
        if found is None or not self._role_in_scope(found):
            raise NotInScope(f"no role {role_id!r} in your scope")
        return found

    def _role_in_scope(self, role: Role) -> bool:
        p = self.principal
        if self._operator:
            return True
        if p.role is AccessRole.CANDIDATE:
            return role.status == "open"
        return role.tenant_id == p.tenant_id

    def _tenant_scope(self) -> str:
        if self.principal.tenant_id is None:
            raise AccessDenied("this needs a tenant's user")
        return self.principal.tenant_id

    # candidates ----------------------------------------------------------------------------------

    def list_candidates(self) -> list[Candidate]:
        self.principal.require(Action.READ)
        p = self.principal
        if self._operator:
            found = self.gov.repo.list_candidates(None)
            for tenant in self.gov.repo.list_tenants():
                found += self.gov.repo.list_candidates(tenant.id, include_platform=False)
            return found
        if p.role is AccessRole.CANDIDATE:
            own = self.gov.repo.get_candidate(p.candidate_id or "")
            return [own] if own else []
        pool = self.gov.repo.list_candidates(p.tenant_id, include_platform=True)
        return [c for c in pool if self._sees(c)]

    def exportable_candidates(self) -> list[Candidate]:
        """Whose data this principal may export in bulk: the people it holds (a company's own
        candidates, the operator's everyone, a candidate themself). Platform profiles a company
        may only match against are not its data to hand on."""
        self.principal.require(Action.EXPORT)
        if self._operator or self.principal.role is AccessRole.CANDIDATE:
            return self.list_candidates()  # everyone; or the person themself
        # Not the platform pool read to be dropped: only the company's own rows are read.
        return self.gov.repo.list_candidates(self._tenant_scope(), include_platform=False)

    def candidate_page(
        self, *, country: str | None = None, skill: str | None = None,
        words: Sequence[str] = (), limit: int = 50, offset: int = 0,
        after: tuple[str, str] | None = None, count: bool = True,
    ) -> ListPage[CandidateSummary]:
        """A page of `list_candidates` (same scope) as list rows, filtered and counted (unless
        `count` is false) by the store."""
        self.principal.require(Action.READ)
        p = self.principal
        if self._operator:
            scope = PageScope()
        elif p.role is AccessRole.CANDIDATE:
            scope = PageScope(candidate_id=p.candidate_id or "")
        else:
            scope = PageScope(tenant_id=self._tenant_scope())
        return self.gov.repo.candidate_page(scope, country=country, skill=skill, words=words,
                                            limit=limit, offset=offset, after=after,
                                            count=count)

    def get_candidate(self, candidate_id: str) -> Candidate:
        return self._candidate(candidate_id, Action.READ, own=False)

    def candidate_to_change(self, candidate_id: str) -> Candidate:
        """A profile the caller may change (their own, or their company's): before a new
        résumé version is read into it."""
        return self._candidate(candidate_id, Action.WRITE, own=True)

    def versions(self, candidate_id: str, *, documents: bool = False) -> list[ResumeVersion]:
        """The résumé files a candidate was read from, oldest first, each as it was read; with
        `documents`, each with its file as received, for whoever may see the person's contact
        details (`may_contact`: the document states them)."""
        candidate = self.get_candidate(candidate_id)
        return self.gov.repo.versions_of(
            candidate.id, documents=documents and self.may_contact(candidate))

    def original(self, candidate_id: str, version_id: str) -> tuple[ResumeVersion, bytes]:
        """The file a version was read from, to download. It states the person's contact
        details: a company that does not hold the profile gets it once the person agreed to
        be contacted, as with `contact`."""
        candidate = self.get_candidate(candidate_id)
        if not self._owns(candidate):
            require_consent(candidate, ConsentPurpose.OUTREACH)
        for version in self.gov.repo.versions_of(candidate.id, documents=True):
            document = version.document
            if version.id == version_id and document is not None and document.original:
                return version, document.original
        raise NotInScope(f"no original file of version {version_id!r} of candidate "
                         f"{candidate_id!r} in your scope")

    def likely_duplicates(self, candidate_id: str) -> list[tuple[Candidate, list[str]]]:
        """Other profiles of the same pool, among those the caller sees, that may be this
        person (identity.duplicates): the same e-mail address, profile link or phone number,
        or the same name in the same country. Strongest first."""
        candidate = self.get_candidate(candidate_id)
        repo = self.gov.repo
        mine = repo.identifier_keys(candidate.id)
        found = repo.candidates_by_keys(candidate.tenant_id, search_keys(mine))
        found.pop(candidate.id, None)
        out = []
        for other in repo.get_candidates(list(found)):
            said = duplicate_reasons(mine, found[other.id], same_country=bool(
                candidate.country and candidate.country == other.country))
            if said and self._sees(other):
                out.append((other, said))
        return sorted(out, key=lambda pair: -len(pair[1]))

    def merge_candidates(self, keep_id: str, other_id: str, *, take: Sequence[str] = ()
                         ) -> MergeReport:
        """Two profiles the caller holds, of one pool, made one: `keep_id` stays, `other_id`
        goes. Fields: `keep_id`'s where it states them, `other_id`'s for the gaps and for each
        field named in `take`; evidence, skills, résumé versions (with their files),
        identifiers and applications (with moves, notes and scorecards) move; consent is
        narrowed, never widened (identity.merge.narrowed_consents). The audit entry says what
        moved; the rows left under the other id (its audit entries, past shortlists) stay
        the person's through a `merged:` identifier, for erasure and the export."""
        if keep_id == other_id:
            raise InvalidInput("a profile cannot be merged with itself")
        keep = self._candidate(keep_id, Action.WRITE, own=True)
        other = self._candidate(other_id, Action.WRITE, own=True)
        if keep.tenant_id is None or keep.tenant_id != other.tenant_id:
            raise InvalidInput("only two profiles of one company's pool are merged; a platform "
                               "profile is the person's own (they upload a new version)")
        pipeline = SqlPipelineStore.on(self.gov.repo)
        kept_roles = {a.role_id for a in pipeline.applications_of(keep.id)}
        both = [a.role_id for a in pipeline.applications_of(other.id) if a.role_id in kept_roles]
        if both:
            raise InvalidInput("both profiles are in the pipeline of role(s) "
                               f"{', '.join(sorted(set(both)))}: withdraw or reject one of the "
                               "two applications first")
        try:
            merged = merge_profiles(keep, other, take)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from exc
        merged.consents, withdrawn = narrowed_consents(
            keep, other, f"merge of {other.id} into {keep.id}: one profile had not agreed")
        repo = self.gov.repo
        held = {v.content_hash for v in repo.versions_of(keep.id)}
        versions = [replace(v, candidate_id=keep.id, id=new_id("ver"))
                    for v in repo.versions_of(other.id, documents=True)
                    if v.content_hash not in held]
        keys = [*repo.identifier_keys(keep.id), *repo.identifier_keys(other.id),
                f"{MERGED}{other.id}"]
        applications = pipeline.move_applications(other.id, keep.id)
        # The other profile's rows go before the merge is written: its evidence keeps its ids
        # (skills point at them). The caller's unit of work makes the two one change.
        repo.delete_candidate(other.id)
        # The merged profile is queued for embedding by its save; the other one's vectors in
        # the store go now, those in files after the commit (`forget_merged`), from a purge
        # pending from this unit on, so one that fails is retried like an erasure's.
        forget_vector_rows(repo, other.id)
        PendingPurges(self.gov).add(other.id, PurgeReason.MERGED)
        repo.save_ingested([CandidateWrite(merged, versions, list(dict.fromkeys(keys)))])
        moved = MergeReport(kept=keep.id, merged=other.id, fields_taken=sorted(take),
                            versions=len(versions), applications=applications,
                            evidence=len(merged.evidence) - len(keep.evidence),
                            consents_withdrawn=withdrawn)
        self.audit.append(
            "merge-candidates", actor=self.principal.actor, tenant_id=keep.tenant_id,
            details=asdict(moved),
            subjects={keep.id: {"candidate_id": keep.id, "outcome": f"merged {other.id} in"},
                      other.id: {"candidate_id": other.id,
                                 "outcome": f"merged into {keep.id}"}},
        )
        return moved

    def forget_merged(self, other_id: str) -> dict[str, str]:
        """After a merge is committed: the indexes and caches outside the store forget the
        profile that went (its vectors, its cached assessment), so they hold the merged profile
        only (re-embedded from the job its save queued). Runs the purge the merge left pending
        (nothing happens when no committed merge left one). Returns the error of each purger
        that failed: the purge stays pending (`worldhire privacy purges`), retried by
        `--retry`, the next erasure or retention run; the entries of a profile no longer stored
        are never served meanwhile."""
        return purge_pending(self.gov, only=[other_id]).failed.get(other_id, {})

    def save_candidate(self, candidate: Candidate) -> None:
        self.principal.require(Action.WRITE)
        p = self.principal
        stored = self.gov.repo.get_candidate(candidate.id)
        if stored is not None and not self._owns(stored):
            raise NotInScope(f"no candidate {candidate.id!r} in your scope")
        if p.role is AccessRole.CANDIDATE:
            if stored is None:
                raise AccessDenied("a candidate account edits its own profile only")
            candidate = replace(candidate, tenant_id=stored.tenant_id, consents=stored.consents)
        elif not self._operator and candidate.tenant_id != p.tenant_id:
            raise AccessDenied("candidates are saved into your own tenant only")
        self.gov.repo.save_candidate(candidate)

    def correct_profile(self, candidate_id: str, correction: ProfileCorrection) -> list[str]:
        """Fixes what the parser read: the person themself, or the company holding the profile.
        The audit log names the fields changed (the values stay in the profile only)."""
        candidate = self._candidate(candidate_id, Action.WRITE, own=True)
        changed = apply_correction(candidate, correction)
        if changed:
            self.gov.repo.save_candidate(candidate)
            self.audit.append(
                "correct-profile", actor=self.principal.actor, tenant_id=candidate.tenant_id,
                details={"fields": changed},
                subjects={candidate.id: {"candidate_id": candidate.id,
                                         "outcome": "profile corrected", "fields": changed}},
            )
        return changed

    def contact(self, candidate_id: str) -> dict[str, str | list[str] | None]:
        """E-mail and phones, for outreach: the person must have agreed to be contacted."""
        candidate = self._candidate(candidate_id, Action.WRITE, own=False)
        require_consent(candidate, ConsentPurpose.OUTREACH)
        return {"email": candidate.email, "phone": candidate.phone,
                "other_phones": list(candidate.other_phones)}

    def share_with(self, candidate_id: str, company: str) -> JsonResumeOut:
        """The profile as handed to a named company: only with consent to share with it."""
        candidate = self._candidate(candidate_id, Action.WRITE, own=True)
        require_consent(candidate, ConsentPurpose.SHARING, company)
        self.audit.append(
            "share-profile", actor=self.principal.actor, tenant_id=candidate.tenant_id,
            details={"company": company}, subjects={candidate.id: {"shared_with": company}},
        )
        return JsonResumeOut.of(candidate)

    def record_consent(
        self, candidate_id: str, purpose: ConsentPurpose, *, granted: bool, source: str,
        company: str | None = None,
    ) -> None:
        self._candidate(candidate_id, Action.RECORD_CONSENT, own=True)
        record_consent(self.gov, candidate_id, purpose, granted=granted, source=source,
                       company=company)

    def set_retention(self, candidate_id: str, days: int, *, source: str) -> RetentionTerms:
        self._candidate(candidate_id, Action.RECORD_CONSENT, own=True)
        return record_retention(self.gov, candidate_id, days, source=source)

    # roles ---------------------------------------------------------------------------------------

    def list_roles(self) -> list[Role]:
        self.principal.require(Action.READ)
        if self._operator:
            return self.gov.repo.list_roles()
        if self.principal.role is AccessRole.CANDIDATE:
            return [r for r in self.gov.repo.list_roles() if r.status == "open"]
        return self.gov.repo.list_roles(self.principal.tenant_id)

    def employers(self, roles: Sequence[Role]) -> dict[str, str]:
        """Who posts each role, by role id: the company its post names, and the account
        (tenant) that posted it where that is another name. A post need not name its company,
        and two accounts may post one company's role (an agency and the company itself): two
        roles of one title must still read apart to the person choosing between them."""
        names = {t.id: t.name for t in self.gov.repo.list_tenants()}
        return {r.id: employer(r.company, names.get(r.tenant_id, "")) for r in roles}

    def role_page(
        self, statuses: Collection[str] | None = None, *, limit: int = 50, offset: int = 0,
        after: tuple[str, str] | None = None,
    ) -> ListPage[Role]:
        """A page of `list_roles` (same scope) whose status is one of `statuses`, by title."""
        self.principal.require(Action.READ)
        tenant_id = None if self._operator else self.principal.tenant_id
        if self.principal.role is AccessRole.CANDIDATE:  # open roles, whoever's they are
            tenant_id = None
            statuses = {s for s in statuses or [RoleStatus.OPEN] if s == RoleStatus.OPEN}
        return self.gov.repo.role_page(tenant_id, statuses=statuses, limit=limit,
                                       offset=offset, after=after)

    def get_role(self, role_id: str) -> Role:
        return self._role(role_id, Action.READ)

    def save_role(self, role: Role) -> None:
        self.principal.require(Action.WRITE)
        if self.principal.role is AccessRole.CANDIDATE:
            raise AccessDenied("a candidate account cannot post roles")
        stored = self.gov.repo.get_role(role.id)
        if stored is not None and not self._role_in_scope(stored):
            raise NotInScope(f"no role {role.id!r} in your scope")
        if not self._operator and role.tenant_id != self.principal.tenant_id:
            raise AccessDenied("roles are saved into your own tenant only")
        self.gov.repo.save_role(role)

    def role_to_change(self, role_id: str) -> Role:
        """A role the caller may change (their company's; any, for the operator): before a
        recruiter's edit (roles.service.RoleEditor)."""
        if self.principal.role is AccessRole.CANDIDATE:
            raise AccessDenied("a candidate account cannot edit roles")
        return self._role(role_id, Action.WRITE)

    # ranking -------------------------------------------------------------------------------------

    def shortlist(
        self, role_id: str, *, top: int = 10, filters: MatchFilters | None = None,
        embedder: Embedder | None = None, index_home: Path | None = None,
    ) -> Shortlist:
        role = self._role(role_id, Action.RANK)
        result, _ = audited_shortlist(
            self.gov, role, actor=self.principal.actor, top=top, filters=filters,
            embedder=embedder, index_home=index_home,
        )
        return result

    def roles_for(
        self, candidate_id: str, *, top: int = 10, embedder: Embedder | None = None
    ) -> list[MatchResult]:
        own = self.principal.role is AccessRole.CANDIDATE
        candidate = self._candidate(candidate_id, Action.READ if own else Action.RANK, own=own)
        chosen = match_roles_for(self.gov.repo, candidate.id, top=top, embedder=embedder,
                                 visible=self.list_roles())
        record_role_matches(self.audit, candidate, chosen, actor=self.principal.actor)
        return chosen

    # privacy -------------------------------------------------------------------------------------

    def export(self, candidate_id: str) -> ExportOut:
        self._candidate(candidate_id, Action.EXPORT, own=True)
        return subject_access(self.gov, candidate_id)

    def erase(self, candidate_id: str) -> ErasureReport:
        self._candidate(candidate_id, Action.ERASE, own=True)
        try:
            report = erase_candidate(self.gov, candidate_id, suppress=True)
        except Exception as exc:
            self._record_failed_erasure(candidate_id, exc)
            raise ErasureFailed(candidate_id, exc) from exc
        self.audit.append(
            "erase-candidate", actor=self.principal.actor, tenant_id=self.principal.tenant_id,
            details={"profile_deleted": report.profile_deleted, "hooks": report.hooks,
                     "suppressed_identifiers": report.suppressed},
        )
        return report

    def _record_failed_erasure(self, candidate_id: str, exc: Exception) -> None:
        """The attempt goes in the audit log, sealed for the person like every entry about them
        (a later erasure destroys their key); the error's class only, since its text may name
        them or a file."""
        # The audit log may sit in the database that just failed: the caller's error is the one
        # to report, and the pending purge already holds the request.
        with contextlib.suppress(Exception):
            self.audit.append(
                "erase-candidate-failed", actor=self.principal.actor,
                tenant_id=self.principal.tenant_id,
                details={"error": type(exc).__name__, "pending": True},
                subjects={candidate_id: {"erasure": "failed, pending retry"}},
            )

    # audit ---------------------------------------------------------------------------------------

    def audit_entries(self, latest: int | None = None) -> list[AuditEntry]:
        """The entries in scope in chain order; with `latest`, the last so many (a company's
        or the operator's read from the end of the log: it grows with every ranking)."""
        self.principal.require(Action.READ_AUDIT)
        if self._operator:
            return list(self.audit.entries(everything=True, latest=latest))
        if self.principal.role is AccessRole.CANDIDATE:
            about = [r.entry for r in self.audit.about(self.principal.candidate_id or "")]
            return about if latest is None else about[-latest:]
        return list(self.audit.entries(self._tenant_scope(), latest=latest))

    def actor_names(self) -> ActorNames:
        """Names the actors of audit entries and stage moves as this principal reads them: a
        company's users by e-mail address, and for a candidate by their role and company."""
        readers = (Readers.CANDIDATE if self.principal.role is AccessRole.CANDIDATE
                   else Readers.STAFF)
        return ActorNames(self.gov, readers)

    def candidate_audit(self, candidate_id: str) -> list[SubjectRecord]:
        """The audit entries about one person (and the profiles merged into theirs) that this
        principal may read, oldest first, each with what it says about them: a tenant's own
        entries (its rankings, shares...), a candidate's all about themself, the operator's
        all."""
        self.principal.require(Action.READ_AUDIT)
        candidate = self._candidate(candidate_id, Action.READ, own=False)
        records = self.audit.about(*person_ids(self.gov, candidate.id))
        if self._operator or self.principal.role is AccessRole.CANDIDATE:
            return records
        return [r for r in records if r.entry.tenant_id == self.principal.tenant_id]

    def verify_audit(self, anchors: Sequence[Anchor] = ()) -> VerifyReport:
        self.principal.require(Action.READ_AUDIT)
        if self.principal.role is AccessRole.CANDIDATE:
            raise AccessDenied("a candidate may not verify the whole audit log")
        # A tenant's admin hears about their tenant's entries; the operator about all.
        return self.audit.verify(anchors, None if self._operator else self._tenant_scope())

    # users and tokens ----------------------------------------------------------------------------

    def tenant_settings(self, tenant: str | None = None) -> TenantSettings:
        """A tenant's settings: the principal's own tenant's, or the one the operator names
        (by name or id)."""
        if self._operator:
            if tenant is None:
                raise InvalidInput("name the tenant whose settings these are")
            return TenantSettings(self.gov, self.principal, find_tenant(self.gov.repo, tenant).id)
        own = self._tenant_scope()
        if tenant is not None and tenant != own:
            found = self.gov.repo.get_tenant(own)
            if found is None or tenant != found.name:
                raise NotInScope(f"no tenant {tenant!r} in your scope")
        return TenantSettings(self.gov, self.principal, own)

    def add_user(self, email: str, role: AccessRole) -> User:
        self.principal.require(Action.MANAGE_USERS)
        return self.accounts.add_user(self._tenant_scope(), email, role)

    def list_users(self) -> list[User]:
        self.principal.require(Action.MANAGE_USERS)
        return self.accounts.users(self._tenant_scope())

    def issue_token(self, email: str, valid_for: timedelta | None = None) -> str:
        self.principal.require(Action.MANAGE_USERS)
        return self.accounts.issue_user_token(self.accounts.user(self._tenant_scope(), email),
                                              valid_for=valid_for)

    def list_tokens(self) -> list[TokenInfo]:
        self.principal.require(Action.MANAGE_USERS)
        return self.accounts.token_list(self._tenant_scope())

    def revoke_token(self, token_id: str) -> None:
        self.principal.require(Action.MANAGE_USERS)
        if not self.accounts.revoke(token_id, self._tenant_scope()):
            raise NotInScope(f"no active token {token_id!r} in your scope")


def employer(company: str, account: str) -> str:
    """The company, and the account that posted its role where neither name contains the other
    ("Larkspur Health, posted by Acme AI"; "Acme Inc." for the account "acme")."""
    if not company or not account:
        return company or account
    if account.casefold() in company.casefold() or company.casefold() in account.casefold():
        return company
    return f"{company}, posted by {account}"
