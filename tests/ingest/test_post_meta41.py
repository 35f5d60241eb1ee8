"""A job post's title, company, countries and hours where last round left them wrong (helper
postmeta41)."""

from __future__ import annotations

from tests.ingest.post_reading import read_post


def test_qualified_people_of_a_country_restrict_the_post_to_it() -> None:
    """A vacancy notice inviting "suitably qualified Rwandans" takes no one else."""
    role = read_post(
        "VACANCY ANNOUNCEMENT\nKivu Lakeside Academy invites applications from suitably "
        "qualified\nRwandans to fill the following position:\n\nPOSITION: LIBRARIAN\n\n"
        "Requirements\n- Diploma in library science\n- Koha\n"
    )
    assert role.allowed_countries == ["RW"]


def test_a_place_list_after_where_the_candidates_are_is_read_whole() -> None:
    """Read "розглядаємо кандидатів, які перебувають в Україні або Молдові" whole: both, the
    second one past the reach of the remote word before it."""
    role = read_post(
        "Аналітик даних\n\nВимоги:\n- SQL\n- Python\n\nУмови:\n"
        "• повністю віддалена робота, розглядаємо кандидатів, які перебувають в Україні або "
        "Молдові;\n"
    )
    assert sorted(role.allowed_countries) == ["MD", "UA"]


def test_a_subject_offering_several_roles_leaves_the_title_to_the_bodys_role_line() -> None:
    """A recruiter's subject names one role among "other open roles"; the line heading the
    spec under "THE ROLE FOR YOU" is the title, whatever kind that heading reads as."""
    role = read_post(
        "From: Lerato Dube <lerato@umhlaba.example>\nTo: Ayanda Khumalo\n"
        "Subject: Roles at Umhlaba Search – BI Analyst (Durban) + more openings\n\n"
        "Hi Ayanda,\n\nHere is the spec for the BI Analyst role we spoke about.\n\n"
        "*** THE ROLE FOR YOU ***\nBI Analyst (Senior) – Durban\n"
        "Client: a national retailer\nHybrid – 2 days in office\n\n"
        "What they need:\n- Power BI\n- SQL\n"
    )
    assert role.title == "BI Analyst (Senior)"
