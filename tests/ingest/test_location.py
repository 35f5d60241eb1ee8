"""Where a résumé says the person lives (issue 15 dev misses): LinkedIn exports, town
abbreviations, local labels, more cities, and zone abbreviations that mean something else."""

from __future__ import annotations

import pytest

from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.shared.geo import resolve_place
from worldhire.ingest.shared.hours import stated_timezone


@pytest.mark.parametrize(
    ("written", "country", "zone"),
    [
        ("м. Львів", "UA", "Europe/Kyiv"),
        ("Харків → Ужгород", "UA", "Europe/Kyiv"),
        ("Bruxelles", "BE", "Europe/Brussels"),
        ("Frankfurt am Main, Rhein-Main; 80 % remote", "DE", "Europe/Berlin"),
        ("Walsall, West Midlands", "GB", "Europe/London"),
        ("Villeurbanne (69)", "FR", "Europe/Paris"),
        ("Phường Tân Định, TP. Bến Cát, tỉnh Bình Dương", "VN", "Asia/Ho_Chi_Minh"),
    ],
)
def test_places_as_written(written: str, country: str, zone: str) -> None:
    place = resolve_place(written)
    assert place is not None and (place.country, place.timezone) == (country, zone)


@pytest.mark.parametrize(
    ("written", "country", "zone"),
    [
        # the district and ward abbreviated, a postcode and no city or country
        ("12 Lê Lợi, P.4, Q. Gò Vấp, 71409", "VN", "Asia/Ho_Chi_Minh"),
        # a division named with its kind after it
        ("Ruaka, Kiambu County", "KE", "Africa/Nairobi"),
        ("Kalamassery, Ernakulam District", "IN", "Asia/Kolkata"),
    ],
)
def test_an_address_with_a_town_of_its_own_country_only(
    written: str, country: str, zone: str
) -> None:
    place = resolve_place(written, bare_town=True)
    assert place is not None and (place.country, place.timezone) == (country, zone)


def test_an_email_domain_is_not_a_country() -> None:
    """An e-mail wrapped in a PDF sidebar left "com" on a line: not Comoros."""
    assert resolve_place("com") is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # LinkedIn's PDF: the sidebar first, the place under the name and headline
        ("Contact\n+91 90000 12345 (Mobile)\nsai@example.\ncom\n\nTop Skills\nLangChain\n"
         "Python\nDocker\nKubernetes\nAzure\nSQL\nGit\nLinux\nFastAPI\n\nSai Teja Reddy\n"
         "GenAI Engineer at Deloitte\nHyderabad, Telangana, India\n\nSummary\nI build LLM apps.",
         "IN"),
        ("TRẦN MINH KHOA\nKỹ sư Machine Learning\nTP. Hồ Chí Minh | 0903 482 115 | k@example.com",
         "VN"),
        ("AMINA WANJIRU\nSupport Analyst\nRuaka, Kiambu County\namina@example.co.ke | 0711 000 111",
         "KE"),
        ("NGUYỄN THU TRANG\nKế toán\n0912 345 678 | 88 Cộng Hòa, P.4, Q. Tân Bình, 72106", "VN"),
        ("Candidat 0932 – Senior Data Scientist\nLocație: Cluj-Napoca (deschis la remote)\n"
         "EXPERIENȚĂ\n2021 – prezent · Lead Data Scientist · bancă", "RO"),
    ],
)
def test_the_place_of_a_resume(text: str, country: str) -> None:
    assert parse_text_resume(text, "cv.txt").country == country


def test_a_bracketed_abbreviation_of_another_country_is_not_the_zone() -> None:
    """ "R$ 22.000 por mês (CLT)" in Recife is a Brazilian labour contract, not Chile's time."""
    assert stated_timezone("Salary expectation: R$ 22.000 por mês (CLT)", "BR") is None
    zone = stated_timezone("Lagos, Nigeria (WAT)", "NG")
    assert zone is not None and zone.zone == "Africa/Lagos"


