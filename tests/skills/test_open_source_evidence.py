"""Open-source work as people write it, without the words "open source": merged pull requests
to a named project, a maintainer, a repository's stars (issue 15, "What to build" 5)."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker


@pytest.mark.parametrize("sentence", [
    "Contributor to vLLM (2 merged PRs on the scheduler).",
    "Three of my pull requests were merged; two more pull requests merged into KServe since.",
    "My side project tinyqueue, a Rust job queue, has 1.4k GitHub stars.",
    "I am a maintainer of the pyjq bindings.",
])
def test_merged_prs_maintainership_and_stars_are_open_source_contribution(
    linker: SkillLinker, sentence: str
) -> None:
    assert "wh:open-source" in {m.skill.id for m in linker.link(sentence)}


def test_a_pull_request_workflow_alone_is_not_open_source(linker: SkillLinker) -> None:
    text = "We review every pull request before it is merged to main."
    assert "wh:open-source" not in {m.skill.id for m in linker.link(text)}
