"""The assessment rubric: each score cites the evidence behind it, reads no protected attribute,
and follows the evidence when it changes."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TypedDict

import pytest

from tests.factories import KUBERNETES, PYTHON, PYTORCH, make_candidate, make_role
from worldhire.assess import assess
from worldhire.assess.rubric import DIMENSIONS
from worldhire.assess.signals import sentence_around
from worldhire.core.models import Candidate, EvidenceItem, EvidenceKind, Requirement, SkillMention
from worldhire.match.service import rank

STRONG_JOB = (
    "Built and deployed a retrieval service in Python and PyTorch on Kubernetes, in production "
    "serving 2M requests a day at p95 "
    "80 ms; cut inference cost by 35% after profiling the tokenizer from scratch. On call for "
    "the service. Reviewed pull requests and mentored two engineers. Worked remotely with a "
    "team across 5 time zones, async through written design docs. Wrote the runbooks."
)


def strong(name: str = "Ada Example", languages: tuple[str, ...] = ("English (C1)",)
           ) -> Candidate:
    person = make_candidate(name=name, languages=list(languages))
    job = EvidenceItem(EvidenceKind.JOB, "ML engineer at a small clinic-software firm",
                       STRONG_JOB, start=date(2019, 1, 1), end=date(2024, 1, 1))
    project = EvidenceItem(
        EvidenceKind.PROJECT, "open-source retrieval toolkit",
        "Maintainer of an open-source PyTorch retrieval toolkit with 900 GitHub stars; "
        "benchmarked 12 embedding models and published the results in a blog post.")
    person.evidence += [job, project]
    for item in (job, project):
        for skill in (PYTHON, PYTORCH, KUBERNETES):
            if skill.label in item.text:
                start = item.text.index(skill.label)
                span = (start, start + len(skill.label))
                person.skills.append(SkillMention(skill, 1.0, item.id, span, item.text))
    return person


def test_every_dimension_is_scored_and_cites_evidence() -> None:
    result = assess(strong())
    assert set(result.scores) == set(DIMENSIONS)
    for name, score in result.scores.items():
        assert 0.0 <= score.score <= 1.0
        assert score.score > 0.3, name
        assert score.citations, f"{name} cites nothing"
    assert any("p95" in c.snippet for c in result.scores["production"].citations)
    assert any("time zones" in c.snippet for c in result.scores["distributed"].citations)


def test_an_empty_profile_scores_low_everywhere() -> None:
    result = assess(make_candidate())
    assert all(s.score < 0.3 for s in result.scores.values()), result.as_dict()


class ProtectedChange(TypedDict, total=False):
    name: str
    country: str
    timezone: str
    email: str
    location: str
    phone: str


@pytest.mark.parametrize("change", [
    {"name": "Somebody Else"}, {"country": "NG", "timezone": "Africa/Lagos"},
    {"email": "x@y.org"}, {"location": "Lagos, Nigeria"}, {"phone": "+234 1"},
])
def test_protected_attributes_do_not_change_the_assessment(change: ProtectedChange) -> None:
    person = strong()
    assert assess(replace(person, **change)).as_dict() == assess(person).as_dict()


def test_assessment_follows_the_evidence() -> None:
    person = make_candidate()
    before = assess(person).score("production")
    person.evidence.append(EvidenceItem(
        EvidenceKind.JOB, "SRE", "Deployed to production on Kubernetes; on call; 99.9% uptime."))
    assert assess(person).score("production") > before


def test_claimed_skills_do_not_count_as_depth() -> None:
    shown = make_candidate({PYTORCH: EvidenceKind.PROJECT})
    listed = make_candidate({PYTORCH: EvidenceKind.SKILLS})
    area = {PYTORCH.id}
    assert assess(shown, area).score("depth") > assess(listed, area).score("depth") == 0.0


def test_strong_evidence_without_famous_employer_or_degree_ranks_first() -> None:
    """A self-taught engineer with shipped, measured work beats a famous name and a PhD."""
    famous = make_candidate({PYTORCH: EvidenceKind.SKILLS}, name="Famous", languages=["English"])
    famous.evidence += [
        EvidenceItem(EvidenceKind.JOB, "Research intern at Google DeepMind",
                     "Intern at Google DeepMind.", organization="Google DeepMind"),
        EvidenceItem(EvidenceKind.EDUCATION, "PhD Computer Science, Stanford University",
                     "PhD in Computer Science, Stanford University.", organization="Stanford"),
    ]
    self_taught = strong(name="Self-taught")
    role = make_role(requirements=[Requirement(PYTORCH)])
    shortlist = rank([famous, self_taught], role, related=lambda _: [])
    assert [r.candidate.name for r in shortlist.results] == ["Self-taught", "Famous"]


@pytest.mark.parametrize("sentence", [
    "Contributor to vLLM (2 merged PRs) and to the Hugging Face PEFT docs.",
    "Author of a 1.4k-star repository for Swahili speech recognition.",
    "Maintainer of an evaluation harness used by three labs.",
    "Merged 3 PRs into LangChain; contributed two patches upstream to PyTorch.",
])
def test_open_source_contribution_counts_and_is_cited(sentence: str) -> None:
    """Merged pull requests to a named project, maintainership and stars are open-source
    contribution wherever they are written, the profile summary included."""
    plain = make_candidate(summary="Machine learning engineer in Nairobi.")
    contributor = make_candidate(summary=f"Machine learning engineer in Nairobi. {sentence}")
    before = assess(plain).scores["collaboration"]
    after = assess(contributor).scores["collaboration"]
    assert after.score >= before.score + 0.2
    assert not after.detail.startswith("0 ")
    assert re.search(r"shows? open-source contribution", after.detail)
    assert any(c.snippet in sentence for c in after.citations)
    assert any("1.4k" in c.snippet for c in after.citations) == ("1.4k" in sentence)


@pytest.mark.parametrize("sentence", [
    "We contributed to revenue growth of 20%.",
    "I maintain the office servers and printers.",
    "Starred in the school play.",
])
def test_everyday_sentences_are_not_open_source(sentence: str) -> None:
    person = make_candidate(summary=sentence)
    assert "0 sentences show open-source" in assess(person).scores["collaboration"].detail


POLISH_JOB = (
    "Zbudowałem i wdrożyłem usługę wyszukiwania w Pythonie, która obsługuje 2 mln zapytań "
    "dziennie przy p95 80 ms. Obniżyłem koszt inferencji o 35% po profilowaniu tokenizera. "
    "Pracowałem zdalnie z zespołem w pięciu strefach czasowych i pisałem dokumentację."
)


def test_clear_writing_counts_as_english_only_when_written_in_english() -> None:
    def written(text: str) -> Candidate:
        person = make_candidate(languages=[])
        person.evidence.append(EvidenceItem(EvidenceKind.JOB, "ML engineer", text,
                                            start=date(2019, 1, 1)))
        return person

    in_english = assess(written(STRONG_JOB)).scores["communication"]
    in_polish = assess(written(POLISH_JOB)).scores["communication"]
    assert in_polish.score < in_english.score
    assert "written in pl" in in_polish.detail
    assert "written in" not in in_english.detail


def test_a_quoted_sentence_runs_past_links_names_and_numbers() -> None:
    text = ("Led QA. I ship Node.js services (p95 0.8 s) to github.com/ana for remote teams. "
            "Then left.")
    start = text.index("remote")
    assert sentence_around(text, start, start + 6) == (
        "I ship Node.js services (p95 0.8 s) to github.com/ana for remote teams.")


def test_a_stated_time_zone_is_no_distributed_work() -> None:
    from worldhire.assess.signals import DISTRIBUTED

    assert not DISTRIBUTED.search("Time zone: America/Sao_Paulo (UTC-3).")
    assert DISTRIBUTED.search("I work across 3 time zones with the Berlin team.")
