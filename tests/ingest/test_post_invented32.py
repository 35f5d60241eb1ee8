"""Must-haves a post does not ask for (issue 15, zero invented requirements), continued: words
beside a name read as names of their own, or as part of it."""

from __future__ import annotations

from tests.ingest.post_reading import must_skills, quotes, read_markdown_post, read_post


def test_the_statements_of_sql_in_brackets_are_no_requirements_of_their_own() -> None:
    role = read_post(
        "Agent de support niveau 2\n\nProfil recherché :\n- Maîtrise de Freshdesk\n"
        "- Notions de SQL pour retrouver une commande (SELECT, WHERE, GROUP BY)\n"
        "- Anglais courant\n"
    )
    named = {s.lower() for s in must_skills(role)}
    assert "sql" in named
    assert not {"select", "where", "group by"} & quotes(role, must=True)


def test_an_elided_article_joins_no_filler_word_to_the_name() -> None:
    role = read_post(
        "Développeur mobile\n\nCompétences :\n- Kotlin et Swift\n"
        "- Intégration d'API de cartographie (Mapbox, HERE)\n"
    )
    named = quotes(role, must=True)
    assert "api de cartographie" in named
    assert not any(q.startswith("intégration") for q in named)


def test_a_letter_after_a_name_makes_one_name_with_it() -> None:
    role = read_post(
        "Workforce Planner\n\nRequirements:\n- 2+ years in contact-centre workforce management\n"
        "- Staffing models with Erlang C and Excel\n"
    )
    named = {s.lower() for s in must_skills(role)}
    assert not {"c", "erlang"} & named
    assert "erlang c" in quotes(role, must=True)


def test_an_abbreviated_minimum_does_not_end_a_degree_in_running_text() -> None:
    role = read_post(
        "DICARI Analis Data untuk koperasi digital di Malang. Kualifikasi: pendidikan min. S1 "
        "Statistika/Matematika/Ilmu Komputer, pengalaman min. 2 tahun sebagai analis, menguasai "
        "SQL dan Excel. Kirim CV ke hr@contoh.example.id.\n"
    )
    named = {s.lower() for s in must_skills(role)}
    assert "sql" in named
    assert not {"statistics", "mathematics"} & named
    assert "statistika" not in quotes(role, must=True)


def test_an_accounting_package_named_after_sql_asks_for_no_sql() -> None:
    role = read_post(
        "Kerani Akaun\n\nKelayakan:\n- Diploma dalam Perakaunan\n"
        "- Biasa dengan SQL Accounting atau Excel\n- Boleh berbahasa Inggeris\n"
    )
    named = {s.lower() for s in must_skills(role)}
    assert "use accounting systems" in named
    assert "sql" not in named


def test_a_perk_budget_line_offers_the_tools_it_names() -> None:
    role = read_markdown_post(
        "# Data Engineer at Kivu Health\n\n**Can you write production SQL** and keep pipelines "
        "running?\n\n### The small print\n\n- Pay: USD 3,000 – 4,000 per month\n"
        "- Remote from anywhere in East Africa\n"
        "- Learning budget, a Slack workspace that stays quiet after six, and yearly offsites\n"
    )
    assert "SQL" in must_skills(role)
    assert "Agile methodologies" not in must_skills(role)
