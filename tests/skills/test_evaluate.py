from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.skills.evaluate import (
    GoldFileError,
    near_copy_key,
    r_precision_at,
    read_gold,
    read_span_annotations,
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


SPAN_CSV = """sentence,span,sub_span,label
javascript reactjs java,javascript,,JavaScript
javascript reactjs java,reactjs,,LABEL NOT PRESENT
javascript reactjs java,java,,Java (computer programming)
javascript reactjs java,javascript,,JavaScript
"Description Position <ORGANIZATION> is looking for smart engineers",smart,,LABEL NOT PRESENT
Apply your depth of knowledge,depth of knowledge,,UNDERSPECIFIED
Team player who communicates well,team player,,work in teams
"""


def test_span_annotations_are_scored_per_sentence_as_in_the_papers(tmp_path: Path) -> None:
    """Spans group into their sentence; LABEL NOT PRESENT and UNDERSPECIFIED add no gold label;
    a sentence left without a label is not scored; repeated rows count once."""
    path = tmp_path / "tech_validation_annotations.csv"
    path.write_text(SPAN_CSV)
    read = read_span_annotations(path, "tech")
    assert [s.text for s in read.sentences] == [
        "javascript reactjs java", "Team player who communicates well"]
    assert read.sentences[0].labels == ["Java (computer programming)", "JavaScript"]
    assert read.unlinked_sentences == 2
    assert read.spans == 7 and read.unlinked_spans == 3
    assert {s.domain for s in read.sentences} == {"tech"}
    assert len({s.id for s in read.sentences}) == 2


def test_span_annotations_name_a_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("text,label\nx,y\n")
    with pytest.raises(GoldFileError, match="no column"):
        read_span_annotations(path, "tech")
    with pytest.raises(GoldFileError, match="cannot read"):
        read_span_annotations(tmp_path / "missing.csv", "tech")


def test_near_copies_of_one_ad_share_a_key() -> None:
    first = "As a member of our <ORGANIZATION> <ORGANIZATION> we look first for people who code"
    second = "As a member of our <ORGANIZATION> we look first for people who code well"
    assert near_copy_key(first) == near_copy_key(second)
    assert near_copy_key("You'll build APIs in Go") == near_copy_key("You will build APIs in Go")
    assert near_copy_key("Strong SQL skills") != near_copy_key("Strong Python skills")
