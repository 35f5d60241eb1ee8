"""The end of a line a narrow column wrapped onto a line of its own, one rule for the readers of
addresses, employers' names and certificates (ingest.resumes.wrapping)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.resumes.entries import split_blocks
from worldhire.ingest.resumes.entries.job_header import wrapped_end
from worldhire.ingest.resumes.wrapping import wrapped_tail

# Words of letters in the scripts résumés are written in, as a column wraps them.
WORDS = [
    "Minh",
    "Nam",
    "України",
    "Administrator",
    "Développeur",
    "Bộ",
    "O'Brien",
    "St.",
    "Jean-Luc",
    "Łódź",
    "Müller",
]


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=2))
def test_a_word_or_two_of_letters_is_a_tail(words: list[str]) -> None:
    assert wrapped_tail(" ".join(words))


@given(st.lists(st.sampled_from(WORDS), min_size=3, max_size=5))
def test_three_words_are_a_line_of_their_own(words: list[str]) -> None:
    assert not wrapped_tail(" ".join(words))


@given(st.sampled_from(WORDS), st.integers(min_value=0, max_value=2030))
def test_a_number_is_no_tail(word: str, number: int) -> None:
    assert not wrapped_tail(f"{word} {number}")
    assert not wrapped_tail(f"{word}{number}")


def test_a_certificate_s_tail_in_any_script_is_put_back() -> None:
    # "[A-Z][a-z]+" put back "Administrator" but left "Bộ" a certificate of its own
    entries = split_blocks(
        ["Chứng chỉ Kế toán Nội", "Bộ", "AWS Certified Cloud Practitioner"], one_per_line=True
    )
    assert [e.header for e in entries] == [
        "Chứng chỉ Kế toán Nội Bộ",
        "AWS Certified Cloud Practitioner",
    ]


def test_an_employer_s_tail_is_words() -> None:
    assert wrapped_end("Nam")
    assert wrapped_end("України")
    # a bracketed count or a lone mark is not the end of a name
    assert not wrapped_end("(3)")
    assert not wrapped_end("— 2")
