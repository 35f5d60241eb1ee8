from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from worldhire.skills.text import name_key, slugify, tokenize


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
        assert token.lower == token.raw.lower()
        assert token.start >= previous_end
        previous_end = token.end


@given(st.text())
def test_name_key_is_idempotent(text: str) -> None:
    assert name_key(name_key(text)) == name_key(text)
