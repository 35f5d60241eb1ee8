"""ScopedServices' duplicates: the profiles that may be one person, and two of them merged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, replace

from worldhire.batch.repository import forget_vector_rows
from worldhire.core.errors import InvalidInput
from worldhire.core.models import Candidate, new_id
from worldhire.governance.candidate_access import CandidateAccess
from worldhire.governance.erasure import purge_pending
from worldhire.governance.principal import Action
from worldhire.governance.purges.repository import PendingPurges, PurgeReason
from worldhire.identity.duplicates import reasons as duplicate_reasons
from worldhire.identity.duplicates import search_keys
from worldhire.identity.merge import MERGED, MergeReport, merge_profiles, narrowed_consents
from worldhire.pipeline.repository import SqlPipelineStore
from worldhire.store.protocol import CandidateWrite


class MergeAccess(CandidateAccess):
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
