from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker, default_linker

RESUME_LINE = (
    "Senior ML engineer: Python, PyTorch and sklearn; shipped RAG pipelines with LangChain and "
    "pgvector on k8s, CI/CD via GitHub Actions. Fine-tuned Llama 3 with QLoRA."
)


def ids(linker: SkillLinker, text: str) -> list[str]:
    return [m.skill.id for m in linker.link(text)]


def test_links_tools_and_aliases_with_exact_spans(linker: SkillLinker) -> None:
    mentions = {m.skill.id: m for m in linker.link(RESUME_LINE)}
    for expected in ["wh:python", "wh:pytorch", "wh:scikit-learn", "wh:rag", "wh:langchain",
                     "wh:pgvector", "wh:kubernetes", "wh:ci-cd", "wh:llama", "wh:lora"]:
        assert expected in mentions, expected
    for mention in mentions.values():
        assert mention.span is not None
        start, end = mention.span
        assert RESUME_LINE[start:end] == mention.snippet
        assert 0.0 <= mention.score <= 1.0
    assert mentions["wh:scikit-learn"].snippet == "sklearn"
    assert mentions["wh:kubernetes"].snippet == "k8s"


def test_mentions_are_best_first_and_one_per_skill(linker: SkillLinker) -> None:
    mentions = linker.link(RESUME_LINE + " More Python. " + RESUME_LINE)
    scores = [m.score for m in mentions]
    assert scores == sorted(scores, reverse=True)
    assert len({m.skill.id for m in mentions}) == len(mentions)
    assert len(linker.link(RESUME_LINE, top_k=3)) == 3


def test_matches_respect_word_boundaries(linker: SkillLinker) -> None:
    assert "wh:sql" not in ids(linker, "We use NoSQL stores and PostgreSQLite")
    assert "wh:java" not in ids(linker, "JavaScript only")


def test_extension_beats_generic_esco_on_the_same_words(linker: SkillLinker) -> None:
    found = ids(linker, "Strong SQL and Python.")
    assert "wh:sql" in found and "wh:python" in found
    assert not any(i.startswith("esco:") for i in found)


def test_everyday_words_are_not_tools_outside_a_technical_context(linker: SkillLinker) -> None:
    assert ids(linker, "The beekeeper checks each Hive and feeds the Pig.") == []
    assert ids(linker, "Go to the counter and ask for R.") == []
    in_context = ids(linker, "Data lake on Hadoop with Hive; services in Go.")
    assert "wh:hadoop" in in_context and "wh:go" in in_context


def test_short_names_need_their_exact_case(linker: SkillLinker) -> None:
    assert "wh:r-language" in ids(linker, "Python and R for statistics")
    assert "wh:r-language" not in ids(linker, "Python and r for statistics")


def test_links_esco_skills_in_non_technical_text(linker: SkillLinker) -> None:
    found = ids(linker, "You will manage musical staff and speak English with guests.")
    assert "esco:manage-musical-staff" in found
    assert "esco:interact-verbally-in-english" in found


@pytest.mark.parametrize("text", ["", "   ", "!!!", "\n\n"])
def test_empty_or_wordless_text_links_nothing(linker: SkillLinker, text: str) -> None:
    assert linker.link(text) == []


def test_default_linker_is_shared() -> None:
    assert default_linker() is default_linker()
