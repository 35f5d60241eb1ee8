"""Posts as people write them (batch dev-posts-titles-companies): section headings typed with a
slip of the fingers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.ingest.post_reading import must_skills as _must
from tests.ingest.post_reading import nice_skills as _nice
from tests.ingest.post_reading import read_post as _role

from worldhire.ingest.post import looks_like_post
from worldhire.ingest.post_text import heading_kind, split_post
from worldhire.ingest.post_words import SectionKind, edit_distance, heading_kinds, known_heading

# -- headings with typos -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("Requirment:", SectionKind.MUST),
        ("Qualifcations:", SectionKind.MUST),
        ("Requsitos", SectionKind.MUST),
        ("Requisistos", SectionKind.MUST),
        ("Responsabilites:", SectionKind.DUTIES),
        ("Responsabilides", SectionKind.DUTIES),
        ("Nice to hav:", SectionKind.NICE),
        ("Benifits:", SectionKind.OFFER),
        ("Wymagnia:", SectionKind.MUST),
    ],
)
def test_a_heading_typed_with_a_slip_names_its_section(typed: str, kind: SectionKind) -> None:
    assert heading_kind(typed) is kind


@pytest.mark.parametrize(
    "line", ["Python", "Kubernetes", "Deliveries", "Requests", "Bonuses paid quarterly", "Ofertas"]
)
def test_an_ordinary_word_is_no_heading_typo(line: str) -> None:
    assert known_heading(line.lower()) in (None, line.lower())
    assert heading_kind(line) is None or line.lower() in heading_kinds()


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6))
def test_a_short_word_is_a_heading_only_as_written(word: str) -> None:
    # a letter away from a short word is often another word ("plusem", "pluses")
    assert known_heading(word) in (None, word)
    if known_heading(word) is not None:
        assert word in heading_kinds()


def _reference_distance(a: str, b: str) -> int:
    """Optimal string alignment distance, the textbook table."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        table[i][0] = i
    for j in range(len(b) + 1):
        table[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1,
                              table[i - 1][j - 1] + (a[i - 1] != b[j - 1]))  # fmt: skip
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[len(a)][len(b)]


@given(st.text(alphabet="abcde ", max_size=12), st.text(alphabet="abcde ", max_size=12),
       st.integers(min_value=0, max_value=4))  # fmt: skip
def test_the_bounded_distance_is_the_distance_or_over_the_bound(a: str, b: str, limit: int) -> None:
    assert edit_distance(a, b, limit) == min(_reference_distance(a, b), limit + 1)


@given(st.sampled_from(sorted(p for p in heading_kinds() if len(p.replace(" ", "")) >= 11)),
       st.data())  # fmt: skip
def test_a_long_heading_missing_one_letter_keeps_its_kind_or_is_left_alone(
    phrase: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(min_value=1, max_value=len(phrase) - 1))
    typed = phrase[:at] + phrase[at + 1 :]
    known = known_heading(typed)
    if typed in heading_kinds():
        return  # the slip made another phrase
    assert known is None or heading_kinds()[known] is heading_kinds()[phrase]


def test_requirements_under_a_misspelt_heading_are_must_haves() -> None:
    role = _role(
        "Analytics Engineer\nKestrelpay Ltd.\n\nResponsabilites:\n- build the dbt models\n\n"
        "Requirment:\n- SQL\n- dbt\n- Snowflake\n\nNice to hav:\n- Airflow\n\n"
        "Benifits:\n- private health cover\n- 25 days of leave\n"
    )
    assert {"SQL", "dbt", "Snowflake"} <= _must(role)
    assert "Apache Airflow" in _nice(role)


def test_misspelt_post_headings_still_tell_a_post() -> None:
    text = (
        "HIRING: Warehouse Team Leader - Cebu\n\nLocation: Mandaue City (onsite)\n\n"
        "Qualifcations:\n- 2 years leading a warehouse team\n- basic Excel\n\n"
        "Benifits:\n- HMO from day 1\n- rice allowance\n\nSend your CV to jobs@tindahan.example\n"
    )
    assert looks_like_post(text)
    assert [s.kind for s in split_post(text).sections if s.heading][1:] == [
        SectionKind.MUST, SectionKind.OFFER,
    ]  # fmt: skip
