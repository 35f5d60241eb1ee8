"""Regressions from a user's trial of issue 15 with résumés whose layout is the difficulty (the
`trial24a-a` corpus batch): Canva and sidebar PDFs, Word tables and text boxes, LinkedIn,
Europass and naukri exports from South Asia and Africa."""

from __future__ import annotations

from worldhire.core.models import Candidate
from worldhire.ingest.extract.cleanup import record_lines
from worldhire.ingest.parse import parse_resume_bytes


def _read(text: str) -> Candidate:
    [person] = parse_resume_bytes(text.encode(), "cv.txt")
    return person


def test_a_europass_grids_language_on_a_line_of_its_own_keeps_its_levels() -> None:
    # The online Europass editor writes each other language in capitals in a box of its own,
    # centred, so a PDF gives it between blank lines above its two lines of levels.
    person = _read(
        "Bilal Ahmed Chaudhry\nbilal.chaudhry@example.pk\n\n"
        "WORK EXPERIENCE\n[ 01/03/2020 – Current ] Cost Accountant\nNishat Mills Limited\n\n"
        "LANGUAGE SKILLS\nMother tongue(s): URDU\nOther language(s):\n\nENGLISH\n\n"
        "Listening B2 Reading C1 Writing B2\nSpoken production B2 Spoken interaction B2\n\n"
        "FRENCH\n\nListening A1 Reading A2 Writing A1\nSpoken production A1 Spoken interaction A1\n"
        "Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user\n\n"
        "DIGITAL SKILLS\nSAP FICO | Advanced Excel\n"
    )
    assert person.languages == ["Urdu (native)", "English (B2)", "French (A1)"]


def test_a_table_cells_employer_with_its_area_and_city_stays_in_the_jobs_head() -> None:
    # A Word CV's job row: "title" / "employer, area, city" in one cell, the dates in the next.
    assert record_lines(
        [["Senior Accounts Officer", "Square Pharmaceuticals Ltd., Tejgaon, Dhaka"],
         ["Feb 2021 – Present"]],
        dated=True,
    ) == [
        "Senior Accounts Officer, Square Pharmaceuticals Ltd., Tejgaon, Dhaka | Feb 2021 – Present"
    ]


def test_a_duty_list_under_a_title_is_no_part_of_the_head() -> None:
    assert record_lines(
        [["Data Analyst", "SQL, Python, Tableau"], ["Jan 2020 – Present"]], dated=True
    ) == ["Data Analyst: Jan 2020 – Present", "- SQL, Python, Tableau"]
