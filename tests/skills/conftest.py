from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker, default_linker
from worldhire.skills.taxonomy import Taxonomy, load_taxonomy


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="session")
def linker() -> SkillLinker:
    return default_linker()
