"""Résumés saved as web pages (.html/.htm), as résumé builders export them: the lines a browser
shows, words that only a style sheet sets apart kept apart, links kept."""

from __future__ import annotations

from datetime import date

from tests.ingest.conftest import job_rows, read_cv

from worldhire.ingest.html_text import html_content
from worldhire.ingest.parse import parse_resume_bytes
from worldhire.ingest.resumes.skill_lists import listed_names
from worldhire.ingest.sniff import sniff

PAGE = """<!doctype html><html><head><title>CV</title><style>.job b{display:block}</style></head>
<body><aside><h2>Contact</h2><p><a href="mailto:lerato.m@example.co.za">lerato.m@example.co.za</a>
<br><a href="https://github.com/lerato-m">github.com/lerato-m</a></p>
<h2>Skills</h2><div class="chips"><span>Python</span><span>Airflow</span><span>dbt</span></div>
</aside><main><h1>Lerato Mokoena</h1><h2>Experience</h2>
<div class="job"><b>Data Engineer — Takealot</b><span>Cape Town · 03/2021 – present</span>
<ul><li>Moved 40 nightly jobs from cron to Airflow.</li></ul></div></main></body></html>"""


def test_words_a_style_sheet_sets_apart_stay_apart_and_links_are_kept() -> None:
    text, links = html_content(PAGE)
    lines = text.splitlines()
    assert {"Python", "Airflow", "dbt"} <= set(lines)  # chips, not "PythonAirflowdbt"
    assert "Data Engineer — Takealot" in lines
    assert links == ["mailto:lerato.m@example.co.za", "https://github.com/lerato-m"]


def test_a_resume_saved_as_a_web_page_is_read() -> None:
    data = PAGE.encode()
    assert sniff(data, "lerato.html") == sniff(data, "lerato.htm") == "html"
    [person] = parse_resume_bytes(data, "lerato.html")
    assert (person.name, person.email) == ("Lerato Mokoena", "lerato.m@example.co.za")
    assert "https://github.com/lerato-m" in person.links
    jobs = [(e.title, e.organization, e.start) for e in person.evidence if e.kind.value == "job"]
    assert [(title, org) for title, org, _ in jobs] == [("Data Engineer", "Takealot")]


def test_a_page_saved_by_word_under_a_doc_name_is_read_as_a_page() -> None:
    """Word's "Save as Web Page" kept the name résumé.doc: it was refused as no Word file."""
    word_page = b'<html xmlns:o="urn:schemas-microsoft-com:office:office">' + PAGE.encode()[15:]
    assert sniff(word_page, "resume.doc") == sniff(PAGE.encode(), "resume.txt") == "html"


SAVED_PROFILE = """<!DOCTYPE html><html><head><title>Kwame Mensah | Profile</title></head><body>
<nav><ul><li><a href="/jobs/">Jobs</a></li><li><a href="/messaging/">Messaging</a></li></ul></nav>
<main><h1>Kwame Mensah</h1><p>Accra, Ghana · kwame.mensah@example.com.gh</p>
<h2>Experience</h2><h3>Payroll Officer at Kasapreko Company Limited</h3>
<p>June 2021 - Present | Accra, Ghana</p><ul><li>Run the monthly payroll for 300 staff.</li></ul>
<h2>Target Job</h2><ul><li><b>Target Job Title:</b> Payroll Manager</li>
<li><b>Career Level:</b> Mid Career</li></ul></main>
<aside><h2>People also viewed</h2>
<ul><li><b>Ama Owusu</b><div>HR Business Partner at MTN Ghana</div></li>
<li><b>Yaw Boateng</b><div>Finance Manager at Ecobank Ghana</div></li></ul>
<h3>Recommended Jobs</h3>
<ul><li><a href="#">Payroll Supervisor</a><p>Fan Milk Ghana - Accra</p></li>
<li><a href="#">Senior Accountant</a><p>Tullow Oil - Takoradi</p></li></ul></aside>
<footer><p>Copyright © 2008 - 2026 Jobsite Ltd.</p></footer></body></html>"""


def test_a_saved_pages_panels_of_other_people_and_offered_jobs_are_no_jobs_of_the_person() -> None:
    # A profile or CV page saved from a job board or LinkedIn keeps the site's side panels:
    # other people's titles and employers, jobs offered and the job sought are not worked.
    [person] = parse_resume_bytes(SAVED_PROFILE.encode(), "profile.html")
    jobs = [(e.title, e.organization) for e in person.evidence if e.kind.value == "job"]
    assert jobs == [("Payroll Officer", "Kasapreko Company Limited")]


