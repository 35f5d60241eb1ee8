"""The résumés kept as received (text and file), pool by pool, against what each pool keeps: a
tenant's own setting, else the deployment's (WORLDHIRE_RESUME_ORIGINALS). New imports follow it;
those stored before it was set stay until `reduce_originals` drops what the setting no longer
keeps (files for "text", whole documents for "none")."""

from __future__ import annotations

from dataclasses import dataclass

from worldhire.governance.purges.repository import (
    KeptDocuments,
    compact_databases,
    kept_documents,
    strip_documents,
)
from worldhire.governance.store import Governance


@dataclass(frozen=True)
class PoolOriginals:
    """What one pool (a tenant's id, None for the platform's) keeps, and holds beyond it."""

    pool: str | None
    keeps: str  # "file", "text" or "none" (Repository.documents_kept)
    held: KeptDocuments

    @property
    def over(self) -> int:
        """Documents (for "none") or files (for "text") stored before the setting allowed."""
        if self.keeps == "none":
            return self.held.documents
        return self.held.files if self.keeps == "text" else 0


def originals_by_pool(gov: Governance) -> list[PoolOriginals]:
    return [PoolOriginals(pool, gov.repo.documents_kept(pool), held)
            for pool, held in kept_documents(gov).items()]


def reduce_originals(gov: Governance) -> dict[str | None, int]:
    """Drop what each pool's setting no longer keeps, then compact the databases if anything
    went (no copy left in free pages): the rows changed, by pool."""
    changed = {pool: strip_documents(gov, gov.repo.documents_kept(pool), pool)
               for pool in kept_documents(gov)}
    if any(changed.values()):
        compact_databases(gov)
    return changed
