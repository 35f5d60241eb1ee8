"""Regressions from trial31a's trial of issue 15 as a user, with résumés in the forms the corpus
had least (an Indian IT-services CV by project, an academic CV, a Colombian hoja de vida, a
Filipino résumé, a pracuj.pl export, a GitHub profile README, a South African CV as RTF, a German
Lebenslauf)."""

from __future__ import annotations

import pytest

from worldhire.core.models import EvidenceKind
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.resumes.personal_labels import labelled_values
from worldhire.ingest.resumes.residence import place_in_line
from worldhire.ingest.shared.fields import find_phones
from worldhire.ingest.shared.spoken_languages import find_spoken_languages


@pytest.mark.parametrize(("surname", "given"), [
    ("Surname | Dube", "First names | Lindiwe Precious"),
    ("Last name: Dube", "First name: Lindiwe Precious"),
    ("Family name: Dube", "Given names: Lindiwe Precious"),
])
def test_an_english_surname_and_first_names_on_two_labelled_lines_are_one_name(
    surname: str, given: str
) -> None:
    lines = ["CURRICULUM VITAE", "PERSONAL DETAILS", surname, given, "ID number: 9102035800087"]
    assert labelled_values(lines)["name"] == "Dube Lindiwe Precious"


@pytest.mark.parametrize("line", [
    "ID number: 910203 5800 087", "ID Number | 9102035800087", "Identity number: 9102035800087",
])
def test_an_identity_number_is_no_phone(line: str) -> None:
    text = f"{line}\nCell: 082 555 0147\nE-mail: lindiwe@example.co.za"
    assert find_phones(text) == ["082 555 0147"]


def test_a_bracketed_level_after_the_last_of_a_comma_list_is_that_languages_own() -> None:
    found = find_spoken_languages("Other languages: English, isiZulu, Afrikaans (basic)", True)
    assert [(f.name, f.level) for f in found] == [
        ("English", None), ("Zulu", None), ("Afrikaans", "basic")
    ]


def test_a_level_after_names_joined_by_and_is_still_both_names() -> None:
    found = find_spoken_languages("I speak English and Swahili fluently.")
    assert [(f.name, f.level) for f in found] == [("English", "fluent"), ("Swahili", "fluent")]


def test_a_home_language_in_a_table_row_is_the_mother_tongue() -> None:
    text = "Nationality | South African\nHome language | Sesotho\nHealth | Excellent"
    assert [(f.name, f.level) for f in find_spoken_languages(text)] == [
        ("Southern Sotho", "native")
    ]


@pytest.mark.parametrize("row", ["Home language | Sesotho", "Home language: Sesotho"])
def test_a_home_language_among_personal_details_is_read_as_the_mother_tongue(row: str) -> None:
    text = ("CURRICULUM VITAE\nLerato Nkosi\nlerato.nkosi@example.co.za\n\nPERSONAL DETAILS\n"
            f"Nationality: South African\n{row}\nHealth: Excellent\n\nEMPLOYMENT HISTORY\n"
            "Cashier, Pick n Pay Soweto, 2019 - Present\n- Handled the till and cash-ups\n")
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    assert person.languages[:1] == ["Southern Sotho (native)"]


def test_a_german_number_with_its_area_code_before_a_slash_is_a_phone() -> None:
    text = "Telefon | 0621 / 437 20 95\nMobil | +49 (0)160 5531 284"
    assert sorted(find_phones(text)) == ["+49 (0)160 5531 284", "0621 / 437 20 95"]


def test_two_phones_split_by_a_slash_stay_two() -> None:
    assert find_phones("Cell: 072 555 9930 / 061 555 2084 (WhatsApp)") == [
        "072 555 9930", "061 555 2084"
    ]


@pytest.mark.parametrize("title", ["Company Nurse", "Company Driver", "Company Secretary"])
def test_a_title_that_opens_with_company_is_no_employer(title: str) -> None:
    text = (f"Maria Santos\nmaria@example.com\n\nWORK EXPERIENCE\n{title}\n"
            "Acme Foods Inc., Carmona, Cavite\nFeb. 2019 – July 2021\n- Kept the records\n")
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    assert [(e.title, e.organization) for e in person.evidence if e.kind is EvidenceKind.JOB] == [
        (title, "Acme Foods Inc")
    ]


@pytest.mark.parametrize("dated", [
    "Fecha: 03/2017 – 01/2021", "Period: Jan 2015 - Feb 2017", "Duties:",
])
def test_a_job_title_label_beside_the_jobs_dates_or_duties_is_no_headline(dated: str) -> None:
    """"Cargo: Analista Contable" over "Fecha: 03/2017 – 01/2021" is an old job's title,
    wherever the sections around it were read."""
    lines = ["MARÍA PÉREZ", "Correo: maria@example.com", "CLÍNICA DEL NORTE – Cali",
             "Cargo: Analista Contable", dated, "- Conciliaciones bancarias"]
    assert "headline" not in labelled_values(lines)


def test_a_title_label_among_personal_details_is_the_headline() -> None:
    lines = ["MARÍA PÉREZ", "Cargo: Contadora Pública", "Correo: maria@example.com",
             "Celular: 315 604 2219"]
    assert labelled_values(lines)["headline"] == "Contadora Pública"


@pytest.mark.parametrize(("line", "place"), [
    ("Blk 4 Lot 15, Mabuhay Homes, Brgy. Pulo, Cabuyao City, Laguna 4025",
     "Cabuyao City, Laguna"),
    ("Unit 7, 21 Acacia St., Brgy. Lahug, Cebu City 6000", "Brgy. Lahug, Cebu City"),
])
def test_a_postal_code_after_the_town_still_gives_the_address_its_town(
    line: str, place: str
) -> None:
    """A Filipino address ends with the province and its postal code; the town is the person's
    home, before any employer's town lower on the page."""
    found = place_in_line(line)
    assert found is not None and (found[0], found[1].country) == (place, "PH")
