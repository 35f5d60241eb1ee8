"""The list filter's terms: ASCII text takes a shortcut (only its case to fold, a plain class of
characters) that must give the terms the general folding gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.texts import TERM, fold, shortened, terms


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_gives_the_terms_the_general_folding_gives(text: str) -> None:
    assert terms(text) == TERM.findall(fold(text))


def test_accents_case_and_symbols_fold_as_the_index_keeps_them() -> None:
    assert terms("José ŁUKASIEWICZ, C++ / C# dev_ops") == ["jose", "lukasiewicz", "c++", "c#",
                                                          "dev", "ops"]
    assert terms("Python, PyTorch") == ["python", "pytorch"]


@given(st.text(alphabet=st.sampled_from("ab1.,; \n"), max_size=300), st.integers(10, 200))
def test_a_shortened_quote_is_a_prefix_cut_between_words(text: str, limit: int) -> None:
    whole = " ".join(text.split())
    got = shortened(text, limit)
    assert len(got) <= limit
    if len(whole) <= limit:
        assert got == whole
        return
    assert got.endswith("…") and whole.startswith(got[:-1])
    cut = len(got) - 1
    if " " in whole[limit // 2 + 1 : limit]:
        assert whole[cut] in " ,;"  # never inside a word or a number


def test_a_shortened_quote_keeps_whole_words_and_clauses() -> None:
    sentence = ("Operate the ML platform for 11 models (credit limits, SIM-swap fraud, churn) "
                "serving 40M requests per day")
    assert shortened(sentence, 100) == (
        "Operate the ML platform for 11 models (credit limits, SIM-swap fraud…")
    assert shortened("Moved training to Kubeflow Pipelines on an 18 node cluster", 40) == (
        "Moved training to Kubeflow Pipelines on…")


@given(st.text(alphabet=st.sampled_from("ab1.,; \n"), max_size=300), st.integers(10, 200),
       st.data())
def test_a_quote_cited_for_some_words_shows_them(text: str, limit: int, data: st.DataObject
                                                 ) -> None:
    whole = " ".join(text.split())
    start = data.draw(st.integers(0, max(0, len(whole) - 1)))
    keeping = whole[start:start + data.draw(st.integers(1, max(1, limit // 4)))].strip()
    got = shortened(text, limit, keeping=keeping)
    assert len(got) <= limit
    assert got.strip("…") in whole  # words of the text, in order, nothing added
    if keeping:
        assert keeping in got


def test_a_skill_named_late_in_a_long_sentence_is_quoted_from_nearer_it() -> None:
    sentence = ("No degree: I left university in my second year in 2017 to work, and I have "
                "written Python professionally since then (7 years), PyTorch for 4.")
    assert shortened(sentence, 110) == (
        "No degree: I left university in my second year in 2017 to work…")
    assert shortened(sentence, 110, keeping="pytorch") == (
        "…written Python professionally since then (7 years), PyTorch for 4.")
    assert shortened(sentence, 110, keeping="left university") == shortened(sentence, 110)
