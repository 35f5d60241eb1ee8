"""Post fields left by postfix33, trial33b and invented33 (helper postfix36)."""

from __future__ import annotations

from tests.ingest.post_reading import read_post

from worldhire.ingest.posts.role import RoleSpec


def test_a_subject_naming_several_roles_gives_way_to_the_role_line_of_the_body() -> None:
    # the subject names the openings the e-mail offers; the body names the one it is about,
    # with a remark after a dash that is no part of the title
    role = read_post(
        "From: Ama Boateng <ama@wardstaff.example>\nTo: Kofi Mensah\n"
        "Subject: Theatre and recovery nurse roles in Leeds – 3 openings\n\n"
        "Dear Kofi,\n\n"
        "I am a recruiter at Wardstaff and I am working on a few roles with a hospital trust "
        "near Leeds, and I thought of you straight away.\n\n"
        "1) Scrub Nurse – Main Theatres (Band 5) – the one I would put you forward for\n"
        "- Permanent, full time, onsite\n"
        "- You'd need: NMC registration and 1 year of theatre experience\n\n"
        "Kind regards,\nAma\n"
    )
    assert role.title == "Scrub Nurse – Main Theatres (Band 5)"


def _groups(role: RoleSpec) -> list[set[str]]:
    return [set(r.member_skills) for r in role.requirements if r.alternatives]


def test_a_help_desk_the_taxonomy_lacks_before_a_choice_of_help_desks_is_one_of_them() -> None:
    role = read_post(
        "Customer Support Assistant\nPinecrest Goods LLC\n\n"
        "Requirements:\n- 1 year answering customer e-mails\n"
        "- Experience with Kustomer, Zendesk or Freshdesk\n"
    )
    assert {"Kustomer", "Zendesk", "Freshdesk"} in _groups(role)


def test_thai_and_arabic_or_offer_a_choice() -> None:
    thai = read_post(
        "Sales Executive\nบริษัท สยามเทรด จำกัด\n\nคุณสมบัติ\n- ใช้ Salesforce หรือ HubSpot ได้\n"
    )
    arabic = read_post(
        "Data Analyst\nDelta Foods Co.\n\nالمتطلبات\n- إجادة Power BI أو Tableau\n"
    )
    assert {"Salesforce", "HubSpot"} in _groups(thai)
    assert {"Power BI", "Tableau"} in _groups(arabic)


def test_a_higher_national_diploma_is_no_place() -> None:
    # "HND" is also Honduras's three-letter code: a qualification names no zone
    role = read_post(
        "Accounts Officer\nBrightway Foods Ltd\n\nRequirements:\n- HND in Accounting\n"
        "- 2 years of experience in a busy accounts office\n"
    )
    assert role.timezone == "UTC"
    assert role.company_country is None


def test_a_posted_by_line_naming_a_firm_with_its_legal_form_names_the_company() -> None:
    role = read_post(
        "Bookkeeping Virtual Assistant\n"
        "Posted by: Maplewood Crafts LLC  ·  Verified employer\n\n"
        "Job Overview\nHi! We're Maplewood, a small family shop in Oregon selling candles.\n\n"
        "Requirements:\n- 2 years of bookkeeping\n- QuickBooks Online\n"
    )
    assert role.company == "Maplewood Crafts LLC"


def test_a_person_posting_the_job_is_no_company() -> None:
    role = read_post(
        "Bookkeeping Virtual Assistant\nPosted by: Dana Whitfield\n\n"
        "Hi! We're Maplewood Crafts, a small family shop in Oregon selling candles.\n\n"
        "Requirements:\n- 2 years of bookkeeping\n- QuickBooks Online\n"
    )
    assert role.company != "Dana Whitfield"
