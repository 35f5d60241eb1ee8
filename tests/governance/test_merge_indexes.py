"""After a manual merge the pool's stored vectors hold the merged profile only: the one that went
is forgotten by every index outside the store once the merge is committed, and the one that
stays is embedded again from the job its save queued. Erasing the person later purges the
indexes, and the webhook deliveries, under both ids. (A hash embedder: what is checked is which
ids and texts the index holds, not what the vectors mean.)"""

from __future__ import annotations

import json
from pathlib import Path

from tests.factories import PYTORCH, make_candidate
from worldhire.bootstrap import erasure_purgers
from worldhire.config import Settings
from worldhire.core.models import EvidenceKind
from worldhire.core.texts import profile_text, text_fingerprint
from worldhire.embed import HashEmbedder
from worldhire.governance.access import ScopedServices
from worldhire.governance.erasure import PURGE_ATTEMPTS, erase_candidate, purge_pending
from worldhire.governance.principal import Principal
from worldhire.governance.purges.repository import PendingPurges, PurgeReason
from worldhire.governance.store import Governance
from worldhire.governance.subject_keys.repository import SubjectKeys
from worldhire.index.pool import FINGERPRINTS_FILE, PoolVectors, index_folder
from worldhire.index.queue import drain
from worldhire.pipeline.events import STAGE_CHANGED
from worldhire.pipeline.webhooks import Webhooks
from worldhire.store.sql.repository import SqlRepository


def test_the_index_holds_the_merged_profile_not_the_two_old_ones(tmp_path: Path) -> None:
    home = tmp_path / "home"
    repo = SqlRepository(f"sqlite:///{tmp_path / 'store.db'}")
    embedder = HashEmbedder(dim=32)
    try:
        tenant = repo.ensure_tenant("Acme").id
        keep = make_candidate({PYTORCH: EvidenceKind.JOB}, tenant_id=tenant, name="Lina Haddad",
                              headline="Data analyst")
        other = make_candidate(tenant_id=tenant, name="Lina Haddad-Khoury",
                               headline="ML engineer at Murex")
        repo.save_candidates([keep, other])
        assert drain(repo, embedder, home).embedded == 2
        gov = Governance(repo, purgers=erasure_purgers(Settings.load(home)))
        # A delivery queued about the profile that goes names it by its id only.
        hooks = Webhooks.on(repo, allow_private=True)
        hooks.register(tenant, "http://127.0.0.1:9/hook", [STAGE_CHANGED])
        hooks.emit(tenant, STAGE_CHANGED, {"candidate_id": other.id, "to_stage": "screened"})
        scoped = ScopedServices(gov, Principal.operator())
        with repo.unit_of_work() as work:
            scoped.merge_candidates(keep.id, other.id, take=["headline"])
            work.commit()
        assert scoped.forget_merged(other.id) == {}
        drain(repo, embedder, home)

        merged = repo.get_candidate(keep.id)
        assert merged is not None and merged.headline == "ML engineer at Murex"
        folder = index_folder(home, embedder)
        fingerprints = json.loads((folder / FINGERPRINTS_FILE).read_text())
        assert set(fingerprints) == {keep.id}
        assert fingerprints[keep.id] == text_fingerprint(profile_text(merged))
        index = PoolVectors(home, embedder).index
        assert keep.id in index and other.id not in index and len(index) == 1

        # The merged-away id is pending with the person's own at erasure, and purged too.
        report = erase_candidate(gov, keep.id, compact=False)
        assert report.merged == [other.id] and report.purge_failed == []
        assert json.loads((folder / FINGERPRINTS_FILE).read_text()) == {}
        assert hooks.naming([other.id]) == []
    finally:
        repo.close()


class LockedIndex:
    """An index outside the store whose first `failures` purges fail."""

    name = "locked-index"

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.purged: list[str] = []

    def purge(self, candidate_id: str) -> int:
        if self.failures:
            self.failures -= 1
            raise OSError("index file locked")
        self.purged.append(candidate_id)
        return 1


def test_a_failed_purge_after_a_merge_stays_pending_and_is_retried(tmp_path: Path) -> None:
    repo = SqlRepository(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        tenant = repo.ensure_tenant("Acme").id
        keep = make_candidate(tenant_id=tenant, name="Omar Farouk")
        other = make_candidate(tenant_id=tenant, name="Omar El-Farouk")
        repo.save_candidates([keep, other])
        index = LockedIndex(failures=PURGE_ATTEMPTS)
        gov = Governance(repo, purgers=[index])
        scoped = ScopedServices(gov, Principal.operator())
        with repo.unit_of_work() as work:
            scoped.merge_candidates(keep.id, other.id)
            work.commit()
        assert scoped.forget_merged(other.id) == {"locked-index": "OSError"}
        [pending] = PendingPurges(gov).listing()
        assert (pending.candidate_id, pending.reason) == (other.id, PurgeReason.MERGED)
        assert (pending.attempts, pending.last_error) == (1, "locked-index: OSError")

        retried = purge_pending(gov)
        assert retried.failed == {} and retried.swept == {} and index.purged == [other.id]
        assert PendingPurges(gov).waiting() == []
        # Only the indexes were purged: the merge's audit entry about the id that went stays
        # readable (its key is kept), and the merged profile is untouched.
        assert SubjectKeys(gov).key(other.id) is not None
        assert repo.get_candidate(keep.id) is not None
    finally:
        repo.close()
