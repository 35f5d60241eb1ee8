"""Under load (bench/security_load.py), every client asking for the same shortlist after a write
ranked the whole pool itself. Requests for a ranking another request is making wait for it; a
ranking that fails or goes stale while it is made is made again by the next request."""

from __future__ import annotations

import threading
import time

import pytest

from worldhire.api.context import ShortlistCache
from worldhire.governance.decisions import RankingRecord
from worldhire.match.schemas import (
    ExplanationOut,
    MatchResultOut,
    RoleRefOut,
    SampledShortlistOut,
)

KEY = ("tenant", "role", 10, None)
SHORTLIST_OF_C1 = SampledShortlistOut(
    role=RoleRefOut(id="role", title="ML engineer", company="Acme"), pool_size=1,
    results=[MatchResultOut(
        rank=1, candidate_id="c1", name="Ada", role_id="role", score=0.5, criteria={},
        explanation=ExplanationOut(met=[], partial=[], missing=[], criteria=[], versus_next=""),
        evidence=[], assessment=None)],
    rejected=[], rejected_count=0, rejected_reasons=[])
RECORD_OF_C1 = RankingRecord("tenant", {}, {}, ["c1"])


class Ranking:
    """A compute() that blocks until released, counting its calls."""

    def __init__(self, fail_first: bool = False) -> None:
        self.calls = 0
        self.started = threading.Event()
        self.release = threading.Event()
        self.fail_first = fail_first

    def __call__(self) -> tuple[SampledShortlistOut, RankingRecord]:
        self.calls += 1
        self.started.set()
        self.release.wait(10)
        if self.fail_first and self.calls == 1:
            raise RuntimeError("the pool could not be read")
        return SHORTLIST_OF_C1, RECORD_OF_C1


def record(_: RankingRecord, actor: str) -> str:
    return f"entry-for-{actor}"


def serve_in_threads(cache: ShortlistCache, ranking: Ranking, actors: list[str]
                     ) -> tuple[list[threading.Thread], dict[str, object]]:
    served: dict[str, object] = {}

    def serve(actor: str) -> None:
        try:
            served[actor] = cache.get_or_compute(KEY, actor, ranking, record).view.audit_entry
        except RuntimeError as exc:
            served[actor] = exc

    first = threading.Thread(target=serve, args=(actors[0],))
    first.start()
    assert ranking.started.wait(10)
    others = [threading.Thread(target=serve, args=(a,)) for a in actors[1:]]
    for thread in others:
        thread.start()
    time.sleep(0.3)  # the others reach the cache while the first is still ranking
    return [first, *others], served


def test_concurrent_requests_for_one_ranking_make_it_once() -> None:
    cache, ranking = ShortlistCache(ttl_s=3600), Ranking()
    threads, served = serve_in_threads(cache, ranking, ["u1", "u2", "u3"])
    ranking.release.set()
    for thread in threads:
        thread.join(10)
    assert ranking.calls == 1
    assert served == {a: f"entry-for-{a}" for a in ("u1", "u2", "u3")}  # each their own entry


def test_a_failed_ranking_is_made_again_by_a_waiting_request() -> None:
    cache, ranking = ShortlistCache(ttl_s=3600), Ranking(fail_first=True)
    threads, served = serve_in_threads(cache, ranking, ["u1", "u2"])
    ranking.release.set()
    for thread in threads:
        thread.join(10)
    assert isinstance(served["u1"], RuntimeError)
    assert served["u2"] == "entry-for-u2" and ranking.calls == 2


@pytest.mark.parametrize("write", ["bump", "purge"])
def test_a_ranking_made_across_a_write_is_not_kept(write: str) -> None:
    cache, ranking = ShortlistCache(ttl_s=3600), Ranking()
    threads, served = serve_in_threads(cache, ranking, ["u1"])
    if write == "bump":
        cache.bump()
    else:
        cache.purge("c1")
    ranking.release.set()
    threads[0].join(10)
    assert served["u1"] == "entry-for-u1"  # the caller still gets its answer
    cache.get_or_compute(KEY, "u1", ranking, record)
    assert ranking.calls == 2  # but the next request ranks the data as it is now
