"""Regressions from the dev résumés of batch dev-resume-fr-pl-2 (bench/data/extraction,
fr-*-91...95, pl-*-91...93, en-headed-91/92, es-*-91, de-tabular-91, it-headed-91): the old
Polish Europass fields, surname-first name labels, towns the tz database names (Riyadh, Dakar)
and Marburg, an employer beside its town above "title | dates", a title before a colon and its
dates, a placement word beside the title ("Alternance – Technicienne support") or before its
employer ("Industrial Attachment: Kenya Power"), a summer job, "$" for the peso, "CV – Name",
Luo, a contract after a title in prose, an employer's postal address, a right-hand sidebar and
a wrapped Europass label centred on its value."""

from __future__ import annotations

from datetime import date

import pytest
from tests.ingest.test_pdf_layout import Placed, column, draw

from worldhire.ingest.pdf_text import pdf_text
from worldhire.ingest.resumes.entries import find_range, split_jobs
from worldhire.ingest.resumes.header import read_header
from worldhire.ingest.resumes.labelled_entries import labelled_jobs
from worldhire.ingest.resumes.prose import job_in_sentence
from worldhire.ingest.shared.experience import find_stated_years
from worldhire.ingest.shared.geo import resolve_place
from worldhire.ingest.shared.pay import stated_pay
from worldhire.ingest.shared.spoken_languages import find_spoken_languages

D = date


def _jobs(text: str) -> list[tuple[str, str | None, date | None, date | None]]:
    return [(j.title, j.organization, j.start, j.end) for j in split_jobs(text.split("\n"))]


def test_the_old_polish_europass_fields_are_jobs() -> None:
    lines = [
        "Daty: od 04.2017 do chwili obecnej",
        "Zajmowane stanowisko | Elektryk okrętowy",
        "Główne zadania i obowiązki | Montaż instalacji elektrycznych na statkach",
        "Nazwa i adres pracodawcy | Remontowa Shipbuilding S.A., ul. Swojska 6, Gdańsk",
        "Daty: 09.2012 – 03.2017",
        "Zajmowane stanowisko | Elektromonter",
        "Nazwa i adres pracodawcy | Elektro-Bud Sp. z o.o., Gdynia",
    ]
    jobs = labelled_jobs(lines)
    assert jobs is not None
    assert [(j.title, j.organization, j.start, j.end) for j in jobs] == [
        ("Elektryk okrętowy", "Remontowa Shipbuilding S.A.", D(2017, 4, 1), None),
        ("Elektromonter", "Elektro-Bud Sp. z o.o.", D(2012, 9, 1), D(2017, 3, 1)),
    ]
    assert "Montaż instalacji elektrycznych na statkach" in " ".join(jobs[0].body)


@pytest.mark.parametrize(
    ("line", "name"),
    [("Nom(s) / Prénom(s) | HADDAD Nadia", "HADDAD Nadia"),
     ("Nazwisko / Imiona | Zając Tomasz", "Zając Tomasz"),
     ("Surname(s) / First name(s) | MUSHI Neema Joseph", "MUSHI Neema Joseph")],
)  # fmt: skip
def test_a_surname_first_name_label_gives_the_name(line: str, name: str) -> None:
    lines = ["Curriculum Vitae Europass", "Informations personnelles", line]
    assert read_header(lines, 3, []).name == name


@pytest.mark.parametrize(
    ("text", "country", "zone"),
    [("Riyadh", "SA", "Asia/Riyadh"), ("Dakar", "SN", "Africa/Dakar"),
     ("Marburg", "DE", "Europe/Berlin"), ("Roubaix", "FR", "Europe/Paris"),
     ("Dhahran", "SA", "Asia/Riyadh")],
)  # fmt: skip
def test_towns_the_tz_database_or_the_table_names(text: str, country: str, zone: str) -> None:
    place = resolve_place(text)
    assert place is not None
    assert (place.country, place.timezone) == (country, zone)


@pytest.mark.parametrize("word", ["Nome", "Regina", "Center"])
def test_zone_cities_that_are_everyday_words_are_no_places(word: str) -> None:
    # "Nome | Giulia Rota" is the Italian name label, not Nome, Alaska
    assert resolve_place(word) is None


def test_an_employer_beside_its_town_heads_the_title_and_dates_below() -> None:
    text = """Sonatel (groupe Orange) – Dakar
Analyste BI | Depuis janvier 2022
- Développement des rapports de performance réseau sous Power BI
Wave Mobile Money – Dakar
Chargée de reporting | Avril 2019 – décembre 2021
- Suivi quotidien des transactions
Italcementi – Bergamo
Assistente marketing | marzo 2018 – agosto 2020"""
    assert _jobs(text) == [
        ("Analyste BI", "Sonatel (groupe Orange)", D(2022, 1, 1), None),
        ("Chargée de reporting", "Wave Mobile Money", D(2019, 4, 1), D(2021, 12, 1)),
        ("Assistente marketing", "Italcementi", D(2018, 3, 1), D(2020, 8, 1)),
    ]


def test_a_title_before_a_colon_and_its_dates_is_the_title() -> None:
    text = """Data Engineer: Feb 2018 – Aug 2021
Elm Company, Riyadh
- Developed ETL jobs in Informatica and Python"""
    assert _jobs(text) == [("Data Engineer", "Elm Company", D(2018, 2, 1), D(2021, 8, 1))]


def test_a_placement_beside_the_title_is_no_employer() -> None:
    text = """Alternance – Technicienne support >> 2013 – 2015
Leroy Merlin France, Lezennes
- Support utilisateurs niveau 1 et 2""".replace(" >> ", " | ")
    assert _jobs(text) == [
        ("Technicienne support", "Leroy Merlin France", D(2013, 1, 1), D(2015, 1, 1))
    ]


def test_an_industrial_attachment_names_its_employer_after_the_colon() -> None:
    text = """Industrial Attachment: Kenya Power, Kisumu Region
May 2019 – August 2019
- Assisted in transformer installation and fault finding on 33 kV lines"""
    assert _jobs(text) == [
        ("Industrial Attachment", "Kenya Power", D(2019, 5, 1), D(2019, 8, 1))
    ]


@pytest.mark.parametrize(
    ("line", "year"),
    [("lato 2017", 2017), ("Été 2015", 2015), ("Stage comunicazione | 2017 (6 mesi)", 2017),
     ("Stagiaire contrôle de gestion | 6 mois en 2018", 2018)],
)  # fmt: skip
def test_a_season_or_a_stated_span_in_a_year_dates_a_job_within_it(line: str, year: int) -> None:
    found = find_range(line)
    assert found is not None
    assert (found.start, found.end) == (D(year, 1, 1), D(year, 1, 1))


def test_a_summer_job_under_its_employer_is_a_job() -> None:
    assert _jobs("Młodszy tester (staż)\nEwork Group | Wrocław\nlato 2017") == [
        ("Młodszy tester (staż)", "Ework Group", D(2017, 1, 1), D(2017, 1, 1))
    ]


def test_a_season_in_a_sentence_dates_no_job() -> None:
    assert find_range("I worked there in summer 2018 and it was great fun for everyone") is None


def test_a_dollar_wage_with_its_period_is_the_local_peso_where_people_write_it_so() -> None:
    monthly = stated_pay("Salario deseado: $18,000.00 (Mensual)", "MX")
    assert monthly is not None and (monthly.currency, monthly.period) == ("MXN", "month")
    # too small for a wage in pesos: the dollar; no country: the dollar
    assert getattr(stated_pay("$4,500 al mes", "MX"), "currency", None) == "USD"
    assert getattr(stated_pay("$18,000.00 (Mensual)", None), "currency", None) == "USD"


@pytest.mark.parametrize(
    "first", ["CV – Agnieszka Lewandowska", "Agnieszka Lewandowska - Curriculum Vitae"]
)
def test_the_document_word_beside_the_name_is_not_part_of_it(first: str) -> None:
    lines = [first, "Poznań | 782 115 930 | agnieszka.lewandowska@example.pl", "DOŚWIADCZENIE"]
    header = read_header(lines, 2, [], ["agnieszka.lewandowska@example.pl"])
    assert header.name == "Agnieszka Lewandowska"


def test_kenyan_languages_are_named() -> None:
    found = find_spoken_languages("English (fluent), Kiswahili (fluent), Dholuo (native)")
    assert [(s.name, s.level) for s in found] == [
        ("English", "fluent"), ("Swahili", "fluent"), ("Luo", "native")
    ]


def test_a_contract_after_a_prose_title_is_not_part_of_it() -> None:
    job = job_in_sentence(
        "J'ai commencé ma carrière comme testeuse en alternance chez Sopra Steria à Toulouse "
        "(2016-2018)."
    )
    assert job is not None
    assert (job.title, job.organization) == ("testeuse", "Sopra Steria")
    field = job_in_sentence("Depuis 2020, je travaille comme ingénieur en apprentissage "
                            "automatique chez Criteo.")  # fmt: skip
    assert field is not None and field.title == "ingénieur en apprentissage automatique"