def test_text_only_a_screen_reader_gets_is_not_read_twice() -> None:
    # A saved profile page writes each line twice, once shown and once in an element a style
    # sheet hides from sight for screen readers ("visually-hidden", "sr-only"); a browser shows
    # it once, and read twice it made one job two.
    page = (
        '<html><body><h1>Nomvula Dlamini</h1><h2><span aria-hidden="true">Experience</span>'
        '<span class="visually-hidden">Experience</span></h2><ul><li><div class="entry">'
        '<div><span aria-hidden="true">Payroll Clerk</span><span class="visually-hidden">'
        'Payroll Clerk</span></div><div><span aria-hidden="true">Shoprite Checkers · Full-time'
        '</span><span class="sr-only">Shoprite Checkers · Full-time</span></div><div><span>'
        'Jan 2019 - Present</span><span hidden>Jan 2019 - Present</span></div></div></li></ul>'
        "</body></html>"
    )
    lines = [line for line in html_content(page)[0].splitlines() if line.strip()]
    assert lines == ["# Nomvula Dlamini", "## Experience", "Payroll Clerk",
                     "Shoprite Checkers · Full-time", "Jan 2019 - Present"]


def test_a_hidden_element_left_open_or_void_hides_nothing_after_it() -> None:
    page = ('<html><body><p class="sr-only">Skip to content<img hidden src="x.png">'
            "<h1>Thabo Nkosi</h1><p>Warehouse supervisor in Germiston</p></body></html>")
    assert "Warehouse supervisor in Germiston" in html_content(page)[0]


def test_a_pages_copyright_notice_is_no_job() -> None:
    # A saved page's footer keeps the site's notice, whose years read as a job's dates.
    person = read_cv(
        "Kofi Asante\nkofi.asante@example.com.gh\n\nExperience\nStores Officer, Ghana Cocoa "
        "Board, Tema\nMay 2020 - Present\n- Kept the stock ledger for three warehouses.\n\n"
        "Preferences\nPreferred shift: days\nCopyright © 2001 - 2026 Jobberman Ghana Ltd. All "
        "rights reserved.\n"
    )
    assert [title for title, *_ in job_rows(person)] == ["Stores Officer"]


# A profile saved from LinkedIn: each entry's lines are spans in a flex column (the source's
# line breaks between them are all a browser would otherwise show), one employer holds two
# roles, and a skill's endorsement count follows its name with no space.
GROUPED_ROLES = """<html><body><main><h1>Wanjiru Kamau</h1>
<section id="experience"><h2><span aria-hidden="true">Experience</span></h2><ul>
<li><div class="display-flex flex-column">
<span class="t-bold"><span aria-hidden="true">Safaricom PLC</span></span>
<span class="t-14"><span aria-hidden="true">Full-time · 4 yrs 3 mos</span></span>
<span class="t-14"><span aria-hidden="true">Nairobi, Kenya · On-site</span></span>
<ul><li><span class="t-bold"><span aria-hidden="true">Senior Credit Analyst</span></span>
<span class="t-14"><span aria-hidden="true">Mar 2023 - Present · 2 yrs 10 mos</span></span>
<div><span aria-hidden="true">Scored M-Shwari loan applicants with SQL and Python.</span></div></li>
<li><span class="t-bold"><span aria-hidden="true">Credit Analyst</span></span>
<span class="t-14"><span aria-hidden="true">Oct 2021 - Feb 2023 · 1 yr 5 mos</span></span>
<div><span aria-hidden="true">Built the weekly arrears reports in Power BI.</span></div></li>
</ul></div></li>
<li><div class="display-flex flex-column">
<span class="t-bold"><span aria-hidden="true">Risk Analyst</span></span>
<span class="t-14"><span aria-hidden="true">Equity Bank Kenya · Full-time</span></span>
<span class="t-14"><span aria-hidden="true">Jun 2018 - Sep 2021 · 3 yrs 4 mos</span></span>
</div></li></ul></section>
<section id="skills"><h2>Skills</h2><ul>
<li><span class="t-bold">Credit Risk (Retail)</span><span>8 endorsements</span></li>
</ul></section></main></body></html>"""


def test_a_saved_profiles_grouped_roles_keep_their_employer_and_lines() -> None:
    lines = [line for line in html_content(GROUPED_ROLES)[0].splitlines() if line.strip()]
    assert lines[2:5] == ["Safaricom PLC", "Full-time · 4 yrs 3 mos", "Nairobi, Kenya · On-site"]
    assert "Equity Bank Kenya · Full-time" in lines
    assert "- Credit Risk (Retail)" in lines  # not "Credit Risk (Retail)8 endorsements"
    [person] = parse_resume_bytes(GROUPED_ROLES.encode(), "profile.html")
    assert [(title, org, start) for title, org, start, _ in job_rows(person)] == [
        ("Senior Credit Analyst", "Safaricom PLC", date(2023, 3, 1)),
        ("Credit Analyst", "Safaricom PLC", date(2021, 10, 1)),
        ("Risk Analyst", "Equity Bank Kenya", date(2018, 6, 1)),
    ]


def test_a_saved_profiles_endorsement_counts_are_no_skills() -> None:
    # Set apart from the skill they follow, the counts read as names of a skills list.
    text = "- Credit Risk (Retail)\n8 endorsements\n- Loan Origination\n12 endorsements\n"
    assert [n.text for n in listed_names(text)] == ["Credit Risk", "Retail", "Loan Origination"]
