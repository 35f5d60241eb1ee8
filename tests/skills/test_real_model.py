"""The product path: the offline MiniLM model with the shipped concept index."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import default_linker
from worldhire.skills.service import default_ranker

pytestmark = pytest.mark.slow


def labels_for(text: str, top: int = 5) -> list[str]:
    ranker = default_ranker()
    [ranked] = ranker.rank([text], top, "esco")
    return [ranker.taxonomy.get(r.concept_id).label for r in ranked]


def test_named_tools_rank_their_esco_concepts_first() -> None:
    top = labels_for("Strong SQL skills and five years of Python.")
    assert {"SQL", "Python (computer programming)"} <= set(top[:3])


def test_implied_skills_are_found_without_their_words() -> None:
    assert "serve wines" in labels_for("Recommend and pour wines for our restaurant guests.")


def test_semantic_linker_keeps_spans_inside_the_text() -> None:
    text = "Built dashboards in Tableau.\nPoured wine and recommended pairings to diners."
    mentions = default_linker(semantic=True).link(text)
    assert any(m.skill.id == "wh:business-intelligence" for m in mentions)
    for m in mentions:
        assert m.span is not None and text[m.span[0] : m.span[1]] == m.snippet


def test_reduced_precision_keeps_the_embeddings() -> None:
    import numpy as np

    from worldhire.skills.precision import fast_inference

    embedder = default_ranker().embedder
    texts = ["Administer Linux servers and keep them patched.", "Pour wine for guests."]
    exact = embedder.embed(texts)
    with fast_inference():
        fast = embedder.embed(texts)
    assert np.min(np.sum(exact * fast, axis=1)) > 0.999


# The false links of issue 20 on real résumés, through the semantic linker (tests/skills/
# test_linker.py holds them for the literal one): the ranker reads each sentence too, and must not
# bring back what the literal rules keep out.
@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Java (Less than 1 year), SQL (3 years), Python (Less than 1 year)", "esco:less", "wh:java"),
    ("Roaming &amp; Mobility, GSM and LTE core networks", "wh:mixed-precision", None),
    ("Configured SSL certificates on Apache and Nginx web servers for our clients.",
     "wh:self-supervised-learning", "esco:ict-encryption"),
    ("Built backend services in Clojure and deployed them on AWS for the team.",
     "wh:haskell", "wh:clojure"),
    ("CompTIA Security+ certified network administrator with a strong background.",
     "esco:securities", "wh:comptia-security"),
    ("Designed message queues on RabbitMQ for the order processing service of the shop.",
     "wh:kafka", "wh:rabbitmq"),
])
def test_semantic_linking_keeps_out_the_false_links_of_real_resumes(
    text: str, wrong: str, right: str | None
) -> None:
    found = {m.skill.id for m in default_linker(semantic=True).link(text)}
    assert wrong not in found, found
    assert right is None or right in found, found


def test_semantic_linking_finds_everyday_product_names_in_prose() -> None:
    text = ("I developed web pages with jQuery and deployed Java apps from Eclipse to Oracle "
            "databases on Windows servers.")
    found = {m.skill.id for m in default_linker(semantic=True).link(text)}
    assert {"wh:jquery", "wh:windows", "wh:oracle-db",
            "esco:eclipse-integrated-development-environment-software"} <= found, found
