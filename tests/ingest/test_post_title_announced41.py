"""A title line opened by words that only announce the post ("Stellenanzeige:", "Anunț angajare
–", "Is this you?") keeps the role alone."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import read_post


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("Stellenanzeige: Lohnbuchhalter/in", "Lohnbuchhalter/in"),
        ("Anunț angajare – Operator Depozit", "Operator Depozit"),
        ("Is this you? Senior Android Developer", "Senior Android Developer"),
    ],
)
def test_an_announcing_opening_is_no_part_of_the_title(head: str, title: str) -> None:
    role = read_post(
        f"{head}\nBrunnwald Logistik GmbH\n\nRequirements:\n- Two years of experience\n- SQL\n"
    )
    assert role.title == title
