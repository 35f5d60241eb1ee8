"""Names English résumés write for skills the taxonomy has under other words link those skills
(issue 15: "Manual and Automation testing", "AWS ECS", "sales tax returns", "3PL", "SLOs",
"chunking" and "voice and chat support" linked nothing, or only part of the name)."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets


@pytest.mark.parametrize(
    ("text", "skill", "snippet"),
    [
        (
            "Manual and Automation testing of the loan portal with Selenium.",
            "execute software tests", "Manual and Automation testing",
        ),
        (
            "Did manual and automated testing for a hotel booking app.",
            "execute software tests", "manual and automated testing",
        ),
        ("Moved the billing workers to AWS ECS last spring.", "Amazon Web Services", "AWS ECS"),
        ("Ran the queue consumers on Amazon ECS.", "Amazon Web Services", "Amazon ECS"),
        (
            "Prepared monthly sales tax returns for eleven retail clients.",
            "prepare tax returns forms", "sales tax returns",
        ),
        (
            "Coordinated two 3PL partners for the northern depots.",
            "manage third-party logistics providers", "3PL partners",
        ),
        ("Wrote the SLOs for the payments API with the product team.", "observability", "SLOs"),
        ("Agreed error budgets with each squad.", "observability", "error budgets"),
        (
            "Tuned chunking and reranking for the policy search bot.",
            "document chunking", "chunking",
        ),
        (
            "Voice and chat support for a US telecom account, 60 contacts a day.",
            "use internet chat", "Voice and chat support",
        ),
        (
            "Email and chat support for an online shoe store.",
            "use internet chat", "Email and chat support",
        ),
    ],
)
def test_english_resume_names_link_their_skill(
    linker: SkillLinker, text: str, skill: str, snippet: str
) -> None:
    assert snippets(linker, text).get(skill) == snippet
