"""A skill kept in its own words has one id whichever path read it, since a requirement is met
by the skill with the same id: a post's "Kế toán thuế" by a résumé's "Kế toán thuế"."""

from __future__ import annotations

import pytest

from worldhire.ingest.bulk import taxonomy_resolver
from worldhire.ingest.parse import RequirementSpec
from worldhire.ingest.requirement_link import requirement_from_spec
from worldhire.skills.text import free_text_id

NAMES = ["Митний кодекс України", "fiscalidad española", "C++ Builder", "Sage 300"]


@pytest.mark.parametrize("name", NAMES)
def test_a_post_a_typed_requirement_and_a_bulk_load_give_the_same_id(name: str) -> None:
    from_post = requirement_from_spec(RequirementSpec(skill=name)).skill
    from_load = taxonomy_resolver()(name)
    assert from_load is not None
    assert from_post.id == from_load.id == free_text_id(name)


def test_ids_keep_letters_of_every_script_and_fold_accents() -> None:
    assert free_text_id("Податковий кодекс") != free_text_id("Митний кодекс")
    assert free_text_id("Kế toán thuế") == "text:ke-toan-thue"
    assert free_text_id("C++ Builder") != free_text_id("C Builder")
