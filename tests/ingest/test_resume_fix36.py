"""Résumé fields left by earlier rounds (issue 15, helper resumefix36)."""

from __future__ import annotations

from worldhire.ingest.resumes.entries import split_jobs
from worldhire.ingest.resumes.skill_lists import listed_names
from worldhire.ingest.shared.fields import find_phones


def test_an_identity_number_in_a_label_colon_value_row_is_no_phone() -> None:
    """Job-board exports set personal details as "Label | : | value" rows: the bar, the colon
    and the bar between "National Id No." and its number still label it an identity number."""
    text = (
        "Mobile No : 01822-190455\n"
        "National Id No. | : | 7301946285\n"
        "NIN | : | 52718394061\n"
    )
    assert find_phones(text) == ["01822-190455"]


def test_a_specialization_tables_header_cells_are_no_skills() -> None:
    """Job-board exports head the candidate's specialization table with "Fields of
    Specialization | Description": header words joined by "of" name no skill."""
    text = (
        "Fields of Specialization | Description\n"
        "Payroll, Sage 300 | Month-end payroll runs for 400 staff\n"
        "Area of Specialisation | Description\n"
    )
    assert [n.text for n in listed_names(text)] == ["Payroll", "Sage 300"]


def test_a_name_at_its_town_under_a_title_under_the_dates_is_the_employer() -> None:
    """Dates on a line of their own, the title, then the employer at its town with no legal
    form, its country in its name and its brand in brackets ("Univerexport Srbija (Roda market), Subotica"):
    the third line is the job's employer, as "Milšped d.o.o., Beograd" is."""
    lines = [
        "okt 2017. – mar. 2021.",
        "Prodavac – kasir",
        "Univerexport Srbija (Roda market), Subotica",
        "- Rad na kasi i prijem robe.",
        "05/2014 – 09/2017",
        "Delivery Driver",
        "Shoprite Checkers Hyper Stores, Durban",
        "- Delivered stock to 9 stores a day.",
    ]
    jobs = [(j.title, j.organization) for j in split_jobs(lines)]
    assert jobs == [
        ("Prodavac – kasir", "Univerexport Srbija (Roda market)"),
        ("Delivery Driver", "Shoprite Checkers Hyper Stores"),
    ]

