"""The audit log: every ranking is recorded, chained, and tampering with the rows is detected."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import PYTORCH, make_candidate, make_role
from worldhire.core.models import EvidenceKind
from worldhire.governance.audit import Anchor, AnchorError, AuditLog
from worldhire.governance.decisions import audited_shortlist, ranker_version
from worldhire.governance.store import Governance
from worldhire.match.service import shortlist
from worldhire.store.sql.regional import sql_store


@pytest.fixture
def ranked(gov: Governance) -> Governance:
    tenant = gov.repo.ensure_tenant("acme")
    role = make_role(tenant_id=tenant.id)
    gov.repo.save_role(role)
    people = [make_candidate({PYTORCH: EvidenceKind.JOB}, name=f"Person {i}",
                             years_experience=2.0 + i, tenant_id=tenant.id) for i in range(6)]
    people.append(make_candidate(consent=False, name="No Consent", tenant_id=tenant.id))
    gov.repo.save_candidates(people)
    for _ in range(4):
        audited_shortlist(gov, role.id, actor="recruiter:usr_1@" + tenant.id, top=3)
    return gov


def _db(gov: Governance) -> sqlite3.Connection:
    path = sql_store(gov.repo).engine.url.database
    assert path
    gov.repo.close()  # let the raw connection tamper without a pooled one in the way
    return sqlite3.connect(Path(path))


def test_a_ranking_records_who_what_model_inputs_ids_and_explanation(ranked: Governance) -> None:
    log = AuditLog(ranked)
    entry = next(log.entries(ranked.repo.list_tenants()[0].id))
    details = entry.record["details"]
    assert entry.action == "rank-candidates"
    assert entry.record["actor"].startswith("recruiter:usr_1@")
    assert details["model_version"] == ranker_version()
    assert len(details["inputs_digest"]) == 64
    assert details["pool_size"] == 6 and details["shortlisted"] == 3
    assert len(entry.record["ranked"]) == 3
    # The shown people only; the three others scored are in a digest, and the person without
    # consent to matching was never read.
    assert len(entry.record["subjects"]) == 3
    assert details["scored"] == 6 and details["filtered_out"] == 0
    assert len(details["others_digest"]) == 64
    role = ranked.repo.list_roles()[0]
    plain = shortlist(ranked.repo, role.id, top=3)
    first = plain.results[0].candidate
    about = next(r.about for r in log.about(first.id) if r.entry.seq == entry.seq)
    assert about["outcome"] == "shortlisted" and about["rank"] == 1
    assert about["score"] == plain.results[0].score
    assert about["explanation"]["requirements"][0]["status"] == "met"
    refused = [p for p in ranked.repo.list_candidates(role.tenant_id) if p.name == "No Consent"]
    assert log.about(refused[0].id) == []


def test_a_replayed_ranking_matches_the_recorded_digests(ranked: Governance) -> None:
    from worldhire.governance.decisions import others_digest

    entry = next(AuditLog(ranked).entries(ranked.repo.list_tenants()[0].id))
    role = ranked.repo.list_roles()[0]
    replay = shortlist(ranked.repo, role.id, top=3)
    log = AuditLog(ranked)
    for rank_no, result in enumerate(replay.results, start=1):
        about = next(r.about for r in log.about(result.candidate.id) if r.entry.seq == entry.seq)
        assert about["rank"] == rank_no and about["score"] == result.score
    assert entry.record["details"]["others_digest"] == others_digest(replay)


def test_the_audited_shortlist_equals_the_plain_one(ranked: Governance) -> None:
    role = ranked.repo.list_roles()[0]
    audited, _ = audited_shortlist(ranked, role.id, actor="x", top=3)
    plain = shortlist(ranked.repo, role.id, top=3)
    assert [(r.candidate.id, r.score, r.explanation.versus_next) for r in audited.results] == [
        (r.candidate.id, r.score, r.explanation.versus_next) for r in plain.results
    ]


def test_records_hold_no_names_in_the_clear(ranked: Governance) -> None:
    text = " ".join(json.dumps(e.record) for e in AuditLog(ranked).entries(everything=True))
    assert "Person" not in text and "example.com" not in text


def test_an_untouched_log_verifies(ranked: Governance) -> None:
    report = AuditLog(ranked).verify()
    assert report.ok and report.entries == 4


def _problems(gov: Governance) -> list[str]:
    return AuditLog(gov).verify().problems


def test_an_edited_record_is_detected(ranked: Governance) -> None:
    with _db(ranked) as db:
        record = db.execute("SELECT record FROM audit_log WHERE seq = 2").fetchone()[0]
        db.execute("UPDATE audit_log SET record = ? WHERE seq = 2",
                   (record.replace('"top":3', '"top":4'),))
    assert any("content was changed" in p for p in _problems(ranked))


def test_an_edited_column_is_detected(ranked: Governance) -> None:
    with _db(ranked) as db:
        db.execute("UPDATE audit_log SET tenant_id = 'ten_other' WHERE seq = 3")
    assert any("column tenant_id disagrees" in p for p in _problems(ranked))


def test_a_recomputed_hash_still_breaks_the_chain(ranked: Governance) -> None:
    from worldhire.governance.audit import chain_hash

    with _db(ranked) as db:
        prev, record = db.execute(
            "SELECT prev_hash, record FROM audit_log WHERE seq = 2"
        ).fetchone()
        forged = record.replace('"top":3', '"top":9')
        db.execute("UPDATE audit_log SET record = ?, hash = ? WHERE seq = 2",
                   (forged, chain_hash(prev, forged)))
    assert any("does not follow" in p for p in _problems(ranked))


def test_a_deleted_entry_is_detected(ranked: Governance) -> None:
    with _db(ranked) as db:
        db.execute("DELETE FROM audit_log WHERE seq = 2")
    problems = _problems(ranked)
    assert any("missing" in p for p in problems)


def test_a_deleted_last_entry_is_detected(ranked: Governance) -> None:
    with _db(ranked) as db:
        db.execute("DELETE FROM audit_log WHERE seq = 4")
    assert any("head says entry 4" in p for p in _problems(ranked))


def test_a_cut_tail_with_a_rewritten_head_is_caught_by_an_anchor(ranked: Governance) -> None:
    kept = AuditLog(ranked).verify().anchor
    assert kept is not None and kept.seq == 4
    with _db(ranked) as db:
        # The one attack the database cannot show by itself: cut the end, fix the head to match.
        db.execute("DELETE FROM audit_log WHERE seq >= 3")
        prev = db.execute("SELECT hash FROM audit_log WHERE seq = 2").fetchone()[0]
        db.execute("UPDATE audit_head SET seq = 2, hash = ?", (prev,))
    assert AuditLog(ranked).verify().ok
    problems = AuditLog(ranked).verify([kept]).problems
    assert problems == ["anchor 4 is past the end of the log (2 entries): entries were removed "
                        "from the end"]


def test_an_anchor_catches_a_log_rewritten_from_before_it(ranked: Governance) -> None:
    log = AuditLog(ranked)
    early = Anchor(2, next(e for e in log.entries(everything=True) if e.seq == 2).hash)
    assert log.verify([early]).ok
    assert log.verify([Anchor(2, "f" * 64)]).problems == [
        "entry 2 differs from its anchor: the log was rewritten from there on"
    ]


@given(st.integers(min_value=1, max_value=10**9), st.text("0123456789abcdefABCDEF", min_size=64,
                                                          max_size=64))
def test_anchors_round_trip(seq: int, digest: str) -> None:
    anchor = Anchor.parse(f"{seq}:{digest}")
    assert anchor == Anchor(seq, digest.lower()) and Anchor.parse(str(anchor)) == anchor


@pytest.mark.parametrize("text", ["", "4", "0:" + "a" * 64, "-1:" + "a" * 64, "4:" + "a" * 63,
                                  "4:" + "g" * 64, "x:" + "a" * 64, "4;" + "a" * 64,
                                  "³:" + "a" * 64, "٤:" + "a" * 64])
def test_malformed_anchors_are_refused(text: str) -> None:
    with pytest.raises(AnchorError, match="not an anchor"):
        Anchor.parse(text)


def test_reordered_entries_are_detected(ranked: Governance) -> None:
    with _db(ranked) as db:
        db.execute("UPDATE audit_log SET seq = -1 WHERE seq = 2")
        db.execute("UPDATE audit_log SET seq = 2 WHERE seq = 3")
        db.execute("UPDATE audit_log SET seq = 3 WHERE seq = -1")
    problems = _problems(ranked)
    assert any("does not follow" in p for p in problems)


def test_appends_continue_the_chain_after_a_reopen(ranked: Governance) -> None:
    from worldhire.store.sql.repository import SqlRepository

    path = sql_store(ranked.repo).engine.url.database
    ranked.repo.close()
    again = Governance(SqlRepository(f"sqlite:///{path}"))
    AuditLog(again).append("note", actor="op", tenant_id=None, details={"n": 1})
    report = AuditLog(again).verify()
    assert report.ok and report.entries == 5
    again.repo.close()


def test_the_inputs_digest_reads_shown_profiles_whole_and_the_rest_by_version() -> None:
    from dataclasses import replace
    from datetime import timedelta

    from worldhire.governance.decisions import inputs_digest

    role = make_role()
    shown, other = make_candidate(name="Shown"), make_candidate(name="Other")
    before = inputs_digest(role, [shown, other], None, shown={shown.id})
    # A shown profile counts by its content; another by the version of it that was read.
    assert inputs_digest(role, [replace(shown, headline="Changed"), other], None,
                         shown={shown.id}) != before
    assert inputs_digest(role, [shown, replace(other, headline="Changed")], None,
                         shown={shown.id}) == before
    rewritten = replace(other, updated_at=other.updated_at + timedelta(seconds=1))
    assert inputs_digest(role, [shown, rewritten], None, shown={shown.id}) != before


def test_the_latest_entries_are_the_log_s_last_in_chain_order(ranked: Governance) -> None:
    log = AuditLog(ranked)
    tenant = ranked.repo.list_tenants()[0].id
    for n in range(3):
        log.append("note", actor="op", tenant_id=None, details={"n": n})
    mine = [e.seq for e in log.entries(tenant)]
    everyone = [e.seq for e in log.entries(everything=True)]
    assert len(mine) == 4 and len(everyone) == 7
    assert [e.seq for e in log.entries(tenant, latest=2)] == mine[-2:]
    assert [e.seq for e in log.entries(everything=True, latest=5)] == everyone[-5:]
    assert [e.seq for e in log.entries(tenant, latest=50)] == mine
