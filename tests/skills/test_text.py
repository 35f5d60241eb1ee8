from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.texts import fold
from worldhire.skills.text import (
    free_text_id,
    name_key,
    readable,
    sentence_starts,
    slugify,
    tokenize,
)


def test_programming_language_names_keep_their_symbols() -> None:
    assert [t.lower for t in tokenize("C++, C# and .NET")] == ["c++", "c#", "and", ".net"]


def test_dots_and_hyphens_inside_names_split_words() -> None:
    assert name_key("Node.js") == "node js"
    assert name_key("Scikit-Learn") == name_key("scikit learn") == "scikit learn"


def test_plus_between_words_is_a_separator() -> None:
    assert name_key("python+sql") == "python sql"


def test_slugs_spell_out_symbols() -> None:
    assert slugify("C++") == "cplusplus"
    assert slugify("C#") == "csharp"
    assert slugify("Hugging Face Transformers") == "hugging-face-transformers"


@given(st.text())
def test_token_offsets_slice_back_to_the_token(text: str) -> None:
    previous_end = 0
    for token in tokenize(text):
        assert text[token.start : token.end] == token.raw
        assert token.lower == fold(token.raw)
        assert token.start >= previous_end
        previous_end = token.end


@given(st.text())
def test_name_key_is_idempotent(text: str) -> None:
    assert name_key(name_key(text)) == name_key(text)


def test_accents_fold_so_names_match_however_they_are_typed() -> None:
    assert name_key("Învățare automată") == name_key("invatare automata") == "invatare automata"
    assert name_key("análisis de datos") == "analisis de datos"
    assert name_key("học máy") == "hoc may"
    assert name_key("машинне навчання") == "машинне навчання"


def test_letters_without_an_accent_to_drop_fold_too() -> None:
    assert name_key("Obsługa klienta") == name_key("obsluga klienta") == "obsluga klienta"
    assert name_key("Ørsted Straße PM²") == "orsted strasse pm2"
    assert free_text_id("Obsługa klienta") == "text:obsluga-klienta"


def test_security_plus_keeps_its_plus_but_years_do_not_glue() -> None:
    tokens = [t.lower for t in tokenize("CompTIA Security+, 5+ years")]
    assert tokens[:2] == ["comptia", "security+"]
    assert name_key("python+sql") == "python sql"


def test_html_entities_are_never_words_and_offsets_hold() -> None:
    text = "Roaming &amp; Mobility &#38; GSM"
    tokens = tokenize(text)
    assert [t.raw for t in tokens] == ["Roaming", "Mobility", "GSM"]
    assert all(text[t.start : t.end] == t.raw for t in tokens)


def test_readable_text_drops_entities_durations_and_bracket_spaces() -> None:
    assert readable("Roaming &amp; Mobility") == "Roaming & Mobility"
    assert readable("Java (Less than 1 year), SQL (3 years)") == "Java, SQL"
    assert readable("HTML and CSS ( LESS SCSS PostCSS )") == "HTML and CSS (LESS SCSS PostCSS)"


def test_sentences_start_after_breaks_not_inside_names() -> None:
    text = "Node.js and 3.5 GPA. Next one\nthird • fourth"
    assert sentence_starts(text) == [0, text.index(" Next"), text.index("third"),
                                     text.index(" fourth")]


def test_links_are_never_words_and_offsets_hold() -> None:
    """A profile or badge link names a site, not a skill the person has."""
    text = ("Portfolio: https://stats.vercel.app/api?user=ana, github.com/ana-dev/repo and "
            "www.kaggle.com/ana; ASP.NET and Node.js/Express")
    tokens = tokenize(text)
    assert [t.raw for t in tokens] == ["Portfolio", "and", "ASP", "NET", "and", "Node", "js",
                                       "Express"]
    assert all(text[t.start : t.end] == t.raw for t in tokens)
