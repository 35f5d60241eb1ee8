"""Job posts as recruiters and companies paste them: a recruiter's e-mail, a hiring post with
emoji, bullet soup from a job board, a Naukri paragraph of fields, an ATS page or its HTML are
recognised as posts, and their title and company are read without the words around them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.html_text import html_to_text, looks_like_html, readable_text
from worldhire.ingest.parse import parse_role_bytes
from worldhire.ingest.posts.detection import looks_like_post
from worldhire.ingest.service import looks_like_role

RECRUITER_EMAIL = """Dear Candidate,

Good day. We have an exciting opening for a DevOps Engineer with our client, a fintech in Lagos.

Position: DevOps Engineer
Company: Adire Ledger Ltd (client of Harmattan Talent)
Experience: Minimum of 4 years

Key requirements:
1. Proficiency in AWS and Terraform
2. Hands-on experience with Docker and Kubernetes

Remuneration: N900,000 - N1,200,000 net monthly
Interested and qualified candidates should send their CV to jobs@harmattan.example.
"""

SOCIAL_POST = """\U0001f680 We're hiring! \U0001f680

Tidewater Forge (YC W25) is looking for a Founding ML Engineer to help us build eval tooling.

\u2705 4+ yrs shipping ML to production
\u2705 Python + PyTorch

\U0001f4b0 $140k\u2013$180k + equity
#hiring #MachineLearning
"""

JOB_BOARD_BULLETS = """Customer Success Manager
Lindqvist Software
Posted 3 days ago \u00b7 Over 200 applicants

- 3+ years in customer success for a B2B SaaS product
- HubSpot or Salesforce
- Zendesk a plus
- Candidates in Mexico, Colombia or Peru
"""

NAUKRI_PARAGRAPH = (
    "Job Title: Java Full Stack Developer Company: Vindhya Infotech Solutions Location: Pune "
    "(Work from office) Exp: 3-5 yrs Mandatory Skills: Core Java, Spring Boot, Angular, MySQL. "
    "Good to have: Docker, Jenkins. CTC: 12-18 LPA. Notice Period: 0-15 days only.\n"
)

LEVER_HTML = """<div class="posting-headline"><h2>Senior Backend Engineer (Go)</h2>
<div class="location">Lagos, Nigeria &middot; Remote (Africa)</div></div>
<h3>About Kolanut Pay</h3>
<p>Kolanut Pay processes card payments for 30,000 merchants.</p>
<h3>Requirements</h3>
<ul><li>5+ years of backend development, at least 2 in Go</li><li>PostgreSQL and Redis</li></ul>
<h3>Nice to have</h3>
<ul><li>Kubernetes</li></ul>
<p>Candidates must be resident in Nigeria, Ghana or Kenya. We do not sponsor work permits.</p>
"""

# A LinkedIn post pasted with its author block: name with the connection's degree, headline,
# age of the post. The author's job and name are neither the role nor the company.
LINKEDIN_AUTHOR_POST = """Tomasz Wierzbicki \u2022 3rd+
CTO @ Brzask Robotics | hiring in Poland
1w \u2022 Edited \u2022 \U0001f30e

We're hiring a Perception Engineer to make our warehouse robots see pallets in the dark.

\u2705 ROS 2 and C++
\u2705 3+ years of computer vision in production

#hiring #robotics
"""

ITALIAN_SOCIAL_POST = """Chiara Benvenuti (She/Her)
Talent Partner @ Ormeggio Data
5 giorni fa

Siamo alla ricerca di un/una Machine Learning Engineer nel nostro team di Torino \U0001f680

Cosa cerchiamo:
- 3 anni di esperienza con Python e PyTorch
- inglese fluente

