from __future__ import annotations

import pytest

from worldhire.comp.regions import region_label


@pytest.mark.parametrize(("region", "label"), [
    ("latin_america", "Latin America"), ("central_eastern_europe", "Central and Eastern Europe"),
    ("us", "United States"), ("sub_saharan_africa", "Sub-Saharan Africa"),
])
def test_region_labels_read_as_people_write_them(region: str, label: str) -> None:
    assert region_label(region) == label
