"""Appraising staff written in the hiring regions' languages links 'provide feedback on job
performance', as "performance appraisals" does in English (issue 15: "evaluarea performanței",
"performans değerlendirme" and "оценка персонала" linked nothing)."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets

APPRAISAL = "provide feedback on job performance"


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("Ran quarterly staff appraisals for 14 agents.", "staff appraisals"),
        ("Coordonarea procesului de evaluarea performanței angajaților.", "evaluarea performanței"),
        ("Performans değerlendirme sürecinin yönetimi.", "Performans değerlendirme"),
        ("Evaluación del desempeño del personal de tienda.", "Evaluación del desempeño"),
        ("Avaliação de desempenho semestral da equipe.", "Avaliação de desempenho"),
        ("Оцінка персоналу та атестація.", "Оцінка персоналу"),
        ("Leistungsbeurteilung der Auszubildenden.", "Leistungsbeurteilung"),
        ("Penilaian kinerja karyawan setiap semester.", "Penilaian kinerja"),
    ],
)
def test_performance_evaluation_names_link_feedback_on_job_performance(
    linker: SkillLinker, text: str, snippet: str
) -> None:
    assert snippets(linker, text).get(APPRAISAL) == snippet