def test_a_linkedin_name_block_after_the_sidebar() -> None:
    """LinkedIn's PDF: name, headline and place come after the sidebar's contact and skills."""
    sidebar = "Contact\nbruno@example.com\n\nTop Skills\n" + "\n".join(
        ["Apache Spark", "Airflow", "BigQuery", "dbt", "Kafka", "Python", "SQL", "Scala", "GCP",
         "AWS", "Terraform", "Docker", "Kubernetes", "Looker", "Git"]
    )
    text = (f"{sidebar}\n\nLanguages\nPortuguese (Native or Bilingual)\n\nBruno Alves\n\n"
            "Senior Data Engineer at Nubank\nSão Paulo, São Paulo, Brazil\n\nSummary\n"
            "Data engineer since 2016.\n")
    person = parse_text_resume(text, "Profile.pdf")
    assert (person.name, person.country) == ("Bruno Alves", "BR")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Joy Wanjiru Kamau\njoy.kamau@example.com\n\nI'm a data engineer from Kenya with six "
         "years of Spark and Airflow behind me.", "KE"),
        ("Rafael Souza\nrafael@example.com\n\nOriginally from Brazil, I have built fraud models "
         "at Nubank since 2021.", "BR"),
    ],
)
def test_where_a_prose_resume_says_the_person_is_from(text: str, country: str) -> None:
    assert parse_text_resume(text, "cv.txt").country == country


def test_a_sentence_from_a_company_or_a_year_names_no_country() -> None:
    text = ("Ana Lima\nana@example.com\n\nI am a data scientist, moving from finance to "
            "health care since 2020.")
    assert parse_text_resume(text, "cv.txt").country is None


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ('MARIA CRISTINA "TIN" DELA CRUZ\ntin@example.ph', "Maria Cristina Dela Cruz"),
        ("OLUWASEUN ADEBAYO-WILLIAMS\nseun@example.ng", "Oluwaseun Adebayo-Williams"),
        ("SIOBHAN O'BRIEN\nsiobhan@example.ie", "Siobhan O'Brien"),
        ("Nguyễn Văn An (Andy)\nandy.nguyen@example.vn", "Nguyễn Văn An"),
    ],
)
def test_a_name_line_without_its_nickname_and_with_each_part_capitalised(
    head: str, name: str
) -> None:
    text = f"{head}\n\nEXPERIENCE\nData Analyst, Globe Telecom, 2019 - 2023\n"
    assert parse_text_resume(text, "cv.txt").name == name


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Venkata Sai Krishna\nMobile: +91-9849012345\nE-mail: vsk@example.in\n\nSUMMARY\n"
         "3 years of NLP work.", "IN"),
        ("Giulia Conti\nCell. +39 347 123 4567\ngiulia@example.it\n\nESPERIENZA\nData Analyst",
         "IT"),
        ("Bagus Wicaksono\n📍 Yogyakarta · ✉️ bagus@example.id · 📱 +62 838 6621 0497\n\n"
         "PENGALAMAN\nAI Engineer", "ID"),
    ],
)
def test_a_pictograph_before_the_place_or_only_the_phones_calling_code(
    text: str, country: str
) -> None:
    assert parse_text_resume(text, "cv.txt").country == country


@pytest.mark.parametrize("phone", ["+1 (415) 555-0187", "+7 701 555 12 34", "0803 456 7812"])
def test_a_calling_code_countries_share_or_a_national_number_names_no_country(
    phone: str
) -> None:
    text = f"Ana Lima\n{phone}\nana@example.com\n\nEXPERIENCE\nData Analyst, 2019 - 2023\n"
    assert parse_text_resume(text, "cv.txt").country is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("كريم سامي\nمهندس برمجيات\nالعنوان: ٧ شارع التحرير، الدقي، الجيزة، مصر\n"
         "karim.sami@example.com | 0122 555 7788\n\nالخبرات العملية\n"
         "مارس ٢٠٢١ – حتى الآن: مهندس برمجيات، شركة فوري\nتطوير خدمات الدفع باستخدام Java و Spring",
         "EG"),
        ("ليلى حداد\nمحاسبة\nالعنوان | جبل عمان، عمّان، الأردن\nleila.h@example.com\n\n"
         "الخبرة العملية\nيناير ٢٠١٩ – حالياً: محاسبة، شركة أرامكس\nإعداد القوائم المالية على SAP",
         "JO"),
    ],
)
def test_the_place_of_a_resume_in_arabic(text: str, country: str) -> None:
    assert parse_text_resume(text, "cv.txt").country == country
