"""Skills on résumés lost to their layout (issue 15, helper skills32)."""

from __future__ import annotations

from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.sections import split_sections

# A Europass grid as a PDF reader gives it: the cells wrap, the row labels come before their
# values, and the grid's footnote ends on the word "Languages" alone.
_EUROPASS_GRID = """Tomasz Wielgosz
tomasz.wielgosz@example.pl
WORK EXPERIENCE
03/2019–Present | Backend Developer
Nordlight Software, Gdańsk (Poland)
▪ Built payment services in Kotlin.
PERSONAL SKILLS
Mother tongue(s) Polish
English | C1 | C1 | C1 | C1 | C1
WRITING
Digital
competence
Driving licence
Common
European
Framework of
Reference for
Languages
Kotlin, Spring
Boot, Terraform,
MariaDB, Git,
Linux
B"""


def test_a_heading_word_that_ends_a_wrapped_line_opens_no_section() -> None:
    """"Reference for" / "Languages": the footnote's last word, wrapped onto a line of its own,
    is no heading; the digital-skills row after it is no list of languages."""
    split = split_sections(_EUROPASS_GRID)
    in_languages = [line for section in split.all("languages") for line in section.lines]
    assert not any("Terraform" in line for line in in_languages)
    candidate = parse_text_resume(_EUROPASS_GRID, "cv.pdf")
    assert any("Terraform" in item.text for item in candidate.evidence)
    assert candidate.languages == ["Polish (native)", "English (C1)"]


def test_a_heading_after_a_finished_line_still_opens_its_section() -> None:
    split = split_sections("Reference for Languages\nLanguages\nEnglish - C1\nGerman - B1")
    assert [s.key for s in split.sections] == ["languages"]
