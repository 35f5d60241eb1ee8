"""Regressions from helper trial33b's trial of issue 15 with job posts as people write them on
the boards of Bangladesh, Nigeria, Egypt, the Philippines, Romania and Thailand and on remote
boards (invented sentences, not the corpus documents)."""

from __future__ import annotations

from tests.ingest.post_reading import must_skills, quotes, read_post


def test_training_the_employer_offers_for_a_tool_it_does_not_require_is_no_requirement() -> None:
    role = read_post(
        "Cerințe\n- Minim 3 ani experiență în contabilitate\n- Cunoștințe de Excel\n"
        "- Nu e necesară experiența cu Saga, oferim instruire\n\n"
        "Requirements\n- Good command of MS Excel\n"
        "- Oracle NetSuite knowledge not required, training will be provided\n"
    )
    must = quotes(role, must=True)
    assert {"oferim instruire", "training will be provided"}.isdisjoint(must)
    assert "netsuite" not in " ".join(must)
    assert "excel" in must


def test_a_thai_no_need_denies_what_it_names() -> None:
    role = read_post(
        "Sales Coordinator\n\nคุณสมบัติ\n- ใช้ Excel และ PowerPoint ได้ดี\n"
        "- ไม่จำเป็นต้องมีประสบการณ์ SAP\n- ไม่ต้องมีประสบการณ์ Salesforce มีสอนงานให้\n"
    )
    must = quotes(role, must=True)
    assert {"sap", "salesforce"}.isdisjoint(must)
    assert {"excel", "powerpoint"} <= must


_BDJOBS_STYLE = (
    "Officer - Accounts\nRiverbank Textiles Ltd.\n\n"
    "Job Context\nRiverbank Textiles runs its mills on Oracle EBS and its shops on Odoo.\n\n"
    "Job Responsibilities\n- Maintain books of accounts in Tally ERP 9\n\n"
    "Educational Requirements\n- Bachelor of Commerce (BCom) in Accounting\n"
    "- ACCA (Affiliate) / CMA (Inter) will get preference\n\n"
    "Experience Requirements\n- 2 to 4 years\n\n"
    "Additional Requirements\n- Good command over MS Excel\n- Knowledge of IFRS\n\n"
    "Compensation & Other Benefits\n- Lunch Facilities: Partially Subsidize\n"
    "- Festival Bonus: 2\n\nRead Before Apply\nSend your CV through the Apply Online button.\n"
)


def test_a_bdjobs_post_s_education_asks_for_no_skill_and_its_context_is_the_company() -> None:
    role = read_post(_BDJOBS_STYLE)
    assert {"affiliate", "inter", "acca", "cma"}.isdisjoint(quotes(role, must=True))
    assert {"oracle ebs", "odoo", "tally erp 9"}.isdisjoint(quotes(role, must=True))
    assert {"ms excel", "ifrs"} <= quotes(role, must=True)


def test_an_egyptian_post_s_arabic_headings_and_welcome() -> None:
    role = read_post(
        "محاسب - Accountant\nDelta Foods Co.\n\n"
        "عن الشركة\nبنستخدم نظام Odoo في الحسابات.\n\n"
        "الوصف الوظيفي\n- إعداد التسويات البنكية على Oracle\n\n"
        "Job Requirements\n- إجادة استخدام Excel\n- معرفة ببرنامج QuickBooks ميزة إضافية\n\n"
        "المزايا\n- تأمين طبي\n- وجبة غدا\n"
    )
    assert {"odoo", "oracle", "وجبة غدا", "quickbooks"}.isdisjoint(quotes(role, must=True))
    assert "quickbooks" in quotes(role, must=False)
    assert "excel" in quotes(role, must=True)


def test_a_city_written_in_a_script_without_capitals_places_the_post() -> None:
    egypt = read_post(
        "محاسب - Accountant\nDelta Foods Co.\nالزقازيق، الشرقية، مصر\n\n"
        "Job Requirements\n- إجادة استخدام Excel\n"
    )
    thailand = read_post(
        "Sales Coordinator\nบริษัท สยามแพ็ค จำกัด\nสมุทรปราการ (บางพลี)\n\n"
        "คุณสมบัติ\n- ใช้ Excel ได้ดี\n"
    )
    assert (egypt.company_country, egypt.timezone) == ("EG", "Africa/Cairo")
    assert (thailand.company_country, thailand.timezone) == ("TH", "Asia/Bangkok")


def test_an_age_range_and_the_business_areas_of_experience_ask_for_no_skill() -> None:
    role = read_post(
        "Executive - Sales\nRiverbank Textiles Ltd.\n\nAdditional Requirements\n"
        "- Age 24 to 32 years\n- Aged between 25 and 35\n"
        "- The applicants should have experience in the following business area(s): "
        "Garments/Textile, Buying House (Knit)\n- Good command over MS Excel\n"
    )
    must = quotes(role, must=True)
    assert {"age", "aged", "garments", "textile", "buying house", "knit"}.isdisjoint(must)
    assert "ms excel" in must


