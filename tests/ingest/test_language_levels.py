"""Language levels as résumés write them (batch dev-resume-fr-jobs, bench/data/extraction
*-530...559): a level qualifies only the languages it is written with ("inglês fluente e
changana" says nothing of Tsonga's level), "bilingue" is a high level, not a mother tongue, and
"bilingue français-anglais" names two languages."""

from __future__ import annotations

import pytest
from tests.ingest.conftest import read_cv

from worldhire.ingest.shared.spoken_languages import find_spoken_languages


def _levels(text: str, listed: bool = True) -> dict[str, str | None]:
    return {x.name: x.level for x in find_spoken_languages(text, listed=listed)}


@pytest.mark.parametrize(
    ("text", "levels"),
    [("Português nativo, inglês fluente e changana",
      {"Portuguese": "native", "English": "fluent", "Tsonga": None}),
     ("Hablo inglés con fluidez y algo de portugués; el alemán lo estoy aprendiendo (A1).",
      {"English": "fluent", "Portuguese": "basic", "German": "A1"}),
     ("Bilingüe español-inglés; francés básico y un poco de italiano",
      {"Spanish": "fluent", "English": "fluent", "French": "basic", "Italian": "basic"}),
     ("Français et anglais (bilingue), notions d'allemand",
      {"French": "fluent", "English": "fluent", "German": "basic"}),
     ("Français : langue maternelle · Néerlandais : notions · Anglais : moyen",
      {"French": "native", "Dutch": "basic", "English": "intermediate"}),
     ("Anglais courant (C1), allemand scolaire.", {"English": "C1", "German": "basic"}),
     ("Arabe : langue maternelle · Français : bilingue · Anglais : professionnel",
      {"Arabic": "native", "French": "fluent", "English": "professional"}),
     ("Znam angielski na poziomie C1 i niemiecki na poziomie podstawowym.",
      {"English": "C1", "German": "basic"}),
     # South Africa: the mother tongue is the "home language"
     ("English – fluent (read, write, speak); isiZulu – home language; Afrikaans – basic",
      {"English": "fluent", "Zulu": "native", "Afrikaans": "basic"})],
)  # fmt: skip
def test_a_level_qualifies_the_languages_it_is_written_with(
    text: str, levels: dict[str, str | None]
) -> None:
    assert _levels(text) == levels


@pytest.mark.parametrize(
    ("text", "levels"),
    [("Technicien en informatique bilingue français-anglais, six ans de soutien.",
      {"French": "fluent", "English": "fluent"}),
     ("Sou bilíngue português-inglês (morei dois anos em Toronto) e tenho espanhol intermediário.",
      {"Portuguese": "fluent", "English": "fluent", "Spanish": "intermediate"}),
     ("I am a native Polish speaker and fluent in English.",
      {"Polish": "native", "English": "fluent"}),
     ("Falo inglês fluente e changana.", {"English": "fluent", "Tsonga": None}),
     ("Inglês fluente e changana", {"English": "fluent", "Tsonga": None}),
     ("Znam angielski biegle i rosyjski.", {"English": "fluent", "Russian": None}),
     ("Mówię płynnie po angielsku i trochę po niemiecku.",
      {"English": "fluent", "German": "basic"}),
     ("Vorbesc engleză fluent și maghiară.", {"English": "fluent", "Hungarian": None}),
     ("Sunt bilingv română-maghiară.", {"Romanian": "fluent", "Hungarian": "fluent"})],
)  # fmt: skip
def test_languages_in_running_text_take_only_their_own_level(
    text: str, levels: dict[str, str | None]
) -> None:
    assert _levels(text, listed=False) == levels


def test_native_or_bilingual_stays_native() -> None:
    assert _levels("Languages\nPortuguese (Native or Bilingual)") == {"Portuguese": "native"}


def test_kabyle_is_its_own_language() -> None:
    assert _levels("Arabe et kabyle : langues maternelles") == {
        "Arabic": "native", "Kabyle": "native",
    }


def test_a_level_stated_later_is_kept_for_a_language_first_named_without_one() -> None:
    # An agency's summary names the languages in a sentence, its Languages section gives the
    # levels: the sentence's plain mention took the place of "(fluent)" and "(native)".
    person = read_cv(
        "CANDIDATE PROFILE\n\nSUMMARY\nA payroll specialist who communicates clearly in "
        "Portuguese and Spanish and has run payroll for 900 people.\n\nEXPERIENCE\n"
        "Payroll Specialist – Grupo Andino – Mar 2019 to present\n\nLANGUAGES\n"
        "Portuguese (native), Spanish (fluent), Italian (basic)\n"
    )
    assert person.languages == ["Portuguese (native)", "Spanish (fluent)", "Italian (basic)"]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("العربية: اللغة الأم\nالإنجليزية: متوسط\nالفرنسية: مبتدئ",
         {"Arabic": "native", "English": "intermediate", "French": "basic"}),
        ("ภาษาไทย ภาษาอังกฤษ ภาษาญี่ปุ่น", {"Thai": None, "English": None, "Japanese": None}),
        ("Bahasa Melayu, Bahasa Inggeris", {"Malay": None, "English": None}),
        ("angol – tárgyalóképes (C1)\nnémet – alapfok\nmagyar – anyanyelv",
         {"English": "C1", "German": "basic", "Hungarian": "native"}),
        ("Матерњи језик: српски\nенглески – течно\nнемачки – основни ниво",
         {"Serbian": "native", "English": "fluent", "German": "basic"}),
        ("engleski – napredni, nemački – osnovni", {"English": "advanced", "German": "basic"}),
        ("Майчин език: български; английски – свободно",
         {"Bulgarian": "native", "English": "fluent"}),
        # a language named in its own script beside English ones
        ("Tiếng Việt (native) · English (C1) · 日本語 (JLPT N3)",
         {"Vietnamese": "native", "English": "C1", "Japanese": None}),
        ("English (fluent), 中文 (basic), 한국어 (basic)",
         {"English": "fluent", "Chinese": "basic", "Korean": "basic"}),
    ],
)
def test_language_names_and_levels_of_more_regions(
    text: str, levels: dict[str, str | None]
) -> None:
    assert _levels(text) == levels


def test_a_line_read_twice_gives_the_same_languages_and_a_fresh_list() -> None:
    # Several readers of one résumé ask about the same line; one caller's edit stays its own.
    line = "Dutch (native), Portuguese B1"
    first = find_spoken_languages(line, listed=True)
    first.clear()
    again = find_spoken_languages(line, listed=True)
    assert [(x.name, x.level) for x in again] == [("Dutch", "native"), ("Portuguese", "B1")]
    assert find_spoken_languages(line) is not again
