"""One-word names of a skill that Polish, Ukrainian and Russian decline by their ending (issue
15): a verbal noun in -anie / -ння / -ние, a noun in -cja / -ція / -ция, a quality in -ość /
-ість / -ость, written in another case ("udział w inwentaryzacji", "займаюся бюджетуванням").
Each case is an invented sentence; the snippet is the word the skill is linked from."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        (
            "Udział w corocznej inwentaryzacji magazynu wysokiego składowania.",
            "manage warehouse inventory",
            "inwentaryzacji",
        ),
        (
            "Щокварталу проводила інвентаризацію товарів на складі.",
            "manage warehouse inventory",
            "інвентаризацію",
        ),
        (
            "Займаюся бюджетуванням та аналізом витрат філії.",
            "support development of annual budget",
            "бюджетуванням",
        ),
        (
            "Занималась стерилизацией инструментов в операционном блоке.",
            "sterilise medical equipment",
            "стерилизацией",
        ),
        (
            "Zajmowałam się kosztorysowaniem robót wykończeniowych.",
            "estimate cost of building materials",
            "kosztorysowaniem",
        ),
    ],
)
def test_declined_one_word_names(linker: SkillLinker, text: str, label: str, snippet: str) -> None:
    assert snippets(linker, text).get(label) == snippet


def test_consent_to_recruitment_is_no_skill(linker: SkillLinker) -> None:
    text = (
        "Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do "
        "realizacji procesu rekrutacji."
    )
    assert "recruit employees" not in snippets(linker, text)
