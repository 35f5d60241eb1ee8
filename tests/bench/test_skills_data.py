"""The annotated skill-linking data is well formed; bench/skills.py scores rankings right."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError
from tools import filter_skill_train as train_filter

from bench import skills as bench
from worldhire.embed import HashEmbedder

Splits = dict[str, list[bench.GoldSentence]]


@pytest.fixture(scope="module")
def splits() -> Splits:
    return {name: bench.load_split(name) for name in ("dev", "test", "train")}


@pytest.fixture(scope="module")
def label_set() -> set[str]:
    labels = bench.esco_labels()
    assert len(labels) == 13_896
    return set(labels)


# -- the data files ------------------------------------------------------------------------------


def test_every_gold_label_is_an_exact_esco_preferred_label(
    splits: Splits, label_set: set[str]
) -> None:
    unknown = [
        (s.id, label) for rows in splits.values() for s in rows for label in s.labels
        if label not in label_set
    ]  # fmt: skip
    assert unknown == []


def test_ids_are_unique_and_splits_are_disjoint(splits: Splits) -> None:
    ids = Counter(s.id for rows in splits.values() for s in rows)
    assert [i for i, n in ids.items() if n > 1] == []
    dev_texts = {s.text.casefold() for s in splits["dev"]}
    assert [s.id for s in splits["test"] if s.text.casefold() in dev_texts] == []


def test_the_training_split_holds_no_near_copy_of_an_evaluation_sentence(
    splits: Splits,
) -> None:
    evaluation = [s.text for s in splits["dev"] + splits["test"]]
    close = [
        s.id for s in splits["train"]
        if max(train_filter.word_overlap(s.text, other) for other in evaluation)
        >= train_filter.WORD_OVERLAP
    ]  # fmt: skip
    assert close == []
    assert len(splits["train"]) >= 500


def test_each_sentence_has_one_to_four_distinct_labels(splits: Splits) -> None:
    for s in (s for rows in splits.values() for s in rows):
        assert 1 <= len(s.labels) <= 4 and len(set(s.labels)) == len(s.labels), s.id


def test_size_and_mix_follow_the_design(splits: Splits) -> None:
    everything = splits["dev"] + splits["test"]
    assert len(everything) >= 400
    tech_share = sum(s.domain == "tech" for s in everything) / len(everything)
    assert 0.55 <= tech_share <= 0.65
    assert {s.source for s in everything} == {"job_ad", "resume"}
    for domain in bench.DOMAINS:
        in_test = sum(s.domain == domain for s in splits["test"])
        total = sum(s.domain == domain for s in everything)
        assert 0.35 <= in_test / total <= 0.45, domain


def test_a_malformed_line_is_rejected(tmp_path: Path) -> None:
    line = {"id": "x", "text": "t", "labels": [], "domain": "tech", "source": "job_ad"}
    (tmp_path / "skills_dev.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        bench.load_split("dev", tmp_path)
    with pytest.raises(bench.BenchError, match="no annotated split"):
        bench.load_split("test", tmp_path)


# -- metrics ---------------------------------------------------------------------------------------

LABELS = st.sampled_from([f"skill {i}" for i in range(12)])


@given(st.sets(LABELS, min_size=1, max_size=4), st.lists(LABELS, max_size=8, unique=True))
def test_metrics_stay_in_range_and_strict_never_exceeds_rp(
    gold: set[str], ranked: list[str]
) -> None:
    rp = bench.r_precision_at(gold, ranked)
    strict = bench.strict_r_precision_at(gold, ranked)
    assert 0.0 <= strict <= rp <= 1.0
    assert 0.0 <= bench.reciprocal_rank(gold, ranked) <= 1.0


@given(st.sets(LABELS, min_size=1, max_size=4), st.lists(LABELS, max_size=8, unique=True))
def test_gold_first_scores_perfectly(gold: set[str], rest: list[str]) -> None:
    ranked = sorted(gold) + [label for label in rest if label not in gold]
    assert bench.r_precision_at(gold, ranked) == 1.0
    assert bench.strict_r_precision_at(gold, ranked) == 1.0
    assert bench.reciprocal_rank(gold, ranked) == 1.0


def test_rp_at_5_counts_hits_in_the_top_five_over_the_smaller_of_five_and_gold() -> None:
    gold = ["a", "b"]
    ranked = ["x", "a", "y", "z", "b", "c"]
    assert bench.r_precision_at(gold, ranked) == 1.0
    assert bench.strict_r_precision_at(gold, ranked) == 0.5
    assert bench.reciprocal_rank(gold, ranked) == 0.5
    assert bench.r_precision_at(["c"], ranked) == 0.0
    assert bench.r_precision_at(list("abcdefg"), list("abxyz")) == pytest.approx(2 / 5)


def test_scores_split_by_domain(splits: Splits) -> None:
    gold = splits["dev"][:6]
    perfect = [list(s.labels) for s in gold]
    scores = bench.score_by_domain(gold, perfect)
    assert scores["overall"].sentences == 6 and scores["overall"].rp_at_5 == 1.0
    assert sum(scores[d].sentences for d in bench.DOMAINS) == 6


# -- the CLI output contract and the baseline -----------------------------------------------------


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_read_ranking_keeps_order_and_checks_ids(tmp_path: Path) -> None:
    skill = {"label": "SQL", "score": 0.9, "span": [0, 3]}
    good = _write(
        tmp_path / "good.jsonl", [{"id": "a", "skills": [skill]}, {"id": "b", "skills": []}]
    )
    assert bench.read_ranking(good, ["a", "b"]) == [["SQL"], []]
    with pytest.raises(bench.BenchError, match="id 'b' where 'c' was expected"):
        bench.read_ranking(good, ["a", "c"])
    with pytest.raises(bench.BenchError, match="2 output lines for 3 inputs"):
        bench.read_ranking(good, ["a", "b", "c"])
    broken = _write(tmp_path / "broken.jsonl", [{"id": "a", "skills": [{"score": 1.0}]}])
    with pytest.raises(bench.BenchError, match="not a ranking line"):
        bench.read_ranking(broken, ["a"])


def test_dense_baseline_ranks_the_closest_label_first() -> None:
    labels = [
        "SQL",
        "serve beverages",
        "lay bricks",
        "operate forklift",
        "Python (computer programming)",
    ]
    embedder = HashEmbedder(dim=256)
    baseline = bench.DenseBaseline(labels, embedder.embed, embedder.embed(labels))
    ranked = baseline.rank(["we lay bricks", "serve beverages to guests"], top=3)
    assert [r[0] for r in ranked] == ["lay bricks", "serve beverages"]
    assert all(len(r) == 3 and len(set(r)) == 3 for r in ranked)
    with pytest.raises(bench.BenchError):
        bench.DenseBaseline(labels, embedder.embed, np.zeros((2, 256), dtype=np.float32))


def test_the_multilingual_set_covers_every_hiring_language(label_set: set[str]) -> None:
    rows = [json.loads(line) for line in
            (bench.DATA_DIR / "skills_multilingual.jsonl").read_text().splitlines()]
    assert Counter(r["lang"] for r in rows) == {
        lang: 6 for lang in ("es", "pt", "pl", "uk", "ro", "fr", "de", "vi", "id")}
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert 1 <= len(row["labels"]) <= 4 and set(row["labels"]) <= label_set, row["id"]
