"""Regressions from the dev résumés of batch dev-resume-fields-jobs4 (bench/data/extraction,
*-640...659): seasonal jobs over several summers, two jobs told in one sentence, a title said
before its employer, surname and given names on two labelled lines, German academic titles, a
name only in a page header, and pay in the currencies of francophone Africa and Canada
(test_pay.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.resumes.entries import find_range as find_job_range
from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.header import read_header
from worldhire.ingest.resumes.personal_labels import labelled_values
from worldhire.ingest.resumes.prose import jobs_in_sentence
from worldhire.ingest.shared.dates import find_range
from worldhire.ingest.shared.spoken_languages import find_spoken_languages

D = date


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [("Étés 2016 et 2017 : Animatrice en centre de loisirs, Ville de Nantes", 2016, 2017),
     ("Étés 2013, 2014 et 2015", 2013, 2015),
     ("Veranos de 2014 y 2015: socorrista en la piscina municipal de Getafe", 2014, 2015),
     ("Sommer 2008 und 2009: Produktionshelfer bei der Robert Bosch GmbH", 2008, 2009),
     ("În verile lui 2013 și 2014 am lucrat ca ospătar la Hotel Rex din Mamaia.", 2013, 2014),
     ("Hè 2017, 2018", 2017, 2018)],
)  # fmt: skip
def test_seasonal_work_over_several_years_runs_from_the_first_to_the_last(
    text: str, first: int, last: int
) -> None:
    found = find_range(text)
    assert found is not None
    assert (found.start, found.end) == (D(first, 1, 1), D(last, 1, 1))


@pytest.mark.parametrize("text", ["2016 et 2017", "Diplômes 2016 et 2017", "summer 2018"])
def test_years_joined_without_a_season_are_no_seasonal_range(text: str) -> None:
    found = find_range(text)
    assert found is None or found.start == found.end


_SEASON_WORDS = ["Étés", "Veranos de", "Sommer", "summers of", "verile lui", "Hè", "lata"]
_JOINERS = [", ", " et ", " y ", " und ", " and ", " și ", " i "]


@given(
    st.sampled_from(_SEASON_WORDS),
    st.lists(st.integers(1990, 2025), min_size=2, max_size=4, unique=True),
    st.sampled_from(_JOINERS),
    st.text(alphabet="abcdefghij :,-", max_size=20),
)
def test_any_summers_read_as_first_to_last(
    season: str, years: list[int], joiner: str, after: str
) -> None:
    years.sort()
    text = f"{season} {joiner.join(map(str, years))}{after and ' : ' + after}"
    found = find_range(text)
    assert found is not None, text
    assert (found.start, found.end) == (D(years[0], 1, 1), D(years[-1], 1, 1))


@pytest.mark.parametrize(
    ("sentence", "jobs"),
    [("Bachelier en comptabilité de la HELMo (2015), j'ai d'abord été assistant audit chez "
      "Deloitte à Liège de 2015 à 2017, puis comptable chez Ethias de 2017 à 2021.",
      [("assistant audit", "Deloitte", D(2015, 1, 1), D(2017, 1, 1)),
       ("comptable", "Ethias", D(2017, 1, 1), D(2021, 1, 1))]),
     ("Am lucrat la eMAG ca operator depozit între 2015 și 2017, apoi la Fan Courier ca lider "
      "de echipă până în 2019.",
      [("operator", "eMAG", D(2015, 1, 1), D(2017, 1, 1)),
       ("lider de echipă", "Fan Courier", D(2017, 1, 1), D(2019, 1, 1))]),
     ("Trabajé en Globant como desarrollador Java entre 2017 y 2020 y después en Mercado Libre "
      "como desarrollador backend senior hasta agosto de 2023.",
      [("desarrollador", "Globant", D(2017, 1, 1), D(2020, 1, 1)),
       ("desarrollador backend senior", "Mercado Libre", D(2020, 1, 1), D(2023, 8, 1))])],
)  # fmt: skip
def test_two_jobs_told_one_after_another_in_one_sentence_are_two_jobs(
    sentence: str, jobs: list[tuple[str, str, date, date]]
) -> None:
    found = [(j.title, j.organization, j.start, j.end) for j in jobs_in_sentence(sentence)]
    assert found == jobs


def test_one_job_with_then_in_its_duties_stays_one_job() -> None:
    sentence = "Since 2021 I have been a data engineer at Wise, then also on-call for payments."
    found = jobs_in_sentence(sentence)
    assert [(j.title, j.organization) for j in found] == [("data engineer", "Wise")]


@pytest.mark.parametrize(
    ("sentence", "title", "org"),
    [("Depuis janvier 2022, je suis contrôleur de gestion chez Spadel, à Spa.",
      "contrôleur de gestion", "Spadel"),
     ("Din martie 2019 sunt șef de tură la Carrefour România, în depozitul de la Ploiești.",
      "șef de tură", "Carrefour România")],
)  # fmt: skip
def test_titles_of_office_and_warehouse_work_are_titles(
    sentence: str, title: str, org: str
) -> None:
    (job,) = jobs_in_sentence(sentence)
    assert (job.title, job.organization) == (title, org)


@pytest.mark.parametrize(
    ("lines", "title", "org"),
    [(["Sommer 2008 und 2009: Produktionshelfer bei der Robert Bosch GmbH, Stuttgart"],
      "Produktionshelfer", "Robert Bosch GmbH"),
     (["2014 : Stage académique de trois mois au Ministère du Numérique"],
      "Stage académique de trois mois", "Ministère du Numérique")],
)  # fmt: skip
def test_a_dated_line_names_the_employer_after_its_article(
    lines: list[str], title: str, org: str
) -> None:
    (job,) = split_jobs(lines)
    assert (job.title, job.organization) == (title, org)


def test_surname_and_given_names_on_two_labelled_lines_are_one_name() -> None:
    lines = ["CURRICULUM VITAE", "Nom : HOUNKPATIN", "Prénoms : Codjo Fabrice", "Tél : 97 45 21 09"]
    assert labelled_values(lines)["name"] == "HOUNKPATIN Codjo Fabrice"
    assert labelled_values(["Nom : Marie Dupont"])["name"] == "Marie Dupont"


@pytest.mark.parametrize(
    ("lines", "name"),
    [(["Dr.-Ing. Katrin Vogel", "Lebenslauf", "Friedrich-Ebert-Straße 21, 01069 Dresden"],
      "Katrin Vogel"),
     # a Word page header above the first heading
     (["Tobias Brandt · Lebenslauf"], "Tobias Brandt")],
)  # fmt: skip
def test_a_name_keeps_no_academic_title_nor_the_document_word(lines: list[str], name: str) -> None:
    assert read_header(lines, header_count=len(lines), links=[]).name == name


@pytest.mark.parametrize(
    "line",
    ["AWS Certified Solutions Architect – Associate, 2022",
     "Chứng chỉ Kế toán trưởng – Bộ Tài chính, 2022",
     "Google Data Analytics Professional Certificate – 2023",
     "Technicien certifié Cisco – 2019"],
)  # fmt: skip
def test_a_certificate_closed_by_its_year_is_no_job(line: str) -> None:
    assert find_job_range(line) is None


def test_a_title_closed_by_one_year_is_still_a_job() -> None:
    found = find_job_range("Réceptionniste (CDD), 2017")
    assert found is not None and found.start == D(2017, 1, 1)


@pytest.mark.parametrize(
    ("line", "jobs"),
    [("- PT Indomaret Prismatama, Semarang — Kasir (Juni 2017 – Mei 2019), kemudian Kepala Toko "
      "(Juni 2019 – Februari 2021)",
      [("Kasir", "PT Indomaret Prismatama", D(2017, 6, 1), D(2019, 5, 1)),
       ("Kepala Toko", "PT Indomaret Prismatama", D(2019, 6, 1), D(2021, 2, 1))]),
     ("2018 - 2021 : Renault Maroc, usine de Tanger – ingénieur méthodes (2018-2020), puis "
      "responsable amélioration continue (2020-2021).",
      [("ingénieur méthodes", "Renault Maroc", D(2018, 1, 1), D(2020, 1, 1)),
       ("responsable amélioration continue", "Renault Maroc", D(2020, 1, 1), D(2021, 1, 1))]),
     ("Acme Corp — Analyst (2019–2020) and later Manager (2021–2023)",
      [("Analyst", "Acme Corp", D(2019, 1, 1), D(2020, 1, 1)),
       ("Manager", "Acme Corp", D(2021, 1, 1), D(2023, 1, 1))])],
)  # fmt: skip
def test_two_posts_at_one_employer_on_one_line_are_two_jobs(
    line: str, jobs: list[tuple[str, str, date, date]]
) -> None:
    assert [(j.title, j.organization, j.start, j.end) for j in split_jobs([line])] == jobs


def test_a_post_with_a_note_in_brackets_stays_one_job() -> None:
    (job,) = split_jobs(["Data Engineer (remote), Wise, 2019 – 2023"])
    assert (job.title, job.organization) == ("Data Engineer", "Wise")


def test_two_posts_whose_second_dates_a_pdf_wrapped_are_two_jobs() -> None:
    lines = ["• PT Indomaret Prismatama, Semarang — Kasir (Juni 2017 – Mei 2019), kemudian "
             "Kepala Toko", "(Juni 2019 – Februari 2021)"]  # fmt: skip
    found = [(j.title, j.start, j.end) for j in split_jobs(lines)]
    assert found == [("Kasir", D(2017, 6, 1), D(2019, 5, 1)),
                     ("Kepala Toko", D(2019, 6, 1), D(2021, 2, 1))]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "names"),
    [("Indonesia (bahasa ibu), Jawa (aktif), Inggris (pasif)",
      ["Indonesian", "Javanese", "English"]),
     ("Français : excellent ; Anglais : bon ; Fon : langue maternelle",
      ["French", "English", "Fon"])],
)  # fmt: skip
def test_a_languages_section_names_languages_as_their_speakers_list_them(
    text: str, names: list[str]
) -> None:
    assert [found.name for found in find_spoken_languages(text, listed=True)] == names


def test_an_island_or_a_country_outside_a_languages_section_is_no_language() -> None:
    text = "Saya tinggal di Jawa Tengah, Indonesia dan bicara Inggris (aktif)"
    names = [found.name for found in find_spoken_languages(text)]
    assert "Indonesian" not in names and "Javanese" not in names
