"""French, Spanish, Portuguese, Italian and Romanian résumés write a duty as a verbal noun and
its object or as a form of the verb and its object, with or without the words between
("préparation de la paie", "préparer les paies", "j'ai préparé la paie", "préparation paie"):
one local name reads as its whole family (issue 15: résumé skills in these languages were missed
whenever the duty was written with its verb)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.skills.conftest import snippets
from worldhire.core.texts import fold
from worldhire.skills.duties import duty_grammar
from worldhire.skills.linker import SkillLinker


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        # French: the infinitive, a past participle after "j'ai", the noun without "de la"
        (
            "Chaque mois je devais préparer la paie des quarante saisonniers.",
            "manage payroll",
            "préparer la paie",
        ),
        (
            "Chez un grossiste en boissons, j'ai préparé les paies de l'équipe logistique.",
            "manage payroll",
            "préparé les paies",
        ),
        (
            "Comptable junior : préparation paie, lettrage, relances.",
            "manage payroll",
            "préparation paie",
        ),
        # Spanish: a preterite and its object with another article
        (
            "En la cooperativa elaboré el presupuesto de las dos plantas envasadoras.",
            "support development of annual budget",
            "elaboré el presupuesto",
        ),
        # Portuguese: a preterite, the object plural
        (
            "Na filial de Campinas apurei os impostos de cada trimestre.",
            "calculate tax",
            "apurei os impostos",
        ),
        # Romanian: "am" and an irregular participle, the object in another case
        (
            "La distribuitorul din Cluj am închis luna în primele cinci zile lucrătoare.",
            "prepare financial statements",
            "închis luna",
        ),
    ],
)
def test_a_duty_written_with_its_verb_links_its_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


def test_the_verb_alone_makes_no_duty(linker: SkillLinker) -> None:
    """The object must follow: a form of the verb with another object is another duty."""
    found = snippets(linker, "J'ai préparé les vitrines de Noël avec l'équipe du magasin.")
    assert "manage payroll" not in found


_ENDINGS = {
    "fr": ("ation", "er", ("é", "ée", "ais", "ait", "ant")),
    "es": ("ación", "ar", ("é", "ó", "aba", "ando", "ado")),
    "pt": ("ação", "ar", ("ei", "ou", "ava", "ando", "ado")),
    "it": ("azione", "are", ("ato", "ata", "avo", "ando")),
}


@settings(max_examples=60, deadline=None)
@given(
    language=st.sampled_from(sorted(_ENDINGS)),
    stem=st.text(alphabet="bcdfglmnprstv", min_size=2, max_size=4).map(lambda s: "pl" + s + "i"),
    pick=st.integers(min_value=0, max_value=4),
)
def test_a_regular_verbal_noun_and_its_verb_are_one_family(
    language: str, stem: str, pick: int
) -> None:
    """Any regular verbal noun of these languages ("planification", "planificación") has its
    infinitive and its other forms in its family, whatever the stem."""
    noun, infinitive, forms = _ENDINGS[language]
    families = duty_grammar().families(fold(stem + noun))
    members = {form for family in families.values() for form in family}
    assert fold(stem + infinitive) in members
    assert fold(stem + forms[pick % len(forms)]) in members
