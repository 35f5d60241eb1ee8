"""The audit log: append-only and hash-chained. Each entry's canonical JSON is hashed together
with the previous entry's hash, and a head row remembers the last one, so `verify` finds any
edited, deleted, inserted or reordered entry. One thing the database cannot show on its own is
entries cut from the end with the head row rewritten to match; an anchor (`Anchor`: an entry's
number and hash, kept outside the database) closes that gap, since `verify` checks that the log
still holds it. What an entry says about a person (rank, score,
explanation, rejection reason) is sealed with that person's key and named by a per-entry
pseudonym; erasing the person destroys the key and never touches the chain."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from worldhire.core.errors import WorldhireError
from worldhire.core.models import new_id, utcnow
from worldhire.governance.audit_log.repository import AuditRow, AuditRows
from worldhire.governance.keys import pseudonym, seal, unseal
from worldhire.governance.store import Governance
from worldhire.governance.subject_keys.repository import SubjectKeys

GENESIS = "0" * 64  # the chain's first previous hash (as AuditRows writes it)


def canonical(data: Mapping[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def chain_hash(prev_hash: str, record: str) -> str:
    return hashlib.sha256(f"{prev_hash}\n{record}".encode()).hexdigest()


def subject_context(entry_id: str) -> str:
    return f"{entry_id}:subject"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    entry_id: str
    at: datetime
    tenant_id: str | None
    action: str
    # The hashed document exactly as written: `verify` rehashes its text, so it stays the JSON
    # it was, whatever keys the version that wrote it used.
    record: dict[str, Any]
    hash: str

    @property
    def actor(self) -> str | None:
        actor = self.record.get("actor")
        return None if actor is None else str(actor)

    @property
    def recorded_at(self) -> str | None:
        """The time as the hashed record states it (ISO 8601)."""
        at = self.record.get("at")
        return None if at is None else str(at)

    @property
    def details(self) -> dict[str, Any]:
        """What the action recorded in the open: the role, the model, the fields changed..."""
        details = self.record.get("details")
        return details if isinstance(details, dict) else {}

    @property
    def subjects(self) -> list[SealedSubject]:
        """The people the entry concerns: a pseudonym and a box sealed with each one's key."""
        return [SealedSubject(str(s["ref"]), str(s["box"]))
                for s in self.record.get("subjects", [])]


@dataclass(frozen=True)
class SealedSubject:
    ref: str
    box: str


class AnchorError(WorldhireError, ValueError):
    """An anchor that is not `SEQ:HASH` with a positive SEQ and a 64-hex-digit HASH."""

    status = 422
    code = "bad-anchor"


@dataclass(frozen=True)
class Anchor:
    """An entry's number and chain hash, written down outside the database."""

    seq: int
    hash: str

    @classmethod
    def parse(cls, text: str) -> Anchor:
        seq, _, digest = text.strip().partition(":")
        digest = digest.lower()
        # isascii: "³" and other digits of other scripts pass isdigit but are no number to int()
        if not (seq.isascii() and seq.isdigit() and int(seq) > 0 and len(digest) == 64
                and all(c in "0123456789abcdef" for c in digest)):
            raise AnchorError(f"{text!r} is not an anchor: expected SEQ:HASH, e.g. 42:<64 hex>")
        return cls(int(seq), digest)

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"


@dataclass
class VerifyReport:
    entries: int
    head: str
    problems: list[str] = field(default_factory=list)
    head_seq: int = 0  # the head entry's number in the whole chain

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def anchor(self) -> Anchor | None:
        """The head as an anchor to keep elsewhere, for a later `verify` to check against."""
        return Anchor(self.head_seq, self.head) if self.entries else None


@dataclass(frozen=True)
class SubjectRecord:
    """An entry as the person it concerns may read it: public fields plus their sealed part."""

    entry: AuditEntry
    about: dict[str, Any]
    # The id the entry names: the person's own, or that of a profile merged into theirs.
    subject_id: str = ""


