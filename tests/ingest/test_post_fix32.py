"""Post errors left by postfix31 and trial31b (helper postfix32)."""

from __future__ import annotations

from tests.ingest.post_reading import quotes, read_post


def test_a_language_the_taxonomy_lacks_is_kept_in_a_list_of_languages() -> None:
    # "Pidgin is an advantage": the welcome after the last language is no part of its name
    role = read_post(
        "Delivery Rider\nOkra Logistics Ltd\nIbadan\n\n"
        "Requirements:\n- 1 year of dispatch riding\n"
        "- Good spoken English, Hausa or Pidgin is an advantage\n"
        "- Valid rider's permit\n"
    )
    # (one requirement of two alternatives, as "Excel or Google Sheets" is)
    assert {"hausa or pidgin", "pidgin"} <= quotes(role, must=False)


def test_a_language_name_alone_outside_a_list_of_languages_is_no_requirement() -> None:
    # "Filipino" names the people here, not a language the post asks for
    role = read_post(
        "Customer Care Agent\nBayside Contact Ltd\nCebu\n\n"
        "Requirements:\n- 1 year of call centre work\n- Filipino citizens only\n"
    )
    assert not any("filipino" in q for q in quotes(role, must=True) | quotes(role, must=False))


def test_an_english_field_label_is_not_mended_into_a_french_one() -> None:
    # "Contract:" is one letter from the French "Contrat:", and a label of its own
    role = read_post(
        "Payroll Assistant\nBrookfield Care Group\nSheffield\n\n"
        "Salary: £24,000 per annum\nContract: Fixed term, 12 months\n\n"
        "Requirements:\n- 1 year of payroll work\n- Sage Payroll\n"
    )
    assert "Contract: Fixed term" in role.description
    assert "Contrat" not in role.description
