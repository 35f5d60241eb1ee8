"""Credit scoring written in the hiring regions' languages links 'credit risk modelling', as
'credit scoring' does in English (issue 15: "modelos de scoring", "кредитного скорингу" and
"modele scoringowe" linked nothing)."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets

CREDIT_RISK = "credit risk modelling"


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Desarrollo de modelos de scoring para tarjetas de crédito.", "modelos de scoring"),
        ("Mantenimiento del scoring crediticio de pymes.", "scoring crediticio"),
        ("Budowa modeli: modele scoringowe dla kredytów gotówkowych.", "modele scoringowe"),
        ("Розробка моделей кредитного скорингу для мікрокредитів.", "кредитного скорингу"),
        ("Построение моделей кредитного скоринга для МФО.", "кредитного скоринга"),
        ("Membangun model penilaian kredit untuk pinjaman UMKM.", "model penilaian kredit"),
        ("Développement de modèles de scoring crédit pour les particuliers.",
         "modèles de scoring crédit"),
        ("Scoring crédit des professionnels et des TPE.", "Scoring crédit"),
        ("Ajusté el scoring de riesgo de crédito de pymes.", "scoring de riesgo de crédito"),
    ],
)
def test_credit_scoring_names_link_credit_risk_modelling(
    linker: SkillLinker, text: str, snippet: str
) -> None:
    assert snippets(linker, text).get(CREDIT_RISK) == snippet
