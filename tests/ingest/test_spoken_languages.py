"""Spoken languages and levels in the ten languages, in and outside a Languages section."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.shared import fields
from worldhire.ingest.shared.spoken_languages import (
    find_spoken_languages,
    language_level,
    language_name,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The examples of issue 15.
        ("I speak English and Swahili fluently", ["English (fluent)", "Swahili (fluent)"]),
        ("Other: English C1", ["English (C1)"]),
        ("inglés avanzado (C1)", ["English (C1)"]),
        ("angielski – biegły", ["English (fluent)"]),
        ("Deutsch – Muttersprache", ["German (native)"]),
        ("tiếng Anh – IELTS 7.0", ["English (C1)"]),
        ("Bahasa Inggris (aktif)", ["English (fluent)"]),
        ("англійська — B2", ["English (B2)"]),
        ("engleză – avansat", ["English (advanced)"]),
        ("I work in English daily", ["English (professional)"]),
        # Sentences and labels in the ten languages.
        ("Native Ukrainian speaker, fluent in English and Polish",
         ["Ukrainian (native)", "English (fluent)", "Polish (fluent)"]),
        ("Idiomas: español (nativo), inglés (B2), portugués básico",
         ["Spanish (native)", "English (B2)", "Portuguese (basic)"]),
        ("Idiomas: português (nativo), inglês fluente",
         ["Portuguese (native)", "English (fluent)"]),
        ("Języki: angielski C1, niemiecki B1", ["English (C1)", "German (B1)"]),
        ("Мови: українська (рідна), англійська (B2), польська — базовий",
         ["Ukrainian (native)", "English (B2)", "Polish (basic)"]),
        ("Limbi străine: engleză (C1), franceză (B1)", ["English (C1)", "French (B1)"]),
        ("Langues : français (langue maternelle), anglais courant",
         ["French (native)", "English (fluent)"]),
        ("Sprachen: Deutsch (Muttersprache), Englisch (verhandlungssicher)",
         ["German (native)", "English (fluent)"]),
        ("Ngoại ngữ: Tiếng Anh (TOEIC 850)", ["English (B2)"]),
        ("Kemampuan bahasa: Bahasa Inggris (lancar), Bahasa Jepang (dasar)",
         ["English (fluent)", "Japanese (basic)"]),
        ("TOEFL iBT 102", ["English (C1)"]),
        ("Fluent English; conversational Spanish",
         ["English (fluent)", "Spanish (conversational)"]),
        # a level after "and" is the next name's; the person's word wins over a score
        ("I'm fluent in Indonesian and English (TOEFL iBT 98) and have basic Japanese.",
         ["Indonesian (fluent)", "English (fluent)", "Japanese (basic)"]),
        ("Fluent in English (IELTS 7.5) and basic French", ["English (fluent)", "French (basic)"]),
    ],
)  # fmt: skip
def test_languages_outside_a_languages_section(text: str, expected: list[str]) -> None:
    assert [found.label for found in find_spoken_languages(text)] == expected
    assert fields.find_languages(text, listed=False) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Backend in Java and Go; English-speaking clients",
        "Polish citizen since 2010",
        "BA in English Literature, University of Nairobi",
        "Built a Rust and Kotlin service",
        "Translated the German manual",
    ],
)
def test_names_that_say_nothing_of_speaking(text: str) -> None:
    assert find_spoken_languages(text) == []


def test_a_languages_section_lists_every_name() -> None:
    text = "English (C1), Polish – native; German: basic\nFilipino, Tagalog\nKinyarwanda"
    assert fields.find_languages(text) == [
        "English (C1)", "Polish (native)", "German (basic)", "Filipino", "Tagalog", "Kinyarwanda",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("word", "name"),
    [("angielski", "English"), ("Tiếng Việt", "Vietnamese"), ("Bahasa Indonesia", "Indonesian"),
     ("українська", "Ukrainian"), ("Deutsch", "German"), ("Java", None), ("Go", None),
     ("Python", None), ("Even", None), ("Basic", None)],
)  # fmt: skip
def test_language_names(word: str, name: str | None) -> None:
    assert language_name(word) == name


@pytest.mark.parametrize(
    ("text", "level"),
    [("IELTS 8.5", "C2"), ("IELTS 6.0", "B2"), ("TOEFL 80", "B2"), ("TOEIC 950", "C1"),
     ("CAE", "C1"), ("B2+", "B2"), ("średniozaawansowany", "intermediate"),
     ("verhandlungssicher", "fluent"),
     ("thành thạo", "fluent"), ("Anglais : lu, écrit, parlé", "fluent"),
     ("giao tiếp tốt", "conversational"), ("Grundkenntnisse", "basic"),
     ("Full Professional", "professional"), ("IELTS 12", None), ("no level here", None)],
)  # fmt: skip
def test_levels(text: str, level: str | None) -> None:
    assert language_level(text) == level


@given(st.text(max_size=300), st.booleans())
def test_any_text_gives_named_languages_once(text: str, listed: bool) -> None:
    found = find_spoken_languages(text, listed=listed)
    assert len({f.name for f in found}) == len(found)
    for language in found:
        assert 0 <= language.span[0] < language.span[1] <= len(text)
        assert language.level is None or language.level in {
            "A1", "A2", "B1", "B2", "C1", "C2", "native", "fluent", "professional", "basic",
            "intermediate", "conversational", "advanced",
        }  # fmt: skip


_LEVEL_LIST_PARTS = ["lu", "écrit", "parlé", ", ", "/", " ", "Anglais : "]


@given(st.lists(st.sampled_from(_LEVEL_LIST_PARTS), max_size=12))
def test_a_level_written_as_a_list_keeps_every_span(parts: list[str]) -> None:
    text = "".join(parts)
    for language in find_spoken_languages(text, listed=True):
        assert text[language.span[0] : language.span[1]].lower() == "anglais"
