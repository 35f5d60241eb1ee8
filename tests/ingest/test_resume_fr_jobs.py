"""Regressions from the dev résumés of batch dev-resume-fr-jobs (bench/data/extraction,
*-530...559): French jobs as people write them in France, Belgium, Switzerland, Québec and
francophone Africa (one-year lines, Markdown bullets and tables, prose, the employer above the
title and dates, the contract written as a label). Their language levels: test_language_levels."""

from __future__ import annotations

from datetime import date

import pytest

from worldhire.ingest.resumes.entries import find_range, split_jobs
from worldhire.ingest.resumes.labelled_entries import split_dated_jobs
from worldhire.ingest.resumes.prose import job_in_sentence
from worldhire.ingest.resumes.resume_text import parse_text_resume

D = date


def _jobs(lines: list[str]) -> list[tuple[str, str | None, date | None, date | None]]:
    return [(j.title, j.organization, j.start, j.end) for j in split_jobs(lines)]


@pytest.mark.parametrize(
    ("line", "year"),
    [("2020 : Chargée d'études statistiques, ANSD", 2020),
     ("2023 | Conseillère beauté, Sephora Lyon Part-Dieu", 2023),
     ("2018 : CDD de 6 mois a la SIB comme guichetier", 2018),
     ("• 2019 : Stage au niveau de Djezzy (2 mois), département transmission", 2019)],
)  # fmt: skip
def test_a_year_then_a_job_at_an_employer_is_a_job_within_that_year(line: str, year: int) -> None:
    found = find_range(line)
    assert found is not None
    assert (found.start, found.end) == (D(year, 1, 1), D(year, 1, 1))


@pytest.mark.parametrize(
    "line",
    ["2019 : obtention du permis B", "2021 : 3 000 clients servis", "2016 : Bac série D"],
)
def test_a_year_before_words_that_name_no_employer_is_no_job(line: str) -> None:
    assert find_range(line) is None


@pytest.mark.parametrize(
    ("line", "year"),
    [("- Job d'été : employé polyvalent – McDonald's Cesson-Sévigné – 2018", 2018),
     ("Stage pratique — 2016", 2016),
     ("Réceptionniste (CDD), 2017", 2017),
     ("- *Stage de fin d'études* — Sopra Steria, 2016 (6 mois)", 2016)],
)  # fmt: skip
def test_a_title_closed_by_one_year_is_a_job_within_it(line: str, year: int) -> None:
    found = find_range(line)
    assert found is not None
    assert (found.start, found.end) == (D(year, 1, 1), D(year, 1, 1))


@pytest.mark.parametrize(
    "line",
    ["Bac pro Commerce – Lycée Talensac, 2017", "Permis B – 2015", "Marathon de Paris, 2019"],
)
def test_a_year_closing_a_line_with_no_job_title_is_no_job(line: str) -> None:
    assert find_range(line) is None


def test_a_year_with_no_end_reads_the_french_without_accents() -> None:
    found = find_range("2022 a nos jours : Chef d'agence, Advans Côte d'Ivoire")
    assert found is not None
    assert (found.start, found.end) == (D(2022, 1, 1), None)


def test_one_year_job_lines_each_give_their_job() -> None:
    lines = [
        "2021 - aujourd'hui : Data analyst, Orange Dakar",
        "- Tableaux de bord Power BI pour la direction commerciale",
        "2020 : Chargée d'études statistiques, ANSD",
        "2018 : Stage d'été, CBAO Groupe Attijariwafa bank",
    ]
    assert _jobs(lines) == [
        ("Data analyst", "Orange Dakar", D(2021, 1, 1), None),
        ("Chargée d'études statistiques", "ANSD", D(2020, 1, 1), D(2020, 1, 1)),
        ("Stage d'été", "CBAO Groupe Attijariwafa bank", D(2018, 1, 1), D(2018, 1, 1)),
    ]


def test_a_contract_written_as_a_label_is_neither_title_nor_employer() -> None:
    lines = [
        "- Technicien d'intervention fibre optique – Orange, Rennes – CDI depuis 2022",
        "- Alternance : technicien réseaux – SNCF Réseau, Rennes – 2020-2022",
        "- Job d'été : employé polyvalent – McDonald's Cesson-Sévigné – 2018",
    ]
    assert _jobs(lines) == [
        ("Technicien d'intervention fibre optique", "Orange", D(2022, 1, 1), None),
        ("technicien réseaux", "SNCF Réseau", D(2020, 1, 1), D(2022, 1, 1)),
        ("employé polyvalent", "McDonald's Cesson-Sévigné", D(2018, 1, 1), D(2018, 1, 1)),
    ]


def test_a_placement_label_before_an_employer_stays_the_title() -> None:
    lines = ["Industrial Attachment: Kenya Power, Kisumu Region", "May 2019 – August 2019"]
    assert _jobs(lines) == [
        ("Industrial Attachment", "Kenya Power", D(2019, 5, 1), D(2019, 8, 1)),
    ]


def test_markdown_bullets_closed_by_dates_and_a_bracketed_contract_are_jobs() -> None:
    lines = [
        "- **Développeur backend senior** chez Lengow (Nantes), depuis janvier 2022",
        "  - API de synchronisation de catalogues en Python/Django",
        "- **Développeur PHP** chez Ouest-France, 2018 – 2021 (CDI)",
        "  - Refonte du back-office sous Symfony",
        "- *Stage de fin d'études* — Sopra Steria, 2016 (6 mois)",
    ]
    assert [(t, o) for t, o, _, _ in _jobs(lines)] == [
        ("Développeur backend senior", "Lengow"),
        ("Développeur PHP", "Ouest-France"),
        ("Stage de fin d'études", "Sopra Steria"),
    ]


