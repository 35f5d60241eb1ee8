"""Job posts pasted with their page (issue 15): a board's logo, menu, category line and list of
other jobs, a forum's channel line, a gig marketplace's client panel, an application form's
questions, and the company facts around a post (offices, divisions, privacy notices, ways of
employing people) that say nothing of where the hire may live."""

from __future__ import annotations

import pytest
from tests.ingest.post_reading import read_post

from worldhire.core.geo.regions import named_regions
from worldhire.core.models import RemotePolicy
from worldhire.ingest.posts.allowed import allowed_countries_in, allowed_countries_of
from worldhire.ingest.posts.detection import looks_like_post
from worldhire.ingest.posts.fields import PostPay, pay_in, remote_policy_of, visa_in
from worldhire.ingest.posts.places import countries_in

BOARD_PAGE = """We Work Remotely
Remote Jobs   Top Remote Companies   Post a Job - $299

Harrowgate Dental Cloud
Toronto, Canada
View company profile

Senior Support Engineer
Full-Time
Anywhere in the World

Harrowgate Dental Cloud is software for 2,000 dental clinics. We're hiring a Senior Support
Engineer to handle the hardest tickets.

You have:
- 4+ years in technical support for a SaaS product
- SQL and Zendesk

Similar jobs
Senior Backend Engineer · Remote · Latin America
Support Lead · Remote · Europe
"""


def test_a_board_s_logo_menu_and_list_of_other_jobs_are_no_part_of_the_post() -> None:
    role = read_post(BOARD_PAGE)
    assert role.title == "Senior Support Engineer"
    assert role.company == "Harrowgate Dental Cloud"
    assert role.allowed_countries == []  # the other jobs' regions restrict nothing


def test_a_forum_post_s_channel_line_and_a_business_named_in_prose() -> None:
    role = read_post(
        "r/forhire\nPosted by u/fennel_ops · 3h\n\n"
        "[HIRING] Python dev for data pipelines, $30-40/hr, remote\n\n"
        "I run a small consultancy called Fennel Analytics and need help with Airflow jobs.\n"
        "What I need:\n- Python\n- Airflow\n\nDM me with your rate."
    )
    assert role.title == "Python dev for data pipelines"
    assert role.company == "Fennel Analytics"


def test_a_gig_page_s_client_panel_is_no_employer_nor_budget() -> None:
    role = read_post(
        "Upwork   Find Work   My Jobs   Reports   Messages\n\n"
        "Need a Tableau expert to rebuild our sales dashboard\nPosted 2 hours ago\nWorldwide\n\n"
        "We are a distributor of garden tools. We need one dashboard for the owners.\n"
        "Must have solid Tableau and SQL experience.\n\n"
        "Hourly: $30.00 - $50.00\nProject Type: One-time project\n\n"
        "About the client\nPayment method verified\nUnited States\n$52K total spent\n"
        "$31.20 /hr avg hourly rate paid\n\nSubmit a Proposal"
    )
    assert role.title.startswith("Need a Tableau expert")
    assert not role.company
    assert role.budget is not None and (role.budget.low, role.budget.high) == (30, 50)
    assert role.allowed_countries == []


def test_a_staffing_board_s_unnamed_client_has_no_company() -> None:
    role = read_post(
        "Senior Go Developer\nRemote   Full-time\n\n"
        "A U.S.-based company that is building software for dental labs is looking for a Senior "
        "Go Developer.\n\nJob Requirements:\n- 5+ years of Go\n- PostgreSQL\n\n"
        "Talentor Networks, Inc., 100 Market Street, San Francisco, CA"
    )
    assert not role.company


