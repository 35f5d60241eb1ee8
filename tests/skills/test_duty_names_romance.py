"""Duties of logistics, office and ward work that French, Spanish, Portuguese, Italian and
Romanian résumés write as a verbal noun and its object, for ESCO skills no name of theirs
matched (issue 15): dock and returns handling, receipts follow-up, medication rounds, pre-op
preparation, training organisation, price labels, contract renewals. Written with the verb, each
still links its skill (`duty_verbs.yaml`)."""

from __future__ import annotations

import pytest

from tests.skills.conftest import snippets
from worldhire.skills.linker import SkillLinker


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        (
            "Cariste polyvalent, j'ai géré les quais pendant la haute saison.",
            "coordinate dock operations",
            "géré les quais",
        ),
        (
            "Assistante comptable : suivi des encaissements et relances clientes.",
            "follow up accounts receivables",
            "suivi des encaissements",
        ),
        (
            "Infirmière de nuit : administration des traitements et surveillance des perfusions.",
            "administer prescribed medication",
            "administration des traitements",
        ),
        (
            "Asistentă de bloc operator: pregătirea preoperatorie a pacienților.",
            "prepare patients for surgery",
            "pregătirea preoperatorie",
        ),
        (
            "En la cadena organizaba capacitaciones para el personal de las tiendas.",
            "organise training",
            "organizaba capacitaciones",
        ),
        (
            "Na transportadora cuidei da gestão de devoluções dos clientes do varejo.",
            "handle returns",
            "gestão de devoluções",
        ),
        (
            "Vendeuse en épicerie fine : j'étiquetais les prix et je tenais la caisse.",
            "put up price tags",
            "étiquetais les prix",
        ),
        (
            "Responsável pela renovação de contratos com os clientes corporativos.",
            "manage contracts",
            "renovação de contratos",
        ),
    ],
)
def test_a_duty_of_logistics_office_or_ward_work_links_its_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


def test_the_people_of_a_trade_are_not_its_duty(linker: SkillLinker) -> None:
    """Management controllers ("contrôleurs de gestion") are an audience, not budgets managed:
    the trade's French name stays out of the names, where its plural would read as the duty."""
    found = snippets(linker, "Ateliers Power BI animés pour les contrôleurs de gestion du groupe.")
    assert "manage budgets" not in found
