from __future__ import annotations

import pytest

from worldhire.skills.overlap import OverlapScorer, stems
from worldhire.skills.taxonomy import Concept


@pytest.fixture(scope="module")
def scorer() -> OverlapScorer:
    return OverlapScorer([
        Concept("esco:manage-restaurant-staff", "manage restaurant staff", "esco"),
        Concept("esco:manage-staff", "manage staff", "esco", aliases=("staff management",)),
        Concept("esco:serve-wines", "serve wines", "esco"),
    ])


def test_reordered_and_inflected_words_count(scorer: OverlapScorer) -> None:
    text = stems("Managing the staff of a busy restaurant")
    assert scorer.score(text, "esco:manage-restaurant-staff") == pytest.approx(1.0)
    assert scorer.score(text, "esco:serve-wines") == 0.0


def test_rare_words_weigh_more_than_common_ones(scorer: OverlapScorer) -> None:
    # "manag" and "staff" appear in two concepts, "resta" in one: it carries more weight.
    only_rare = scorer.score(stems("a restaurant"), "esco:manage-restaurant-staff")
    only_common = scorer.score(stems("a manager"), "esco:manage-restaurant-staff")
    assert 0.0 < only_common < only_rare < 1.0
    assert scorer.score(stems("unknown"), "esco:nowhere") == 0.0
