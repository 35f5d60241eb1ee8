"""Ids: unique, and made in order of time, so a store's indexes on them grow at one end."""

from __future__ import annotations

import pytest

from worldhire.core import models
from worldhire.core.models import new_id


def test_ids_made_later_sort_after_those_made_earlier(monkeypatch: pytest.MonkeyPatch) -> None:
    made = []
    for second in range(1_800_000_000, 1_800_000_040):
        monkeypatch.setattr(models.time, "time", lambda second=second: second + 0.5)
        made.append(new_id("cand"))
    assert made == sorted(made)
    assert made[0].startswith("cand_6b49d200")  # the second, in 8 hex digits


def test_ids_made_in_the_same_second_differ_by_64_random_bits() -> None:
    made = {new_id("ev") for _ in range(10_000)}
    assert len(made) == 10_000
    assert {len(i) for i in made} == {len("ev_") + 8 + 16}
