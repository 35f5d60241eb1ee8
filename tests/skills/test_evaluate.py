from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.skills.evaluate import (
    GoldFileError,
    r_precision_at,
    read_gold,
    reciprocal_rank,
    report,
)

labels = st.lists(st.sampled_from("abcdefghij"), unique=True, max_size=10)


def test_r_precision_counts_hits_over_the_reachable_number() -> None:
    assert r_precision_at(["a", "b", "x"], {"a", "b"}) == 1.0
    assert r_precision_at(["x", "a", "y"], {"a", "b"}) == 0.5
    assert r_precision_at(list("abcdefg"), set("abcdefg")) == 1.0
    assert r_precision_at(["x", "y", "z", "w", "v", "a"], {"a"}) == 0.0


def test_reciprocal_rank_is_one_over_the_first_hit() -> None:
    assert reciprocal_rank(["x", "a", "b"], {"a", "b"}) == 0.5
    assert reciprocal_rank(["x"], {"a"}) == 0.0


@given(labels, labels)
def test_metrics_stay_in_the_unit_interval(ranked: list[str], gold: list[str]) -> None:
    for value in (r_precision_at(ranked, set(gold)), reciprocal_rank(ranked, set(gold))):
        assert 0.0 <= value <= 1.0


@given(labels)
def test_ranking_the_gold_first_is_perfect(gold: list[str]) -> None:
    if gold:
        assert r_precision_at(gold, set(gold)) == 1.0
        assert reciprocal_rank(gold, set(gold)) == 1.0


def test_report_averages_over_sentences() -> None:
    figures = report([["a"], ["x", "b"]], [{"a"}, {"b"}])
    assert figures.n == 2
    assert figures.mrr == pytest.approx(0.75)
    assert figures.rp_at_5 == pytest.approx(1.0)


def test_read_gold_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    good = {"id": "1", "text": "t", "labels": ["SQL"], "domain": "tech"}
    path.write_text(json.dumps(good) + "\n" + '{"id": "2"}\n')
    with pytest.raises(GoldFileError, match=r"gold.jsonl:2"):
        read_gold(path)
    path.write_text(json.dumps(good) + "\n\n")
    assert read_gold(path)[0].domain == "tech"
