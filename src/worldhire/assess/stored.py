"""The rubric's role-independent part, stored with each profile.

Most of an assessment does not depend on the role: the signals found in the evidence (regular
expressions over every sentence), the language the profile is written in, and the five scores
they give (depth is scored again in each role's area from the stored depth sentences). Computing
them was most of a fresh shortlist's cost, for every candidate of every request. So the store
keeps them (`candidate_assessments`): written with the profile (the store calls `assessor` on
every write but the bulk path's), backfilled for bulk-loaded profiles and for those an older
extractor assessed (`backfill`, run by `worldhire batch assess` and after a bulk load), and read
by the ranking (`general_assessments`).

A stored assessment is used only when its `version` is this extractor's (a digest of the code
that computes it: any change to the rubric, the signals or the language detection recomputes
them all) and its fingerprint is the profile's (rubric.fingerprint: what the rubric reads);
anything else is computed in the request, as before, so a stale row can slow a ranking but
never change it.
"""

from __future__ import annotations

import hashlib
import inspect
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from worldhire.assess import rubric, signals
from worldhire.assess.rubric import Assessment, Cited, DimensionScore
from worldhire.assess.signals import Hit
from worldhire.core.cores import forked_map, usable_cores
from worldhire.core.models import Candidate, EvidenceKind
from worldhire.ingest.lexicon import stopwords
from worldhire.ingest.shared import language
from worldhire.store.protocol import Repository, StoredAssessment

# The stored shape's own number, for a change to `_body` that the code digest would not show.
SHAPE = 1
BATCH = 500
# Stored assessments read and parsed, by (profile, fingerprint): the profiles a fresh shortlist
# scores are mostly those earlier shortlists scored (store.profile_cache), and reading their
# rows again cost 17 ms of its CPU at 30,000 profiles. Only current ones are kept (this
# extractor's, of that content), so one found is the stored row's exactly; a rewritten
# profile has another fingerprint. They quote a person's résumé: an erasure drops them
# (`forget`, bootstrap.AssessmentCachePurge). As many as the profile cache keeps profiles.
READ_SLOTS = 4096
_read: OrderedDict[tuple[str, str], Assessment] = OrderedDict()
_read_lock = threading.Lock()


@cache
def extractor_version() -> str:
    """A digest of the code the stored part depends on, so a changed extractor shows."""
    source = "".join(inspect.getsource(m) for m in (rubric, signals, language, stopwords))
    return f"{SHAPE}:{hashlib.sha256(source.encode()).hexdigest()[:16]}"


def _cited(c: Cited) -> list[Any]:
    return [c.evidence_id, c.evidence_title, c.snippet]


def _hit(h: Hit) -> list[Any]:
    return [h.evidence_id, h.title, h.kind.value if h.kind else None, h.snippet, h.match]


def _body(a: Assessment) -> dict[str, Any]:
    return {
        "scores": {name: [s.score, s.detail, [_cited(c) for c in s.citations]]
                   for name, s in a.scores.items()},
        "depth_markers": [_hit(h) for h in a.depth_markers],
    }


def _assessment(row: StoredAssessment) -> Assessment:
    body = row.body
    scores = {
        name: DimensionScore(name, score, detail, [Cited(*c) for c in citations])
        for name, (score, detail, citations) in body["scores"].items()
    }
    markers = tuple(
        Hit(evidence_id, title, EvidenceKind(kind) if kind else None, snippet, match)
        for evidence_id, title, kind, snippet, match in body["depth_markers"]
    )
    return Assessment(row.candidate_id, row.fingerprint, scores, markers)


def assessor(candidate: Candidate) -> StoredAssessment:
    """The stored form of a profile's role-independent assessment (the store's Assessor)."""
    general = rubric.general_assessment(candidate)
    return StoredAssessment(candidate.id, extractor_version(), general.fingerprint, _body(general))


def general_assessments(
    repo: Repository, candidates: Sequence[Candidate]
) -> dict[str, Assessment]:
    """The stored assessments of these profiles that are current (this extractor's, of the
    content the profile has now); the ranking computes the others. Those read before are kept
    in memory (READ_SLOTS): only the others are read from the store."""
    version = extractor_version()
    keys = {c.id: (c.id, rubric.fingerprint(c)) for c in candidates}
    out: dict[str, Assessment] = {}
    with _read_lock:
        for candidate_id, key in keys.items():
            kept = _read.get(key)
            if kept is not None:
                _read.move_to_end(key)
                out[candidate_id] = kept
    wanted = [candidate_id for candidate_id in keys if candidate_id not in out]
    found: dict[tuple[str, str], Assessment] = {}
    for candidate_id, row in (repo.stored_assessments(wanted) if wanted else {}).items():
        key = keys[candidate_id]
        if row.version == version and row.fingerprint == key[1]:
            found[key] = out[candidate_id] = _assessment(row)
    if found:
        with _read_lock:
            _read.update(found)
            while len(_read) > READ_SLOTS:
                _read.popitem(last=False)
    return out


def forget(candidate_id: str) -> int:
    """Drop a person's assessments read from the store (erasure); how many were kept."""
    with _read_lock:
        keys = [key for key in _read if key[0] == candidate_id]
        for key in keys:
            del _read[key]
    return len(keys)


@dataclass
class BackfillReport:
    assessed: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.assessed / self.seconds if self.seconds else 0.0


def backfill(
    repo: Repository,
    *,
    batch: int = BATCH,
    limit: int | None = None,
    on_batch: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> BackfillReport:
    """Assess the profiles that have no current stored assessment, `batch` to a transaction
    (a backfill stopped half-way keeps what it stored), until none is left or `limit` are done.
    `on_batch(assessed, left)` reports progress. With `workers` of 2 or more (by default one
    per core this process may run on) the profiles are assessed by that many forked worker
    processes while this one reads the next batches and stores the answers, in order: the
    rubric is 80% of a backfill's CPU, reading and storing the rest."""
    started = time.perf_counter()
    version = extractor_version()
    workers = usable_cores() if workers is None else workers
    batches = _unassessed(repo, version, batch, limit)
    answers = (map(_assessed, batches) if workers < 2
               else forked_map(_assessed, batches, workers))
    done = 0
    for rows in answers:
        repo.save_assessments(rows)
        done += len(rows)
        if on_batch is not None:
            on_batch(done, repo.assessment_backlog(version))
    return BackfillReport(done, time.perf_counter() - started)


def _unassessed(
    repo: Repository, version: str, batch: int, limit: int | None
) -> Iterator[list[Candidate]]:
    """The profiles without a current assessment, `batch` at a time, at most `limit`."""
    done, after = 0, ""
    while limit is None or done < limit:
        want = batch if limit is None else min(batch, limit - done)
        ids = repo.unassessed(version, want, after)
        if not ids:
            return
        yield repo.get_candidates(ids)
        done += len(ids)
        after = ids[-1]


def _assessed(candidates: list[Candidate]) -> list[StoredAssessment]:
    return [assessor(c) for c in candidates]
