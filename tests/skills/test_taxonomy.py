from __future__ import annotations

import pytest

from worldhire.skills.taxonomy import Taxonomy, esco_labels


def test_every_esco_label_is_a_concept_with_a_unique_id(taxonomy: Taxonomy) -> None:
    labels = esco_labels()
    assert len(labels) == 13_896
    esco = taxonomy.esco()
    assert len(esco) == len(labels)
    assert {c.label for c in esco} == set(labels)
    assert all(c.id.startswith("esco:") for c in esco)


def test_esco_concepts_carry_their_alternative_labels(taxonomy: Taxonomy) -> None:
    concept = taxonomy.by_esco_label("manage musical staff")
    assert concept is not None
    assert "direct musical staff" in concept.aliases


def test_extension_has_several_hundred_concepts_mapped_to_esco(taxonomy: Taxonomy) -> None:
    extension = taxonomy.extension()
    assert len(extension) >= 300
    assert all(c.id.startswith("wh:") for c in extension)
    python = taxonomy.concept("wh:python")
    assert [taxonomy.get(i).label for i in python.esco_ids] == ["Python (computer programming)"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("sklearn", "wh:scikit-learn"),
        ("Scikit-Learn", "wh:scikit-learn"),
        ("k8s", "wh:kubernetes"),
        ("HF transformers", "wh:hugging-face-transformers"),
        ("pgvector", "wh:pgvector"),
        ("QLoRA", "wh:lora"),
        ("manage musical staff", "esco:manage-musical-staff"),
        ("direct musical staff", "esco:manage-musical-staff"),
    ],
)
def test_resolve_exact_names(taxonomy: Taxonomy, name: str, expected: str) -> None:
    skill = taxonomy.resolve(name)
    assert skill is not None and skill.id == expected


def test_resolve_prefers_the_extension_for_tool_names(taxonomy: Taxonomy) -> None:
    skill = taxonomy.resolve("python")
    assert skill is not None and skill.id == "wh:python"


def test_resolve_tolerates_typos_and_rejects_nonsense(taxonomy: Taxonomy) -> None:
    typo = taxonomy.resolve("kubernets")
    assert typo is not None and typo.id == "wh:kubernetes"
    assert taxonomy.resolve("zqxv wpl") is None
    assert taxonomy.resolve("  ") is None


def test_relations_are_symmetric_and_weighted(taxonomy: Taxonomy) -> None:
    assert taxonomy.get("wh:peft") in taxonomy.broader("wh:lora")
    assert taxonomy.get("wh:lora") in taxonomy.narrower("wh:peft")
    related = dict(taxonomy.related("wh:pytorch"))
    assert related[taxonomy.get("wh:deep-learning")] == pytest.approx(0.7)
    assert taxonomy.get("wh:pytorch") in dict(taxonomy.related("wh:tensorflow"))
    weights = [w for _, w in taxonomy.related("wh:pytorch")]
    assert weights == sorted(weights, reverse=True)
    assert all(0 < w <= 1 for w in weights)


def test_esco_concepts_relate_to_the_extension_concepts_mapped_to_them(
    taxonomy: Taxonomy,
) -> None:
    esco_python = taxonomy.by_esco_label("Python (computer programming)")
    assert esco_python is not None
    related = dict(taxonomy.related(esco_python.id))
    assert related[taxonomy.get("wh:python")] == pytest.approx(0.9)


def test_unknown_ids_raise_a_clear_error(taxonomy: Taxonomy) -> None:
    with pytest.raises(KeyError, match="no skill with id"):
        taxonomy.get("wh:does-not-exist")


def test_a_similarity_of_one_asks_for_the_name_itself(taxonomy: Taxonomy) -> None:
    # "Kommissioniererer" has every character trigram of "Kommissionierer" and no other, so a
    # closest-name search scores it 1.0. Callers that pass 1.0 (a spoken language a post asks
    # for, a recruiter's typed requirement) want the name or nothing, and the search's index
    # cost a parser worker about 430 MB, over its budget: `ingest --kind role` refused a post
    # that asked for isiXhosa as "needed too much memory to read".
    assert taxonomy.resolve("Kommissioniererer", min_similarity=1.0) is None
    exact = taxonomy.resolve("Kommissionierer", min_similarity=1.0)
    assert exact is not None
    closest = taxonomy.resolve("Kommissioniererer")
    assert closest is not None and closest.id == exact.id
