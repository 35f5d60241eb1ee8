"""Places the people read from a batch of files into one pool (a tenant's, or the platform's):
each becomes a new candidate, or a new résumé version of the candidate it already is.

The pool is asked once per batch for every candidate that shares a key with someone in it; people
of the batch itself are found in memory, so two files of one person in one batch are one
candidate too. Nothing is written here: the caller saves the writes in one transaction."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from worldhire.core.models import Candidate, ResumeDocument, ResumeVersion
from worldhire.identity.keys import FILE, Identity
from worldhire.identity.match import Known, decide
from worldhire.identity.merge import is_newer, merge_version
from worldhire.identity.suppression import REASON, SuppressionList
from worldhire.store.protocol import CandidateWrite, Repository

BEFORE_VERSIONS = "the profile as stored before résumé versions were kept"
NEW_VERSION = "a new version uploaded by the person"
SOMEONE_ELSE = ("this résumé names someone else already on the platform (their e-mail address, "
                "profile link, phone or the very same file): upload your own")


@dataclass
class Person:
    """One person read from a file, with the key of that reading."""

    candidate: Candidate  # skills already linked
    key: str  # the file's hash, or for a row of a bulk file the hash of file and row
    path: str
    document: ResumeDocument | None = None  # the file as received (none for a bulk file's row)


@dataclass
class Placement:
    candidate_id: str | None = None
    joined: str = ""  # why it joined a candidate the pool had: "same e-mail address"
    same_file: bool = False  # this very file was read before: its version was read again
    refused: str = ""  # why it was not written at all
    suppressed: bool = False  # refused: the person had their data erased
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Pending:
    candidate: Candidate
    keys: dict[str, None]  # ordered set
    versions: list[ResumeVersion] = field(default_factory=list)  # to write
    hashes: set[str] = field(default_factory=set)  # of every version, stored or new
    lift: list[str] = field(default_factory=list)  # suppression hashes a returning person lifts


def _profile(person: Candidate, candidate_id: str) -> Candidate:
    """What a version keeps: the reading of its file, under the candidate's id."""
    return dataclasses.replace(person, id=candidate_id, consents=[],
                               evidence=list(person.evidence), skills=list(person.skills))