#lavoro #ML
"""


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        (RECRUITER_EMAIL, "DevOps Engineer", "Adire Ledger Ltd"),
        (LINKEDIN_AUTHOR_POST, "Perception Engineer", "Brzask Robotics"),
        (ITALIAN_SOCIAL_POST, "Machine Learning Engineer", "Ormeggio Data"),
        (SOCIAL_POST, "Founding ML Engineer", "Tidewater Forge"),
        (JOB_BOARD_BULLETS, "Customer Success Manager", "Lindqvist Software"),
        (NAUKRI_PARAGRAPH, "Java Full Stack Developer", "Vindhya Infotech Solutions"),
        (LEVER_HTML, "Senior Backend Engineer (Go)", "Kolanut Pay"),
    ],
    ids=["recruiter-email", "linkedin-author", "italian-social", "social", "job-board-bullets",
         "naukri-paragraph", "lever-html"],
)
def test_pasted_posts_are_roles_with_their_title_and_company(
    text: str, title: str, company: str
) -> None:
    data = text.encode()
    assert looks_like_role(data, "post.txt")
    role = parse_role_bytes(data, "post.txt")
    assert (role.title, role.company) == (title, company)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("# Senior DevOps Engineer (m/w/d)", "Senior DevOps Engineer"),
        ("# Data Scientist Confirmé·e (H/F)", "Data Scientist Confirmé·e"),
        ("# Python Developer (AI/LLM)", "Python Developer (AI/LLM)"),  # not a gender mark
        ("# [HCM] Senior Java Developer – Lương đến 3.000 USD", "Senior Java Developer"),
        ("OFFRE D'EMPLOI – Développeur Mobile Flutter (Senior)",
         "Développeur Mobile Flutter (Senior)"),
        ("VACANCY: ACCOUNTANT", "Accountant"),
        ("DIBUTUHKAN SEGERA Data Analyst untuk startup agritech di Bandung", "Data Analyst"),
        ("**Pelican Commerce** — Analytics Engineer (remote, Africa)", "Analytics Engineer"),
    ],
)
def test_a_title_loses_the_words_that_announce_or_place_it(head: str, title: str) -> None:
    text = f"{head}\n\nRequirements:\n- Python and SQL\n- 3+ years\n\nWe offer a salary.\n"
    assert parse_role_bytes(text.encode(), "post.md").title == title


def test_a_greeting_a_subject_line_or_a_work_mode_is_never_the_company() -> None:
    text = (
        "Subject: Spannende Position als Data Engineer (w/m/d) in Zürich\n\n"
        "Grüezi Herr Keller\n\n"
        "Gesucht wird ein Data Engineer (w/m/d) mit:\n- Spark und Python\n- SQL\n\n"
        "Das Salär liegt bei CHF 120'000 pro Jahr.\n"
    )
    role = parse_role_bytes(text.encode(), "mail.txt")
    assert role.title == "Data Engineer"
    assert role.company == ""
    remote_head = (
        "Machine Learning Engineer, Search\nRemote - Europe\nEngineering – Search / Full-time\n\n"
        "**About us**\n\nQuillbrook is the marketplace where readers sell used books.\n\n"
        "**You have**\n\n- Python\n- 3+ years\n"
    )
    assert parse_role_bytes(remote_head.encode(), "ats.md").company == "Quillbrook"


def test_a_company_is_read_from_a_hiring_sentence_or_a_legal_form_line() -> None:
    social = "we're hiring a senior frontend eng at Driftwood\n\n- React + TypeScript\n#hiring\n"
    assert parse_role_bytes(social.encode(), "x.txt").company == "Driftwood"
    polish = (
        "Python Developer (AI/LLM)\nWiślany Kod Sp. z o.o.\nKraków / Zdalnie\n\n"
        "Wymagania:\n• Python\n• PostgreSQL\n\nMile widziane:\n• Terraform\n"
    )
    assert parse_role_bytes(polish.encode(), "p.txt").company == "Wiślany Kod Sp. z o.o."


def test_a_resume_that_states_its_notice_period_and_right_to_work_is_no_post() -> None:
    resume = (
        "Amara Okafor\namara@example.com · +44 7700 900123\n\nWork experience\n"
        "Data Engineer, Ledgerline, 2021 – present\n- I built the pipelines in PySpark.\n\n"
        "Education\nBSc Computer Science, 2019\n\nNotice period: 1 month. Right to work: UK.\n"
    )
    assert not looks_like_post(resume)


def test_html_is_read_as_the_lines_a_page_shows() -> None:
    text = html_to_text(LEVER_HTML)
    assert "<" not in text and "&middot;" not in text
    assert "### Requirements" in text
    assert "- PostgreSQL and Redis" in text
    assert "Lagos, Nigeria · Remote (Africa)" in text


def test_plain_text_that_mentions_a_tag_stays_as_it_is() -> None:
    text = "I wrote the <ul> and <li> templates.\nR&D lead, 2020 - 2023\n"
    assert not looks_like_html(text)
    assert readable_text(text) == text
    assert readable_text("Tom &amp; Jerry") == "Tom & Jerry"


@given(st.text(alphabet=st.characters(blacklist_characters="<>&"), max_size=300))
def test_text_without_markup_is_never_changed(text: str) -> None:
    assert readable_text(text) == text


@given(st.lists(st.text(alphabet="abcdefghij XYZ", min_size=1, max_size=20), min_size=1,
                max_size=8))  # fmt: skip
def test_every_list_item_of_a_page_becomes_a_bullet(items: list[str]) -> None:
    page = "<h3>Requirements</h3><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul><p>x</p>"
    lines = html_to_text(page).splitlines()
    bullets = [line for line in lines if line.startswith("- ") or line == "-"]
    assert len(bullets) == len(items)


CHAT_POST = """Hey folks, we're growing the data team at Quipu (fintech, Mexico City + remote).

Looking for a Senior Data Engineer who's done this before: you've owned batch and streaming \
pipelines in production, you're strong in Python and SQL, and you've run dbt at scale on \
Snowflake or BigQuery.

Details:
- Remote, but you need to be in LATAM
- USD 5,500-7,000 per month
"""


def test_a_chat_post_s_title_and_requirements_are_in_its_sentences() -> None:
    role = parse_role_bytes(CHAT_POST.encode(), "post.txt")
    assert role.title == "Senior Data Engineer"
    musts = {s for r in role.requirements if r.must for s in r.member_skills}
    assert {"Python", "SQL", "dbt", "Snowflake", "BigQuery"} <= musts
