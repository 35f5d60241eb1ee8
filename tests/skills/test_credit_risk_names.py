"""Credit risk written in English and the hiring regions' languages links 'apply credit risk
policy', the ESCO skill of managing a lender's credit risk (issue 15: "riesgo de crédito",
"risque de crédit" and "risc de credit" linked nothing, and "credit risk" resolved to 'assess
mortgage risk')."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker
from worldhire.skills.taxonomy import Taxonomy

from .conftest import snippets

CREDIT_RISK = "apply credit risk policy"


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Monitored credit risk for a portfolio of SME loans.", "credit risk"),
        ("Análisis de riesgo de crédito de clientes corporativos.", "riesgo de crédito"),
        ("Suivi du risque de crédit des contreparties.", "risque de crédit"),
        ("Analiza riscului de credit pentru clienții IMM.", "riscului de credit"),
        ("Evaluarea risc de credit pentru persoane fizice.", "risc de credit"),
        ("Ocena ryzyka kredytowego klientów firmowych.", "ryzyka kredytowego"),
        ("Аналіз кредитного ризику позичальників.", "кредитного ризику"),
        ("Gestão de risco de crédito da carteira de varejo.", "risco de crédito"),
        ("Steuerung von Kreditrisiken im Firmenkundengeschäft.", "Kreditrisiken"),
        ("Kredi riski analizi ve limit tahsisi.", "Kredi riski"),
    ],
)
def test_credit_risk_names_link_apply_credit_risk_policy(
    linker: SkillLinker, text: str, snippet: str
) -> None:
    assert snippets(linker, text).get(CREDIT_RISK) == snippet


def test_credit_risk_resolves_to_credit_risk_policy(taxonomy: Taxonomy) -> None:
    skill = taxonomy.resolve("credit risk")
    assert skill is not None and skill.label == CREDIT_RISK


@pytest.mark.parametrize(
    "text",
    [
        "Développement de modèles de scoring et analyse du risque de crédit des PME.",
        "Desarrollo de modelos de scoring y seguimiento del riesgo de crédito de pymes.",
        "Built credit scoring models and monitored credit risk for SME loans.",
    ],
)
def test_credit_risk_beside_a_credit_model_stays_a_skill(linker: SkillLinker, text: str) -> None:
    """A credit model names the trade it is built in: the analyst who builds scoring models
    and follows the lender's credit risk has both skills, where a sentence naming an ML method
    ("with XGBoost") makes the trade only the domain of the software."""
    found = snippets(linker, text)
    assert {CREDIT_RISK, "credit risk modelling"} <= found.keys(), found


def test_a_trade_beside_an_ml_method_is_still_its_domain(linker: SkillLinker) -> None:
    found = snippets(linker, "Built credit scoring models with XGBoost for credit risk.")
    assert "credit risk modelling" in found
    assert CREDIT_RISK not in found
