"""The literal matcher's indexes (issue 15: skill linking must cost a few milliseconds a résumé):
what they skip must be what the full comparison would reject, and a text read twice is read
once."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.skills.linker import SkillLinker
from worldhire.skills.literal import LiteralHit, LiteralMatcher, _word_gates
from worldhire.skills.literal_rules import INFLECTED_MIN, OF_ARTICLE_FORMS
from worldhire.skills.text import Token, tokenize

_ARTICLES = sorted({form[0] for group in OF_ARTICLE_FORMS for form in group if len(form) == 1})
# Words that share stems and endings often, as declined names do, and the forms of "of".
_WORDS = st.one_of(
    st.sampled_from(_ARTICLES),
    st.builds(
        lambda stem, ending: stem + ending,
        st.sampled_from(["gesti", "conta", "rozra", "plani", "dell"]),
        st.sampled_from(["", "a", "on", "ones", "ami", "unek", "o", "e", "ach"]),
    ),
)


@given(word=_WORDS, name=_WORDS)
def test_a_word_that_is_a_names_word_opens_one_of_its_gates(
    linker: SkillLinker, word: str, name: str
) -> None:
    if linker.literal._same_word(word, name):
        assert word[:INFLECTED_MIN] in _word_gates(name)


def test_a_text_linked_again_after_its_title_was_blanked_is_not_read_a_third_time(
    linker: SkillLinker, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Ingénieure données chez Brasserie Oudin : pipelines Airflow et dbt sur BigQuery."
    blanked = text.replace("Ingénieure données", " " * len("Ingénieure données"))
    matcher = LiteralMatcher(linker.taxonomy)
    first = matcher.hits(text)
    read: list[str] = []
    fresh = matcher._hits

    def counted(said: str, tokens: list[Token]) -> list[LiteralHit]:
        read.append(said)
        return fresh(said, tokens)

    monkeypatch.setattr(matcher, "_hits", counted)
    matcher.hits(blanked)
    assert matcher.hits(text) == first
    assert read == [blanked]


@given(st.text())
def test_tokens_of_one_text_are_equal_values_that_hash_alike(text: str) -> None:
    tokens = tokenize(text)
    again = tokenize(text)
    assert tokens == again
    assert {hash(t) for t in tokens} == {hash(t) for t in again}
    assert len(set(tokens)) == len({(t.start, t.end) for t in tokens})