class PoolPlacer:
    def __init__(
        self,
        repo: Repository,
        tenant_id: str | None,
        *,
        relink: Callable[[Candidate], None],
        source: str,
        on_new: Callable[[Candidate, str], None] = lambda candidate, path: None,
        join: bool = True,
        returning: bool = False,
        into: str | None = None,
    ) -> None:
        self.repo = repo
        self.tenant_id = tenant_id
        self.relink = relink
        self.source = source
        self.on_new = on_new  # consent for a new candidate, from the file it came from
        self.join = join  # False: a person the pool has is refused, not joined (self-signup)
        # True: the person themself, back after an erasure, lifts their suppression (sign-up
        # with explicit consent); otherwise an erased person is refused.
        self.returning = returning
        # A signed-in person uploading a new version of their own profile: the file lands there
        # whatever it says, unless it names someone else the pool has.
        self.into = into
        self.suppression = SuppressionList(repo, tenant_id)

    def place(self, people: Sequence[Person]) -> tuple[list[CandidateWrite], list[Placement]]:
        identities = [Identity.of(p.candidate) for p in people]
        wanted = {f"{FILE}:{p.key}" for p in people}
        if into := self.into:
            # Every key of the profile (each of its files has one), so none is lost on write.
            own = self.repo.get_candidate(into)
            wanted.update(f"{FILE}:{v.content_hash}" for v in self.repo.versions_of(into))
            if own is not None and own.source_hash:
                wanted.add(f"{FILE}:{own.source_hash}")
        for identity in identities:
            wanted.update(identity.lookup_keys())
        erased = self.suppression.digests(
            [*wanted, *(k for identity in identities for k in identity.stored_keys())]
        )
        hit = self.repo.suppressed(list(erased.values()))
        stored = self.repo.candidates_by_keys(self.tenant_id, wanted)
        by_key: dict[str, list[str]] = {}
        for candidate_id, keys in stored.items():
            for key in keys:
                by_key.setdefault(key, []).append(candidate_id)
        pending: dict[str, _Pending] = {}
        placements = []
        for person, identity in zip(people, identities, strict=True):
            keys = [*identity.stored_keys(), f"{FILE}:{person.key}"]
            lift = [erased[k] for k in keys if erased.get(k) in hit]
            if lift and not self.returning:
                placements.append(Placement(refused=REASON, suppressed=True))
                continue
            placement = self._place_one(person, identity, stored, by_key, pending)
            if placement.candidate_id is not None:
                pending[placement.candidate_id].lift += lift
            placements.append(placement)
        writes = [CandidateWrite(p.candidate, p.versions, list(p.keys), lift=p.lift)
                  for p in pending.values()]
        return writes, placements

    def _place_one(
        self, person: Person, identity: Identity, stored: dict[str, list[str]],
        by_key: dict[str, list[str]], pending: dict[str, _Pending],
    ) -> Placement:
        file_key = f"{FILE}:{person.key}"
        same = by_key.get(file_key, [])
        if self.into is not None:
            named = {*same, *(cid for key in identity.lookup_keys() for cid in by_key.get(key, []))}
            if named - {self.into}:
                return Placement(refused=SOMEONE_ELSE)
            target: str | None = self.into
            placement = Placement(target, joined=NEW_VERSION, same_file=bool(same))
        elif same:
            target = same[0]
            placement = Placement(target, same_file=True)
        else:
            sharing = dict.fromkeys(
                cid for key in identity.lookup_keys() for cid in by_key.get(key, [])
            )
            known = [
                Known(cid, Identity.from_keys(pending[cid].keys if cid in pending
                                              else stored[cid]))
                for cid in sharing
            ]
            decision = decide(identity, known)
            target = decision.candidate_id
            placement = Placement(target, joined=decision.reason, warnings=decision.warnings)
        if target is not None and not self.join:
            why = placement.joined or "the same file"
            return Placement(refused=f"this person is already in the pool ({why})")
        if target is not None and target not in pending:
            loaded = self._load(target, stored.get(target, []))
            if loaded is None:  # erased since the lookup: the file makes a new candidate
                target, placement = None, Placement(warnings=placement.warnings)
            else:
                pending[target] = loaded
        new_keys = [*identity.stored_keys(), file_key]
        candidate = person.candidate
        candidate.tenant_id, candidate.source_hash = self.tenant_id, person.key
        if target is None:
            self.on_new(candidate, person.path)
            entry = _Pending(candidate, dict.fromkeys(new_keys), hashes={person.key})
            target = placement.candidate_id = candidate.id
            pending[target] = entry
        else:
            entry = pending[target]
            self._merge(entry, person,
                        only_version=placement.same_file and entry.hashes <= {person.key})
            entry.keys.update(dict.fromkeys(new_keys))
        entry.versions = [v for v in entry.versions if v.content_hash != person.key]
        entry.versions.append(ResumeVersion(target, person.key, person.path, self.source,
                                            _profile(candidate, target),
                                            document=person.document))
        entry.hashes.add(person.key)
        for key in new_keys:
            if target not in by_key.setdefault(key, []):
                by_key[key].append(target)
        return placement

    def _load(self, candidate_id: str, keys: list[str]) -> _Pending | None:
        base = self.repo.get_candidate(candidate_id)
        if base is None:
            return None
        entry = _Pending(base, dict.fromkeys(keys))
        versions = self.repo.versions_of(candidate_id)
        entry.hashes = {v.content_hash for v in versions}
        if not versions:
            # Stored before versions were kept (or saved by hand): that profile is version one.
            first = ResumeVersion(
                candidate_id, base.source_hash or f"profile-{candidate_id}", base.source_name
                or "profile", BEFORE_VERSIONS, _profile(base, candidate_id), base.updated_at,
            )
            entry.versions.append(first)
            entry.hashes.add(first.content_hash)
        return entry

    def _merge(self, entry: _Pending, person: Person, *, only_version: bool) -> None:
        stored, new = entry.candidate, person.candidate
        if only_version:
            # The one file this candidate came from, read again: the new reading replaces it.
            new.id, new.created_at, new.consents = stored.id, stored.created_at, stored.consents
            entry.candidate = new
            return
        merged = merge_version(stored, new, newer=is_newer(new, stored))
        self.relink(merged)
        entry.candidate = merged
