"""Duties, filings and tools as résumés in the hiring regions' languages write them (issue 15:
dev résumés outside '*-b' labelled these as skills and the product linked nothing). Each case is
an invented sentence; the snippet is the words the skill is linked from, declined forms
included where the language declines the name."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Obsługa list płac dla 120 pracowników.", "manage payroll", "Obsługa list płac"),
        (
            "Co miesiąc rozliczam wynagrodzenia zleceniobiorców.",
            "manage payroll",
            "rozliczam wynagrodzenia",
        ),
        ("Obsługa PPK w spółce produkcyjnej.", "manage payroll", "PPK"),
        (
            "Przygotowanie raportów płacowych dla zarządu.",
            "manage payroll reports",
            "raportów płacowych",
        ),
        ("Wysyłka plików JPK do urzędu skarbowego.", "prepare tax returns forms", "JPK"),
        (
            "Sporządzanie deklaracji CIT dla trzech spółek.",
            "prepare tax returns forms",
            "deklaracji CIT",
        ),
        ("Prowadzenie ksiąg handlowych spółek z o.o.", "accounting",
         "Prowadzenie ksiąg handlowych"),
        (
            "Znajomość ustawy o rachunkowości i przepisów podatkowych.",
            "bookkeeping regulations",
            "ustawy o rachunkowości",
        ),
        ("Uprawnienia do obsługi wózka widłowego.", "operate forklift", "wózka widłowego"),
        (
            "Optymalizacja zapytań SQL w hurtowni.",
            "database administration",
            "Optymalizacja zapytań SQL",
        ),
        ("Migracja danych ze starego systemu.", "data migration", "Migracja danych"),
        (
            "Wyszukiwanie semantyczne w dokumentach prawnych.",
            "information retrieval",
            "Wyszukiwanie semantyczne",
        ),
        (
            "Model do rozpoznawania jednostek nazwanych w umowach.",
            "named entity recognition",
            "rozpoznawania jednostek nazwanych",
        ),
        ("Raportowanie KPI dla kierownictwa.", "reporting automation", "Raportowanie KPI"),
        ("Audyty dostawców w zakładach w Czechach.", "perform quality audits", "Audyty dostawców"),
        (
            "Obsługa eskalacji od klientów biznesowych.",
            "perform escalation procedure",
            "Obsługa eskalacji",
        ),
        ("Dokumentacja kadrowa pracowników sklepu.", "personnel management",
         "Dokumentacja kadrowa"),
        ("Wystawianie świadectw pracy.", "personnel management", "świadectw pracy"),
        (
            "Rozliczanie czasu jazdy z tachografu cyfrowego.",
            "road traffic laws",
            "tachografu cyfrowego",
        ),
        (
            "Spawanie konstrukcji stalowych na budowie.",
            "apply arc welding techniques",
            "Spawanie konstrukcji stalowych",
        ),
        ("Szkolenia BHP dla nowych pracowników.", "health and safety in the workplace",
         "Szkolenia BHP"),
        ("Analiza sprzedaży w podziale na regiony.", "carry out sales analysis",
         "Analiza sprzedaży"),
        ("Konteneryzacja aplikacji klienta.", "Docker", "Konteneryzacja"),
        ("Utrzymanie ruchu i automatyka przemysłowa.", "robotics", "automatyka przemysłowa"),
        ("Księgowanie w Comarch ERP XL.", "ERP systems", "Comarch ERP XL"),
    ],
)
def test_polish_duties_link_their_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet
