"""A post's title without the remark or head count its writer adds in brackets, also where a
"Role:" field gives it; a company without the work mode a job board's card adds after it, and
written as the post writes it in mixed case where its heading shouts it."""

from __future__ import annotations

from tests.ingest.post_reading import read_markdown_post, read_post


def test_a_role_field_keeps_no_contract_remark_in_brackets() -> None:
    role = read_markdown_post(
        "**Role:** Data Platform Engineer (contract, 9 months, inside IR35)\n"
        "**Client:** Mossgate Energy, Bristol\n\n"
        "Mossgate Energy runs heat pumps for 4,000 homes and needs its meter data cleaned.\n\n"
        "**Must have**\n* Python\n* SQL\n"
    )
    assert role.title == "Data Platform Engineer"


def test_a_remark_in_lower_case_after_the_title_is_no_part_of_it() -> None:
    role = read_post(
        "*Opening* – Junior Accountant (freshers are welcome)\n"
        "Company: Tarakan Foods, Accra\n"
        "Skills: Excel, QuickBooks\n"
        "Send CV to jobs@tarakanfoods.example\n"
    )
    assert role.title == "Junior Accountant"


def test_a_head_count_after_the_title_is_no_part_of_it() -> None:
    role = read_post(
        "*LOWONGAN KERJA*\n*PT Sawit Data Mandiri* – Pekanbaru\n\n"
        "Posisi: *Data Analyst* (3 orang)\n\n"
        "*Kualifikasi:*\n1. Menguasai SQL\n2. Paham Power BI\n"
    )
    assert role.title == "Data Analyst"


def test_a_specialism_in_brackets_stays_in_the_title() -> None:
    role = read_post(
        "Mobile Developer (iOS)\nCompany: Lantern Pay\n\nRequirements:\n- Swift\n- SwiftUI\n"
    )
    assert role.title == "Mobile Developer (iOS)"


def test_platforms_in_brackets_stay_in_the_title() -> None:
    role = read_post(
        "Mobile Developer (iOS / Android)\nCompany: Lantern Pay\n\n"
        "Requirements:\n- Swift\n- Kotlin\n"
    )
    assert role.title == "Mobile Developer (iOS / Android)"


def test_the_work_mode_after_a_card_s_company_is_no_part_of_its_name() -> None:
    role = read_post(
        "Jobs > Data > BI Developer\nSave job   Share\n\n"
        "BI Developer\nMarrowfield Insights - Remote\nPosted 2 days ago · 12 applicants\n\n"
        "About the job\nMarrowfield helps farms price their grain. We need a BI developer.\n\n"
        "Requirements\n- Power BI\n- SQL\n"
    )
    assert role.company == "Marrowfield Insights"


def test_a_company_shouted_in_the_heading_is_written_as_the_post_writes_it() -> None:
    role = read_post(
        "DAILY HERALD, Monday, March 1, 2027          JOBS 12\n\n"
        "LAKESIDE VOCATIONAL COLLEGE\nBUGEMBE\nP.O. Box 3021, Jinja\n\n"
        "VACANCY ANNOUNCEMENT\n\n"
        "Lakeside Vocational College, Bugembe is a private college that trains 900 students in "
        "carpentry, tailoring and catering.\n\n"
        "POSITION: LIBRARIAN\n\n"
        "REQUIREMENTS\ni. A diploma in library science\nii. Computer literacy\n"
    )
    assert role.company == "Lakeside Vocational College"
