"""Duty phrases English résumés write for skills the taxonomy has, which no name of it matched
(issue 15): ward care, call-centre quality work, documents an engineer or a site writes, coding
of diagnoses, a teacher's preparation, a hotel's night audit, commissioning, tax forms and a
till, and the ML methods and tools researchers and engineers name by their technique. Each links
its skill, spanning the whole phrase, in a list and in a sentence."""

from __future__ import annotations

import pytest

from tests.skills.conftest import snippets
from worldhire.skills.linker import SkillLinker

NAMES = {
    "implement nursing care": ["ventilated patients", "central lines",
                               "central venous catheter care"],
    "conduct routine blood testing": ["ABG interpretation"],
    "resuscitation": ["neonatal resuscitation"],
    "maintain high quality of calls": ["QA calibrations", "QA calibration"],
    "provide technical documentation": ["technical design documents"],
    "write work-related reports": ["progress reports"],
    "clinical coding": ["ICD-10 coding"],
    "prepare lesson content": ["lesson notes", "schemes of work"],
    "carry out end of day accounts": ["night audit"],
    "project commissioning": ["testing and commissioning"],
    "text classification": ["intent detection"],
    "information retrieval": ["two-tower retrieval", "two-tower models"],
    "release management": ["canary rollouts", "shadow deployments"],
    "self-supervised learning": ["contrastive pre-training"],
    "machine translation": ["back-translation"],
    "Bayesian statistics": ["variational inference", "Gaussian processes"],
    "prepare tax returns forms": ["BIR forms", "EMP501 reconciliation"],
    "operate cash register": ["point-of-sale system", "POS system"],
    "inference optimization": ["KV-cache compression"],
    "Databricks": ["Delta tables"],
    "responsible AI": ["model cards"],
}
CASES = [(label, name) for label, names in NAMES.items() for name in names]


@pytest.mark.parametrize(("label", "name"), CASES)
def test_a_duty_phrase_in_a_list_links_its_skill(linker: SkillLinker, label: str, name: str
                                                 ) -> None:
    assert snippets(linker, f"Excel, {name}, teamwork").get(label) == name


@pytest.mark.parametrize(("label", "name"), CASES)
def test_a_duty_phrase_in_a_sentence_links_its_skill(linker: SkillLinker, label: str, name: str
                                                     ) -> None:
    assert snippets(linker, f"Every week I handled {name} for the whole unit.").get(label) == name