class AuditLog:
    def __init__(self, gov: Governance) -> None:
        self.gov = gov
        self.keys = SubjectKeys(gov)
        self.rows = AuditRows(gov)

    def append(
        self,
        action: str,
        *,
        actor: str,
        tenant_id: str | None,
        details: Mapping[str, Any],
        subjects: Mapping[str, Mapping[str, Any]] | None = None,
        ranked: Sequence[str] = (),
    ) -> AuditEntry:
        """`subjects` maps candidate ids to what the entry says about each; `ranked` orders them."""
        entry_id = new_id("aud")
        subjects = subjects or {}
        keys = self.keys.keys(subjects, create=True)
        refs = {cid: pseudonym(keys[cid], subject_context(entry_id)) for cid in subjects}
        sealed = [
            {"ref": refs[cid], "box": seal(keys[cid], dict(payload), f"{entry_id}:{refs[cid]}")}
            for cid, payload in subjects.items()
        ]
        sealed.sort(key=lambda s: s["ref"])  # the order must not tell which person is which
        body = {
            "id": entry_id, "action": action, "actor": actor, "tenant_id": tenant_id,
            "details": dict(details), "subjects": sealed, "ranked": [refs[c] for c in ranked],
        }
        # Appends take turns on the database's lock of the head (AuditRows), never on a lock of
        # this process: a unit of work that has written holds the database until it commits,
        # and an append waiting for it while holding a lock the unit's next append needed
        # stood both still until the busy timeout ("database is locked").
        return self._write(body)

    def _write(self, body: dict[str, Any]) -> AuditEntry:
        at = utcnow()
        record: dict[str, Any] = {}

        def build(seq: int, prev: str) -> tuple[str, str]:
            record.update(body, seq=seq, at=at.isoformat())
            text = canonical(record)
            return text, chain_hash(prev, text)

        row = self.rows.append(build, entry_id=body["id"], at=at, tenant_id=body["tenant_id"],
                               action=body["action"])
        return AuditEntry(row.seq, row.entry_id, at, row.tenant_id, row.action, record, row.hash)

    def entries(self, tenant_id: str | None = None, *, everything: bool = False,
                latest: int | None = None) -> Iterator[AuditEntry]:
        """Entries in chain order: one tenant's, or all of them when `everything` is set; with
        `latest`, the last so many of them."""
        for r in self.rows.entries(tenant_id, everything=everything, latest=latest):
            yield AuditEntry(r.seq, r.entry_id, r.at, r.tenant_id, r.action, json.loads(r.record),
                             r.hash)

    def about(self, *candidate_ids: str) -> list[SubjectRecord]:
        """Every entry that concerns a person, with their sealed part opened (none once erased),
        oldest first. Several ids: one person's, with those of the profiles merged into theirs
        (an entry naming two of them is listed once for each)."""
        keys = {i: k for i in dict.fromkeys(candidate_ids) if (k := self.keys.key(i)) is not None}
        found = []
        for entry in self.entries(everything=True) if keys else ():
            for candidate_id, key in keys.items():
                ref = pseudonym(key, subject_context(entry.entry_id))
                for subject in entry.subjects:
                    if subject.ref == ref:
                        about = unseal(key, subject.box, f"{entry.entry_id}:{ref}")
                        if about is not None:
                            found.append(SubjectRecord(entry, about, candidate_id))
        return found

    def verify(self, anchors: Sequence[Anchor] = (), tenant_id: str | None = None
               ) -> VerifyReport:
        """Check the whole chain. With `tenant_id` the report speaks of that tenant's entries
        only (their count, their last entry as the head, problems in them, anchors among them):
        a break elsewhere still fails the check, counted but not described, since the entries
        around it are other tenants' business."""
        rows, head = self.rows.chain()

        def mine(row: AuditRow) -> bool:
            return tenant_id is None or row.tenant_id == tenant_id

        problems: list[str] = []
        elsewhere = 0
        prev = GENESIS
        for expected, row in enumerate(rows, start=1):
            found = _check_row(row, expected, prev)
            if mine(row):
                problems += found
            else:
                elsewhere += len(found)
            prev = row.hash
        count = len(rows)
        if head is None:
            if rows:
                problems.append("the head record is missing")
        elif head != (count, prev):
            problems.append(
                f"the log ends at entry {count} but its head says entry {head[0]}: entries "
                "were removed from the end, or added around the log"
                if tenant_id is None else
                "the log's head does not match its last entry: entries were removed from the "
                "end, or added around the log"
            )
        for anchor in anchors:
            if anchor.seq > count:
                size = f" ({count} entries)" if tenant_id is None else ""
                problems.append(
                    f"anchor {anchor.seq} is past the end of the log{size}: entries "
                    "were removed from the end"
                )
            elif not mine(rows[anchor.seq - 1]):
                problems.append(f"anchor {anchor.seq} is not one of this tenant's entries")
            elif rows[anchor.seq - 1].hash != anchor.hash:
                problems.append(f"entry {anchor.seq} differs from its anchor: the log was "
                                "rewritten from there on")
        if elsewhere:
            problems.append(f"{elsewhere} problem(s) in entries of other tenants or of the "
                            "platform: the chain is broken there (the operator's check says "
                            "where)")
        own = [row for row in rows if mine(row)]
        if not own:
            return VerifyReport(0, GENESIS, problems)
        return VerifyReport(len(own), own[-1].hash, problems, own[-1].seq)


def _check_row(row: AuditRow, expected: int, prev: str) -> list[str]:
    problems = []
    where = f"entry {expected}"
    if row.seq != expected:
        problems.append(f"{where}: found sequence number {row.seq} (an entry is missing)")
    if row.prev_hash != prev:
        problems.append(f"{where}: does not follow the previous entry (deleted or reordered)")
    if chain_hash(row.prev_hash, row.record) != row.hash:
        problems.append(f"{where}: its content was changed after it was written")
    try:
        record = json.loads(row.record)
    except ValueError:
        return [*problems, f"{where}: its record is not JSON"]
    columns = {
        "seq": row.seq, "id": row.entry_id, "tenant_id": row.tenant_id, "action": row.action,
    }
    for name, value in columns.items():
        if record.get(name) != value:
            problems.append(f"{where}: column {name} disagrees with the hashed record")
    at = row.at.replace(tzinfo=None).isoformat()
    if str(record.get("at", ""))[: len(at)] != at:
        problems.append(f"{where}: column at disagrees with the hashed record")
    return problems
