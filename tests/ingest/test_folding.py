"""One fold (core.texts.fold) for word lists, skills' names and places: the letters Unicode
does not split into a letter and an accent ("ł", "ø", "đ", "ı") fold everywhere, and the fold
that keeps offsets (folded_text) and the places' key (geo) agree with it letter for letter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.core.texts import fold
from worldhire.ingest.shared import folded_text, geo
from worldhire.ingest.shared.towns import gazetteer
from worldhire.skills.text import name_key

WORDS = ["Łódź", "Tromsø", "Đà Nẵng", "Diyarbakır", "İzmir", "Ħamrun", "d’Ivoire"]


@pytest.mark.parametrize("word", WORDS)
def test_every_fold_reads_a_word_alike(word: str) -> None:
    folded = fold(word)
    assert folded.isascii()
    assert folded_text.fold(word) == folded
    assert geo.fold(word) == folded
    assert name_key(word) == " ".join(folded.replace("’", " ").replace("'", " ").split())


def test_letters_that_fold_to_two_stay_in_the_fold_that_keeps_offsets() -> None:
    text = "Straße Ærø Łódź"
    assert fold(text) == "strasse aero lodz"
    assert folded_text.fold(text) == "straße æro lodz"


def test_a_town_written_with_its_own_letters_or_without_is_one_town() -> None:
    # the gazetteer's names are stored folded (tools/build_towns.py): "Bodø" as "bodo"
    bodo = gazetteer().towns(geo.fold("Bodø"))
    assert [t.country for t in bodo] == ["NO"]
    assert gazetteer().towns(geo.fold("Bodo")) == bodo


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
def test_the_fold_that_keeps_offsets_folds_each_character_alone(text: str) -> None:
    # ASCII text takes a shortcut; every text must read as its characters folded one by one
    assert folded_text.fold(text) == "".join(folded_text._fold_char(c) for c in text)
    assert len(folded_text.fold(text)) == len(text)
