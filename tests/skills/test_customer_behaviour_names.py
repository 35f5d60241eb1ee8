"""Analysing how customers behave, as analysts' résumés in Vietnamese, Indonesian, French and
Spanish write it, links 'monitor customer behaviour' (issue 15: "Phân tích hành vi khách hàng
bằng SQL" and "Analisis perilaku pengguna" linked nothing)."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets

BEHAVIOUR = "monitor customer behaviour"


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Phân tích hành vi khách hàng bằng SQL cho đội marketing.",
         "Phân tích hành vi khách hàng"),
        ("Analisis perilaku pengguna aplikasi dengan BigQuery.", "Analisis perilaku pengguna"),
        ("Analyse du comportement client sur le site e-commerce.",
         "Analyse du comportement client"),
        ("Análisis del comportamiento del cliente en la app.",
         "Análisis del comportamiento del cliente"),
    ],
)
def test_customer_behaviour_analysis_links_monitor_customer_behaviour(
    linker: SkillLinker, text: str, snippet: str
) -> None:
    assert snippets(linker, text).get(BEHAVIOUR) == snippet
