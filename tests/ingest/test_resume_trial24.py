"""Regressions from the lead's trial of issue 15 as a user in the thirteenth session: a Ghanaian
engineer's résumé written as a letter, a Polish Java developer's CV."""

from __future__ import annotations

import pytest

from worldhire.ingest.prose import job_in_sentence


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        ("Je travaille chez Orange Côte d'Ivoire depuis 2019.", "Orange Côte d'Ivoire"),
        ("J'ai été auditeur à la Banque d’Abidjan de 2015 à 2018.", "Banque d’Abidjan"),
    ],
)
def test_an_employer_keeps_the_words_after_an_elided_de(sentence: str, organization: str) -> None:
    job = job_in_sentence(sentence)
    assert job is not None
    assert job.organization == organization
