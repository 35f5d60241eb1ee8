"""The list filter's terms: ASCII text takes a shortcut (only its case to fold, a plain class of
characters) that must give the terms the general folding gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.texts import TERM, _folded, terms


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_gives_the_terms_the_general_folding_gives(text: str) -> None:
    assert terms(text) == TERM.findall(_folded(text))


def test_accents_case_and_symbols_fold_as_the_index_keeps_them() -> None:
    assert terms("José ŁUKASIEWICZ, C++ / C# dev_ops") == ["jose", "lukasiewicz", "c++", "c#",
                                                          "dev", "ops"]
    assert terms("Python, PyTorch") == ["python", "pytorch"]
