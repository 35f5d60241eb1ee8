"""Work entries (issue 15, helper jobsfix26): German women's and compound titles and an HR
generalist are titles where an employer line stands above them."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.prose import jobs_in_sentence
from worldhire.ingest.resumes.title_words import has_title_word

D = date


@pytest.mark.parametrize(
    "title",
    ["Lohnbuchhalterin", "Buchhalterin", "Teamleiterin", "Filialleiter", "Bankkauffrau",
     "Kauffrau für Büromanagement", "Industriekaufmann", "HR Generalist"],
)  # fmt: skip
def test_a_title_under_its_employer_is_the_title(title: str) -> None:
    lines = ["Stadtwerke Ansbach", title, "09/2019 – heute", "- Planung der Monatsabschlüsse"]
    assert [(j.title, j.organization, j.start) for j in split_jobs(lines)] == [
        (title, "Stadtwerke Ansbach", D(2019, 9, 1))
    ]


@pytest.mark.parametrize("word", ["Berlin", "Martin", "Bulletin", "Protein", "Marketing"])
def test_a_word_ending_like_a_womans_title_is_no_title(word: str) -> None:
    assert not has_title_word(word)


def test_a_romanian_am_fost_names_the_hr_generalist() -> None:
    jobs = jobs_in_sentence("Între 2017 și 2021 am fost HR Generalist la Dacia în Pitești.")
    assert [(j.title, j.organization, j.start) for j in jobs] == [
        ("HR Generalist", "Dacia", D(2017, 1, 1))
    ]


@pytest.mark.parametrize(
    "sentence",
    ["2019'dan 2022'ye kadar Koçtaş'ta satış danışmanı olarak çalıştım.",
     "2019’dan 2022’ye kadar Koçtaş’ta satış danışmanı olarak çalıştım.",
     "Koçtaş'ta 2019'dan 2022'ye kadar satış danışmanı olarak çalıştım."],
)  # fmt: skip
def test_a_turkish_year_in_the_ablative_starts_the_job(sentence: str) -> None:
    assert [(j.start, j.end) for j in jobs_in_sentence(sentence)] == [
        (D(2019, 1, 1), D(2022, 1, 1))
    ]
