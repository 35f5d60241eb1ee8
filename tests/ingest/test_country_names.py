"""Country names and codes as people write them, in the hiring regions' languages."""

from __future__ import annotations

import pytest

from worldhire.ingest.shared.geo import country_code


@pytest.mark.parametrize(("written", "code"), [
    ("MY", "MY"), ("Malaysia", "MY"), ("Mỹ", "US"), ("Việt Nam", "VN"), ("Niemcy", "DE"),
    ("Polska", "PL"), ("Україна", "UA"), ("Brasil", "BR"), ("Alemania", "DE"), ("PL", "PL"),
])
def test_names_and_codes(written: str, code: str) -> None:
    assert country_code(written) == code


@pytest.mark.parametrize("word", ["my", "in", "de", "no", "com", "per"])
def test_short_words_in_running_text_are_not_countries(word: str) -> None:
    assert country_code(word) is None
