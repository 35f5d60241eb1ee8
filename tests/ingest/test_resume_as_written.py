"""Regressions from the dev résumés of batch dev-resume-as-written (bench/data/extraction,
*-350...*-379): an employer before the title with a "since" date set at the line's end, a
Markdown bullet that names the job and closes on its dates, a placement note in brackets after
a title, and a "Poste :" line under the employer's."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.prose import job_in_sentence
from worldhire.ingest.shared.geo import resolve_place
from worldhire.ingest.shared.spoken_languages import find_spoken_languages

D = date


def _jobs(text: str) -> list[tuple[str, str | None, date | None, date | None]]:
    return [(j.title, j.organization, j.start, j.end) for j in split_jobs(text.split("\n"))]


def test_a_since_date_closing_an_employer_and_title_line_anchors_the_job() -> None:
    text = (
        "MTN Côte d'Ivoire – Ingénieur Réseau IP/MPLS (CDI) Depuis mars 2021\n"
        "- Conception du backbone IP/MPLS (Cisco, Huawei)\n"
        "Orange Côte d'Ivoire – Technicien Transmission De 2018 à 2021\n"
        "- Installation et maintenance des faisceaux hertziens"
    )
    assert _jobs(text) == [
        ("Ingénieur Réseau IP/MPLS", "MTN Côte d'Ivoire", D(2021, 3, 1), None),
        ("Technicien Transmission", "Orange Côte d'Ivoire", D(2018, 1, 1), D(2021, 1, 1)),
    ]


def test_a_since_date_in_a_sentence_is_no_job() -> None:
    # a line about the work that names no title keeps being the job's body
    text = "Data Engineer – Acme – 2019 - 2022\n- Migration vers Snowflake, en service depuis 2021"
    assert [j[0] for j in _jobs(text)] == ["Data Engineer"]


def test_a_bullet_that_names_the_job_and_closes_on_its_dates_is_a_job() -> None:
    text = (
        "- **Infirmière de soins généraux**, Hôpital Central de Yaoundé — *depuis février 2019*\n"
        "  Soins aux patients du service de médecine interne.\n"
        "- **Infirmière vacataire**, Clinique de l'Espoir, Yaoundé — *2017 - 2019*\n"
        "  Gardes de nuit en maternité, accueil des urgences."
    )
    assert [(t, o) for t, o, _, _ in _jobs(text)] == [
        ("Infirmière de soins généraux", "Hôpital Central de Yaoundé"),
        ("Infirmière vacataire", "Clinique de l'Espoir"),
    ]


def test_a_placement_note_in_brackets_is_not_the_title() -> None:
    jobs = _jobs(
        "Huawei Technologies CI – Stagiaire ingénieur (stage de fin d'études) Avril 2017 – "
        "Septembre 2017"
    )
    assert jobs == [("Stagiaire ingénieur", "Huawei Technologies CI", D(2017, 4, 1), D(2017, 9, 1))]
    # a bare placement word says what the job was, and stays
    assert _jobs("Młodszy tester (staż)\nEwork Group | Wrocław\nlato 2017")[0][0] == (
        "Młodszy tester (staż)"
    )


def test_a_labelled_post_under_its_employer_is_the_title() -> None:
    text = (
        "Transports Lebrun – Valenciennes\n"
        "Poste : Conducteur SPL grands routiers (CDI)\n"
        "Depuis mars 2021\n"
        "Livraisons France / Benelux en semi-remorque frigorifique.\n"
        "Sagemcom Tunisie\n"
        "Poste : Ingénieure test et validation\n"
        "2019 - 2022"
    )
    assert _jobs(text) == [
        ("Conducteur SPL grands routiers", "Transports Lebrun", D(2021, 3, 1), None),
        ("Ingénieure test et validation", "Sagemcom Tunisie", D(2019, 1, 1), D(2022, 1, 1)),
    ]


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("12 impasse des Lilas, 59300 Valenciennes", "FR"),  # a postcode before the town
        ("Lyon 7e", "FR"),  # an arrondissement after it
        ("Laval (Québec) H7N 2L4", "CA"),  # the province
        ("Contrôleur de gestion – Île-de-France", "FR"),  # the region
        ("Cité El Ghazela, Ariana 2083 – Tunisie", "TN"),  # the country as French writes it
        ("Thiès, Sénégal", "SN"),
        ("BP 4127 Douala, Cameroun", "CM"),
        ("Rue de la Station 18, 4000 Liège (Belgique)", "BE"),
    ],
)
def test_francophone_places(written: str, country: str) -> None:
    place = resolve_place(written)
    assert place is not None and place.country == country


def test_west_african_languages_and_plural_levels() -> None:
    found = find_spoken_languages(
        "Wolof, sérère : langues maternelles\nFrançais et anglais courants, un peu d'espagnol.\n"
        "Bassa : langue maternelle\nDioula", listed=True
    )
    assert [f"{x.name} ({x.level})" if x.level else x.name for x in found] == [
        "Wolof (native)", "Serer (native)", "French (fluent)", "English (fluent)",
        "Spanish (basic)", "Basaa (native)", "Dyula",
    ]


@pytest.mark.parametrize(
    ("sentence", "job"),
    [
        # a placement told with the one year it was in
        ("J'ai aussi fait un stage de six mois à la SOTRA en 2016.",
         ("stage", "SOTRA", 2016, 2016)),
        ("Before that I did my industrial attachment at Kenya Power (2017), in billing.",
         ("industrial attachment", "Kenya Power", 2017, 2017)),
        ("Fiz estágio profissional na Administração Nacional de Estradas (ANE) em 2015.",
         ("estágio profissional", "Administração Nacional de Estradas", 2015, 2015)),
        # French title cues elided before a vowel
        ("De 2018 à 2021, j'ai occupé un poste d'analyste fonctionnelle à la Banque Nationale.",
         ("analyste fonctionnelle", "Banque Nationale", 2018, 2021)),
        ("Je travaille depuis 2020 chez Bolloré Logistics en tant qu'agent de transit.",
         ("agent de transit", "Bolloré Logistics", 2020, None)),
        # "dev", as people call a developer
        ("Before that I spent 2 yrs as a software dev at Hubtel (2020-2022) on payments.",
         ("software dev", "Hubtel", 2020, 2022)),
    ],
)
def test_jobs_told_in_french_portuguese_and_english_sentences(
    sentence: str, job: tuple[str, str, int, int | None]
) -> None:
    told = job_in_sentence(sentence)
    assert told is not None
    assert (told.title, told.organization, told.start and told.start.year,
            told.end and told.end.year) == job


def test_a_placement_without_its_year_or_in_a_header_is_left_alone() -> None:
    assert job_in_sentence("I trained at Google in 2019.") is None  # no placement named
    assert job_in_sentence("Internship at Acme.") is None  # no year
    assert _jobs("2016 : Stage de fin d'études – 6 mois chez Thales (Vélizy)")[0][0] == (
        "Stage de fin d'études"
    )
