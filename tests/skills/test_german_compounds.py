"""German names of a skill written as one word of a compound (issue 15): a kind of a thing is
the thing's name with a modifier glued before it ("Produktkostenrechnung" is cost accounting,
"Plankostenrechnung" too), declined by its last part ("Jahresabschlussprüfungen"), and two
compounds of one head share it ("Kreditoren- und Debitorenbuchhaltung"). Each case is an invented
sentence; the snippet is the words the skill is linked from."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worldhire.skills.linker import SkillLinker

from .conftest import snippets


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        (
            "Seit drei Jahren verantworte ich die Produktkostenrechnung im Werk Ulm.",
            "perform cost accounting activities",
            "Produktkostenrechnung",
        ),
        (
            "Zuständig für Jahresabschlussprüfungen bei Mandanten aus dem Handel.",
            "conduct financial audits",
            "Jahresabschlussprüfungen",
        ),
        (
            "Betreuung der Kreditoren- und Debitorenbuchhaltung für vier Gesellschaften.",
            "accounting department processes",
            "Kreditoren- und Debitorenbuchhaltung",
        ),
        (
            "Monatliche Kostenstellen- und Auftragskostenrechnung mit SAP CO.",
            "perform cost accounting activities",
            "Kostenstellen- und Auftragskostenrechnung",
        ),
    ],
)
def test_german_compound_names(linker: SkillLinker, text: str, label: str, snippet: str) -> None:
    assert snippets(linker, text).get(label) == snippet


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["Plan", "Ist", "Voll", "Teil", "Prozess", "Werks", "Projekt", "Filial"]))
def test_any_modifier_before_a_head_name(linker: SkillLinker, modifier: str) -> None:
    word = f"{modifier}kostenrechnung"
    text = f"Verantwortlich für die {word} aller Werke."
    assert snippets(linker, text).get("perform cost accounting activities") == word


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # "Führung" is leading a team, "Buchführung" bookkeeping: a head this short is a word of
        # too many compounds to name their kind.
        ("Buchführung für kleine Handwerksbetriebe.", "lead a team"),
        # An English sentence: the word is a name of its own, not a German compound.
        (
            "I built the Produktkostenrechnung dashboard for the plant.",
            "perform cost accounting activities",
        ),
    ],
)
def test_compounds_not_read(linker: SkillLinker, text: str, label: str) -> None:
    assert label not in snippets(linker, text)
