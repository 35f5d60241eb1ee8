"""Bias audit numbers equal fairlearn's MetricFrame on the same data; flags follow four-fifths."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest
from fairlearn.metrics import MetricFrame, selection_rate
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from worldhire.cli.main import app
from worldhire.governance.bias import audit_rows, bias_audit_csv, intersection_label

runner = CliRunner()

DECISIONS = [
    # sex, race, selected, score
    *[("F", "A", 1, 90.0)] * 12, *[("F", "A", 0, 40.0)] * 18,
    *[("F", "B", 1, 80.0)] * 5, *[("F", "B", 0, 45.0)] * 25,
    *[("M", "A", 1, 85.0)] * 20, *[("M", "A", 0, 50.0)] * 10,
    *[("M", "B", 1, 70.0)] * 9, *[("M", "B", 0, 30.0)] * 11,
]


@pytest.fixture
def decisions_csv(tmp_path: Path) -> Path:
    path = tmp_path / "decisions.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sex", "race", "selected", "score"])
        writer.writerows(DECISIONS)
    return path


def _frame() -> pd.DataFrame:
    return pd.DataFrame(DECISIONS, columns=["sex", "race", "selected", "score"])


def _fairlearn(y: pd.Series, features: pd.DataFrame | pd.Series) -> MetricFrame:
    return MetricFrame(metrics=selection_rate, y_true=y, y_pred=y, sensitive_features=features)


def test_cli_json_matches_fairlearn_per_group_and_intersection(decisions_csv: Path) -> None:
    done = runner.invoke(app, ["audit", "bias", str(decisions_csv), "--group-col", "sex",
                               "--group-col", "race", "--selected-col", "selected",
                               "--score-col", "score", "--json"])
    assert done.exit_code == 0, done.output
    report = json.loads(done.output)
    df = _frame()
    frame = _fairlearn(df["selected"], df["sex"])
    for group, rate in frame.by_group.items():
        ours = report["groups"][group]
        assert set(ours) == {"selection_rate", "impact_ratio", "count", "flagged", "small_sample"}
        assert ours["selection_rate"] == pytest.approx(rate)
        assert ours["impact_ratio"] == pytest.approx(rate / frame.by_group.max())
        assert ours["count"] == int((df["sex"] == group).sum())
    assert min(v["impact_ratio"] for v in report["groups"].values()) == pytest.approx(
        frame.ratio(method="between_groups")
    )
    both = _fairlearn(df["selected"], df[["sex", "race"]])
    for (sex, race), rate in both.by_group.items():
        ours = report["intersections"][intersection_label(sex, race)]
        assert ours["selection_rate"] == pytest.approx(rate)
        assert ours["impact_ratio"] == pytest.approx(rate / both.by_group.max())
    assert min(v["impact_ratio"] for v in report["intersections"].values()) == pytest.approx(
        both.ratio(method="between_groups")
    )
    # LL144 scoring rate: selection of "scored above the sample median".
    above = (df["score"] > df["score"].median()).astype(int)
    scoring = _fairlearn(above, df["race"])
    for group, rate in scoring.by_group.items():
        ours = report["scoring"]["by_column"]["race"][group]
        assert ours["scoring_rate"] == pytest.approx(rate)
        assert ours["impact_ratio"] == pytest.approx(rate / scoring.by_group.max())
    assert report["scoring"]["median"] == df["score"].median()


def test_four_fifths_flags(decisions_csv: Path) -> None:
    report = bias_audit_csv(decisions_csv, ["sex", "race"], "selected")
    # F: 17/60 = 0.283, M: 29/50 = 0.58 -> ratio 0.49 flagged; M is the reference.
    assert report.groups["F"].flagged and not report.groups["M"].flagged
    assert report.groups["M"].impact_ratio == 1.0
    assert "race=B" in report.flagged and "sex × race=M | A" not in report.flagged
    # Every group has 20 decisions or more, above both small-sample lines.
    assert report.small_groups == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from(["x", "y"]),
                          st.booleans()), min_size=1, max_size=60))
def test_rates_equal_fairlearn_on_any_data(rows: list[tuple[str, str, bool]]) -> None:
    df = pd.DataFrame(rows, columns=["g", "h", "sel"])
    report = audit_rows(df.to_dict("records"), ["g", "h"], [bool(v) for v in df["sel"]])
    frame = _fairlearn(df["sel"].astype(int), df["g"])
    best = frame.by_group.max()
    for group, rate in frame.by_group.items():
        ours = report.groups[group]
        assert ours.selection_rate == pytest.approx(rate)
        expected = rate / best if best > 0 else 1.0
        assert ours.impact_ratio == pytest.approx(expected)
        assert ours.flagged == (expected < 0.8)
        assert ours.small_sample == (ours.count < 10 or ours.count < 0.02 * len(rows))


@pytest.mark.parametrize(("content", "message"), [
    ("sex,selected\nF,maybe\n", "line 2: selected='maybe'"),
    ("sex,chosen\nF,1\n", "has no column selected"),
    ("sex,selected\n", "no decisions to audit"),
])
def test_bad_files_get_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content)
    done = runner.invoke(app, ["audit", "bias", str(path), "--group-col", "sex",
                               "--selected-col", "selected", "--json"])
    assert done.exit_code == 2
    assert message in done.output
