"""The self-assessment grid of the old European CV format (issue 15): under "Altre lingue |
Inglese" come one row per use ("• Capacità di lettura | buono", "Writing skills | good"), in a
personal-skills section. The rows give the language above them its level; they are no skills."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worldhire.ingest.resumes.language_grids import (
    grid_row,
    language_above_grid,
    read_language_grids,
)
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.skills.linker import default_linker

_HEAD = ("Chiara Conti\nchiara.conti@example.it\n"
         "ESPERIENZA LAVORATIVA\n2019 – 2024 | Logistica Nord S.r.l. | Impiegata amministrativa\n")


def _read(text: str) -> tuple[set[str], list[str]]:
    resume = parse_text_resume(text, "cv.txt")
    link_skills(default_linker(), resume)
    return {mention.skill.label for mention in resume.skills}, list(resume.languages)


def test_a_grid_gives_the_language_above_it_the_level_its_rows_agree_on() -> None:
    skills, languages = _read(
        _HEAD + "CAPACITÀ E COMPETENZE PERSONALI\nMADRELINGUA | Italiano\n"
        "ALTRE LINGUE | Tedesco\n• Capacità di lettura | elementare\n"
        "• Capacità di scrittura | elementare\n• Capacità di espressione orale | elementare\n"
        "CAPACITÀ E COMPETENZE TECNICHE | Excel, SAP\n"
    )
    assert "German (basic)" in languages and "Italian (native)" in languages
    assert not {s for s in skills if "apacit" in s or "elementare" in s}
    assert "Microsoft Excel" in skills


@pytest.mark.parametrize(("above", "rows", "read"), [
    ("Francese", ("buono", "buono", "elementare"), "French (B2)"),  # most rows say good
    ("Francese", ("eccellente", "buono", "elementare"), "French"),  # no level most rows give
])
def test_a_language_alone_on_its_line_heads_the_grid_under_it(
    above: str, rows: tuple[str, str, str], read: str,
) -> None:
    skills, languages = _read(
        _HEAD + "CAPACITÀ E COMPETENZE PERSONALI\nMADRELINGUA | Italiano\n"
        "ALTRE LINGUE | Inglese\n• Capacità di lettura | ottimo\n• Capacità di scrittura | ottimo\n"
        "• Capacità di espressione orale | ottimo\n"
        f"{above}\n• Capacità di lettura | {rows[0]}\n• Capacità di scrittura | {rows[1]}\n"
        f"• Capacità di espressione orale | {rows[2]}\n"
    )
    assert read in languages and "English (fluent)" in languages
    assert not skills & {"Francese", "buono", "eccellente", "elementare", "ottimo"}


def test_an_english_grid_in_a_languages_section() -> None:
    _, languages = _read(
        "Andrei Popescu\nandrei.popescu@example.ro\n"
        "WORK EXPERIENCE\n2018 – 2023 | Dacia Logistic SRL | Warehouse operator\n"
        "LANGUAGES\nMother tongue: Romanian\nOther languages: English\n"
        "Reading skills: excellent\nWriting skills: good\nVerbal skills: good\n"
    )
    assert "English (B2)" in languages and "Romanian (native)" in languages


_LINES = st.lists(st.sampled_from([
    "Inglese", "ALTRE LINGUE | Francese", "• Capacità di lettura | buono", "Lesen: gut",
    "Writing skills: good", "Excel, SAP", "", "Reading skills: fluent in SQL and Python",
]), max_size=12)


@given(_LINES)
def test_a_grid_takes_its_name_line_and_rows_and_leaves_every_other_line(lines: list[str]) -> None:
    languages, rest = read_language_grids(lines)
    taken = Counter(lines) - Counter(rest)
    assert taken.total() >= 3 * len(languages)  # a name and at least two rows each
    assert all(grid_row(line) or language_above_grid(line) for line in taken)
    leftover = iter(lines)
    assert all(line in leftover for line in rest)  # the rest, in order
