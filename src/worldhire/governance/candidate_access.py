"""ScopedServices' candidates: listed, paged, read with their résumé versions and files, saved,
corrected, contacted, shared, and their consents and retention recorded."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from worldhire.core.models import Candidate, ConsentPurpose, ResumeVersion
from worldhire.governance.access_scope import AccessScope
from worldhire.governance.consent import RetentionTerms, record_consent, require_consent
from worldhire.governance.consent import set_retention as record_retention
from worldhire.governance.corrections import ProfileCorrection, apply_correction
from worldhire.governance.errors import AccessDenied, NotInScope
from worldhire.governance.export_schemas import JsonResumeOut
from worldhire.governance.principal import AccessRole, Action
from worldhire.store.protocol import CandidateSummary, ListPage, PageScope


class CandidateAccess(AccessScope):
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
