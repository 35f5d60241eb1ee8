"""Names a skills list or a "Tools:" line states, in the person's words (issue 15)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.ingest.resumes.skill_lists import listed_concept, listed_names, tools_lines
from worldhire.skills.linker import default_linker
from worldhire.skills.taxonomy_cache import load_taxonomy


def _names(text: str) -> list[str]:
    return [n.text for n in listed_names(text)]


def test_levels_marks_and_years_are_no_part_of_a_name() -> None:
    assert _names("SAP Ariba • Sage 300 • MS Excel (advanced) • Tableau (basic)") == [
        "SAP Ariba", "Sage 300", "MS Excel", "Tableau"]
    assert _names("Comarch ERP Optima | zaawansowany") == ["Comarch ERP Optima"]
    assert _names("Hibernate / JPA | średnio zaawansowany | 5 lat") == ["Hibernate", "JPA"]
    assert _names("React ●●●●○") == ["React"]
    assert _names("JUnit (1 year), Merchandising (2 ans)") == ["JUnit", "Merchandising"]


def test_a_lines_category_and_a_tables_header_are_no_names() -> None:
    assert _names("Tin học văn phòng: Word, PowerPoint") == ["Word", "PowerPoint"]
    assert _names("Cloud | AWS (EC2, EKS), Azure (basic) | Expert") == [
        "AWS", "Azure", "EC2", "EKS"]
    assert _names("Umiejętność | Poziom") == []
    assert _names("Tools: Jira | TestRail") == ["Jira", "TestRail"]


def test_languages_licences_places_and_fine_print_are_no_names() -> None:
    assert _names("Inglés avanzado (C1), Excel") == []  # a spoken language's line
    assert _names("Permis de conduire: B, Führerschein Klasse B") == []
    assert _names("Dortmund, im Oktober 2025, TOEIC 650") == []
    assert _names("© European Union, 2002-2020 | europass.cedefop.europa.eu") == []


def test_a_saved_pages_count_of_the_lists_items_is_no_name() -> None:
    """A saved LinkedIn page ends its skills with a link that counts them."""
    assert _names("Node.js\nDocker\nShow all 23 skills") == ["Node.js", "Docker"]
    assert _names("Excel\nAfficher les 12 compétences") == ["Excel"]
    assert _names("Symfonia\nPokaż wszystkie umiejętności (15)") == ["Symfonia"]


def test_tools_lines_are_found_by_their_label() -> None:
    text = "Built the test framework.\nTOOLS: Jira | Postman\nHerramientas: Excel / SAP MM"
    assert [text[a:b] for a, b in tools_lines(text)] == [
        "TOOLS: Jira | Postman", "Herramientas: Excel / SAP MM"]


@given(st.text(max_size=200))
def test_listed_names_are_spans_of_the_text(text: str) -> None:
    for name in listed_names(text):
        assert text[name.start : name.end] == name.text


def test_a_listed_name_is_its_concept_or_the_tool_it_misspells() -> None:
    taxonomy = load_taxonomy()
    assert listed_concept("Excel", taxonomy) == "wh:excel"
    assert listed_concept("Exel", taxonomy) == "wh:excel"
    assert listed_concept("Pyhton", taxonomy) == "wh:python"
    assert listed_concept("Hoppscotch", taxonomy) is None
    assert listed_concept("Docker", taxonomy) == "wh:docker"


def test_names_a_skills_list_holds_that_the_taxonomy_lacks_stay_in_their_words() -> None:
    text = ("Wanjiru Njoroge\nwanjiru@example.co.ke\n\nSkills\n"
            "SAP Ariba • Sage 300 • Exel (advanced) • Tender evaluation\n\nHobbies: chess")
    candidate = parse_text_resume(text, "cv.txt")
    link_skills(default_linker(), candidate)
    by_id = {m.skill.id: m.skill.label for m in candidate.skills}
    assert by_id["text:sage-300"] == "Sage 300"
    assert by_id["text:tender-evaluation"] == "Tender evaluation"
    assert "wh:excel" in by_id
    assert not any(i.startswith("text:") and "chess" in i for i in by_id)