@pytest.mark.parametrize(
    "sentence",
    [
        "We employ people in the US and Canada directly and hire everyone else as contractors.",
        "Applicants in the EU: see our GDPR privacy notice.",
        "California residents: see our CCPA Notice at Collection for Job Applicants.",
        "Also check out remote jobs in Europe, US, Canada...",
        "Our team works remotely across Europe.",
        "Your manager is based in London.",
    ],
)
def test_company_facts_and_page_links_restrict_nobody(sentence: str) -> None:
    assert allowed_countries_of([sentence]) == []


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("Applications from outside Nigeria will not be considered.", ["NG"]),
        ("Must be a U.S. person as defined by ITAR.", ["US"]),
        ("Only Kenyan residents will be considered.", ["KE"]),
        ("Warganegara Malaysia sahaja", ["MY"]),
        ("This position is open to residents of Ontario and British Columbia.", ["CA"]),
        ("You will join our team remotely from anywhere in the Americas.", None),
    ],
)
def test_restrictions_said_in_new_ways(sentence: str, countries: list[str] | None) -> None:
    expected = countries if countries is not None else sorted(named_regions()["AMERICAS"])
    assert sorted(allowed_countries_in(sentence)) == sorted(expected)


def test_a_country_s_name_inside_a_state_or_province_names_the_division() -> None:
    assert countries_in("Vancouver, British Columbia") == []
    assert countries_in("Albuquerque, New Mexico") == []
    assert countries_in("Bogotá, Colombia") == ["CO"]


def test_a_remote_cue_s_reach_ends_on_a_whole_word() -> None:
    # The cut "Serviç" of "Serviços" is one edit from "Sérvia".
    line = "São Paulo, Brasil · Mais de 100 candidaturas Remoto Tempo integral Pleno-sênior 501"
    assert allowed_countries_in(f"{line}-1.000 funcionários · Serviços financeiros") == []


def test_an_application_form_s_question_states_no_visa_policy() -> None:
    assert visa_in("Will you now or in the future require visa sponsorship? * Yes No") is None
    assert visa_in("We are unable to sponsor visas for this role.") is False


def test_a_posted_date_above_the_work_mode_is_no_hybrid_week() -> None:
    role = read_post(
        "Senior Flutter Developer\nRaqmi Soft - Nasr City, Cairo, Egypt\nPosted 4 days ago\n"
        "Full Time   On-site\n\nJob Requirements\n- 4+ years of Flutter and Dart\n- Firebase"
    )
    assert role.remote_policy is RemotePolicy.ONSITE


def test_rupees_and_legal_forms_of_south_asia() -> None:
    role = read_post(
        "Senior Accountant\nMehran Cotton Mills (Pvt.) Limited\nMultan, Pakistan\n\n"
        "Requirements:\n- ACCA finalist\n- SAP FICO\n\nSalary: Rs. 150,000 - 190,000 per month"
    )
    assert role.company == "Mehran Cotton Mills (Pvt.) Limited"
    assert role.budget is not None and role.budget.currency == "PKR"
    nepal = read_post(
        "QA Engineer\nHimal Soft Pvt. Ltd.\nKathmandu, Nepal\n\nRequirements:\n- Selenium\n"
        "- Cypress\n\nOffered Salary : NRs. 90,000 - 120,000 Monthly"
    )
    assert nepal.budget is not None and nepal.budget.currency == "NPR"


def test_ringgit_and_a_malay_office_line() -> None:
    assert pay_in("RM 3,500 – RM 4,500 sebulan") == PostPay(
        "MYR", 3500.0, 4500.0, "month", None, "RM 3,500 – RM 4,500 sebulan"
    )
    assert remote_policy_of("Waktu kerja: 8.30 pagi – 5.30 petang (bekerja di pejabat)") is (
        RemotePolicy.ONSITE
    )


def test_malay_and_thai_posts_are_posts() -> None:
    assert looks_like_post(
        "Eksekutif Akaun\nSyarikat Bintang Timur Sdn. Bhd.\n\nTanggungjawab:\n• Penyesuaian bank\n"
        "\nKelayakan:\n• Diploma dalam bidang Perakaunan\n• Mahir AutoCount\n\n"
        "Faedah: KWSP, PERKESO"
    )
    assert looks_like_post(
        "Data Analyst\nบริษัท ตัวอย่าง จำกัด\n\nรายละเอียดงาน\n1. วิเคราะห์ข้อมูลยอดขาย\n\n"
        "คุณสมบัติ\n1. ใช้ SQL และ Power BI ได้ดี\n\nสวัสดิการ\n- ประกันสังคม\n\nสมัครงาน"
    )
