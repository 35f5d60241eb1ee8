"""Health and safety at work and first aid, written in the hiring regions' languages, link their
ESCO skills (issue 15: "an toàn lao động", "охорона праці", "pierwszej pomocy" linked nothing)."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets

SAFETY = "health and safety in the workplace"
FIRST_AID = "provide first aid"


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Hướng dẫn công nhân mới về an toàn lao động.", SAFETY, "an toàn lao động"),
        ("Kontrola przestrzegania przepisów BHP na hali.", SAFETY, "przepisów BHP"),
        ("Curso de prevención de riesgos laborales.", SAFETY,
         "prevención de riesgos laborales"),
        ("Référent santé et sécurité au travail.", SAFETY, "santé et sécurité au travail"),
        ("Unterweisungen zur Arbeitssicherheit im Lager.", SAFETY, "Arbeitssicherheit"),
        ("Інструктажі з охорони праці для нових працівників.", SAFETY, "охорони праці"),
        ("Kurs udzielania pierwszej pomocy (2023).", FIRST_AID, "udzielania pierwszej pomocy"),
        ("Certificat Sauveteur Secouriste du Travail.", FIRST_AID,
         "Sauveteur Secouriste du Travail"),
        ("İlk yardım sertifikası, 2022.", FIRST_AID, "İlk yardım"),
    ],
)
def test_safety_at_work_names_link_their_esco_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet
