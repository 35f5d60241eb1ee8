"""Regressions from a user's trial of issue 15 with résumés from France, Morocco and Central and
Eastern Europe (the `trial22b-a` corpus batch): German tabular rows, French employer-first lines
with the dates at the line's end, Polish prose, wrapped language lines and Europass grids."""

from __future__ import annotations

from datetime import date

from tests.ingest.conftest import job_rows, read_cv

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.prose import job_in_sentence
from worldhire.ingest.shared.pay import stated_pay
from worldhire.ingest.shared.sentences import sentences


def test_a_legal_forms_full_stop_ends_no_table_cells_head() -> None:
    person = read_cv(
        "Markus Brandt\nm.brandt@example.de\n\nBERUFSERFAHRUNG\n"
        "03/2019 – heute | Rohde & Schwarz GmbH & Co. KG, München – Senior Embedded Software "
        "Engineer\n"
        "Firmware für Messgeräte in C und C++ auf ARM Cortex-M, Treiber für SPI und I2C\n"
        "04/2013 – 09/2014 | Werkstudent Softwaretest, Siemens AG, Erlangen – "
        "Testautomatisierung mit Python und Jenkins\n"
    )
    assert job_rows(person)[0] == (
        "Senior Embedded Software Engineer", "Rohde & Schwarz GmbH & Co. KG", date(2019, 3, 1),
        None,
    )


def test_the_duties_after_a_tabular_rows_dash_open_the_jobs_evidence() -> None:
    # the lines as a PDF table's cells wrap them (the second row's dates beside its second line)
    person = read_cv(
        "Sabine Krüger\nsabine@example.de\n\nBERUFSERFAHRUNG\n"
        "seit 04/2019 | Speditionskauffrau, Kühne + Nagel (AG & Co.) KG, Bremen – Disposition\n"
        "von Seefracht- und Luftfrachtsendungen, Zollabwicklung mit ATLAS,\n"
        "Kundenbetreuung auf Englisch\n"
        "Ausbildung zur Kauffrau für Spedition und Logistikdienstleistung,\n"
        "08/2016 – 03/2019 | Dachser SE, Bremen – Tourenplanung, Lagerverwaltung im WMS,\n"
        "Gefahrgutabwicklung nach ADR\n"
    )
    jobs = [e for e in person.evidence if e.kind is EvidenceKind.JOB]
    assert [(e.title, e.organization) for e in jobs] == [
        ("Speditionskauffrau", "Kühne + Nagel (AG & Co.) KG"),
        ("Ausbildung zur Kauffrau für Spedition und Logistikdienstleistung", "Dachser SE"),
    ]
    assert jobs[0].text.startswith("Disposition von Seefracht-")
    assert jobs[1].text.startswith("Tourenplanung, Lagerverwaltung im WMS")


def test_an_employer_at_its_town_dated_at_the_lines_end_heads_the_title_below() -> None:
    person = read_cv(
        "Camille Roussel\ncamille@example.fr\n\nEXPÉRIENCES PROFESSIONNELLES\n\n"
        "Groupe SEB – Écully (69)\tDepuis mars 2021\n"
        "Gestionnaire de paie et administration du personnel\n"
        "- Paie de 450 salariés sur Silae, contrôle des variables et des absences\n\n"
        "Cabinet Fiducial Expertise, Villeurbanne\tsept. 2017 – févr. 2021\n"
        "Assistante paie\n"
        "- Paie de 25 dossiers clients TPE/PME sous Sage Paie\n\n"
        "Adecco (intérim), Lyon\t2015 – 2017\n"
        "Assistante RH – gestion administrative, contrats de travail, suivi des visites médicales\n"
    )
    assert job_rows(person) == [
        ("Gestionnaire de paie et administration du personnel", "Groupe SEB", date(2021, 3, 1),
         None),
        ("Assistante paie", "Cabinet Fiducial Expertise", date(2017, 9, 1), date(2021, 2, 1)),
        ("Assistante RH", "Adecco", date(2015, 1, 1), date(2017, 1, 1)),
    ]
    adecco = next(e for e in person.evidence if e.organization == "Adecco")
    assert adecco.text.startswith("gestion administrative")


def test_the_role_after_as_that_follows_the_employer_is_the_title_whatever_its_noun() -> None:
    told = [
        job_in_sentence(text) for text in (
            "Od 2021 pracuję w Raben Logistics Polska sp. z o.o. w Gądkach jako spedytorka "
            "krajowa i międzynarodowa.",
            "Seit 2021 arbeite ich bei der Siemens AG in München als Softwareentwicklerin.",
            "Since 2020 I work at Globex as a merchandiser.",
        )
    ]
    assert [(j.title, j.organization) for j in told if j is not None] == [
        ("spedytorka krajowa i międzynarodowa", "Raben Logistics Polska"),
        ("Softwareentwicklerin", "Siemens AG"),
        ("merchandiser", "Globex"),
    ]
    # "as part of" names no role
    part = job_in_sentence("I worked at Acme as part of the data team.")
    assert part is not None and part.title == ""


def test_a_summary_telling_the_career_in_paragraphs_is_read_whole() -> None:
    # the dated line "a od 2019 jako ..." continues a sentence begun on the line above
    person = read_cv(
        "Katarzyna Wójcik\nk.wojcik@example.pl\n\nO mnie\n\n"
        "Od 2021 pracuję w Raben Logistics Polska sp. z o.o. w Gądkach jako spedytorka krajowa i\n"
        "międzynarodowa. Planuję trasy dla floty ok. 40 ciągników i rozliczam frachty w TMS, a\n"
        "potem raportuję terminowość dostaw do centrali w Strykowie każdego tygodnia.\n\n"
        "Wcześniej, w latach 2017–2021, byłam zatrudniona w DSV Road sp. z o.o. w Poznaniu –\n"
        "najpierw jako młodsza specjalistka ds. obsługi klienta, a od 2019 jako koordynatorka\n"
        "transportu. Odpowiadałam za reklamacje, dokumenty CMR i kontakt z kierowcami.\n"
    )
    assert job_rows(person)[1:] == [
        ("młodsza specjalistka ds. obsługi klienta", "DSV Road", date(2017, 1, 1),
         date(2019, 1, 1)),
        ("koordynatorka transportu", "DSV Road", date(2019, 1, 1), date(2021, 1, 1)),
    ]


def test_about_and_category_abbreviations_end_no_sentence() -> None:
    found = sentences("Planuję trasy dla floty ok. 40 ciągników. Mam prawo jazdy kat. B i ADR.")
    assert [s.text for s in found] == [
        "Planuję trasy dla floty ok. 40 ciągników.", "Mam prawo jazdy kat. B i ADR."
    ]


def test_a_languages_line_wrapped_after_its_comma_keeps_its_last_language() -> None:
    person = read_cv(
        "Katarzyna Wójcik\nk.wojcik@example.pl\n\n"
        "Języki: angielski – B2 (swobodnie rozmawiam z przewoźnikami), niemiecki – podstawowy,\n"
        "rosyjski – komunikatywny.\n"
        "Oczekiwania finansowe: 8 500 zł brutto miesięcznie.\n"
    )
    assert person.languages == ["English (B2)", "German (basic)", "Russian (conversational)"]


def test_the_rows_of_a_europass_language_grid_are_languages() -> None:
    french = read_cv(
        "Youssef El Amrani\nyoussef@example.ma\n\nCOMPÉTENCES PERSONNELLES\n"
        "Langue(s) maternelle(s) | Arabe\n"
        "Autre(s) langue(s) | COMPRENDRE (Écouter / Lire) | PARLER | ÉCRIRE\n"
        "Français | C2 / C2 | C2 / C2 | C2\n"
        "Anglais | B2 / C1 | B2 / B2 | B2\n"
        "Compétences numériques | Python, SQL, Spark, Airflow\n"
    )
    assert french.languages == ["Arabic (native)", "French (C2)", "English (B2)"]
    english = read_cv(
        "Dmytro Bondarenko\ndmytro@example.com\n\nPERSONAL SKILLS\n"
        "Mother tongue(s) | Ukrainian\n"
        "Foreign language(s) | UNDERSTANDING (Listening / Reading) | SPEAKING | WRITING\n"
        "English | C1 / C1 | B2 / B2 | B2\n"
        "Job-related skills | Team leadership, test planning\n"
    )
    assert english.languages == ["Ukrainian (native)", "English (B2)"]


def test_a_count_told_before_the_pay_word_is_no_pay() -> None:
    found = stated_pay(
        "Gestionnaire de paie depuis 9 ans, je gère un portefeuille de 450 bulletins par mois. "
        "Prétentions : 38 K€ brut annuel.", "FR"
    )
    assert found is not None
    assert (found.currency, found.low, found.period) == ("EUR", 38000.0, "year")
