"""The funnel's arithmetic on histories written by hand, and its invariants on random ones."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from worldhire.pipeline.funnel import CSV_COLUMNS, funnel
from worldhire.pipeline.models import Application, StageMove
from worldhire.pipeline.stages import default_config

T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)
CONFIG = default_config()


def history(app_id: str, *steps: tuple[str, float]) -> list[StageMove]:
    """Moves at (stage, days after T0); the first is where the application started."""
    out, before = [], None
    for seq, (stage, days) in enumerate(steps, start=1):
        reason = "visa timeline" if stage == "rejected" else None
        out.append(StageMove(app_id, seq, before, stage, "user:u@t", T0 + timedelta(days=days),
                             reason))
        before = stage
    return out


def app(app_id: str, candidate: str, role: str, stage: str) -> Application:
    return Application("ten_1", candidate, role, stage, id=app_id)


def test_counts_conversion_and_median_time_by_stage_role_and_region() -> None:
    apps = [app("a1", "c1", "r1", "interview"), app("a2", "c2", "r1", "rejected"),
            app("a3", "c3", "r2", "screened"), app("a4", "c4", "r2", "sourced")]
    moves = {
        "a1": history("a1", ("sourced", 0), ("contacted", 2), ("screened", 6), ("interview", 10)),
        "a2": history("a2", ("sourced", 0), ("contacted", 4), ("rejected", 5)),
        "a3": history("a3", ("sourced", 0), ("screened", 1)),  # inbound: skipped contacted
        "a4": history("a4", ("sourced", 0)),
    }
    report = funnel(CONFIG, apps, moves, role_titles={"r1": "ML engineer", "r2": "Data lead"},
                    countries={"c1": "PL", "c2": "NG", "c3": "PL", "c4": None})
    overall = {s.stage: s for s in report.overall.stages}
    assert report.overall.applications == 4
    assert [overall[n].reached for n in ("sourced", "contacted", "screened", "interview")] == [
        4, 2, 2, 1]
    assert overall["sourced"].in_stage_now == 1 and overall["rejected"].in_stage_now == 1
    # Three went on from sourced (a3 by skipping contacted); a4 still waits there, so it is no
    # loss yet: 3 of 3 decided, not 3 of 4.
    assert overall["sourced"].decided == 3 and overall["sourced"].conversion_to_next == 1.0
    assert overall["contacted"].decided == 2 and overall["contacted"].conversion_to_next == 0.5
    # a3 waits in screened and a1 in interview: nothing decided there yet, so no rate.
    assert overall["screened"].decided == 1 and overall["screened"].conversion_to_next == 1.0
    assert overall["interview"].decided == 0 and overall["interview"].conversion_to_next is None
    assert overall["hired"].conversion_to_next is None  # final
    assert overall["offer"].conversion_to_next is None  # nobody reached it
    # Finished stays in sourced: 2, 4 and 1 days (a4 is still there, not counted).
    assert overall["sourced"].median_days == 2.0 and overall["sourced"].finished_stays == 3
    assert overall["contacted"].median_days == 2.5  # 4 days (a1), 1 day (a2)
    assert overall["interview"].median_days is None
    assert [g.label for g in report.by("role")] == ["Data lead", "ML engineer"]
    ml = next(g for g in report.by("role") if g.key == "r1")
    assert ml.applications == 2 and ml.stages[0].conversion_to_next == 1.0
    regions = {g.key: g.applications for g in report.by("region")}
    assert regions["central_eastern_europe"] == 2 and regions["other"] == 1
    assert report.by("region")[-1].key == "other"  # unknown countries last


def test_csv_has_a_row_per_group_and_stage() -> None:
    apps = [app("a1", "c1", "r1", "contacted")]
    report = funnel(CONFIG, apps, {"a1": history("a1", ("sourced", 0), ("contacted", 3))},
                    role_titles={"r1": "ML, engineer"}, countries={"c1": "KE"})
    rows = list(csv.reader(io.StringIO(report.csv())))
    assert rows[0] == CSV_COLUMNS
    assert len(rows) == 1 + len(report.groups) * len(CONFIG.stages)
    role_rows = [r for r in rows if r[0] == "role"]
    assert role_rows[0][1] == "ML, engineer" and role_rows[0][2] == "sourced"
    assert role_rows[0][5] == "1" and role_rows[0][6] == "1.000" and role_rows[0][7] == "3.0"


def test_applications_still_open_in_a_stage_are_no_loss() -> None:
    """Ten sourced today, one contacted and one rejected: the rate is 1 of 2 decided, not 1 of
    10 (the eight waiting would read as people the pipeline lost)."""
    apps, moves = [], {}
    for i in range(10):
        steps = [("sourced", 0.0)] + ([("contacted", 1.0)] if i == 0 else []) + (
            [("rejected", 1.0)] if i == 1 else [])
        apps.append(app(f"a{i}", f"c{i}", "r1", steps[-1][0]))
        moves[f"a{i}"] = history(f"a{i}", *steps)
    sourced = funnel(CONFIG, apps, moves, role_titles={}, countries={}).overall.stages[0]
    assert (sourced.reached, sourced.in_stage_now, sourced.decided) == (10, 8, 2)
    assert sourced.conversion_to_next == 0.5


def test_an_empty_pipeline_has_zeros_and_no_ratios() -> None:
    report = funnel(CONFIG, [], {}, role_titles={}, countries={})
    assert len(report.groups) == 1
    assert all(s.reached == 0 and s.conversion_to_next is None and s.median_days is None
               for s in report.overall.stages)


PATHS = st.lists(st.integers(min_value=0, max_value=4), min_size=0, max_size=5)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(PATHS, st.floats(min_value=0, max_value=60), st.booleans()),
                min_size=1, max_size=12))
def test_invariants_hold_for_any_histories(specs: list[tuple[list[int], float, bool]]) -> None:
    forward = ["sourced", "contacted", "screened", "interview", "offer"]
    apps, moves = [], {}
    for i, (path, gap, rejected) in enumerate(specs):
        stages = ["sourced", *sorted({forward[p] for p in path} - {"sourced"},
                                     key=forward.index)]
        if rejected:
            stages.append("rejected")
        app_id = f"a{i}"
        moves[app_id] = history(app_id, *((s, n * gap) for n, s in enumerate(stages)))
        apps.append(app(app_id, f"c{i}", f"r{i % 3}", stages[-1]))
    report = funnel(CONFIG, apps, moves, role_titles={}, countries={})
    for group in report.groups:
        figures = {s.stage: s for s in group.stages}
        assert figures["sourced"].reached == group.applications
        assert sum(s.in_stage_now for s in group.stages) == group.applications
        for s in group.stages:
            assert 0 <= s.in_stage_now <= s.reached <= group.applications
            assert s.conversion_to_next is None or 0.0 <= s.conversion_to_next <= 1.0
            assert s.decided <= s.reached
            assert s.median_days is None or s.median_days >= 0
    assert sum(g.applications for g in report.by("role")) == len(apps)
    assert sum(g.applications for g in report.by("region")) == len(apps)
