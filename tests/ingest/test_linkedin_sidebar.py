"""LinkedIn's "Save to PDF" sidebar as the PDF reader gives it: "Top Skills" and certificates
that the narrow column wraps (issue 15: skills in a section the reader skipped)."""

from __future__ import annotations

from worldhire.core.models import EvidenceKind
from worldhire.ingest.resumes.entries.blocks import split_blocks
from worldhire.ingest.resumes.resume_text import parse_text_resume
from worldhire.ingest.resumes.skill_linking import link_skills
from worldhire.skills.linker import default_linker

SIDEBAR = """Contact
083 662 1904 (Mobile)
nomvula.dlamini.payroll@example.co.za

Top Skills
Payroll Administration
Sage 300 People
Labour Relations

Certifications
SAPP Certified Payroll
Administrator

Languages
English (Full Professional)

Nomvula Dlamini
Payroll Officer at Tiger Brands
Durban, KwaZulu-Natal, South Africa

Experience
Tiger Brands
Payroll Officer
August 2020 - Present (5 years 5 months)
End-to-end weekly and monthly payroll for 1,400 employees.
"""


def test_top_skills_are_a_skills_section() -> None:
    candidate = parse_text_resume(SIDEBAR, "profile.pdf")
    link_skills(default_linker(), candidate)
    labels = {m.skill.label for m in candidate.skills}
    # "Sage 300 People" is payroll software: its skill, not its name
    assert {"Payroll Administration", "manage payroll", "Labour Relations"} <= labels


def test_a_certificate_the_column_wrapped_is_one_name() -> None:
    candidate = parse_text_resume(SIDEBAR, "profile.pdf")
    certificates = [e.text for e in candidate.evidence if e.kind is EvidenceKind.CERTIFICATION]
    assert certificates == ["SAPP Certified Payroll Administrator"]


def test_one_name_a_line_keeps_acronyms_and_dated_lines_apart() -> None:
    entries = split_blocks(["CKA", "CKAD", "Scrum Master, 2021", "Professional"],
                           one_per_line=True)
    assert [e.header for e in entries] == ["CKA", "CKAD", "Scrum Master, 2021", "Professional"]
