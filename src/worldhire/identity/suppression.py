"""The suppression list: a person who had their data erased is not brought back by the next
import of the same folder, upload or bulk file.

Erasure keeps no personal data, only salted hashes (HMAC-SHA256 under a random salt the store
makes once) of the keys the person was found by: e-mail addresses, phone numbers in full, profile
links, and the hashes of the files they came from. A name is never one of them (two people share
a name), nor the last digits of a phone (numbers of two countries share them). Whoever holds the
database can test a guessed address against the list, as with any hash of an address, but cannot
read one off it.

The list is kept per pool, as people are joined per pool: erasing a tenant's candidate stops
that tenant's imports of the person, erasing a platform profile stops imports into the platform
pool; no company learns from its own import report that the person erased data elsewhere.

Only the person can lift it: a self-registration (API or web sign-up) that says, explicitly, that
they come back after an erasure lifts it for the platform pool. An import, an upload or a bulk
file never does."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

from worldhire.identity.keys import E164, EMAIL, FILE, LINK, NATIONAL
from worldhire.store.protocol import Repository

SUPPRESSED_KINDS = frozenset({EMAIL, E164, NATIONAL, LINK, FILE})
REASON = (
    "this person had their data erased and is not imported again; only they can come back, "
    "by signing up themselves"
)


def suppressible(keys: Iterable[str]) -> list[str]:
    """The keys that name one person and no one else."""
    return list(dict.fromkeys(k for k in keys if k.partition(":")[0] in SUPPRESSED_KINDS))


class SuppressionList:
    """The suppression list of one pool: a tenant's (`tenant_id`), or the platform's (None)."""

    def __init__(self, repo: Repository, tenant_id: str | None) -> None:
        self.repo = repo
        self.pool = tenant_id or "platform"
        self._salt: bytes | None = None

    def digests(self, keys: Iterable[str]) -> dict[str, str]:
        """The salted hash of each suppressible key, by key."""
        if self._salt is None:
            self._salt = self.repo.suppression_salt()
        salt = self._salt
        return {k: hmac.new(salt, f"{self.pool}|{k}".encode(), hashlib.sha256).hexdigest()
                for k in suppressible(keys)}

    def add(self, keys: Iterable[str]) -> int:
        """Suppress the person these keys identify; returns how many hashes were new."""
        return self.repo.suppress(list(self.digests(keys).values()))

    def matching(self, keys: Iterable[str]) -> set[str]:
        """Which of these keys belong to an erased person."""
        digests = self.digests(keys)
        found = self.held(digests.values())
        return {k for k, d in digests.items() if d in found}

    def held(self, digests: Iterable[str]) -> set[str]:
        """Which of these salted hashes (`digests`) the list holds."""
        return self.repo.suppressed(list(digests))
