"""The field a post welcomes experience in ("ideally in insurance or aviation", "idéalement
dans le tourisme", "preferencialmente em agronegócio"): each field it names is a nice-to-have in
the post's words, however common the word."""

from __future__ import annotations

from tests.ingest.post_reading import must_skills, nice_skills, read_post


def _post(requirements: str) -> str:
    return f"Account Manager\nCompany: Ventoria Trade\n\nRequirements:\n{requirements}\n"


def test_the_fields_a_requirement_welcomes_are_nice_to_haves() -> None:
    role = read_post(
        _post(
            # (a page that wraps the line keeps the welcome's words from the last field)
            "- 4+ years of B2B sales in Excel-heavy teams, ideally in insurance, logistics or\n"
            "  aviation\n"
            "- Experience in payments or lending is a plus\n"
            "- Une expérience dans le tourisme ou la grande distribution serait un plus\n"
            "- Dois anos de contabilidade, preferencialmente em agronegócio\n"
        )
    )
    nice = {s.lower() for s in nice_skills(role)}
    assert {
        "insurance",
        "logistics",
        "aviation",
        "tourisme",
        "grande distribution",
        "agronegócio",
    } <= nice
    assert {"payments", "lending"} <= nice


def test_a_choice_of_fields_a_must_have_names_makes_no_must_have() -> None:
    # Fields a must-have item names without a welcome were read as must-haves no label held
    # (invented requirements), so only a welcome, or a section of nice-to-haves, makes one count.
    role = read_post(
        _post(
            "- Experience in retail or hospitality\n"
            "- 3 years of fieldwork in Excel, experience in wholesale or catering\n"
        )
    )
    must = {s.lower() for s in must_skills(role)}
    assert not must & {"retail", "hospitality", "wholesale", "catering"}


def test_a_place_a_person_or_a_clause_after_the_words_is_no_field() -> None:
    role = read_post(
        _post(
            "- Sales experience in the UAE\n"
            "- Fluent English, ideally in person at our Dubai office\n"
            "- Experience in building teams or leading them\n"
            # (two kinds of one ward after an article: "maternity" is no field of its own)
            "- 2 years of experience in a maternity or labour ward\n"
        )
    )
    words = {s.lower() for s in nice_skills(role) | must_skills(role)}
    assert not words & {"uae", "the uae", "person", "building teams", "leading them",
                        "maternity", "a maternity"}
