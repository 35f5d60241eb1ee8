"""Regressions from helper trial36b's trial of issue 15 with job posts as people write them: a
Malaysian board's post in English and Bahasa Malaysia, a Freelancer.com project, a Ukrainian
aggregator card, a newspaper vacancy pasted from its PDF (invented sentences, not the corpus
documents)."""

from __future__ import annotations

from tests.ingest.post_reading import must_skills, nice_skills, read_post

from worldhire.ingest.posts.detection import looks_like_post


def test_a_post_whose_headings_are_in_two_languages_is_a_post() -> None:
    post = (
        "Sales Coordinator\nTeguh Niaga Sdn Bhd\nPenang · Full-Time\n\n"
        "Tanggungjawab / Responsibilities\n• Prepare quotations for dealers\n"
        "• Follow up on unpaid invoices\n\n"
        "Kelayakan / Requirements\n• Diploma in any field\n• Boleh guna Excel\n\n"
        "Faedah / Benefits\n• EPF, SOCSO\n"
    )
    assert looks_like_post(post)


def test_ukrainian_not_mandatory_said_as_an_adjective_asks_for_nothing() -> None:
    role = read_post(
        "Python Developer\nТОВ «Зелений Код»\n\nНаші очікування:\n"
        "• досвід роботи з Python від 2 років;\n"
        "• досвід з Terraform не обов'язковий — навчимо;\n"
        "• знання Docker не обов’язкове.\n"
    )
    assert "Python" in must_skills(role)
    asked = must_skills(role) | nice_skills(role)
    assert "Terraform" not in asked and "Docker" not in asked


def test_malay_welcomes_make_nice_to_haves() -> None:
    role = read_post(
        "Account Executive\nTeguh Niaga Sdn Bhd\n\nKelayakan / Requirements\n"
        "• Sekurang-kurangnya 2 tahun pengalaman dalam akaun\n• Mahir menggunakan Excel\n"
        "• Pengalaman dengan SQL Account adalah satu kelebihan\n"
        "• Boleh bertutur dalam Mandarin merupakan kelebihan\n"
        "• Pengetahuan Python akan diberi keutamaan\n"
    )
    assert "Microsoft Excel" in must_skills(role)
    assert {"Chinese", "Python"} <= nice_skills(role)
    assert not {"Chinese", "Python"} & must_skills(role)


def test_a_freelance_project_s_head_line_above_its_budget_is_the_title() -> None:
    role = read_post(
        "Scrape and clean supplier price lists into one catalogue\n"
        "Budget $15 - $25 USD / hour\nBids: 14\n\nProject Details\n"
        "We are Wattle Supplies, a hardware wholesaler. We need a data engineer to pull 40 "
        "supplier price lists into one catalogue every week.\n\n"
        "Must haves:\n- Python\n- pandas\n"
    )
    assert role.title == "Scrape and clean supplier price lists into one catalogue"


def test_we_are_after_a_greeting_names_the_company() -> None:
    role = read_post(
        "Scrape and clean supplier price lists into one catalogue\n"
        "Budget $15 - $25 USD / hour\nBids: 14\n\nProject Details\n"
        "Hi freelancers, we are Wattle Supplies, a hardware wholesaler in Perth. We need a "
        "data engineer to pull 40 supplier price lists into one catalogue every week.\n\n"
        "Must haves:\n- Python\n- pandas\n"
    )
    assert role.company == "Wattle Supplies"


def test_a_newspaper_s_running_head_above_an_advert_is_not_the_company() -> None:
    role = read_post(
        "DAILY MONITOR, Tuesday, March 3, 2026                 JOBS 27\n\n"
        "MBALE HILLSIDE SECONDARY SCHOOL\n\nVACANCY ANNOUNCEMENT\n\n"
        "POSITION: ACCOUNTS ASSISTANT\n\nREQUIREMENTS\ni. A diploma in accounting.\n"
        "ii. Working knowledge of QuickBooks.\n\nClosing date: Friday 20th March 2026\n"
    )
    assert role.company == "MBALE HILLSIDE SECONDARY SCHOOL"


def test_a_postal_address_under_the_employer_is_not_the_company() -> None:
    role = read_post(
        "KIGEZI HIGHLANDS DAIRY COOPERATIVE\nP.O. Box 408, Kabale\n\nVACANCY\n\n"
        "POSITION: STORES ASSISTANT\n\nREQUIREMENTS\ni. A diploma in procurement.\n"
        "ii. Working knowledge of Excel.\n"
    )
    assert role.company == "KIGEZI HIGHLANDS DAIRY COOPERATIVE"