def test_a_remote_board_s_category_line_is_not_the_company() -> None:
    role = read_post(
        "Working Nomads\n\nSenior Data Engineer\nQuillbrook\n"
        "Development · Full-time · Posted 2 days ago\n\n"
        "About Quillbrook\nQuillbrook builds billing software for clinics.\n\n"
        "You have\n- Strong Python and SQL\n"
    )
    assert role.company == "Quillbrook"


def test_a_thai_company_with_its_legal_form_under_the_title_is_the_company() -> None:
    role = read_post(
        "jobsDB\n\nAccount Executive\nบริษัท สยามแพ็ค จำกัด\nกรุงเทพมหานคร (บางนา)\n"
        "งานประจำ (Full time)\n\nคุณสมบัติ\n- ใช้ Excel ได้ดี\n"
    )
    assert role.company == "บริษัท สยามแพ็ค จำกัด"


def test_a_nationality_before_based_applicants_only_restricts_to_its_country() -> None:
    role = read_post(
        "Virtual Assistant\nCedarline LLC\n\nRequirements:\n- Experience with Zendesk\n\n"
        "Please note: this role is for Philippine-based applicants only.\n"
    )
    assert role.allowed_countries == ["PH"]


def test_the_countries_an_employer_of_record_hires_in_are_the_allowed_ones() -> None:
    role = read_post(
        "Data Engineer\nMarrowfield\n\nYou have\n- Strong Python and SQL\n\n"
        "We can hire as a contractor or through our EOR (Deel) in: Brazil, Chile, "
        "Portugal, Spain. We can't sponsor visas.\n"
    )
    assert sorted(role.allowed_countries) == ["BR", "CL", "ES", "PT"]


def test_a_senior_executive_heading_is_the_title_over_a_hiring_sentence() -> None:
    role = read_post(
        "Senior Executive - Human Resources\nRiverbank Textiles Ltd.\n\nJob Context\n"
        "We are looking for an experienced HR professional for our Head Office.\n\n"
        "Additional Requirements\n- Good command over MS Excel\n"
    )
    assert role.title == "Senior Executive - Human Resources"


def test_thai_years_of_experience_are_the_minimum_and_an_age_is_not() -> None:
    role = read_post(
        "Sales Coordinator\nบริษัท สยามแพ็ค จำกัด\n\nคุณสมบัติ\n- อายุ 25-35 ปี\n"
        "- มีประสบการณ์ B2B Sales อย่างน้อย 3 ปี\n- ใช้ Excel ได้ดี\n"
    )
    assert role.min_years == 3


def test_years_asked_before_a_comma_are_no_part_of_the_welcome_after_it() -> None:
    role = read_post(
        "Support Assistant\nCedarline LLC\n\nRequirements:\n"
        "- At least 2 yrs customer service experiance, retail is a big plus\n"
        "- Experience with Zendesk\n"
    )
    assert "customer service" in quotes(role, must=True)
    assert role.min_years == 2


def test_english_said_as_an_egyptian_adjective_is_the_language_asked_for() -> None:
    role = read_post(
        "محاسب - Accountant\nDelta Foods Co.\n\nJob Requirements\n- إجادة استخدام Excel\n"
        "- إنجليزي متوسط\n"
    )
    assert "إنجليزي متوسط" not in quotes(role, must=True)
    assert "English" in must_skills(role)


def test_an_arabic_residence_in_named_towns_restricts_to_their_country() -> None:
    role = read_post(
        "محاسب - Accountant\nDelta Foods Co.\n\nJob Requirements\n- إجادة استخدام Excel\n"
        "- السكن في المنصورة أو طنطا\n"
    )
    assert role.allowed_countries == ["EG"]


def test_a_bonus_among_the_benefits_is_a_perk_not_a_welcome() -> None:
    role = read_post(
        "Officer - Accounts\nRiverbank Textiles Ltd.\n\nAdditional Requirements\n"
        "- Good command over MS Excel\n\nCompensation & Other Benefits\n"
        "- Salary Review: Yearly\n- Festival Bonus: 2\n- Performance Bonus: Quarterly\n"
    )
    assert quotes(role, must=False) == set()


def test_experience_asked_after_a_degree_s_related_field_is_asked_for() -> None:
    role = read_post(
        "Data Analyst\nOakridge Bank\n\nRequirements\nCandidates should possess a B.Sc in "
        "Statistics, Economics or a related field with at least 3 years of experience in data "
        "analysis, ideally in a bank. The ideal candidate must be very good at SQL.\n"
    )
    assert "data analysis" in quotes(role, must=True)
    assert "economics" not in quotes(role, must=True)
    assert role.min_years == 3
