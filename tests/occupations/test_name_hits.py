from __future__ import annotations

import pytest

from worldhire.occupations.catalog import Catalog
from worldhire.occupations.features import NameHits, written_titles
from worldhire.occupations.service import TitleMatcher


@pytest.fixture(scope="module")
def name_hits(catalog: Catalog) -> NameHits:
    return NameHits.build(catalog)


def _hits(name_hits: NameHits, catalog: Catalog, title: str) -> dict[str, float]:
    row = name_hits.coverage([title], len(catalog.occupations))[0]
    return {catalog.occupations[i].label: float(row[i]) for i in row.nonzero()[0]}


def test_every_written_title_names_a_shipped_occupation(catalog: Catalog) -> None:
    written = written_titles(catalog)
    assert written
    assert ("machine learning engineer", catalog.position[
        "http://data.europa.eu/esco/occupation/35553663-deab-4d9a-bf22-15c1625d28e8"]) in written


def test_a_written_title_in_any_word_order_is_a_full_hit(name_hits: NameHits,
                                                          catalog: Catalog) -> None:
    assert _hits(name_hits, catalog, "machine learning engineer") == {
        "ICT intelligent systems designer": 1.0}
    assert _hits(name_hits, catalog, "engineer machine learning") == {
        "ICT intelligent systems designer": 1.0}


def test_a_name_covering_part_of_the_title_counts_the_square_of_its_share(
        name_hits: NameHits, catalog: Catalog) -> None:
    assert _hits(name_hits, catalog, "llm engineer agents") == {
        "ICT intelligent systems designer": pytest.approx(4 / 9)}


def test_one_shared_word_or_an_esco_label_alone_is_no_hit(name_hits: NameHits,
                                                          catalog: Catalog) -> None:
    assert _hits(name_hits, catalog, "llm operator") == {}
    assert _hits(name_hits, catalog, "data scientist") == {}


def test_a_named_occupation_wins_when_the_model_gives_a_margin(
        hash_matcher: TitleMatcher) -> None:
    from dataclasses import replace

    matcher = replace(hash_matcher, model=replace(hash_matcher.model, name_hit_margin=6.0),
                      _vector_cache={})
    [[best]] = matcher.match(["Sr. ML Engineer II"], top=1)
    assert best.label == "ICT intelligent systems designer"


def test_a_data_leaders_title_is_a_chief_data_officer(name_hits: NameHits,
                                                      catalog: Catalog) -> None:
    """A director or head of data science leads the data function (it read data scientist)."""
    assert _hits(name_hits, catalog, "director of data science") == {
        "chief data officer": 1.0}
