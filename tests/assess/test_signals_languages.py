"""The rubric's signals read the work in the language it is written in: the same job described in
French, Spanish, Polish or Vietnamese shows systems built, scale, outcomes, production and remote
work as its English description does, and a job title alone ("Desarrollador") shows no work."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.factories import make_candidate
from worldhire.assess import signals
from worldhire.assess.rubric import general_assessment
from worldhire.core.models import EvidenceItem, EvidenceKind

SAME_JOB = {
    "en": "Built the churn dashboards used by 40 users; cut the monthly close by 30%. Deployed "
          "the scoring model in production. Worked remotely with teams in Paris and Dakar.",
    "fr": "Conception des tableaux de bord du churn utilisés par 40 utilisateurs ; clôture "
          "mensuelle réduite de 30 %. Mise en production du modèle de scoring. Travail à "
          "distance avec des équipes à Paris et Dakar.",
    "es": "Desarrollé los tableros de churn para 40 usuarios; reducción del cierre mensual en "
          "un 30%. Despliegue del modelo de scoring en producción. Trabajo remoto con equipos "
          "en París y Dakar.",
    "pl": "Zbudowałem dashboardy churnu dla 40 użytkowników; skróciłem zamknięcie miesiąca o "
          "30%. Wdrożenie produkcyjne modelu scoringowego. Praca zdalna z zespołami w Paryżu "
          "i Dakarze.",
    "vi": "Xây dựng dashboard churn cho 40 người dùng; giảm thời gian khóa sổ 30%. Vận hành "
          "mô hình chấm điểm. Làm việc từ xa với các nhóm ở Paris và Dakar.",
}
SIGNALS = {
    "built": signals.BUILT, "scale": signals.SCALE, "outcome": signals.OUTCOME,
    "production": signals.PRODUCTION, "distributed": signals.DISTRIBUTED,
}


@pytest.mark.parametrize("lang", sorted(SAME_JOB))
@pytest.mark.parametrize("signal", sorted(SIGNALS))
def test_the_same_work_shows_in_every_language(lang: str, signal: str) -> None:
    assert SIGNALS[signal].search(SAME_JOB[lang]), (lang, signal)


def test_the_same_work_scores_alike_in_french_and_english() -> None:
    def scored(text: str) -> dict[str, float]:
        person = make_candidate(languages=["English (C1)"])
        person.evidence.append(EvidenceItem(EvidenceKind.JOB, "Analyst", text,
                                            start=date(2020, 1, 1), end=date(2024, 1, 1)))
        return {name: s.score for name, s in general_assessment(person).scores.items()}

    english, french = scored(SAME_JOB["en"]), scored(SAME_JOB["fr"])
    for dimension in ("projects", "production", "distributed"):
        assert french[dimension] == pytest.approx(english[dimension]), dimension


@pytest.mark.parametrize(
    "title", ["Desarrollador Backend en Globant", "Desenvolvedor Python", "Розробник",
              "Sviluppatore Java", "Développeur PHP"],
)
def test_a_worker_s_title_is_no_work_built(title: str) -> None:
    assert not signals.BUILT.search(title)


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [("Led the implementation of the billing system.", signals.BUILT),
     ("Worked at the Home Office in London.", signals.DISTRIBUTED),
     ("Optimization of SQL queries.", signals.DEPTH),
     ("Publication of the yearly report.", signals.WRITING)],
)
def test_english_reads_as_before(sentence: str, signal: re.Pattern[str]) -> None:
    # the other languages' words leave English alone: none of these was a signal before
    assert not signal.search(sentence)