def test_the_employer_field_loses_its_postal_address() -> None:
    lines = [
        "Dates | Depuis mars 2020",
        "Fonction ou poste occupé | Responsable d'entrepôt",
        "Nom et adresse de l'employeur | Geodis Logistics, ZI Les Estroublans, 13127 Vitrolles",
        "Dates | Septembre 2014 - février 2020",
        "Fonction ou poste occupé | Chef d'équipe",
        "Nom et adresse de l'employeur | Carrefour Supply Chain, 13340 Rognac",
    ]
    jobs = labelled_jobs(lines)
    assert jobs is not None
    assert [j.organization for j in jobs] == ["Geodis Logistics", "Carrefour Supply Chain"]


def test_a_right_sidebar_beside_full_main_lines_stays_a_column() -> None:
    # The main column's long lines cross the middle of the gap beside its short ones (a
    # title, a date): the gutter is at the sidebar's edge.
    main = ["Léa Bernard", "Cheffe de projet digital", "A PROPOS",
            "Cinq ans a piloter des sites e-commerce dans la distribution, du cadrage",
            "a la mise en ligne, pour des enseignes de sport et de mode.",
            "EXPERIENCE", "Cheffe de projet digital", "Decathlon - Villeneuve-d'Ascq",
            "03/2020 - Aujourd'hui", "Pilotage de la refonte du tunnel de commande du site"]
    side = ["CONTACT", "07 52 88 13 40", "Roubaix", "COMPETENCES", "Google Analytics",
            "SEO / SEA", "Jira", "Figma", "LANGUES", "Anglais - C1"]  # fmt: skip
    page = column(15, 20, main, size=10, pitch=5.2)
    # the sidebar's lines stand beside the main column's short lines only, a little higher
    short = [y for (_, y, text, _) in page if len(text) < 40]
    page += [(157, y - 1.5, text, 9) for y, text in zip(short, side, strict=False)]
    text = "\n".join(line for line in pdf_text(draw([page])).splitlines() if line.strip())
    assert "\n".join(main) in text
    assert "\n".join(side[: len(short)]) in text


def test_a_wrapped_label_centred_on_a_one_line_value_is_read_with_it() -> None:
    """The old Europass: "Principales activités et" / "responsabilités" in the label column,
    its one-line value set level with neither line, between two one-line rows."""
    page: list[Placed] = [
        (15, 20, "Dates", 9), (70, 20, "Septembre 2014 - fevrier 2020", 9),
        (15, 26, "Fonction ou poste occupe", 9), (70, 26, "Chef d'equipe", 9),
        (15, 32.5, "Principales activites et", 9), (70, 34.8, "Planification des tournees", 9),
        (15, 37, "responsabilites", 9),
        (15, 43, "Nom et adresse de l'employeur", 9), (70, 43, "Carrefour Supply Chain", 9),
        (15, 49, "Type ou secteur d'activite", 9), (70, 49, "Grande distribution", 9),
    ]
    lines = [line for line in pdf_text(draw([page])).splitlines() if line.strip()]
    assert "Principales activites et responsabilites | Planification des tournees" in lines
    assert "Nom et adresse de l'employeur | Carrefour Supply Chain" in lines


def test_a_placement_and_its_field_is_the_title_under_the_employer_and_town() -> None:
    text = """Italcementi – Bergamo
Assistente marketing | marzo 2018 – agosto 2020
- Organizzazione di fiere ed eventi
Accademia Carrara – Bergamo
Stage comunicazione | 2017 (6 mesi)"""
    assert _jobs(text)[1] == ("Stage comunicazione", "Accademia Carrara", D(2017, 1, 1),
                              D(2017, 1, 1))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "years"),
    [("Mam pięć lat doświadczenia.", 5), ("Ich habe fünf Jahre Berufserfahrung.", 5),
     ("Od sześciu lat testuję aplikacje webowe i mobilne.", 6),
     ("Cinq ans à piloter des sites e-commerce dans la distribution.", 5),
     ("Tenho três anos de experiência.", 3)],
)  # fmt: skip
def test_number_words_written_with_accents_state_years(text: str, years: float) -> None:
    assert [s.years for s in find_stated_years(text)] == [years]


def test_years_in_a_town_are_no_experience() -> None:
    assert find_stated_years("5 ans à Paris, puis Lyon.") == []


def test_a_year_then_a_job_at_an_employer_is_a_job_within_that_year() -> None:
    text = """2017-2019 : Data Scientist chez Orange (Paris)
- Détection de la fraude sur les cartes prépayées
2016 : Stage de fin d'études – 6 mois chez Thales (Vélizy)
- Traitement du signal radar en MATLAB"""
    assert [(t, o, s, e) for t, o, s, e in _jobs(text)] == [
        ("Data Scientist", "Orange", D(2017, 1, 1), D(2019, 1, 1)),
        ("Stage de fin d'études", "Thales (Vélizy)", D(2016, 1, 1), D(2016, 1, 1)),
    ]
    assert find_range("2016 : Diplôme d'ingénieur, Centrale Nantes") is None
