"""Post errors left by postfix32 and trial31b (helper postfix33)."""

from __future__ import annotations

import io

import docx
from tests.ingest.post_reading import quotes, read_post

from worldhire.ingest.parse import parse_role_bytes


def _person_specification(rows: list[tuple[str, str, str, str]]) -> bytes:
    """A UK job description as Word: a few lines, then a person specification table."""
    document = docx.Document()
    for line in ["Job title: Payroll Administrator", "Organisation: Moorgate Care Homes",
                 "Location: Sheffield"]:
        document.add_paragraph(line)
    document.add_heading("Person specification", level=2)
    table = document.add_table(rows=len(rows) + 1, cols=4)
    for row, cells in zip(table.rows, [("Criteria", "Essential", "Desirable", "Assessed at"),
                                       *rows], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_person_specification_row_with_a_blank_first_cell_keeps_its_columns() -> None:
    # A row that goes on with the criterion above leaves its first cell blank; a row with no
    # desirable item leaves that cell blank: each cell stays under its column's name.
    role = parse_role_bytes(_person_specification([
        ("Qualifications", "CIPP Foundation Degree in Payroll", "CIPP Diploma", "Application"),
        ("Skills", "Working knowledge of Excel", "Knowledge of SQL", "Interview"),
        ("", "Experience of Xero", "", "Interview"),
        ("Other", "Right to work in the UK", "Experience with Tableau", "Application"),
    ]), "post.docx")
    assert {"excel", "xero"} <= quotes(role, must=True)
    assert {"sql", "tableau"} <= quotes(role, must=False)


def test_a_desirable_cell_that_also_says_what_is_not_required_stays_desirable() -> None:
    # "is not required" beside "Experience with": the cell says nothing is asked; the column
    # welcomes all it names
    role = parse_role_bytes(_person_specification([
        ("Qualifications", "CIPP Foundation Degree in Payroll", "CIPP Diploma", "Application"),
        ("Skills", "Working knowledge of Excel",
         "Experience with Tableau. Knowledge of Workday is not required – we will train you",
         "Interview"),
        ("Other", "Right to work in the UK", "", "Application"),
    ]), "post.docx")
    assert "tableau" in quotes(role, must=False)
    assert "tableau" not in quotes(role, must=True)


def test_sage_200_is_an_accounting_system_as_sage_50_is() -> None:
    role = read_post(
        "Accounts Assistant\nHolmfirth Building Supplies Ltd\nHuddersfield\n\n"
        "Requirements:\n- 2 years in a purchase ledger role\n- Experience of Sage 200 or Xero\n"
    )
    # (one requirement of two alternatives, as "Sage 50 or Xero" is)
    assert "sage 200 or xero" in quotes(role, must=True)


def test_an_awarding_body_s_qualification_at_a_level_is_a_requirement() -> None:
    role = read_post(
        "HR Advisor\nCalder Housing Association\nWakefield\n\n"
        "Requirements:\n- CIPD Level 5 or equivalent\n- Experience of Workday\n\n"
        "Desirable:\n- ILM Level 3 (or working towards it)\n"
    )
    assert "cipd level 5" in quotes(role, must=True)
    assert "ilm level 3" in quotes(role, must=False)


def test_an_everyday_word_offered_as_a_choice_beside_a_product_is_a_name() -> None:
    # "Outreach" is an everyday word, but offered instead of a product it names one
    role = read_post(
        "Sales Development Representative\nBrightlane Software\nLeeds\n\n"
        "Requirements:\n- 1 year of outbound prospecting\n- Experience with Outreach or Mixmax\n"
    )
    assert "outreach or mixmax" in quotes(role, must=True)


def test_a_known_tool_offered_beside_tools_the_taxonomy_lacks_keeps_its_own_words() -> None:
    # Tesseract is filed under OCR, which the post names too; Celery under Python: merged into
    # the concept, the choice lost a member
    role = read_post(
        "Document AI Engineer\nPagewise Labs\nRemote\n\n"
        "Requirements:\n- OCR experience\n- Python 3\n"
        "- OCR engines: Tesseract, Kraken or Calamari\n- task queues: Celery or Huey\n"
    )
    groups = [set(r.member_skills) for r in role.requirements if r.alternatives]
    assert {"Tesseract", "Kraken", "Calamari"} in groups
    assert {"Celery", "Huey"} in groups


def test_an_or_after_a_bracket_joins_the_name_before_the_bracket() -> None:
    # "(NumPy)" notes which part of Python; "or Julia" is offered instead of Python
    role = read_post(
        "Quantitative Analyst\nKestrel Capital\nWarsaw\n\n"
        "Requirements:\n- 3 years of time-series modelling\n- Python (NumPy) or Julia\n"
    )
    groups = [set(r.member_skills) for r in role.requirements if r.alternatives]
    assert groups == [{"Python", "Julia"}]


def test_languages_the_taxonomy_lacks_listed_with_an_or_are_one_choice() -> None:
    role = read_post(
        "Community Health Worker\nAfya Bora Clinics\nKisumu\n\n"
        "Requirements:\n- Certificate in community health\n\n"
        "Nice to have:\n- A local language (Luhya, Kalenjin or Maasai)\n"
    )
    groups = [set(r.member_skills) for r in role.requirements if r.alternatives]
    assert {"Luhya", "Kalenjin", "Maasai"} in groups


def test_a_welcome_in_a_bullet_of_a_list_with_no_heading_governs_only_its_words() -> None:
    # the bullets with no heading are what the post asks for; "is an advantage" welcomes the
    # languages after the comma, not the English before it
    role = read_post(
        "DELIVERY RIDERS NEEDED – Ibadan\n\nCompany: Okra Logistics Ltd\n\n"
        "✅ Min 1 year of dispatch riding\n"
        "✅ Good spoken English, Hausa or Pidgin is an advantage\n"
        "✅ Must have a valid rider's permit\n"
    )
    assert "english" in quotes(role, must=True)
    groups = [set(r.member_skills) for r in role.requirements if r.alternatives]
    assert groups == [{"Hausa", "Pidgin"}]
