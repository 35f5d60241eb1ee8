from __future__ import annotations

import numpy as np

from worldhire.occupations.catalog import Catalog
from worldhire.occupations.service import TitleMatcher, TitleModel


def test_a_title_that_is_an_occupation_name_ranks_that_occupation_first(
        hash_matcher: TitleMatcher) -> None:
    [matches] = hash_matcher.match(["Forklift Driver - Nights - £13.50"], top=5)
    assert matches[0].label == "forklift operator"
    assert matches[0].isco_code == "8344" and matches[0].isco_label
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)


def test_each_title_gets_top_occupations_and_empty_titles_get_none(
        hash_matcher: TitleMatcher, catalog: Catalog) -> None:
    results = hash_matcher.match(["Welder", "", "   ", "Bricklayer"], top=3)
    assert [len(r) for r in results] == [3, 0, 0, 3]
    assert results[0][0].label == "welder" and results[3][0].label == "bricklayer"
    assert all(m.uri in catalog.by_uri for r in results for m in r)


def test_scores_are_probabilities_over_all_occupations(hash_matcher: TitleMatcher) -> None:
    scores = hash_matcher.scores(["Plumber"])[0]
    assert scores.shape == (3007,)
    probabilities = np.exp(scores - scores.max()) / np.exp(scores - scores.max()).sum()
    [matches] = hash_matcher.match(["Plumber"], top=5)
    assert [m.score for m in matches] == [round(float(p), 4)
                                          for p in np.sort(probabilities)[::-1][:5]]


def test_batches_give_the_same_ranking_as_single_titles(hash_matcher: TitleMatcher) -> None:
    titles = [f"Electrician {i}" if i % 2 else "Cashier" for i in range(300)]
    together = hash_matcher.match(titles, top=3)
    alone = [hash_matcher.match([t], top=3)[0] for t in titles[:4]]
    assert [[m.uri for m in r] for r in together[:4]] == [[m.uri for m in r] for r in alone]


def test_the_adapter_moves_query_vectors_and_keeps_them_unit_length() -> None:
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(4, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    model = TitleModel(weights={"name_max": 1.0},
                       adapter=rng.normal(scale=0.1, size=(8, 8)).astype(np.float32))
    moved = model.adapt(vectors)
    assert np.allclose(np.linalg.norm(moved, axis=1), 1.0, atol=1e-5)
    assert not np.allclose(moved, vectors)
    assert np.array_equal(TitleModel(weights={"name_max": 1.0}).adapt(vectors), vectors)
