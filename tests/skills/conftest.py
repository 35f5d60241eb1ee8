from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker, default_linker
from worldhire.skills.ranker import FEATURES, RankModel
from worldhire.skills.taxonomy import Taxonomy
from worldhire.skills.taxonomy_cache import load_taxonomy


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="session")
def linker() -> SkillLinker:
    return default_linker()


def snippets(linker: SkillLinker, text: str) -> dict[str, str]:
    """Each linked skill's label with the words of `text` it was linked from."""
    return {m.skill.label: m.snippet for m in linker.link(text)}


@pytest.fixture(scope="session")
def lexical_model() -> RankModel:
    """Fixed weights for rankers on hash vectors, where the plumbing is under test: hash vectors
    are bags of words, so name similarity and literal hits are all they can show. The shipped
    model's weights are learned for MiniLM vectors and move with every retraining."""
    weights = {"best": 2.0, "overlap": 1.0, "literal": 2.0}
    return RankModel(coef=tuple(weights.get(name, 0.0) for name in FEATURES), intercept=-2.0)