def test_an_employer_in_capitals_at_an_unknown_town_heads_the_job_below() -> None:
    lines = [
        "DECATHLON – Villeneuve-d'Ascq",
        "Responsable de rayon sports collectifs | CDI | depuis sept. 2021",
        "- Merchandising et implantation des nouvelles collections",
        "AUCHAN – Faches-Thumesnil",
        "Employée commerciale | CDD puis CDI | 2017 – 2021",
        "- Mise en rayon, gestion des stocks et des ruptures",
    ]
    assert [(t, o) for t, o, _, _ in _jobs(lines)] == [
        ("Responsable de rayon sports collectifs", "DECATHLON"),
        ("Employée commerciale", "AUCHAN"),
    ]


def test_algerian_au_niveau_de_names_the_employer() -> None:
    lines = [
        "• Depuis 2021 : Technicienne réseaux chez Mobilis, direction régionale d'Oran",
        "Maintenance des sites BTS, supervision NOC, interventions sur incidents",
        "• 2019 - 2021 : Agent technique (contrat pré-emploi ANEM) au niveau d'Algérie Télécom"
        " Oran",
        "• 2019 : Stage au niveau de Djezzy (2 mois), département transmission",
    ]
    assert [(t, o) for t, o, _, _ in _jobs(lines)] == [
        ("Technicienne réseaux", "Mobilis"),
        ("Agent technique (contrat pré-emploi ANEM)", "Algérie Télécom Oran"),
        ("Stage", "Djezzy"),
    ]


def test_a_table_of_periods_structures_and_posts_gives_its_jobs() -> None:
    lines = [
        "Période | Structure | Poste occupé",
        "Depuis mars 2022 | SODECI, Abidjan | Assistante comptable",
        "2019 (3 mois) | Orange Côte d'Ivoire | Stagiaire au service facturation",
    ]
    jobs = split_dated_jobs(lines)
    assert [(j.title, j.organization, j.start, j.end) for j in jobs] == [
        ("Assistante comptable", "SODECI", D(2022, 3, 1), None),
        ("Stagiaire au service facturation", "Orange Côte d'Ivoire", D(2019, 1, 1), D(2019, 1, 1)),
    ]


def test_a_markdown_table_reads_like_a_documents_table() -> None:
    text = (
        "# Camille Favre\ncamille.favre@example.ch\n\n## Parcours\n\n"
        "| Période | Poste | Employeur |\n|---|---|---|\n"
        "| 2020 – aujourd'hui | Cheffe de projet ouvrages d'art | Implenia, Lausanne |\n"
        "| 2015 | Stagiaire bureau d'études | CFF Infrastructure, Berne |\n"
    )
    jobs = [e for e in parse_text_resume(text, "cv.md").evidence if e.kind.value == "job"]
    assert [(j.title, j.start, j.end) for j in jobs] == [
        ("Cheffe de projet ouvrages d'art", D(2020, 1, 1), None),
        ("Stagiaire bureau d'études", D(2015, 1, 1), D(2015, 1, 1)),
    ]
    assert [j.organization.split(",")[0] if j.organization else None for j in jobs] == [
        "Implenia", "CFF Infrastructure",
    ]


@pytest.mark.parametrize(
    ("sentence", "title", "organization"),
    [("Depuis 2020, je travaille chez Proximus à Bruxelles en tant que cheffe de projet data.",
      "cheffe de projet data", "Proximus"),
     ("Auparavant, de 2016 à 2020, j'ai été analyste BI chez Belfius, où je développais des "
      "rapports.", "analyste BI", "Belfius"),
     ("Depuis janvier 2022, je suis architecte cloud chez Camtel à Yaoundé.",
      "architecte cloud", "Camtel"),
     ("Depuis 2021, je suis technicien en soutien informatique au CIUSSS de l'Estrie – CHUS.",
      "technicien en soutien informatique", "CIUSSS de l'Estrie"),
     ("En parallèle, je donne des cours à l'École polytechnique comme enseignant vacataire "
      "depuis 2020.", "enseignant vacataire", "École")],
)  # fmt: skip
def test_french_prose_names_the_title_and_the_employer(
    sentence: str, title: str, organization: str
) -> None:
    job = job_in_sentence(sentence)
    assert job is not None
    assert (job.title, job.organization) == (title, organization)


def test_au_before_a_country_is_no_employer() -> None:
    job = job_in_sentence("Depuis 2019, je travaille au Sénégal comme comptable.")
    assert job is not None
    assert (job.title, job.organization) == ("comptable", None)


def test_a_contract_then_the_employer_and_the_post_after_comme() -> None:
    lines = [
        "2019-2022 : Agent de credit, Advans Côte d'Ivoire",
        "2018 : CDD de 6 mois a la SIB comme guichetier",
    ]
    assert _jobs(lines) == [
        ("Agent de credit", "Advans Côte d'Ivoire", D(2019, 1, 1), D(2022, 1, 1)),
        ("guichetier", "SIB", D(2018, 1, 1), D(2018, 1, 1)),
    ]


@pytest.mark.parametrize(
    ("header", "title"),
    [("Doctorante (contrat de 3 ans) | 2015 – 2018", "Doctorante"),
     ("Enquêteur (mission de 4 mois) | 2015 – 2016", "Enquêteur"),
     ("Data Scientist (lead, 3 people) | 2019 – 2021", "Data Scientist (lead, 3 people)")],
)  # fmt: skip
def test_a_bracket_that_only_says_how_long_the_job_lasted_leaves_the_title(
    header: str, title: str
) -> None:
    assert _jobs(["CERN – Meyrin", header])[0][0] == title
