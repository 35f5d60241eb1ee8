"""A capitalised word in brackets beside a known name ("(Kimball, slowly changing
dimensions)") is a name too, though the same word in lower case is an everyday one."""

from __future__ import annotations

from tests.ingest.post_reading import must_skills, read_post


def test_a_capitalised_word_beside_a_name_in_brackets_is_a_name() -> None:
    role = read_post(
        "Analytics Engineer\nCompany: Ventoria Data\n\nRequirements:\n"
        "- Warehouse design for finance teams (Kimball, slowly changing dimensions)\n"
    )
    assert "kimball" in {s.lower() for s in must_skills(role)}


def test_capitalised_words_in_brackets_with_no_name_beside_them_are_no_names() -> None:
    role = read_post(
        "Analytics Engineer\nCompany: Ventoria Data\n\nRequirements:\n"
        "- English (Fluent, Written)\n- SQL\n"
    )
    assert not {"fluent", "written"} & {s.lower() for s in must_skills(role)}
