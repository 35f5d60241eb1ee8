"""Regressions from the lead's trial of issue 15 as a user in the twelfth session: résumés sent as
people send them (an application told in an e-mail from Kenya, a Markdown CV from Egypt, a
Philippine CV with emoji headings)."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.ingest.prose import job_in_sentence


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("For the last 3 yrs I've been a data engineer at Twiga Foods (Nov 2021 - now), where I "
         "own the Airflow DAGs.", date(2021, 11, 1)),
        ("I’ve been a data engineer at Twiga Foods since 2021.", date(2021, 1, 1)),
        ("I’m a data engineer at Twiga Foods since Nov 2021.", date(2021, 11, 1)),
    ],
)
def test_a_contracted_i_have_been_introduces_the_title(sentence: str, start: date) -> None:
    job = job_in_sentence(sentence)
    assert job is not None
    assert (job.title, job.organization, job.start, job.end) == (
        "data engineer", "Twiga Foods", start, None
    )

