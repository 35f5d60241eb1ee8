from __future__ import annotations

import pytest

from worldhire.embed import HashEmbedder
from worldhire.occupations.catalog import Catalog, load_catalog
from worldhire.occupations.features import FeatureSpace
from worldhire.occupations.index import OccupationIndex, build_index
from worldhire.occupations.service import TitleMatcher, TitleModel


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="session")
def hash_index(catalog: Catalog) -> OccupationIndex:
    return build_index(catalog, HashEmbedder(dim=128))


@pytest.fixture(scope="session")
def lexical_model() -> TitleModel:
    """Fixed weights for matchers on hash vectors, where the plumbing is under test: hash
    vectors are bags of words, so name similarity and word overlap are all they can show. The
    shipped weights are learned for MiniLM vectors and move with every retraining."""
    return TitleModel(weights={"name_max": 4.0, "lexical": 2.0, "exact": 3.0, "exact_label": 1.0})


@pytest.fixture(scope="session")
def hash_matcher(catalog: Catalog, hash_index: OccupationIndex,
                 lexical_model: TitleModel) -> TitleMatcher:
    return TitleMatcher(catalog=catalog, embedder=HashEmbedder(dim=128),
                        space=FeatureSpace.build(catalog, hash_index), model=lexical_model)
