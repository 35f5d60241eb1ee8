"""Onboarding new staff written in the hiring regions' languages links 'introduce new
employees' (issue 15: "адаптація нових працівників", "oryantasyon" and "Einarbeitung neuer
Mitarbeiter" linked nothing)."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets

ONBOARDING = "introduce new employees"


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Адаптація нових працівників та наставництво.", "Адаптація нових працівників"),
        ("Адаптация персонала и обучение.", "Адаптация персонала"),
        ("Yeni çalışanlar için oryantasyon programları.", "oryantasyon programları"),
        ("Einarbeitung neuer Mitarbeiter im Lager.", "Einarbeitung neuer Mitarbeiter"),
        (
            "Intégration des nouveaux collaborateurs du siège.",
            "Intégration des nouveaux collaborateurs",
        ),
        ("Integrarea noilor angajați în echipă.", "Integrarea noilor angajați"),
        ("Inducción de nuevos empleados de planta.", "Inducción de nuevos empleados"),
        ("Integração de novos colaboradores da loja.", "Integração de novos colaboradores"),
    ],
)
def test_onboarding_names_link_introduce_new_employees(
    linker: SkillLinker, text: str, snippet: str
) -> None:
    assert snippets(linker, text).get(ONBOARDING) == snippet
